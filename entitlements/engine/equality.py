"""Equal treatment with nationals in the host country, branch by branch."""

from __future__ import annotations

from entitlements.engine.facts import Facts
from entitlements.engine.leads import ask
from entitlements.engine.links import covers_person
from entitlements.engine.national import covered_as_nationals, excluded, gratuity
from entitlements.engine.single_permit import single_permit_citation, third_country_worker
from entitlements.engine.types import (
    PENSION_BRANCHES,
    Citation,
    EqualTreatment,
    Finding,
    Profile,
)

NORMLEX = "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:"
# C118 Art. 2(1): the branches (a) to (i) a state may accept.
C118_BRANCH = {
    "medical_care": "a",
    "sickness": "b",
    "maternity": "c",
    "invalidity": "d",
    "old_age": "e",
    "survivors": "f",
    "employment_injury": "g",
    "unemployment": "h",
    "family": "i",
}
# C102: the Part that sets the standard for each branch.
C102_PART = {
    "medical_care": "II",
    "sickness": "III",
    "unemployment": "IV",
    "old_age": "V",
    "employment_injury": "VI",
    "family": "VII",
    "maternity": "VIII",
    "invalidity": "IX",
    "survivors": "X",
}
# C97 Art. 6(1): immigrants lawfully within the territory; not the undocumented.
LAWFUL_STATUSES = frozenset(
    {
        "permanent_resident",
        "work_permit",
        "seasonal_worker",
        "domestic_worker",
        "refugee",
        "family_member",
        "citizen",
    }
)


def ilo(code: str, article: str) -> Citation:
    return Citation("ilo_instrument", f"ILO {code}", article, f"{NORMLEX}{code}")


def equal_treatment(facts: Facts, profile: Profile, branch: str) -> EqualTreatment:
    host = profile.residence_country
    if host in profile.nationalities:
        return EqualTreatment("guaranteed", (), (Finding("equality.national", {"country": host}),))
    basis: list[Citation] = []
    findings: list[Finding] = []
    for code in ("C118", "C097", "C102"):
        lead = facts.ratification(host, code)
        if (
            lead is not None
            and lead.in_force_on(profile.as_of)
            and lead.verification == "unverified"
        ):
            findings.append(
                Finding("equality.unverified_ratification", {"country": host, "instrument": code})
            )
    for rule in (_agreements, _single_permit, _c118, _c097, _c102, _c019):
        cited, found = rule(facts, profile, branch)
        basis.extend(cited)
        findings.extend(found)
    if basis:
        return EqualTreatment("guaranteed", tuple(basis), tuple(findings))
    national = covered_as_nationals(facts, profile, branch)
    if national is not None:
        finding = Finding(
            "equality.national_law",
            {"country": host, **national.text("conditions")},
            (national.citation(),),
        )
        return EqualTreatment("guaranteed", (national.citation(),), (*findings, finding))
    # Only a sourced, outright exclusion is a firm "no"; a conditional one (by nationality,
    # by reciprocity) leaves the question open.
    exclusion = excluded(facts, profile, host, branch)
    if exclusion is not None:
        finding = Finding(
            "equality.excluded",
            {"country": host, **exclusion.text("conditions")},
            (exclusion.citation(),),
        )
        instead = gratuity(facts, profile, host) if branch in PENSION_BRANCHES else None
        extra = (instead,) if instead is not None else ()
        return EqualTreatment(
            "not_guaranteed", (exclusion.citation(),), (*findings, finding, *extra)
        )
    return EqualTreatment(
        "unknown", (), (*findings, Finding("equality.unknown", {"country": host}))
    )


def _agreements(
    facts: Facts, profile: Profile, branch: str
) -> tuple[list[Citation], list[Finding]]:
    """An agreement in force that binds the host with a state of the person's own situation
    (a nationality, a country of work, the future residence) and gives equal treatment for
    this branch to people in its personal scope. An agreement with a state the person never
    had to do with says nothing about them."""
    host, day = profile.residence_country, profile.as_of
    own = (
        set(profile.nationalities)
        | {p.country for p in profile.periods}
        | {profile.future_residence}
    )
    basis: list[Citation] = []
    leads: list[Citation] = []
    for agreement in facts.agreements_linking(host, frozenset(own), day):
        found = agreement.provisions.get(branch)
        if (
            found is not None
            and found.equal_treatment == "yes"
            and covers_person(agreement, profile)
        ):
            (basis if found.firm else leads).append(agreement.citation(found.article))
    if basis or not leads:
        return basis, []
    # Only a lead says the agreement gives equal treatment: "possibly", never a guarantee.
    possibly = Finding(
        "equality.possibly_by_agreement", {"country": host, **ask(facts, host)}, tuple(leads)
    )
    return [], [possibly]


