"""Export: whether a payer pays a benefit to a person living in future_residence_country."""

import pytest

from entitlements.engine import assess
from entitlements.engine.types import Institution
from tests.engine.builders import (
    agreement,
    benefit,
    facts,
    membership,
    payer,
    period,
    profile,
    rule,
)

IN_DE = agreement("IN-DE", {"IN": "2017-05-01", "DE": "2017-05-01"}, "2017-05-01")
DE_SINGLE_PERMIT = membership("DE", "EU_SINGLE_PERMIT", "2013-12-25")
DE_EU = membership("DE", "EU", "1958-01-01")


def worker(future: str, status: str = "work_permit", nationalities=("IN",)):
    return profile(
        "DE",
        period("IN", "2010-01", "2015-12"),
        period("DE", "2016-01", "2023-12"),
        future=future,
        status=status,
        nationalities=nationalities,
    )


def test_agreement_pays_pension_in_the_other_party():
    """India–Germany agreement: German pensions are paid to a person living in India."""
    result = assess(worker("IN"), facts(IN_DE))
    de = payer(result, "old_age", "DE")
    assert de.export.status == "payable"
    assert de.export.legal_basis[0].instrument == "IN-DE"


def test_payer_is_the_future_residence_country():
    result = assess(worker("DE"), facts(IN_DE))
    assert payer(result, "old_age", "DE").export.status == "not_applicable"


def test_single_permit_directive_keeps_pensions_for_third_country_workers():
    """Directive 2011/98/EU Art. 12(4): a third-country worker moving to a third country gets
    statutory pensions under the same conditions as the payer's nationals."""
    result = assess(worker("PK", nationalities=("PK",)), facts(DE_SINGLE_PERMIT, DE_EU))
    de = payer(result, "old_age", "DE")
    assert de.export.status == "conditional"
    assert de.export.legal_basis[0].article == "Art. 12(4)"


@pytest.mark.parametrize("branch", ["sickness", "unemployment", "family"])
def test_single_permit_export_covers_pensions_only(branch):
    """Art. 12(4) names old-age, invalidity and survivors' pensions only."""
    result = assess(worker("PK", nationalities=("PK",)), facts(DE_SINGLE_PERMIT, DE_EU))
    assert payer(result, branch, "DE").export.status == "unknown"


@pytest.mark.parametrize("status", ["posted_worker", "seasonal_worker", "refugee", "undocumented"])
def test_single_permit_export_not_for_statuses_outside_the_directive(status):
    """Art. 3(2) of Directive 2011/98/EU excludes posted and seasonal workers and
    beneficiaries of international protection; undocumented workers hold no permit."""
    result = assess(
        worker("PK", status=status, nationalities=("PK",)), facts(DE_SINGLE_PERMIT, DE_EU)
    )
    assert payer(result, "old_age", "DE").export.status == "unknown"


def test_national_rule_on_paying_abroad():
    """US law: non-citizens outside the US for 6 months lose payment unless an exception
    applies (SSA POMS RS 02610.001): conditional."""
    us_rule = rule(
        "US",
        "old_age",
        "export_non_nationals",
        "conditional",
        conditions="Stops after 6 months abroad unless an exception applies.",
    )
    result = assess(profile("US", period("US", "2000-01", "2020-12"), future="IN"), facts(us_rule))
    assert payer(result, "old_age", "US").export.status == "conditional"


def test_national_rule_does_not_apply_to_nationals():
    """A rule about non-nationals says nothing about the payer's own citizens."""
    us_rule = rule("US", "old_age", "export_non_nationals", "not_payable")
    result = assess(
        profile(
            "US",
            period("US", "2000-01", "2020-12"),
            future="IN",
            nationalities=("US",),
            status="citizen",
        ),
        facts(us_rule),
    )
    assert payer(result, "old_age", "US").export.status == "unknown"


def test_lump_sum_refund_when_nothing_else_pays():
    """Japan refunds contributions as a lump sum to foreigners who leave (National Pension
    Act, lump-sum withdrawal payment): conditional, with the refund named."""
    refund = rule(
        "JP", "old_age", "lump_sum_refund", "yes", conditions="Claim within 2 years of leaving."
    )
    result = assess(
        profile("JP", period("JP", "2020-01", "2022-12"), future="NP", nationalities=("NP",)),
        facts(refund),
    )
    jp = payer(result, "old_age", "JP")
    assert jp.export.status == "conditional"
    assert any(f.code == "export.refund_only" for f in jp.findings)


def test_unverified_refund_is_only_a_possibility():
    """A lead on Thailand's old-age lump sum for departing migrants, not yet read in the Social
    Security Act: the answer must say "possibly, verify" (issue 4: truthfulness built in)."""
    refund = rule("TH", "old_age", "lump_sum_refund", "conditional", verification="unverified")
    result = assess(
        profile("TH", period("TH", "2018-01", "2022-12"), future="MM", nationalities=("MM",)),
        facts(refund),
    )
    th = payer(result, "old_age", "TH")
    assert th.export.status == "conditional"
    assert any(f.code == "data.unverified" for f in th.findings)


def test_possibly_names_whom_to_verify_with():
    """Issue 4: an unverified fact gives "possibly, verify with ...", naming the institution."""
    refund = rule("TH", "old_age", "lump_sum_refund", "conditional", verification="unverified")
    sso = Institution("TH", "pensions", "Social Security Office", "https://www.sso.go.th")
    result = assess(
        profile("TH", period("TH", "2018-01", "2022-12"), future="MM", nationalities=("MM",)),
        facts(refund, sso),
    )
    lead = next(f for f in payer(result, "old_age", "TH").findings if f.code == "data.unverified")
    assert lead.params["institution"] == "Social Security Office"


