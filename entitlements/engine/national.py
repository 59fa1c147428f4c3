"""National law where no instrument applies: who the host's scheme covers, and of what kind."""

from __future__ import annotations

from entitlements.engine.facts import Facts
from entitlements.engine.types import Finding, Profile, Rule

# What the data's `coverage` fact says of foreign workers of a status.
AS_NATIONALS = "as_nationals"
EXCLUDED = "excluded"
# Scheme kinds a worker must know about because nobody pays into a fund for them.
EMPLOYER_LIABILITY = "employer_liability"
NO_SCHEME = "none"


def firm(rule: Rule | None) -> Rule | None:
    """A rule read in a source: a lead never decides an answer."""
    return rule if rule is not None and rule.verification != "unverified" else None


def coverage(facts: Facts, profile: Profile, country: str, branch: str) -> Rule | None:
    """Whether `country`'s scheme for `branch` covers people of the person's status, on the
    day of the assessment (the law's own words are in the rule's text)."""
    found = facts.rule(country, branch, "coverage", profile.status, profile.as_of)
    return firm(found) if country not in profile.nationalities else None


def excluded(facts: Facts, profile: Profile, country: str, branch: str) -> Rule | None:
    """A sourced exclusion of people of the person's status from the branch's scheme."""
    found = coverage(facts, profile, country, branch)
    return found if found is not None and found.value == EXCLUDED else None


def covered_as_nationals(facts: Facts, profile: Profile, branch: str) -> Rule | None:
    """The host's law insures people of this status compulsorily on the same terms as its
    nationals: equal treatment by national law, whatever the person's nationality."""
    found = coverage(facts, profile, profile.residence_country, branch)
    return found if found is not None and found.value == AS_NATIONALS else None


def gratuity(facts: Facts, profile: Profile, country: str) -> Finding | None:
    """The Gulf labour laws' end-of-service gratuity: a lump sum the employer owes when a
    contract ends, in place of pension cover; never a pension."""
    day = profile.as_of
    rule = firm(facts.rule(country, "old_age", "end_of_service_gratuity", profile.status, day))
    if rule is None or rule.value != "yes":
        return None
    return Finding(
        "national.gratuity", {"country": country, **rule.text("conditions")}, (rule.citation(),)
    )


def scheme(facts: Facts, profile: Profile, branch: str) -> tuple[Finding, ...]:
    """What kind of scheme the host has for the branch, where it changes whom to claim from:
    an employer's liability (no fund stands behind the benefit) or no statutory scheme."""
    host = profile.residence_country
    rule = firm(facts.rule(host, branch, "scheme", profile.status, profile.as_of))
    if rule is None or rule.value not in {EMPLOYER_LIABILITY, NO_SCHEME}:
        return ()
    liable = rule.value == EMPLOYER_LIABILITY
    code = "national.employer_liability" if liable else "national.no_scheme"
    return (Finding(code, {"country": host, **rule.text("conditions")}, (rule.citation(),)),)
