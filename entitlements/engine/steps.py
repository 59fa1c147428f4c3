"""Next steps and warnings: whom to ask, what to gather, what was not assessed."""

from __future__ import annotations

from entitlements.engine.facts import Facts
from entitlements.engine.leads import LEAD_CODES, unverified
from entitlements.engine.types import (
    BenefitResult,
    Citation,
    Finding,
    PostingResult,
    Profile,
)

C143_ART9 = Citation(
    "ilo_instrument",
    "ILO C143",
    "Art. 9(1)",
    "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C143",
)

# Québec's own understandings coordinate the Québec Pension Plan (memberships QC_UNDERSTANDING).
RETRAITE_QUEBEC = Citation(
    "other",
    "Retraite Québec",
    "",
    "https://retraitequebec.gouv.qc.ca/en/travail/travail-etranger/Pages/demande-prestation-quebec.aspx",
)


def next_steps(
    facts: Facts,
    profile: Profile,
    benefits: tuple[BenefitResult, ...],
    postings: tuple[PostingResult, ...],
) -> tuple[Finding, ...]:
    steps: list[Finding] = []
    steps.extend(_posting_steps(postings))
    old_age = next(b for b in benefits if b.branch == "old_age")
    for payer in old_age.payers:
        if payer.insured_months == 0:
            continue
        params = {"country": payer.country, **_institution(facts, payer.country)}
        if profile.status == "undocumented" and payer.country == profile.residence_country:
            # Never send someone without papers to an authority of the host country alone.
            steps.append(Finding("step.statement_through_intermediary", params, (C143_ART9,)))
            continue
        steps.append(Finding("step.statement_of_periods", params))
        if payer.totalized_with:
            steps.append(
                Finding(
                    "step.claim_with_totalization",
                    {"country": payer.country, "others": list(payer.totalized_with)},
                    payer.legal_basis,
                )
            )
    steps.extend(_quebec_steps(facts, old_age))
    steps.extend(_unknown_steps(facts, profile, benefits))
    steps.extend(_origin_steps(facts, profile))
    steps.append(Finding("step.keep_documents"))
    return tuple(steps)


def _institution(facts: Facts, country: str) -> dict[str, str]:
    found = facts.institution(country, "pensions") or facts.institution(country, "liaison")
    return {"institution": found.name, "url": found.url} if found else {}


def _posting_steps(postings: tuple[PostingResult, ...]) -> list[Finding]:
    steps = []
    for posting in postings:
        if posting.within_limit:
            steps.append(
                Finding(
                    "step.request_certificate",
                    {
                        "from": posting.posted_from,
                        "country": posting.country,
                        "certificate": posting.certificate or "",
                    },
                    posting.legal_basis,
                )
            )
        elif posting.within_limit is False:
            steps.append(
                Finding(
                    "step.posting_extension",
                    {"from": posting.posted_from, "country": posting.country},
                    posting.legal_basis,
                )
            )
    return steps


def _quebec_steps(facts: Facts, old_age: BenefitResult) -> list[Finding]:
    """Work in Québec is insured under the Québec Pension Plan, which Québec coordinates through
    its own understandings; the form asks countries, not provinces, so say it whenever Canada and
    another country both hold periods."""
    insured = [p.country for p in old_age.payers if p.insured_months]
    others = sorted(c for c in insured if c != "CA")
    if "CA" not in insured or not others:
        return []
    partners = [c for c in others if facts.listed_in(c, "QC_UNDERSTANDING")]
    return [
        Finding(
            "step.quebec_pension_plan",
            {"partners": partners, "others": [c for c in others if c not in partners]},
            (RETRAITE_QUEBEC,),
        )
    ]


def _unknown_steps(
    facts: Facts, profile: Profile, benefits: tuple[BenefitResult, ...]
) -> list[Finding]:
    """Say what was not assessed and whom to ask: people read silence as 'not eligible'."""
    unknown: dict[str, list[str]] = {}
    for benefit in benefits:
        for payer in benefit.payers:
            if payer.insured_months and payer.export.status == "unknown":
                unknown.setdefault(payer.country, []).append(benefit.branch)
    return [
        Finding(
            "step.ask_unknown",
            {"country": country, "branches": branches, **_institution(facts, country)},
        )
        for country, branches in sorted(unknown.items())
    ]


def _origin_steps(facts: Facts, profile: Profile) -> list[Finding]:
    origin = profile.origin
    if origin is None or origin == profile.residence_country:
        return []
    day = profile.as_of
    offers = facts.rules_for(origin, "*", "origin_offer", profile.status, day) + facts.rules_for(
        origin, "old_age", "origin_offer", profile.status, day
    )
    found: list[Finding] = []
    for r in offers:
        found.append(
            Finding(
                "step.origin_offer",
                {"country": origin, "offer": r.value, **r.text()}
                if r.conditions
                else {"country": origin, "offer": r.value, "text": r.value},
                (r.citation(),),
            )
        )
        if r.verification == "unverified":
            found.append(unverified(facts, origin, "origin_offer"))
    return found


def warnings(
    facts: Facts, profile: Profile, benefits: tuple[BenefitResult, ...]
) -> tuple[Finding, ...]:
    found: list[Finding] = [Finding("warning.information_not_decision")]
    if any(p.insured != "yes" for p in profile.periods):
        found.append(Finding("warning.uninsured_periods"))
    if profile.status == "undocumented":
        ratified = facts.ratification(profile.residence_country, "C143")
        found.append(
            Finding(
                "warning.undocumented_rights",
                {
                    "country": profile.residence_country,
                    "c143": bool(ratified and ratified.in_force_on(profile.as_of)),
                },
                (C143_ART9,),
            )
        )
    pending = _agreements_without_date(facts, profile)
    if pending:
        found.append(Finding("warning.agreement_date_unknown", {"agreements": pending}))
    if any(f.code in LEAD_CODES for b in benefits for p in b.payers for f in p.findings):
        found.append(Finding("warning.unverified_data"))
    return tuple(found)


def _agreements_without_date(facts: Facts, profile: Profile) -> list[dict[str, object]]:
    """Agreements reported to exist whose entry into force the data cannot date: not applied."""
    countries = {p.country for p in profile.periods} | {
        profile.residence_country,
        profile.future_residence,
    }
    found: dict[str, dict[str, object]] = {}
    for country in countries:
        for agreement in facts.agreements_of(country):
            parties = [p.country for p in agreement.parties]
            if (
                agreement.in_force is None
                and len(set(parties) & countries) >= 2
                and agreement.kind == "bilateral"
            ):
                found[agreement.title] = {"title": agreement.title, "parties": parties}
    return [found[title] for title in sorted(found)]
