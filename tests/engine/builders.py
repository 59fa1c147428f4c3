"""Small builders for the engine's plain objects: each test states only the facts it needs."""

from __future__ import annotations

from datetime import date

from entitlements.engine.facts import Facts
from entitlements.engine.months import parse_month
from entitlements.engine.types import (
    BRANCHES,
    Agreement,
    Institution,
    Membership,
    Party,
    Period,
    Profile,
    Provision,
    Ratification,
    Rule,
)

PENSIONS = ("old_age", "invalidity", "survivors")


def d(text: str) -> date:
    return date.fromisoformat(text)


def period(country: str, start: str, end: str | None = None, **kwargs) -> Period:
    return Period(
        country, parse_month(start), parse_month(end) if end else parse_month(start), **kwargs
    )


def profile(
    residence: str,
    *periods: Period,
    status: str = "work_permit",
    nationalities=("IN",),
    as_of: str = "2026-11-25",
    future: str | None = None,
    **kwargs,
) -> Profile:
    return Profile(
        as_of=d(as_of),
        residence_country=residence,
        status=status,
        nationalities=tuple(nationalities),
        future_residence_country=future,
        periods=tuple(periods),
        **kwargs,
    )


def agreement(
    id: str,
    parties: dict[str, str | tuple[str, str | None]],
    in_force: str | None,
    *,
    branches=PENSIONS,
    totalization="yes",
    export="yes",
    equal_treatment="unknown",
    posting_limit=None,
    min_months=None,
    kind=None,
    scope="comprehensive",
    personal_scope="all_insured",
    ended: str | None = None,
    article="",
    citation_kind="agreement",
    hub: str | None = None,
    verification="verified",
) -> Agreement:
    def party(country: str, dates: str | tuple[str, str | None]) -> Party:
        start, end = (dates, None) if isinstance(dates, str) else dates
        return Party(country, d(start), d(end) if end else None)

    return Agreement(
        id=id,
        title=id,
        kind=kind or ("bilateral" if len(parties) == 2 else "multilateral"),
        in_force=d(in_force) if in_force else None,
        parties=tuple(party(c, v) for c, v in parties.items()),
        provisions={
            b: Provision(
                b,
                totalization,
                export,
                equal_treatment,
                posting_limit,
                min_months,
                article,
                verification,
            )
            for b in branches
        },
        scope=scope,
        personal_scope=personal_scope,
        ended=d(ended) if ended else None,
        citation_kind=citation_kind,
        verification="verified",
        hub=hub,
    )


def rule(
    country: str,
    branch: str,
    fact: str,
    value: str,
    statuses=("*",),
    verification="verified",
    conditions="",
    translations=(),
    start: str | None = None,
    end: str | None = None,
) -> Rule:
    return Rule(
        country,
        branch,
        fact,
        value,
        frozenset(statuses),
        conditions,
        verification,
        f"{country} law",
        "",
        tuple(translations),
        d(start) if start else None,
        d(end) if end else None,
    )


def ratification(
    country: str, instrument: str, accepted=(), status="in_force", registered="1970-01-01"
) -> Ratification:
    return Ratification(country, instrument, d(registered), status, frozenset(accepted), "verified")


def membership(country: str, group: str, start: str | None, end: str | None = None) -> Membership:
    return Membership(country, group, d(start) if start else None, d(end) if end else None)


def facts(*items) -> Facts:
    return Facts.build(
        data_version="test",
        agreements=[i for i in items if isinstance(i, Agreement)],
        rules=[i for i in items if isinstance(i, Rule)],
        ratifications=[i for i in items if isinstance(i, Ratification)],
        memberships=[i for i in items if isinstance(i, Membership)],
        institutions=[i for i in items if isinstance(i, Institution)],
    )


def benefit(result, branch: str):
    return next(b for b in result.benefits if b.branch == branch)


def payer(result, branch: str, country: str):
    return next(p for p in benefit(result, branch).payers if p.country == country)


ALL_BRANCHES = BRANCHES
