"""R202 guarantees, postings, undocumented workers and next steps."""

import pytest

from entitlements.engine import GUARANTEES, assess
from tests.engine.builders import (
    agreement,
    benefit,
    facts,
    membership,
    payer,
    period,
    profile,
    ratification,
    rule,
)

IN_DE = agreement(
    "IN-DE",
    {"IN": "2017-05-01", "DE": "2017-05-01"},
    "2017-05-01",
    posting_limit=48,
    article="Art. 8",
)
EU = agreement(
    "EU-883",
    {"PL": "2010-05-01", "FR": "2010-05-01"},
    "2010-05-01",
    posting_limit=24,
    citation_kind="eu_law",
    personal_scope="nationals",
    article="Art. 12(1)",
)


def guarantee(result, guarantee_id):
    return next(g for g in result.guarantees if g.id == guarantee_id)


def test_four_guarantees_unknown_without_data_cite_r202():
    """R202 Para. 5(a)-(d): always say what the Recommendation asks, even when data is missing."""
    result = assess(profile("DE"), facts())
    assert [g.id for g in result.guarantees] == list(GUARANTEES)
    for g in result.guarantees:
        assert g.status == "unknown"
        assert g.legal_basis[0].instrument == "ILO R202"
        assert g.conditions[0].code == f"r202.{g.id}"


def test_emergency_care_only_for_undocumented_falls_short_of_r202():
    """US: EMTALA guarantees emergency screening and stabilisation regardless of status; no
    more. R202 Para. 5(a) asks for essential health care for all residents."""
    emergency = rule(
        "US",
        "medical_care",
        "guarantee_health_care",
        "conditional",
        statuses=("undocumented",),
        conditions="Emergency care only.",
    )
    result = assess(profile("US", status="undocumented", nationalities=("MX",)), facts(emergency))
    health = guarantee(result, "health_care")
    assert health.status == "conditional"
    assert any(c.code == "r202.falls_short" for c in health.conditions)


def test_rule_for_one_status_does_not_apply_to_another():
    emergency = rule(
        "US", "medical_care", "guarantee_health_care", "conditional", statuses=("undocumented",)
    )
    result = assess(
        profile("US", status="permanent_resident", nationalities=("MX",)), facts(emergency)
    )
    assert guarantee(result, "health_care").status == "unknown"


def test_social_pension_residence_requirement_is_conditional():
    """Australia's Age Pension needs 10 years of residence (Social Security Act 1991 s 7)."""
    residence = rule("AU", "old_age", "social_pension_residence_months", "120")
    result = assess(
        profile("AU", nationalities=("PH",), status="permanent_resident"), facts(residence)
    )
    old_age = guarantee(result, "old_age_income")
    assert old_age.status == "conditional"
    assert any(
        c.code == "guarantee.residence_years" and c.params["months"] == 120
        for c in old_age.conditions
    )


def test_social_pension_with_residence_but_no_fixed_years():
    """UK Pension Credit: habitual residence and a right to reside, no number of years (State
    Pension Credit Regulations 2002, reg. 2); the answer must not invent "0 years"."""
    residence = rule(
        "GB",
        "old_age",
        "social_pension_residence_months",
        "0",
        statuses=("permanent_resident",),
        conditions="Habitual residence in the Common Travel Area is assessed case by case.",
    )
    result = assess(
        profile("GB", nationalities=("IN",), status="permanent_resident"), facts(residence)
    )
    old_age = guarantee(result, "old_age_income")
    assert old_age.status == "conditional"
    codes = [c.code for c in old_age.conditions]
    assert "guarantee.residence_no_minimum" in codes
    assert "guarantee.residence_years" not in codes
    assert "guarantee.condition" in codes


def test_unverified_residence_rule_says_possibly():
    """An unverified fact may only give "possibly — verify" (issue 4: truthfulness built in)."""
    residence = rule(
        "GR", "old_age", "social_pension_residence_months", "180", verification="unverified"
    )
    result = assess(
        profile("GR", nationalities=("AL",), status="permanent_resident"), facts(residence)
    )
    codes = [c.code for c in guarantee(result, "old_age_income").conditions]
    assert "data.unverified" in codes


def test_posted_within_limit_keeps_sending_state_law():
    """India–Germany agreement: a worker posted from India stays under Indian law up to 48 months."""
    result = assess(
        profile(
            "DE",
            period("IN", "2015-01", "2023-12"),
            period("DE", "2024-01", "2026-11", posted_from="IN", open_ended=True),
            status="posted_worker",
        ),
        facts(IN_DE),
    )
    (posting,) = result.postings
    assert (posting.legislation, posting.limit_months, posting.within_limit) == ("IN", 48, True)
    assert posting.months == 35
    assert any(s.code == "step.request_certificate" for s in result.next_steps)


def test_posted_months_within_limit_count_for_the_sending_state():
    result = assess(
        profile("DE", period("DE", "2024-01", "2025-12", posted_from="IN"), status="posted_worker"),
        facts(IN_DE),
    )
    assert benefit(result, "old_age").months_by_country == {"IN": 24}


def test_posting_past_the_limit_switches_to_host_law():
    """Reg. (EC) 883/2004 Art. 12(1): 24 months; past them the host state's law applies."""
    result = assess(
        profile(
            "FR",
            period("FR", "2022-01", "2024-12", posted_from="PL"),
            status="posted_worker",
            nationalities=("PL",),
        ),
        facts(EU),
    )
    (posting,) = result.postings
    assert (posting.legislation, posting.limit_months, posting.within_limit) == ("FR", 24, False)
    assert any(s.code == "step.posting_extension" for s in result.next_steps)

    assert benefit(result, "old_age").months_by_country == {"PL": 24, "FR": 12}


