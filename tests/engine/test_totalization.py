"""Totalization: a payer adds another country's periods only under an instrument in force on
as_of that binds both (DESIGN, 'totalization'); no chaining through a third state."""

import pytest

from entitlements.engine import assess
from tests.engine.builders import agreement, benefit, facts, payer, period, profile, rule

IN_DE = agreement("IN-DE", {"IN": "2017-05-01", "DE": "2017-05-01"}, "2017-05-01", posting_limit=48)
US_JP = agreement("US-JP", {"US": "2005-10-01", "JP": "2005-10-01"}, "2005-10-01")
DE_QUALIFYING = rule("DE", "old_age", "qualifying_months", "60")  # SGB VI § 50(1): 5 years
US_QUALIFYING = rule("US", "old_age", "qualifying_months", "120")  # 42 USC 414(a): 40 quarters


def india_germany(**kwargs):
    return profile(
        "DE",
        period("IN", "2010-01", "2015-12"),
        period("DE", "2016-01", "2023-12"),
        future="IN",
        **kwargs,
    )


def test_bilateral_adds_the_other_partys_periods():
    """India–Germany agreement (in force 2017-05-01): German and Indian periods add up for pensions."""
    result = assess(india_germany(), facts(IN_DE, DE_QUALIFYING))
    de = payer(result, "old_age", "DE")
    assert de.totalized_with == ("IN",)
    assert de.countable_months == 168
    assert de.qualifying_months == 60
    assert de.met is True
    assert benefit(result, "old_age").totalization_applies is True


def test_agreement_not_yet_in_force_adds_nothing():
    """US–Japan took effect 2005-10-01: on 2005-01-15 nothing links the two countries."""
    result = assess(
        profile(
            "JP",
            period("US", "1998-01", "2003-12"),
            period("JP", "2004-01", "2004-12"),
            as_of="2005-01-15",
            nationalities=("JP",),
        ),
        facts(US_JP),
    )
    us = payer(result, "old_age", "US")
    assert us.totalized_with == ()
    assert us.countable_months == 72
    assert benefit(result, "old_age").agreements == ()


def test_agreement_in_force_adds_periods():
    """US–Japan from 2005-10-01: Japanese periods count towards US insured status."""
    result = assess(
        profile(
            "JP",
            period("US", "1998-01", "2003-12"),
            period("JP", "2004-01", "2004-12"),
            nationalities=("JP",),
        ),
        facts(US_JP),
    )
    assert payer(result, "old_age", "US").countable_months == 84


def test_agreement_that_ended_adds_nothing():
    """An agreement terminated before as_of no longer binds the parties (e.g. Australia–UK,
    terminated 2001-03-01); rights acquired under it are a matter for its transitional rules."""
    ended = agreement(
        "AU-GB", {"AU": "1990-01-01", "GB": "1990-01-01"}, "1990-01-01", ended="2001-03-01"
    )
    result = assess(
        profile("AU", period("GB", "1980-01", "1989-12"), period("AU", "1990-01", "2000-12")),
        facts(ended),
    )
    assert payer(result, "old_age", "AU").totalized_with == ()


def test_no_agreement_periods_stand_alone():
    """The United States and India have no totalization agreement: US months stand alone
    against the 40 quarters (120 months) a retirement benefit needs."""
    result = assess(
        profile(
            "IN",
            period("US", "2015-01", "2020-12"),
            period("IN", "2021-01", "2025-05"),
            as_of="2025-06-01",
            status="citizen",
        ),
        facts(US_QUALIFYING),
    )
    us = payer(result, "old_age", "US")
    assert (us.totalized_with, us.insured_months, us.qualifying_months, us.met) == (
        (),
        72,
        120,
        False,
    )


def test_multilateral_links_only_parties_applying_on_the_date():
    """A multilateral links a party only from the date it applies the instrument: the
    Ibero-American Convention applied to Spain before other states joined."""
    ibero = agreement(
        "IBERO", {"ES": "2011-05-01", "BR": "2011-05-01", "PY": ("2030-01-01", None)}, "2011-05-01"
    )
    result = assess(
        profile(
            "ES",
            period("ES", "2000-01", "2009-12"),
            period("BR", "2010-01", "2014-12"),
            period("PY", "2015-01", "2019-12"),
        ),
        facts(ibero),
    )
    es = payer(result, "old_age", "ES")
    assert es.totalized_with == ("BR",)
    assert es.countable_months == 180


