"""One assessment: every guarantee, every branch, every posting, and what to do next."""

from __future__ import annotations

from entitlements.engine.equality import equal_treatment
from entitlements.engine.export import export
from entitlements.engine.facts import Facts
from entitlements.engine.guarantees import guarantees
from entitlements.engine.links import in_force_between
from entitlements.engine.months import Month
from entitlements.engine.national import scheme
from entitlements.engine.periods import insured_months
from entitlements.engine.posting import assess_posting, effective_periods
from entitlements.engine.steps import next_steps, warnings
from entitlements.engine.totalization import totalize
from entitlements.engine.types import (
    BRANCHES,
    Agreement,
    Assessment,
    BenefitResult,
    ExportResult,
    PayerResult,
    Portability,
    Profile,
)

RULES_VERSION = "2026.11.1"


def assess(profile: Profile, facts: Facts) -> Assessment:
    postings = tuple(assess_posting(facts, profile, p) for p in profile.periods if p.posted_from)
    months = insured_months(effective_periods(facts, profile))
    countries = set(months) | {profile.residence_country, profile.future_residence}
    in_force = in_force_between(facts, countries, profile.as_of)
    benefits = tuple(_benefit(facts, profile, branch, months, in_force) for branch in BRANCHES)
    return Assessment(
        rules_version=RULES_VERSION,
        data_version=facts.data_version,
        as_of=profile.as_of,
        guarantees=guarantees(facts, profile),
        benefits=benefits,
        postings=postings,
        next_steps=next_steps(facts, profile, benefits, postings),
        warnings=warnings(facts, profile, benefits),
    )


def _benefit(
    facts: Facts,
    profile: Profile,
    branch: str,
    months: dict[str, frozenset[Month]],
    in_force: list[Agreement],
) -> BenefitResult:
    payers_countries = sorted(c for c, m in months.items() if m)
    if profile.residence_country not in payers_countries:
        payers_countries.append(profile.residence_country)
    payers = tuple(_payer(facts, profile, branch, country, months) for country in payers_countries)
    coordinating = tuple(
        a for a in in_force if branch in a.provisions and a.scope != "equal_treatment"
    )
    return BenefitResult(
        branch=branch,
        portability=_portability(payers),
        agreements=coordinating,
        months_by_country={c: len(m) for c, m in sorted(months.items())},
        totalization_applies=any(p.totalized_with for p in payers),
        payers=payers,
        equal_treatment=equal_treatment(facts, profile, branch),
        findings=scheme(facts, profile, branch),
    )


def _payer(
    facts: Facts, profile: Profile, branch: str, country: str, months: dict[str, frozenset[Month]]
) -> PayerResult:
    totalized = totalize(facts, profile, country, branch, months)
    exported: ExportResult = export(facts, profile, country, branch)
    return PayerResult(
        country=country,
        insured_months=totalized.insured_months,
        totalized_with=totalized.totalized_with,
        countable_months=totalized.countable_months,
        qualifying_months=totalized.qualifying_months,
        met=totalized.met,
        export=exported,
        legal_basis=totalized.legal_basis,
        findings=totalized.findings + exported.findings,
    )


def _portability(payers: tuple[PayerResult, ...]) -> Portability:
    """Summarise over the payers that hold insured months."""
    statuses = [p.export.status for p in payers if p.insured_months]
    if not statuses:
        return "not_applicable"
    paying = [s for s in statuses if s != "not_applicable"]
    if not paying:
        return "portable"  # every payer pays where the person will live: at home
    if all(s == "payable" for s in paying):
        return "portable"
    if any(s in {"payable", "conditional"} for s in paying):
        return "conditional"
    if all(s == "not_payable" for s in paying):
        return "not_portable"
    return "unknown"
