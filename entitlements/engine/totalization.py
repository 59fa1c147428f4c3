"""Totalization: which periods each paying country adds to its own, branch by branch."""

from __future__ import annotations

from dataclasses import dataclass

from entitlements.engine.facts import Facts
from entitlements.engine.leads import ask, unverified
from entitlements.engine.links import linked_for_totalization
from entitlements.engine.months import Month
from entitlements.engine.periods import count_together
from entitlements.engine.types import Agreement, Citation, Finding, Profile


@dataclass(frozen=True)
class Totalized:
    country: str
    insured_months: int
    totalized_with: tuple[str, ...]
    countable_months: int
    qualifying_months: int | None
    met: bool | None
    agreements: tuple[Agreement, ...]
    legal_basis: tuple[Citation, ...]
    findings: tuple[Finding, ...]


def totalize(
    facts: Facts, profile: Profile, payer: str, branch: str, months: dict[str, frozenset[Month]]
) -> Totalized:
    """Periods in another country count for `payer` only under an instrument binding both."""
    own = len(months.get(payer, frozenset()))
    others = {c for c, found in months.items() if found and c != payer}
    linked = linked_for_totalization(facts, profile, payer, branch, others)
    findings: list[Finding] = []
    adding: list[str] = []
    used: dict[str, Agreement] = {}
    for country, agreements in sorted(linked.items()):
        usable = [a for a in agreements if _minimum_reached(a, branch, own)]
        if not usable:
            minimum = max(a.provisions[branch].min_months or 0 for a in agreements)
            findings.append(
                Finding(
                    "totalization.minimum_not_reached",
                    {"payer": payer, "country": country, "min_months": minimum, "own": own},
                    tuple(a.citation(a.provisions[branch].article) for a in agreements),
                )
            )
            continue
        adding.append(country)
        for agreement in usable:
            used[agreement.id] = agreement
    possibly = sorted(
        set(linked_for_totalization(facts, profile, payer, branch, others, firm=False))
        - set(linked)
    )
    if possibly and own:
        findings.append(
            Finding(
                "totalization.possibly_linked",
                {"payer": payer, "countries": possibly, **ask(facts, payer)},
            )
        )
    unlinked = sorted(others - set(linked) - set(possibly))
    if unlinked and own:
        findings.append(Finding("totalization.not_linked", {"payer": payer, "countries": unlinked}))
    countable = count_together(months, [payer, *adding])
    qualifying, rule_basis, rule_findings, firm = _qualifying(facts, profile, payer, branch)
    findings.extend(rule_findings)
    # A qualifying period known only from a lead is shown, but decides nothing.
    met = None if qualifying is None or not firm else countable >= qualifying
    if len(used) > 1:
        findings.append(_compare(payer, branch, list(used.values()), adding, linked))
    legal_basis = tuple(a.citation(a.provisions[branch].article) for a in used.values())
    return Totalized(
        country=payer,
        insured_months=own,
        totalized_with=tuple(adding),
        countable_months=countable,
        qualifying_months=qualifying,
        met=met,
        agreements=tuple(used.values()),
        legal_basis=legal_basis + rule_basis,
        findings=tuple(findings),
    )


def _minimum_reached(agreement: Agreement, branch: str, own: int) -> bool:
    """Some agreements add foreign periods only once the payer's own reach a minimum."""
    minimum = agreement.provisions[branch].min_months
    return minimum is None or own >= minimum


def _qualifying(
    facts: Facts, profile: Profile, payer: str, branch: str
) -> tuple[int | None, tuple[Citation, ...], list[Finding], bool]:
    """The payer's qualifying period, its source, a 'possibly' if it is only a lead, and
    whether it is firm enough to decide whether the period is reached."""
    rule = facts.rule(payer, branch, "qualifying_months", profile.status, profile.as_of)
    if rule is None:
        return None, (), [], False
    try:
        months = int(rule.value)
    except ValueError:
        return None, (), [], False
    if rule.verification == "unverified":
        return months, (rule.citation(),), [unverified(facts, payer, "qualifying_months")], False
    return months, (rule.citation(),), [], True


def _compare(
    payer: str,
    branch: str,
    agreements: list[Agreement],
    adding: list[str],
    linked: dict[str, list[Agreement]],
) -> Finding:
    """Several instruments apply: the one that adds the most countries is the more favourable.

    Coordination instruments do not take rights away from each other (e.g. Reg. 883/2004
    Art. 8 keeps more favourable bilateral provisions); the person may rely on the best.
    """
    reach = {a.id: sum(1 for c in adding if a in linked[c]) for a in agreements}
    best = max(agreements, key=lambda a: (reach[a.id], a.kind == "multilateral"))
    return Finding(
        "totalization.several_instruments",
        {
            "payer": payer,
            "branch": branch,
            "best": best.title,
            "others": [a.title for a in agreements if a is not best],
            "countries": reach[best.id],
        },
        tuple(a.citation() for a in agreements),
    )