def test_posting_without_instrument():
    result = assess(
        profile("AE", period("AE", "2024-01", "2024-12", posted_from="IN"), status="posted_worker"),
        facts(),
    )
    (posting,) = result.postings
    assert (posting.legislation, posting.limit_months, posting.within_limit) == ("AE", None, None)


@pytest.mark.parametrize("ratified", [True, False])
def test_undocumented_worker_is_told_of_c143_article_9(ratified):
    """C143 Art. 9(1): rights arising out of past employment, whatever the worker's status."""
    items = [ratification("IT", "C143")] if ratified else []
    result = assess(
        profile(
            "IT", period("IT", "2020-01", "2023-12"), status="undocumented", nationalities=("SN",)
        ),
        facts(*items),
    )
    warning = next(w for w in result.warnings if w.code == "warning.undocumented_rights")
    assert warning.params["c143"] is ratified
    assert warning.legal_basis[0].article == "Art. 9(1)"


def test_every_result_says_it_is_information_not_a_decision():
    result = assess(profile("DE"), facts())
    assert result.warnings[0].code == "warning.information_not_decision"


def test_statement_of_periods_for_every_country_with_months():
    result = assess(
        profile("DE", period("IN", "2010-01", "2015-12"), period("DE", "2016-01", "2020-12")),
        facts(),
    )
    asked = [
        s.params["country"] for s in result.next_steps if s.code == "step.statement_of_periods"
    ]
    assert asked == ["DE", "IN"]


def test_agreement_without_known_date_is_named_but_not_applied():
    undated = agreement("AU-IN", {"AU": "2016-01-01", "IN": "2016-01-01"}, None)
    result = assess(
        profile("AU", period("IN", "2010-01", "2015-12"), period("AU", "2016-01", "2020-12")),
        facts(undated),
    )
    warning = next(w for w in result.warnings if w.code == "warning.agreement_date_unknown")
    assert warning.params["agreements"] == [{"title": "AU-IN", "parties": ["AU", "IN"]}]
    assert payer(result, "old_age", "AU").totalized_with == ()


def test_undocumented_worker_is_not_sent_to_host_authorities_alone():
    """C143 Art. 9(1) rights are claimed through someone who does not expose the worker."""
    result = assess(
        profile(
            "IT",
            period("IT", "2020-01", "2023-12"),
            period("SN", "2010-01", "2019-12"),
            status="undocumented",
            nationalities=("SN",),
        ),
        facts(),
    )
    codes = {(s.code, s.params.get("country")) for s in result.next_steps}
    assert ("step.statement_through_intermediary", "IT") in codes
    assert ("step.statement_of_periods", "IT") not in codes
    assert ("step.statement_of_periods", "SN") in codes


def test_origin_country_offer_is_a_next_step():
    """The Philippines covers its workers abroad: SSS membership is compulsory for land-based
    OFWs (Social Security Act of 2018, RA 11199, s. 9-B); the result names it as a step."""
    sss = rule(
        "PH",
        "old_age",
        "origin_offer",
        "mandatory_insurance",
        conditions="Land-based OFWs must be SSS members.",
    )
    result = assess(
        profile(
            "SA", period("SA", "2019-01", "2023-12"), nationalities=("PH",), status="work_permit"
        ),
        facts(sss),
    )
    offers = [s for s in result.next_steps if s.code == "step.origin_offer"]
    assert [s.params["offer"] for s in offers] == ["mandatory_insurance"]
    assert not any(s.code == "data.unverified" for s in result.next_steps)


def test_unverified_origin_offer_says_possibly():
    welfare = rule("NP", "*", "origin_offer", "welfare_fund", verification="unverified")
    result = assess(
        profile(
            "QA", period("QA", "2019-01", "2023-12"), nationalities=("NP",), status="work_permit"
        ),
        facts(welfare),
    )
    codes = [s.code for s in result.next_steps]
    assert codes.index("data.unverified") == codes.index("step.origin_offer") + 1


def test_work_in_canada_points_to_quebecs_own_agreements():
    """Québec coordinates the Québec Pension Plan through its own agreements (Retraite Québec;
    Revenu Québec lists the countries, e.g. France but not Australia): the form asks countries,
    not provinces, so the step names which of the person's other countries Québec lists."""
    quebec = membership("FR", "QC_UNDERSTANDING", None)
    worked = (period("CA", "2010-01", "2015-12"), period("FR", "2016-01", "2019-12"))
    result = assess(profile("FR", *worked, period("AU", "2020-01", "2021-12")), facts(quebec))
    steps = [s for s in result.next_steps if s.code == "step.quebec_pension_plan"]
    assert [s.params for s in steps] == [{"partners": ["FR"], "others": ["AU"]}]
    assert steps[0].legal_basis[0].url.startswith("https://retraitequebec.gouv.qc.ca/")

    only_canada = assess(profile("CA", period("CA", "2010-01", "2015-12")), facts(quebec))
    assert not [s for s in only_canada.next_steps if s.code == "step.quebec_pension_plan"]
    no_canada = assess(profile("FR", *worked[1:]), facts(quebec))
    assert not [s for s in no_canada.next_steps if s.code == "step.quebec_pension_plan"]