def test_unknown_export_is_said_not_silent():
    result = assess(
        profile("JP", period("TH", "2010-01", "2012-12"), future="TH", nationalities=("TH",)),
        facts(),
    )
    assert payer(result, "old_age", "TH").export.status == "not_applicable"
    result = assess(
        profile("JP", period("TH", "2010-01", "2012-12"), future="VN", nationalities=("TH",)),
        facts(),
    )
    assert payer(result, "old_age", "TH").export.status == "unknown"
    assert any(s.code == "step.ask_unknown" for s in result.next_steps)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["payable", "payable"], "portable"),
        (["payable", "not_applicable"], "portable"),
        (["payable", "unknown"], "conditional"),
        (["not_payable", "not_payable"], "not_portable"),
        (["unknown"], "unknown"),
    ],
)
def test_portability_summarises_payers(statuses, expected):
    """Contract: portable where every payer with months pays in future_residence_country."""
    from entitlements.engine.assess import _portability
    from entitlements.engine.types import ExportResult, PayerResult

    payers = tuple(
        PayerResult("X", 12, (), 12, None, None, ExportResult("Y", s, ()), ()) for s in statuses
    )  # type: ignore[arg-type]
    assert _portability(payers) == expected


def test_nothing_insured_is_not_applicable():
    result = assess(profile("DE", nationalities=("IN",)), facts())
    assert benefit(result, "old_age").portability == "not_applicable"


def test_recast_directive_cited_from_22_may_2026():
    """EUR-Lex: Directive 2011/98/EU is repealed by Directive (EU) 2024/1233 from 2026-05-22."""
    data = facts(
        membership("DE", "EU_SINGLE_PERMIT", "2013-12-25", "2026-05-22"),
        membership("DE", "EU_SINGLE_PERMIT_2024", "2026-05-22"),
        DE_EU,
    )
    before = assess(
        profile(
            "DE",
            period("DE", "2016-01", "2023-12"),
            future="PK",
            nationalities=("PK",),
            as_of="2026-01-10",
        ),
        data,
    )
    after = assess(
        profile("DE", period("DE", "2016-01", "2023-12"), future="PK", nationalities=("PK",)), data
    )
    assert (
        payer(before, "old_age", "DE")
        .export.legal_basis[0]
        .instrument.startswith("Directive 2011/98/EU")
    )
    assert (
        payer(after, "old_age", "DE")
        .export.legal_basis[0]
        .instrument.startswith("Directive (EU) 2024/1233")
    )


def test_directive_does_not_export_within_the_eu_or_for_eu_nationals():
    """Art. 12(4) is about moving to a third country; EU nationals are covered by Reg. 883/2004."""
    data = facts(
        DE_SINGLE_PERMIT,
        DE_EU,
        membership("FR", "EU", "1958-01-01"),
        membership("PL", "EU", "2004-05-01"),
    )
    to_france = assess(worker("FR", nationalities=("PK",)), data)
    assert payer(to_france, "old_age", "DE").export.status == "unknown"
    polish = assess(worker("PK", nationalities=("PL",)), data)
    assert payer(polish, "old_age", "DE").export.status == "unknown"


ALGERIA = agreement(
    "EU-DZ",
    {"DZ": "2005-09-01", "DE": "2005-09-01", "DK": "2005-09-01"},
    "2005-09-01",
    scope="equal_treatment",
    totalization="no",
    equal_treatment="yes",
    personal_scope="nationals_of:DZ",
)


def test_association_agreement_transfers_pensions_to_the_partner_only():
    """EU-Algeria agreement Art. 68(4) (CJEU C-549/22): pensions are transferred to Algeria."""
    to_algeria = assess(
        profile("DE", period("DE", "2006-01", "2020-12"), future="DZ", nationalities=("DZ",)),
        facts(ALGERIA),
    )
    assert payer(to_algeria, "survivors", "DE").export.status == "payable"
    to_denmark = assess(
        profile("DE", period("DE", "2006-01", "2020-12"), future="DK", nationalities=("DZ",)),
        facts(ALGERIA),
    )
    assert payer(to_denmark, "survivors", "DE").export.status == "unknown"


def test_export_under_an_unverified_provision_is_conditional():
    """An agreement's export clause known only from an unverified list: never a firm "payable"."""
    lead = agreement(
        "CA-TR", {"CA": "2005-01-01", "TR": "2005-01-01"}, "2005-01-01", verification="unverified"
    )
    result = assess(
        profile("CA", period("CA", "2000-01", "2020-12"), future="TR", nationalities=("TR",)),
        facts(lead),
    )
    ca = payer(result, "old_age", "CA")
    assert ca.export.status == "conditional"
    assert any(f.code == "export.possibly_by_agreement" for f in ca.findings)


def test_unverified_national_export_rule_says_possibly():
    """Korea: a lead that a foreigner's earned pension is remitted abroad; not yet read in the
    National Pension Act, so it can only be "conditional" with a "possibly"."""
    lead = rule("KR", "old_age", "export_non_nationals", "payable", verification="unverified")
    result = assess(
        profile("KR", period("KR", "2010-01", "2022-12"), future="VN", nationalities=("VN",)),
        facts(lead),
    )
    kr = payer(result, "old_age", "KR")
    assert kr.export.status == "conditional"
    assert any(f.code == "data.unverified" for f in kr.findings)