def test_multilateral_late_joiner_counts_once_it_applies():
    """A state that joined a multilateral later is linked from its own date onwards."""
    ibero = agreement("IBERO", {"ES": "2011-05-01", "PY": "2015-01-01"}, "2011-05-01")
    result = assess(
        profile("ES", period("ES", "2000-01", "2009-12"), period("PY", "2010-01", "2014-12")),
        facts(ibero),
    )
    assert payer(result, "old_age", "ES").totalized_with == ("PY",)


def test_no_chaining_through_a_third_state():
    """A–B and B–C agreements do not link A with C: each payer adds only countries that one
    instrument binds together with it."""
    de_in = agreement("DE-IN", {"DE": "2017-05-01", "IN": "2017-05-01"}, "2017-05-01")
    in_jp = agreement("IN-JP", {"IN": "2016-10-01", "JP": "2016-10-01"}, "2016-10-01")
    result = assess(
        profile(
            "DE",
            period("JP", "2000-01", "2004-12"),
            period("IN", "2005-01", "2009-12"),
            period("DE", "2010-01", "2019-12"),
        ),
        facts(de_in, in_jp),
    )
    assert payer(result, "old_age", "DE").totalized_with == ("IN",)
    assert payer(result, "old_age", "JP").totalized_with == ("IN",)
    assert sorted(payer(result, "old_age", "IN").totalized_with) == ["DE", "JP"]


def test_posting_only_agreement_adds_no_periods():
    """An agreement that only settles which law applies during a posting (such as
    Germany–China) adds no periods together."""
    de_cn = agreement(
        "DE-CN",
        {"DE": "2002-04-04", "CN": "2002-04-04"},
        "2002-04-04",
        scope="posting_only",
        totalization="no",
        export="no",
        posting_limit=48,
    )
    result = assess(
        profile(
            "DE",
            period("CN", "2000-01", "2009-12"),
            period("DE", "2010-01", "2012-12"),
            nationalities=("CN",),
        ),
        facts(de_cn),
    )
    assert payer(result, "old_age", "DE").totalized_with == ()


def test_minimum_own_period_before_foreign_periods_count():
    """Some agreements add foreign periods only once the payer's own periods reach a minimum
    (e.g. periods under 12 months that would give no right on their own)."""
    with_minimum = agreement(
        "X-Y", {"AT": "2000-01-01", "CA": "2000-01-01"}, "2000-01-01", min_months=12
    )
    result = assess(
        profile("CA", period("AT", "2010-01", "2010-06"), period("CA", "2011-01", "2020-12")),
        facts(with_minimum),
    )
    assert payer(result, "old_age", "AT").totalized_with == ()
    assert any(
        f.code == "totalization.minimum_not_reached"
        for f in payer(result, "old_age", "AT").findings
    )
    assert payer(result, "old_age", "CA").totalized_with == ("AT",)


def test_agreement_for_nationals_only_excludes_others():
    """The GCC unified insurance protection extension applies to GCC nationals only: an
    Indian worker in Saudi Arabia gets no totalization from it."""
    gcc = agreement(
        "GCC",
        {"SA": "2006-01-01", "AE": "2006-01-01", "KW": "2006-01-01"},
        "2006-01-01",
        personal_scope="nationals_only",
    )
    result = assess(
        profile(
            "SA",
            period("AE", "2010-01", "2014-12"),
            period("SA", "2015-01", "2020-12"),
            nationalities=("IN",),
        ),
        facts(gcc),
    )
    assert payer(result, "old_age", "SA").totalized_with == ()
    national = assess(
        profile(
            "SA",
            period("AE", "2010-01", "2014-12"),
            period("SA", "2015-01", "2020-12"),
            nationalities=("AE",),
        ),
        facts(gcc),
    )
    assert payer(national, "old_age", "SA").totalized_with == ("AE",)


def test_stateless_person_and_refugee_covered_by_nationals_formula():
    """Reg. (EC) 883/2004 Art. 2(1): stateless persons and refugees residing in a Member State
    are covered like nationals."""
    eu = agreement(
        "EU", {"DE": "2010-05-01", "FR": "2010-05-01"}, "2010-05-01", personal_scope="nationals"
    )
    for status in ("stateless", "refugee"):
        result = assess(
            profile(
                "FR",
                period("DE", "2011-01", "2015-12"),
                period("FR", "2016-01", "2020-12"),
                status=status,
                nationalities=(),
            ),
            facts(eu),
        )
        assert payer(result, "old_age", "FR").totalized_with == ("DE",), status