def _single_permit(
    facts: Facts, profile: Profile, branch: str
) -> tuple[list[Citation], list[Finding]]:
    """Directive 2011/98/EU Art. 12(1)(e): single-permit workers are treated as nationals in
    the branches of Reg. 883/2004 (Member States may restrict family benefits, Art. 12(2))."""
    host = profile.residence_country
    cited = single_permit_citation(facts, host, profile.as_of, "Art. 12(1)(e)")
    if cited is None or not third_country_worker(facts, profile):
        return [], []
    findings = []
    if branch == "family":
        findings.append(Finding("equality.single_permit_family_restriction", {"country": host}))
    return [cited], findings


def _c118(facts: Facts, profile: Profile, branch: str) -> tuple[list[Citation], list[Finding]]:
    """C118 Art. 3(1): equal treatment for nationals of another state that has accepted the
    same branch (reciprocity); Art. 10(1): refugees and stateless persons without reciprocity."""
    host = facts.firm_ratification(profile.residence_country, "C118", profile.as_of)
    letter = C118_BRANCH[branch]
    if host is None:
        return [], []
    if not host.accepted:
        return [], [
            Finding(
                "equality.c118_branches_unknown",
                {"country": host.country},
                (ilo("C118", "Art. 2"),),
            )
        ]
    if letter not in host.accepted:
        return [], []
    if profile.is_refugee or profile.is_stateless:
        return [ilo("C118", "Art. 10(1)")], []
    for nationality in profile.nationalities:
        other = facts.firm_ratification(nationality, "C118", profile.as_of)
        if other is not None and letter in other.accepted:
            return [ilo("C118", "Art. 3(1)")], []
    return [], []


def _c097(facts: Facts, profile: Profile, branch: str) -> tuple[list[Citation], list[Finding]]:
    """C97 Art. 6(1)(b): lawful immigrants get treatment no less favourable than nationals in
    social security, subject to arrangements on acquired rights and to rules for benefits paid
    wholly out of public funds."""
    host = facts.firm_ratification(profile.residence_country, "C097", profile.as_of)
    if host is None or profile.status not in LAWFUL_STATUSES:
        return [], []
    limits = Finding(
        "equality.c097_limits", {"country": host.country}, (ilo("C097", "Art. 6(1)(b)"),)
    )
    return [ilo("C097", "Art. 6(1)(b)")], [limits]


def _c102(facts: Facts, profile: Profile, branch: str) -> tuple[list[Citation], list[Finding]]:
    """C102 Art. 68 (Part XII): non-national residents have the same rights as nationals; for
    contributory schemes this is owed to nationals of states that accepted the same Part."""
    host = facts.firm_ratification(profile.residence_country, "C102", profile.as_of)
    part = C102_PART[branch]
    if host is not None and not host.accepted:
        unknown = Finding(
            "equality.c102_parts_unknown", {"country": host.country}, (ilo("C102", "Art. 2"),)
        )
        return [], [unknown]
    if host is None or part not in host.accepted:
        return [], []
    if profile.status == "undocumented":
        return [], []
    for nationality in profile.nationalities:
        other = facts.firm_ratification(nationality, "C102", profile.as_of)
        if other is not None and part in other.accepted:
            return [ilo("C102", "Art. 68")], []
    return [], []


def _c019(facts: Facts, profile: Profile, branch: str) -> tuple[list[Citation], list[Finding]]:
    """C19 Art. 1: a state that ratified grants nationals of any other ratifying state who
    suffer an industrial accident in its territory the same compensation as its own nationals,
    whatever their residence and without any condition of lawful stay."""
    if branch != "employment_injury":
        return [], []
    if facts.firm_ratification(profile.residence_country, "C019", profile.as_of) is None:
        return [], []
    for nationality in profile.nationalities:
        if facts.firm_ratification(nationality, "C019", profile.as_of) is not None:
            return [ilo("C019", "Art. 1")], []
    return [], []


__all__ = ["C102_PART", "C118_BRANCH", "covers_person", "equal_treatment"]
