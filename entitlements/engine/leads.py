"""An unverified fact is only a lead: the answer says "possibly" and whom to ask."""

from __future__ import annotations

from entitlements.engine.facts import Facts
from entitlements.engine.types import Finding

# The facts about health care are answered by the health institution, the rest by pensions.
HEALTH_FACTS = frozenset({"guarantee_health_care"})


def unverified(facts: Facts, country: str, fact: str) -> Finding:
    """A 'possibly' that names the institution to verify the fact with, where the data has one."""
    roles = ("health", "liaison") if fact in HEALTH_FACTS else ("pensions", "liaison")
    found = next((i for role in roles if (i := facts.institution(country, role)) is not None), None)
    params: dict[str, str] = {"country": country, "fact": fact}
    if found is not None:
        params |= {"institution": found.name, "url": found.url}
    return Finding("data.unverified", params)
