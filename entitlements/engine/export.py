"""Export: whether a payer pays the benefit to a person living in another country."""

from __future__ import annotations

from typing import cast

from entitlements.engine.facts import Facts
from entitlements.engine.links import covers_person
from entitlements.engine.types import (
    PENSION_BRANCHES,
    SINGLE_PERMIT_STATUSES,
    Citation,
    ExportResult,
    ExportStatus,
    Finding,
    Profile,
)

SINGLE_PERMIT = Citation(
    "eu_law",
    "Directive 2011/98/EU (single permit)",
    "Art. 12(4)",
    "https://eur-lex.europa.eu/eli/dir/2011/98/oj",
)
NATIONAL_EXPORT = frozenset({"payable", "conditional", "not_payable"})
EU_NATIONALITY_GROUPS = ("EU", "EEA", "CH_COORD")


def export(facts: Facts, profile: Profile, payer: str, branch: str) -> ExportResult:
    to = profile.future_residence
    if to == payer:
        return ExportResult(to, "not_applicable", ())
    by_agreement = _by_agreement(facts, profile, payer, to, branch)
    if by_agreement:
        return ExportResult(to, "payable", by_agreement)
    if _single_permit_applies(facts, profile, payer, to, branch):
        return ExportResult(
            to,
            "conditional",
            (SINGLE_PERMIT,),
            (Finding("export.single_permit", {"payer": payer, "to": to}, (SINGLE_PERMIT,)),),
        )
    return _by_national_law(facts, profile, payer, to, branch)


def _by_agreement(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str
) -> tuple[Citation, ...]:
    day = profile.as_of
    basis = []
    for agreement in facts.agreements_of(payer):
        found = agreement.provisions.get(branch)
        if not agreement.in_force_on(day) or found is None or found.export != "yes":
            continue
        if {payer, to} <= agreement.applying_parties(day) and covers_person(
            agreement, profile
        ) is not False:
            basis.append(agreement.citation(found.article))
    return tuple(basis)


def _single_permit_applies(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str
) -> bool:
    """Directive 2011/98/EU Art. 12(4): third-country workers moving outside the EU receive
    statutory pensions under the same conditions and rates as the payer's own nationals."""
    day = profile.as_of
    return (
        branch in PENSION_BRANCHES
        and profile.status in SINGLE_PERMIT_STATUSES
        and facts.in_group(payer, "EU_SINGLE_PERMIT", day)
        and not facts.in_group(to, "EU", day)
        and not any(
            facts.in_group(n, group, day)
            for n in profile.nationalities
            for group in EU_NATIONALITY_GROUPS
        )
    )


def _by_national_law(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str
) -> ExportResult:
    national = payer in profile.nationalities
    rule = facts.rule(payer, branch, "export_non_nationals", profile.status)
    if rule is not None and not national:
        status = cast(ExportStatus, rule.value if rule.value in NATIONAL_EXPORT else "unknown")
        if rule.verification == "unverified" and status != "unknown":
            status = "conditional"
        finding = Finding(
            "export.national_rule",
            {"payer": payer, "to": to, "conditions": rule.conditions},
            (rule.citation(),),
        )
        return ExportResult(to, status, (rule.citation(),), (finding,))
    refund = facts.rule(payer, branch, "lump_sum_refund", profile.status)
    if refund is not None and not national and refund.value in {"yes", "conditional"}:
        finding = Finding(
            "export.refund_only",
            {"payer": payer, "conditions": refund.conditions},
            (refund.citation(),),
        )
        return ExportResult(to, "conditional", (refund.citation(),), (finding,))
    return ExportResult(to, "unknown", (), (Finding("export.unknown", {"payer": payer, "to": to}),))
