"""The four basic guarantees of ILO Recommendation No. 202, in the host country."""

from __future__ import annotations

from typing import cast

from entitlements.engine.facts import Facts
from entitlements.engine.leads import unverified
from entitlements.engine.types import (
    GUARANTEES,
    Citation,
    Finding,
    GuaranteeResult,
    GuaranteeStatus,
    Profile,
)

R202_URL = "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:R202"
# R202 Para. 5(a)-(d): what the floor must guarantee; Para. 6: at least to all residents.
R202_PARAGRAPH = {
    "health_care": "Para. 5(a)",
    "child_income": "Para. 5(b)",
    "working_age_income": "Para. 5(c)",
    "old_age_income": "Para. 5(d)",
}
VALUES = {"available", "conditional", "not_available"}


def r202(guarantee: str) -> Citation:
    return Citation("ilo_instrument", "ILO R202", R202_PARAGRAPH[guarantee], R202_URL)


def guarantees(facts: Facts, profile: Profile) -> tuple[GuaranteeResult, ...]:
    return tuple(guarantee(facts, profile, g) for g in GUARANTEES)


def guarantee(facts: Facts, profile: Profile, guarantee_id: str) -> GuaranteeResult:
    """From the host's rules for the person's status; where the data has none, `unknown`."""
    host = profile.residence_country
    standard = Finding(f"r202.{guarantee_id}", {}, (r202(guarantee_id),))
    fact, day = f"guarantee_{guarantee_id}", profile.as_of
    rule = facts.rule(host, "*", fact, profile.status, day) or facts.rule(
        host, _branch(guarantee_id), fact, profile.status, day
    )
    if rule is not None and rule.value in VALUES:
        status = cast(GuaranteeStatus, rule.value)
        conditions: list[Finding] = []
        if rule.conditions:
            conditions.append(Finding("guarantee.condition", rule.text(), (rule.citation(),)))
        if rule.verification == "unverified":
            status = "conditional" if status == "available" else status
            conditions.append(unverified(facts, host, f"guarantee_{guarantee_id}"))
        if status != "available":
            conditions.append(Finding("r202.falls_short", {"country": host}, (r202(guarantee_id),)))
        summary = Finding(
            f"guarantee.{status}", {"country": host, "guarantee": guarantee_id}, (rule.citation(),)
        )
        return GuaranteeResult(
            guarantee_id,
            status,
            summary,
            (standard, *conditions),
            (rule.citation(), r202(guarantee_id)),
        )
    residence = _residence_condition(facts, profile, guarantee_id)
    if residence is not None:
        return residence
    summary = Finding("guarantee.unknown", {"country": host, "guarantee": guarantee_id})
    return GuaranteeResult(guarantee_id, "unknown", summary, (standard,), (r202(guarantee_id),))


def _branch(guarantee_id: str) -> str:
    return {
        "health_care": "medical_care",
        "child_income": "family",
        "working_age_income": "unemployment",
        "old_age_income": "old_age",
    }[guarantee_id]


def _residence_condition(
    facts: Facts, profile: Profile, guarantee_id: str
) -> GuaranteeResult | None:
    """A social pension that requires years of residence makes old-age income conditional."""
    if guarantee_id != "old_age_income":
        return None
    host = profile.residence_country
    rule = facts.rule(
        host, "old_age", "social_pension_residence_months", profile.status, profile.as_of
    )
    if rule is None or not rule.value.isdigit() or profile.status == "undocumented":
        return None
    months = int(rule.value)
    # 0 is the law's own answer: living there is required, but no number of years is set.
    condition = Finding(
        "guarantee.residence_years" if months else "guarantee.residence_no_minimum",
        {"country": host, "months": months},
        (rule.citation(),),
    )
    conditions = [condition]
    if rule.conditions:
        conditions.append(Finding("guarantee.condition", rule.text(), (rule.citation(),)))
    if rule.verification == "unverified":
        conditions.append(unverified(facts, host, "social_pension_residence_months"))
    summary = Finding(
        "guarantee.conditional", {"country": host, "guarantee": guarantee_id}, (rule.citation(),)
    )
    standard = Finding("r202.old_age_income", {}, (r202(guarantee_id),))
    return GuaranteeResult(
        guarantee_id,
        "conditional",
        summary,
        (standard, *conditions),
        (rule.citation(), r202(guarantee_id)),
    )
