"""Equal treatment with nationals in the host country, branch by branch."""

import pytest

from entitlements.engine import assess
from tests.engine.builders import (
    agreement,
    benefit,
    facts,
    membership,
    period,
    profile,
    ratification,
    rule,
)

EU = agreement(
    "EU-883",
    {"DE": "2010-05-01", "FR": "2010-05-01", "PL": "2010-05-01"},
    "2010-05-01",
    branches=("old_age", "family", "unemployment"),
    equal_treatment="yes",
    personal_scope="nationals",
    citation_kind="eu_law",
    article="Art. 4",
)
EU_TCN = agreement(
    "EU-1231",
    {"DE": "2011-01-01", "FR": "2011-01-01"},
    "2011-01-01",
    branches=("old_age",),
    equal_treatment="yes",
    personal_scope="lawful_residents",
    citation_kind="eu_law",
)


def equality(result, branch="old_age"):
    return benefit(result, branch).equal_treatment


def test_national_of_the_host_country():
    result = assess(profile("FR", nationalities=("FR",), status="citizen"), facts())
    assert equality(result).status == "guaranteed"


def test_eu_national_in_another_member_state():
    """Reg. (EC) 883/2004 Art. 4: equal treatment for persons it covers."""
    result = assess(
        profile("FR", period("PL", "2015-01", "2019-12"), nationalities=("PL",)), facts(EU)
    )
    assert equality(result).status == "guaranteed"
    assert equality(result).legal_basis[0].article == "Art. 4"


def test_third_country_national_in_cross_border_situation():
    """Reg. (EU) 1231/2010: legally resident third-country nationals moving between Member States."""
    result = assess(
        profile(
            "FR",
            period("DE", "2012-01", "2015-12"),
            period("FR", "2016-01", "2020-12"),
            nationalities=("IN",),
        ),
        facts(EU_TCN),
    )
    assert equality(result).status == "guaranteed"


def test_third_country_national_in_one_member_state_only_not_covered_by_1231():
    result = assess(
        profile("FR", period("FR", "2016-01", "2020-12"), nationalities=("IN",)), facts(EU_TCN)
    )
    assert equality(result).status == "unknown"


def test_undocumented_not_covered_by_1231():
    result = assess(
        profile(
            "FR",
            period("DE", "2012-01", "2015-12"),
            period("FR", "2016-01", "2020-12"),
            nationalities=("IN",),
            status="undocumented",
        ),
        facts(EU_TCN),
    )
    assert equality(result).status == "unknown"


def test_c118_reciprocity_both_accepted_the_branch():
    """C118 Art. 3(1): equal treatment for nationals of another state that accepted the same branch."""
    result = assess(
        profile("NL", nationalities=("TR",)),
        facts(ratification("NL", "C118", "abcdefghi"), ratification("TR", "C118", "abcdefgi")),
    )
    assert equality(result, "old_age").status == "guaranteed"
    assert equality(result, "unemployment").status == "unknown"  # Turkey did not accept (h) here


def test_c118_not_for_nationals_of_a_state_that_did_not_ratify():
    result = assess(
        profile("NL", nationalities=("US",)), facts(ratification("NL", "C118", "abcdefghi"))
    )
    assert equality(result).status == "unknown"


def test_c118_refugees_without_reciprocity():
    """C118 Art. 10(1): refugees and stateless persons, without any condition of reciprocity."""
    result = assess(
        profile("NL", nationalities=("SY",), status="refugee"),
        facts(ratification("NL", "C118", "abcdefghi")),
    )
    assert equality(result).legal_basis[0].article == "Art. 10(1)"


def test_c118_branches_not_known_says_so():
    result = assess(
        profile("NL", nationalities=("TR",)),
        facts(ratification("NL", "C118"), ratification("TR", "C118")),
    )
    assert equality(result).status == "unknown"
    assert any(f.code == "equality.c118_branches_unknown" for f in equality(result).findings)


@pytest.mark.parametrize(
    ("status", "expected"),
    [("work_permit", "guaranteed"), ("undocumented", "unknown"), ("seasonal_worker", "guaranteed")],
)
def test_c097_lawful_immigrants(status, expected):
    """C97 Art. 6(1)(b): immigrants lawfully within the territory, no reciprocity needed."""
    result = assess(
        profile("IT", nationalities=("MA",), status=status), facts(ratification("IT", "C097"))
    )
    assert equality(result).status == expected


@pytest.mark.parametrize(
    ("as_of", "expected"), [("2020-06-13", "unknown"), ("2020-06-14", "guaranteed")]
)
def test_ratification_comes_into_force_twelve_months_after_registration(as_of, expected):
    """Morocco's C97 was registered on 2019-06-14 (ILO news), a source that saw it not yet in
    force; by the Convention's final clause it binds Morocco twelve months later."""
    registered = ratification("MA", "C097", status="not_in_force", registered="2019-06-14")
    result = assess(
        profile("MA", nationalities=("SN",), status="work_permit", as_of=as_of),
        facts(registered),
    )
    assert equality(result).status == expected


def test_denounced_ratification_gives_nothing():
    """The Netherlands denounced C118 with effect from 2005-12-20 (ILO report): no reciprocity."""
    result = assess(
        profile("NL", nationalities=("TR",)),
        facts(
            ratification("NL", "C118", list("abcdefg"), status="denounced"),
            ratification("TR", "C118", list("abcdefg")),
        ),
    )
    assert equality(result).status != "guaranteed"


