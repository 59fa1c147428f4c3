"""The reference data as the engine sees it: an immutable snapshot with look-up indexes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from entitlements.engine.types import (
    Agreement,
    Institution,
    Instrument,
    Membership,
    Ratification,
    Rule,
)

MEMO_LIMIT = 50_000


@dataclass(frozen=True)
class Facts:
    data_version: str
    agreements: tuple[Agreement, ...] = ()
    ratifications: tuple[Ratification, ...] = ()
    rules: tuple[Rule, ...] = ()
    memberships: tuple[Membership, ...] = ()
    institutions: tuple[Institution, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    _by_country: Mapping[str, tuple[Agreement, ...]] = field(default_factory=dict, repr=False)
    _ratifications: Mapping[tuple[str, str], Ratification] = field(default_factory=dict, repr=False)
    _rules: Mapping[tuple[str, str, str], tuple[Rule, ...]] = field(
        default_factory=dict, repr=False
    )
    _groups: Mapping[str, tuple[Membership, ...]] = field(default_factory=dict, repr=False)
    _between: dict[tuple[str, frozenset[str], date], tuple[Agreement, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(
        cls,
        *,
        data_version: str,
        agreements: Iterable[Agreement] = (),
        ratifications: Iterable[Ratification] = (),
        rules: Iterable[Rule] = (),
        memberships: Iterable[Membership] = (),
        institutions: Iterable[Institution] = (),
        instruments: Iterable[Instrument] = (),
    ) -> Facts:
        agreements, ratifications, rules = tuple(agreements), tuple(ratifications), tuple(rules)
        memberships = tuple(memberships)
        by_country: dict[str, list[Agreement]] = defaultdict(list)
        for agreement in agreements:
            for party in agreement.parties:
                by_country[party.country].append(agreement)
        rule_index: dict[tuple[str, str, str], list[Rule]] = defaultdict(list)
        for rule in rules:
            rule_index[(rule.country, rule.branch, rule.fact)].append(rule)
        groups: dict[str, list[Membership]] = defaultdict(list)
        for membership in memberships:
            groups[membership.country].append(membership)
        return cls(
            data_version=data_version,
            agreements=agreements,
            ratifications=ratifications,
            rules=rules,
            memberships=memberships,
            institutions=tuple(institutions),
            instruments=tuple(instruments),
            _by_country={k: tuple(v) for k, v in by_country.items()},
            _ratifications={(r.country, r.instrument): r for r in ratifications},
            _rules={k: tuple(v) for k, v in rule_index.items()},
            _groups={k: tuple(v) for k, v in groups.items()},
        )

    def agreements_of(self, country: str) -> tuple[Agreement, ...]:
        return self._by_country.get(country, ())

    def agreements_linking(
        self, country: str, others: frozenset[str], day: date
    ) -> tuple[Agreement, ...]:
        """Agreements in force on `day` that link `country` with at least one of `others`.

        Asked for every branch and payer of an assessment, so the answer is remembered."""
        key = (country, others, day)
        found = self._between.get(key)
        if found is None:
            if len(self._between) > MEMO_LIMIT:
                self._between.clear()  # a long-lived snapshot must not grow without bound
            found = self._between[key] = tuple(
                a
                for a in self.agreements_of(country)
                if a.in_force_on(day) and any(a.links(country, other, day) for other in others)
            )
        return found

    def ratification(self, country: str, instrument: str) -> Ratification | None:
        return self._ratifications.get((country, instrument))

    def firm_ratification(self, country: str, instrument: str, day: date) -> Ratification | None:
        """A ratification in force on `day` that the data has from a source: firm enough to
        conclude on."""
        found = self._ratifications.get((country, instrument))
        if found is None or not found.in_force_on(day) or found.verification == "unverified":
            return None
        return found

    def rules_for(
        self, country: str, branch: str, fact: str, status: str, day: date
    ) -> tuple[Rule, ...]:
        """The national rules about `status` in force on `day`: an assessment as of 2005
        applies the law of 2005."""
        return tuple(
            r
            for r in self._rules.get((country, branch, fact), ())
            if r.covers(status) and r.in_force_on(day)
        )

    def rule(self, country: str, branch: str, fact: str, status: str, day: date) -> Rule | None:
        found = self.rules_for(country, branch, fact, status, day)
        # A rule about this very status is more precise than one about everyone.
        specific = [r for r in found if status in r.statuses]
        candidates = specific or list(found)
        return candidates[0] if candidates else None

    def in_group(self, country: str, group: str, day: date) -> bool:
        return any(m.group == group and m.on(day) for m in self._groups.get(country, ()))

    def listed_in(self, country: str, group: str) -> bool:
        """Named in a group whatever its dates: enough to say whom to ask, never to apply law."""
        return any(m.group == group for m in self._groups.get(country, ()))

    def institution(self, country: str, role: str) -> Institution | None:
        return next((i for i in self.institutions if i.country == country and i.role == role), None)

    def instrument(self, code: str) -> Instrument | None:
        return next((i for i in self.instruments if i.code == code), None)
