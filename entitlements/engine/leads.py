"""An unverified fact is only a lead: the answer says "possibly" and whom to ask."""

from __future__ import annotations

from entitlements.engine.facts import Facts
from entitlements.engine.types import Finding

# The facts about health care are answered by the health institution, the rest by pensions.
HEALTH_FACTS = frozenset({"guarantee_health_care"})
# Findings that rest on an unverified fact: each says "possibly" and whom to ask.
LEAD_CODES = frozenset(
    {
        "data.unverified",
        "totalization.possibly_linked",
        "export.possibly_by_agreement",
        "equality.possibly_by_agreement",
    }
)


def unverified(facts: Facts, country: str, fact: str) -> Finding:
    """A 'possibly' that names the institution to verify the fact with, where the data has one."""
    return Finding(
        "data.unverified", {"country": country, "fact": fact, **ask(facts, country, fact)}
    )


def ask(facts: Facts, country: str, fact: str = "") -> dict[str, str]:
    """The institution of `country` that can confirm `fact`, as finding parameters."""
    roles = ("health", "liaison") if fact in HEALTH_FACTS else ("pensions", "liaison")
    found = next((i for role in roles if (i := facts.institution(country, role)) is not None), None)
    return {"institution": found.name, "url": found.url} if found is not None else {}