def test_c102_parts_not_known_says_so():
    """C102 Art. 2: a state accepts at least three of Parts II-X; which ones decides Art. 68."""
    result = assess(
        profile("NO", nationalities=("PL",)),
        facts(ratification("NO", "C102"), ratification("PL", "C102", ["V"])),
    )
    assert equality(result).status != "guaranteed"
    assert any(f.code == "equality.c102_parts_unknown" for f in equality(result).findings)


def test_c102_part_xii_reciprocal():
    """C102 Art. 68: equal treatment for nationals of states that accepted the same Part."""
    result = assess(
        profile("DE", nationalities=("BE",)),
        facts(
            ratification("DE", "C102", ["II", "V", "XII"]), ratification("BE", "C102", ["V", "XII"])
        ),
    )
    assert equality(result, "old_age").status == "guaranteed"
    assert equality(result, "medical_care").status == "unknown"


def test_single_permit_workers_equal_treatment():
    """Directive 2011/98/EU Art. 12(1)(e): the branches of Reg. 883/2004."""
    result = assess(
        profile("ES", nationalities=("MA",)),
        facts(membership("ES", "EU_SINGLE_PERMIT", "2013-12-25")),
    )
    assert equality(result).status == "guaranteed"
    assert any(
        f.code == "equality.single_permit_family_restriction"
        for f in equality(result, "family").findings
    )


def test_national_exclusion_is_not_guaranteed():
    """Saudi Arabia: non-Saudi workers are covered by the occupational hazards branch only (GOSI)."""
    exclusion = rule("SA", "old_age", "coverage", "excluded", conditions="Only Saudi nationals.")
    result = assess(profile("SA", nationalities=("IN",)), facts(exclusion))
    assert equality(result).status == "not_guaranteed"


def test_unverified_exclusion_is_not_a_firm_no():
    exclusion = rule("SA", "old_age", "coverage", "excluded", verification="unverified")
    result = assess(profile("SA", nationalities=("IN",)), facts(exclusion))
    assert equality(result).status == "unknown"


def test_nothing_known_is_unknown_and_says_so():
    result = assess(profile("TH", nationalities=("MM",)), facts())
    assert equality(result).status == "unknown"
    assert any(f.code == "equality.unknown" for f in equality(result).findings)


def test_unverified_ratification_only_says_possibly():
    """Issue 4: an unverified fact never gives a firm answer."""
    from entitlements.engine.types import Ratification

    lead = Ratification("VN", "C118", None, "in_force", frozenset("abcdefghi"), "unverified")
    result = assess(
        profile("VN", nationalities=("TR",)), facts(lead, ratification("TR", "C118", "abcdefghi"))
    )
    assert equality(result).status == "unknown"
    assert any(f.code == "equality.unverified_ratification" for f in equality(result).findings)


def test_conditional_exclusion_leaves_the_question_open():
    """Korea: foreigners are covered unless their state does not cover Koreans (reciprocity)."""
    reciprocity = rule("KR", "old_age", "coverage", "conditional", conditions="By reciprocity.")
    result = assess(profile("KR", nationalities=("VN",)), facts(reciprocity))
    assert equality(result).status == "unknown"


def test_association_decision_protects_the_partners_nationals_only():
    """Decision 3/80 Art. 3(1) (CJEU Sürül C-262/96): Turkish workers in the Member States; it
    gives EU nationals in Turkey nothing."""
    decision = agreement(
        "EU-TR",
        {"TR": "1980-09-19", "DE": "1980-09-19"},
        "1980-09-19",
        scope="equal_treatment",
        totalization="no",
        equal_treatment="yes",
        personal_scope="nationals_of:TR",
    )
    turkish_in_germany = assess(profile("DE", nationalities=("TR",)), facts(decision))
    assert equality(turkish_in_germany).status == "guaranteed"
    german_in_turkey = assess(profile("TR", nationalities=("DE",)), facts(decision))
    assert equality(german_in_turkey).status == "unknown"


def test_agreement_with_a_state_foreign_to_the_person_says_nothing():
    """Canada-France equal treatment concerns people whose situation involves Canada."""
    canada_france = agreement(
        "CA-FR", {"CA": "2017-08-01", "FR": "2017-08-01"}, "2017-08-01", equal_treatment="yes"
    )
    indian = assess(
        profile("FR", period("FR", "2016-01", "2020-12"), nationalities=("IN",)),
        facts(canada_france),
    )
    assert equality(indian).status == "unknown"
    canadian = assess(
        profile("FR", period("FR", "2016-01", "2020-12"), nationalities=("CA",)),
        facts(canada_france),
    )
    assert equality(canadian).status == "guaranteed"


def test_equal_treatment_under_an_unverified_provision_is_not_guaranteed():
    lead = agreement(
        "CA-TR",
        {"CA": "2005-01-01", "TR": "2005-01-01"},
        "2005-01-01",
        equal_treatment="yes",
        verification="unverified",
    )
    result = assess(profile("CA", nationalities=("TR",)), facts(lead))
    assert equality(result).status != "guaranteed"
    assert any(f.code == "equality.possibly_by_agreement" for f in equality(result).findings)
