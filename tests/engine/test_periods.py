"""Month arithmetic: the contract counts each calendar month once per country, and once
overall when several countries' periods are added (contract README)."""

import pytest

from entitlements.engine import assess
from tests.engine.builders import agreement, benefit, facts, payer, period, profile


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        pytest.param([period("DE", "2010-01", "2015-12")], {"DE": 72}, id="six-full-years"),
        pytest.param(
            [period("DE", "2010-01", "2012-12"), period("DE", "2012-01", "2013-12")],
            {"DE": 48},
            id="overlap-in-one-country-counts-once",
        ),
        pytest.param(
            [period("DE", "2010-01", "2010-12"), period("DE", "2010-01", "2010-12")],
            {"DE": 12},
            id="same-period-twice",
        ),
        pytest.param(
            [period("FR", "2020-02", "2020-02")], {"FR": 1}, id="single-month-both-ends-inclusive"
        ),
        pytest.param(
            [period("FR", "2020-01", "2020-12", insured="no")],
            {},
            id="uninsured-period-not-counted",
        ),
        pytest.param(
            [period("FR", "2020-01", "2020-12", insured="unknown")],
            {},
            id="unknown-insurance-not-counted",
        ),
    ],
)
def test_insured_months_per_country(periods, expected):
    result = assess(profile("FR", *periods), facts())
    assert dict(benefit(result, "old_age").months_by_country) == expected


def test_open_period_runs_to_the_month_of_as_of():
    """A period without an end goes on at as_of (request schema: `to` null or absent)."""
    open_period = period("ES", "2026-01", "2026-11", open_ended=True)
    result = assess(profile("ES", open_period, as_of="2026-11-25"), facts())
    assert benefit(result, "old_age").months_by_country == {"ES": 11}


def test_overlap_across_countries_counts_once_when_added():
    """Reg. (EC) 883/2004 Art. 6 adds periods; a month insured in two states counts once."""
    eu = agreement(
        "EU", {"DE": "2010-05-01", "FR": "2010-05-01"}, "2010-05-01", personal_scope="nationals"
    )
    result = assess(
        profile(
            "FR",
            period("DE", "2010-01", "2015-12"),
            period("FR", "2015-01", "2019-12"),
            nationalities=("FR",),
            status="citizen",
        ),
        facts(eu),
    )
    assert payer(result, "old_age", "DE").countable_months == 120
    assert payer(result, "old_age", "FR").countable_months == 120