def test_branch_not_covered_is_not_totalized():
    """US agreements coordinate pensions (OASDI) only: unemployment periods do not add up."""
    result = assess(
        profile("JP", period("US", "1998-01", "2003-12"), period("JP", "2004-01", "2004-12")),
        facts(US_JP),
    )
    assert payer(result, "unemployment", "US").totalized_with == ()
    assert benefit(result, "unemployment").agreements == ()


def test_several_instruments_compared():
    """When a bilateral and a multilateral both apply, the result says which is more
    favourable (Reg. 883/2004 Art. 8 keeps more favourable bilateral provisions)."""
    bilateral = agreement("ES-PT", {"ES": "2000-01-01", "PT": "2000-01-01"}, "2000-01-01")
    multilateral = agreement(
        "IBERO", {"ES": "2011-05-01", "PT": "2011-05-01", "BR": "2011-05-01"}, "2011-05-01"
    )
    result = assess(
        profile(
            "ES",
            period("PT", "2000-01", "2004-12"),
            period("BR", "2005-01", "2009-12"),
            period("ES", "2010-01", "2019-12"),
        ),
        facts(bilateral, multilateral),
    )
    es = payer(result, "old_age", "ES")
    assert sorted(es.totalized_with) == ["BR", "PT"]
    comparison = next(f for f in es.findings if f.code == "totalization.several_instruments")
    assert comparison.params["best"] == "IBERO"


def test_unverified_qualifying_period_is_flagged_possibly():
    """Issue 4: unverified facts only ever say 'possibly — verify'."""
    result = assess(
        india_germany(),
        facts(IN_DE, rule("DE", "old_age", "qualifying_months", "60", verification="unverified")),
    )
    de = payer(result, "old_age", "DE")
    assert any(f.code == "data.unverified" for f in de.findings)
    assert de.qualifying_months == 60
    assert de.met is None  # shown, but no firm "reached"


@pytest.mark.parametrize("branch", ["old_age", "invalidity", "survivors"])
def test_every_pension_branch_of_the_agreement_is_totalized(branch):
    result = assess(india_germany(), facts(IN_DE))
    assert payer(result, branch, "DE").totalized_with == ("IN",)


def test_residence_country_is_a_payer_even_without_months():
    """Every country that could owe a benefit is a payer, the residence country included (contract)."""
    result = assess(profile("GB", period("IN", "2010-01", "2015-12")), facts())
    assert [p.country for p in benefit(result, "old_age").payers] == ["IN", "GB"]
    assert payer(result, "old_age", "GB").insured_months == 0


def test_hub_instrument_links_each_party_to_the_hub_only():
    """The EU-UK TCA social security protocol coordinates UK and EU periods; it does not link
    two EU states with each other (Reg. 883/2004 does that)."""
    tca = agreement(
        "TCA", {"GB": "2021-01-01", "FR": "2021-01-01", "DE": "2021-01-01"}, "2021-01-01", hub="GB"
    )
    result = assess(
        profile(
            "FR",
            period("GB", "2021-01", "2022-12"),
            period("DE", "2023-01", "2023-12"),
            period("FR", "2024-01", "2025-12"),
        ),
        facts(tca),
    )
    assert payer(result, "old_age", "FR").totalized_with == ("GB",)
    assert payer(result, "old_age", "GB").totalized_with == ("DE", "FR")
    assert payer(result, "old_age", "DE").totalized_with == ("GB",)


def test_unverified_provision_is_only_a_possibility():
    """Issue 4: a provision read nowhere firm (Canada–Mexico's totalization was recorded from a
    list marked unverified) must not add periods; the answer says "possibly" and whom to ask."""
    ca_mx = agreement(
        "CA-MX", {"CA": "1996-05-01", "MX": "1996-05-01"}, "1996-05-01", verification="unverified"
    )
    result = assess(
        profile("CA", period("MX", "2000-01", "2009-12"), period("CA", "2010-01", "2020-12")),
        facts(ca_mx),
    )
    ca = payer(result, "old_age", "CA")
    assert ca.totalized_with == ()
    codes = [f.code for f in ca.findings]
    assert "totalization.possibly_linked" in codes
    assert "totalization.not_linked" not in codes
    assert any(w.code == "warning.unverified_data" for w in result.warnings)
