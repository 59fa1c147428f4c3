"""The EU single-permit directive: equal treatment of third-country workers and their pensions.

Directive 2011/98/EU bound every Member State but Denmark and Ireland from 2013-12-25; its
recast, Directive (EU) 2024/1233, replaced it from 2026-05-22. Which one a state applies on a
date is data (memberships EU_SINGLE_PERMIT and EU_SINGLE_PERMIT_2024).
"""

from __future__ import annotations

from datetime import date

from entitlements.engine.facts import Facts
from entitlements.engine.types import SINGLE_PERMIT_STATUSES, Citation, Profile

DIRECTIVE_2011 = (
    "Directive 2011/98/EU (single permit)",
    "https://eur-lex.europa.eu/eli/dir/2011/98/oj",
)
DIRECTIVE_2024 = (
    "Directive (EU) 2024/1233 (single permit, recast)",
    "https://eur-lex.europa.eu/eli/dir/2024/1233/oj",
)
EU_NATIONALITY_GROUPS = ("EU", "EEA", "CH_COORD")


def single_permit_citation(
    facts: Facts, country: str, day: date, article_2011: str
) -> Citation | None:
    """The directive `country` applies on `day`, cited at the article of the 2011 text (the
    recast keeps the rule; its own article number is cited once verified)."""
    if facts.in_group(country, "EU_SINGLE_PERMIT_2024", day):
        title, url = DIRECTIVE_2024
        return Citation("eu_law", title, "", url)
    if facts.in_group(country, "EU_SINGLE_PERMIT", day):
        title, url = DIRECTIVE_2011
        return Citation("eu_law", title, article_2011, url)
    return None


def third_country_worker(facts: Facts, profile: Profile) -> bool:
    """A worker the directive covers: admitted to work (Art. 3(1)) and not an EU, EEA or Swiss national."""
    day = profile.as_of
    return profile.status in SINGLE_PERMIT_STATUSES and not any(
        facts.in_group(n, g, day) for n in profile.nationalities for g in EU_NATIONALITY_GROUPS
    )
