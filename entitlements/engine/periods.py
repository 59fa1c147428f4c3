"""Insured months per country: each calendar month counts once per country, and once overall."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from entitlements.engine.months import Month
from entitlements.engine.types import Period


def insured_months(periods: Iterable[Period]) -> dict[str, frozenset[Month]]:
    """The months each country insured; periods marked not insured or unknown do not count."""
    months: dict[str, set[Month]] = defaultdict(set)
    for period in periods:
        if period.insured == "yes":
            months[period.country].update(period.months())
    return {country: frozenset(found) for country, found in months.items()}


def count_together(months: dict[str, frozenset[Month]], countries: Iterable[str]) -> int:
    """Months of several countries added together, each calendar month counted once."""
    union: set[Month] = set()
    for country in countries:
        union |= months.get(country, frozenset())
    return len(union)
