"""Export: whether a payer pays the benefit to a person living in another country."""

from __future__ import annotations

from typing import cast

from entitlements.engine.facts import Facts
from entitlements.engine.leads import ask, unverified
from entitlements.engine.links import covers_person, export_destination_allowed
from entitlements.engine.national import excluded, gratuity
from entitlements.engine.single_permit import single_permit_citation, third_country_worker
from entitlements.engine.types import (
    PENSION_BRANCHES,
    Citation,
    ExportResult,
    ExportStatus,
    Finding,
    Profile,
    Rule,
)

NATIONAL_EXPORT = frozenset({"payable", "conditional", "not_payable"})


def export(facts: Facts, profile: Profile, payer: str, branch: str) -> ExportResult:
    to = profile.future_residence
    if to == payer:
        return ExportResult(to, "not_applicable", ())
    directive = _single_permit(facts, profile, payer, to, branch)
    by_agreement = _by_agreement(facts, profile, payer, to, branch)
    if by_agreement:
        return ExportResult(to, "payable", by_agreement + ((directive,) if directive else ()))
    if directive is not None:
        finding = Finding("export.single_permit", {"payer": payer, "to": to}, (directive,))
        return ExportResult(to, "conditional", (directive,), (finding,))
    exclusion = excluded(facts, profile, payer, branch)
    if exclusion is not None:
        return _not_covered(facts, profile, payer, to, branch, exclusion)
    national = _by_national_law(facts, profile, payer, to, branch)
    possibly = _by_agreement(facts, profile, payer, to, branch, firm=False)
    if national.status == "unknown" and possibly:
        # Only a lead says an agreement pays there: "possibly", never a firm "payable".
        finding = Finding(
            "export.possibly_by_agreement",
            {"payer": payer, "to": to, **ask(facts, payer)},
            possibly,
        )
        return ExportResult(to, "conditional", possibly, (finding,))
    return national


def _not_covered(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str, exclusion: Rule
) -> ExportResult:
    """Excluded from the payer's scheme, the person builds up no benefit there: nothing of it
    is paid where they will live (a gratuity, where the law owes one, is paid on leaving)."""
    findings = [
        Finding(
            "export.not_covered",
            {"payer": payer, **exclusion.text("conditions")},
            (exclusion.citation(),),
        )
    ]
    instead = gratuity(facts, profile, payer) if branch in PENSION_BRANCHES else None
    if instead is not None:
        findings.append(instead)
    return ExportResult(to, "not_payable", (exclusion.citation(),), tuple(findings))


def _by_agreement(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str, *, firm: bool = True
) -> tuple[Citation, ...]:
    day = profile.as_of
    basis = []
    for agreement in facts.agreements_linking(payer, frozenset({to}), day):
        found = agreement.provisions.get(branch)
        if found is None or found.export != "yes" or found.firm != firm:
            continue
        in_scope = covers_person(agreement, profile) is not False
        allowed = export_destination_allowed(agreement, to)
        if agreement.links(payer, to, day) and in_scope and allowed:
            basis.append(agreement.citation(found.article))
    return tuple(basis)


def _single_permit(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str
) -> Citation | None:
    """Directive 2011/98/EU Art. 12(4): third-country workers moving to a third country receive
    statutory old-age, invalidity and survivors' pensions under the same conditions and at
    the same rates as the paying state's own nationals who move there."""
    if branch not in PENSION_BRANCHES or facts.in_group(to, "EU", profile.as_of):
        return None
    if not third_country_worker(facts, profile):
        return None
    return single_permit_citation(facts, payer, profile.as_of, "Art. 12(4)")


def _by_national_law(
    facts: Facts, profile: Profile, payer: str, to: str, branch: str
) -> ExportResult:
    national = payer in profile.nationalities
    rule = facts.rule(payer, branch, "export_non_nationals", profile.status, profile.as_of)
    if rule is not None and not national:
        status = cast(ExportStatus, rule.value if rule.value in NATIONAL_EXPORT else "unknown")
        finding = Finding(
            "export.national_rule",
            {"payer": payer, "to": to, **rule.text("conditions")},
            (rule.citation(),),
        )
        if rule.verification == "unverified" and status != "unknown":
            lead = unverified(facts, payer, "export_non_nationals")
            return ExportResult(to, "conditional", (rule.citation(),), (finding, lead))
        return ExportResult(to, status, (rule.citation(),), (finding,))
    refund = facts.rule(payer, branch, "lump_sum_refund", profile.status, profile.as_of)
    if refund is not None and not national and refund.value in {"yes", "conditional"}:
        finding = Finding(
            "export.refund_only",
            {"payer": payer, **refund.text("conditions")},
            (refund.citation(),),
        )
        findings: tuple[Finding, ...] = (finding,)
        if refund.verification == "unverified":
            lead = unverified(facts, payer, "lump_sum_refund")
            findings = (finding, lead)
        return ExportResult(to, "conditional", (refund.citation(),), findings)
    return ExportResult(to, "unknown", (), (Finding("export.unknown", {"payer": payer, "to": to}),))
