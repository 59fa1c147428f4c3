"""National law where no instrument applies: each test names the law it states."""

from __future__ import annotations

from entitlements.engine import assess
from tests.engine.builders import facts, period, profile, ratification, rule

WORKER = ("work_permit",)


def benefit(result, branch):
    return next(b for b in result.benefits if b.branch == branch)


def qatar_worker(**kwargs):
    return profile(
        "QA",
        period("NP", "2007-01", "2011-12"),
        period("QA", "2012-01", "2020-12"),
        nationalities=("NP",),
        future="NP",
        **kwargs,
    )


# Qatar, Law No. 24 of 2002 (retirement and pensions): the scheme covers Qatari (and, by the
# 2007 law, other GCC) nationals; foreign workers are excluded (SSA SSPTW 2016, Qatar).
QA_EXCLUDED = rule(
    "QA", "old_age", "coverage", "excluded", WORKER, conditions="Qatari and GCC nationals only."
)
# Qatar, Labour Law No. 14 of 2004, Art. 54: at least three weeks' wage per year of service.
QA_GRATUITY = rule(
    "QA",
    "old_age",
    "end_of_service_gratuity",
    "yes",
    WORKER,
    conditions="At least three weeks' basic wage for each year of service (Art. 54).",
)


def test_a_worker_excluded_from_the_pension_scheme_has_no_equal_treatment_and_nothing_to_export():
    result = assess(qatar_worker(), facts(QA_EXCLUDED))
    old_age = benefit(result, "old_age")
    assert old_age.equal_treatment.status == "not_guaranteed"
    qatar = next(p for p in old_age.payers if p.country == "QA")
    assert qatar.export.status == "not_payable"
    assert any(f.code == "export.not_covered" for f in qatar.export.findings)


def test_the_end_of_service_gratuity_is_shown_as_a_gratuity_not_a_pension():
    result = assess(qatar_worker(), facts(QA_EXCLUDED, QA_GRATUITY))
    old_age = benefit(result, "old_age")
    codes = [f.code for f in old_age.equal_treatment.findings]
    assert "national.gratuity" in codes
    qatar = next(p for p in old_age.payers if p.country == "QA")
    assert "national.gratuity" in [f.code for f in qatar.export.findings]
    assert qatar.export.status == "not_payable"  # a gratuity is never an exported pension


def test_compulsory_cover_on_the_same_terms_as_nationals_is_equal_treatment_by_national_law():
    """Germany, SGB VI § 1: every employee is insured, whatever their nationality."""
    covered = rule("DE", "old_age", "coverage", "as_nationals", WORKER)
    result = assess(profile("DE", nationalities=("TR",)), facts(covered))
    equal = benefit(result, "old_age").equal_treatment
    assert equal.status == "guaranteed"
    assert equal.legal_basis[0].kind == "national_law"


def test_a_lead_alone_never_decides_coverage():
    covered = rule("DE", "old_age", "coverage", "as_nationals", WORKER, verification="unverified")
    result = assess(profile("DE", nationalities=("TR",)), facts(covered))
    assert benefit(result, "old_age").equal_treatment.status == "unknown"


def test_employer_liability_says_the_employer_owes_the_benefit():
    """Qatar, Labour Law No. 14 of 2004, Arts. 109-111: the employer pays for a work injury."""
    liability = rule("QA", "employment_injury", "scheme", "employer_liability")
    result = assess(qatar_worker(), facts(liability))
    codes = [f.code for f in benefit(result, "employment_injury").findings]
    assert codes == ["national.employer_liability"]


def test_c19_gives_equal_treatment_for_accidents_between_two_ratifying_states():
    """C19 Art. 1: nationals of another ratifying state get the same accident compensation."""
    both = facts(ratification("JP", "C019"), ratification("VN", "C019"))
    result = assess(profile("JP", nationalities=("VN",)), both)
    equal = benefit(result, "employment_injury").equal_treatment
    assert equal.status == "guaranteed"
    assert [(c.instrument, c.article) for c in equal.legal_basis] == [("ILO C019", "Art. 1")]
    assert benefit(result, "old_age").equal_treatment.status == "unknown"  # C19 is accidents only


def test_c19_needs_both_states_to_have_ratified():
    one = facts(ratification("JP", "C019"))
    result = assess(profile("JP", nationalities=("VN",)), one)
    assert benefit(result, "employment_injury").equal_treatment.status == "unknown"


def test_the_law_in_force_on_the_day_of_the_assessment_applies():
    """UAE Federal Decree-Law No. 13 of 2022: unemployment insurance from 2023-01-01; before
    it, foreign workers had no unemployment cover."""
    before = rule(
        "AE", "unemployment", "coverage", "excluded", WORKER, end="2023-01-01", conditions="None."
    )
    after = rule("AE", "unemployment", "coverage", "as_nationals", WORKER, start="2023-01-01")
    data = facts(before, after)
    in_2020 = assess(profile("AE", as_of="2020-06-01"), data)
    in_2025 = assess(profile("AE", as_of="2025-06-01"), data)
    assert benefit(in_2020, "unemployment").equal_treatment.status == "not_guaranteed"
    assert benefit(in_2025, "unemployment").equal_treatment.status == "guaranteed"
