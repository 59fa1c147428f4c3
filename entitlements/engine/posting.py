"""Posted workers: whose legislation applies while an employer sends someone abroad."""

from __future__ import annotations

from dataclasses import replace

from entitlements.engine.facts import Facts
from entitlements.engine.links import in_force_between
from entitlements.engine.types import Agreement, Finding, Period, PostingResult, Profile


def posting_agreement(
    facts: Facts, profile: Profile, period: Period
) -> tuple[Agreement, int] | None:
    """The instrument in force between the two states that sets a posting limit."""
    assert period.posted_from is not None
    for agreement in in_force_between(facts, {period.country, period.posted_from}, profile.as_of):
        limits = [
            p.posting_limit_months for p in agreement.provisions.values() if p.posting_limit_months
        ]
        if limits:
            return agreement, max(limits)
    return None


def assess_posting(facts: Facts, profile: Profile, period: Period) -> PostingResult:
    """Within the limit the sending state's legislation applies; past it, the host's
    (territoriality), unless the institutions agree an extension."""
    assert period.posted_from is not None
    months = period.end - period.start + 1
    found = posting_agreement(facts, profile, period)
    if found is None:
        return PostingResult(
            period.country,
            period.posted_from,
            months,
            period.country,
            None,
            None,
            None,
            (),
            (
                Finding(
                    "posting.no_instrument", {"country": period.country, "from": period.posted_from}
                ),
            ),
        )
    agreement, limit = found
    within = months <= limit
    certificate = "A1" if agreement.citation_kind == "eu_law" else "certificate_of_coverage"
    code = "posting.within_limit" if within else "posting.limit_exceeded"
    basis = (agreement.citation(_posting_article(agreement)),)
    return PostingResult(
        period.country,
        period.posted_from,
        months,
        period.posted_from if within else period.country,
        limit,
        within,
        certificate,
        basis,
        (
            Finding(
                code,
                {
                    "country": period.country,
                    "from": period.posted_from,
                    "limit": limit,
                    "months": months,
                    "agreement": agreement.title,
                    "certificate": certificate,
                },
                basis,
            ),
        ),
    )


def _posting_article(agreement: Agreement) -> str:
    return next(
        (p.article for p in agreement.provisions.values() if p.posting_limit_months and p.article),
        "",
    )


def effective_periods(facts: Facts, profile: Profile) -> tuple[Period, ...]:
    """The periods as insured: posted months within the limit belong to the sending state."""
    result: list[Period] = []
    for period in profile.periods:
        if period.posted_from is None:
            result.append(period)
            continue
        found = posting_agreement(facts, profile, period)
        if found is None:
            result.append(replace(period, posted_from=None))
            continue
        _, limit = found
        last_posted = min(period.end, period.start + limit - 1)
        result.append(
            replace(period, country=period.posted_from, end=last_posted, posted_from=None)
        )
        if last_posted < period.end:
            result.append(replace(period, start=last_posted + 1, posted_from=None))
    return tuple(result)
