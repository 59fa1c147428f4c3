"""Which instruments link two countries on a date, branch by branch."""

from __future__ import annotations

from datetime import date

from entitlements.engine.facts import Facts
from entitlements.engine.types import Agreement, Profile, Provision


def in_force_between(facts: Facts, countries: set[str], day: date) -> list[Agreement]:
    """Agreements in force on `day` that at least two of `countries` apply on that day."""
    seen: dict[str, Agreement] = {}
    for country in countries:
        for agreement in facts.agreements_of(country):
            if agreement.id in seen or not agreement.in_force_on(day):
                continue
            involved = agreement.applying_parties(day) & countries
            if len(involved) < 2:
                continue
            if agreement.hub is None or agreement.hub in involved:
                seen[agreement.id] = agreement
    return sorted(seen.values(), key=lambda a: (a.kind != "bilateral", a.id))


def covers_person(agreement: Agreement, profile: Profile) -> bool | None:
    """Whether the person falls within the agreement's personal scope (None: not known)."""
    scope = agreement.personal_scope
    if scope == "all_insured":
        return True
    parties = {p.country for p in agreement.parties}
    national = bool(set(profile.nationalities) & parties)
    if scope == "nationals":
        # The usual formula of coordination instruments (e.g. Reg. 883/2004 Art. 2(1)):
        # nationals of the parties, and stateless persons and refugees residing in one.
        return national or profile.is_stateless or profile.is_refugee
    if scope == "nationals_only":
        return national
    if scope.startswith("nationals_of:"):
        # Association instruments protect the partner state's nationals only (e.g. Decision
        # 3/80 of the EEC-Turkey Association Council: Turkish workers in the Member States).
        return bool(set(profile.nationalities) & protected_nationalities(agreement))
    if scope == "lawful_residents":
        # Reg. 1231/2010 Art. 1: third-country nationals legally resident in a Member State.
        return profile.status != "undocumented" and profile.residence_country in parties
    return None


def protected_nationalities(agreement: Agreement) -> frozenset[str]:
    """For a personal scope `nationals_of:XX;YY`, the nationalities it protects."""
    _, _, codes = agreement.personal_scope.partition(":")
    return frozenset(code for code in codes.split(";") if code)


def export_destination_allowed(agreement: Agreement, to: str) -> bool:
    """Instruments that protect one partner's nationals let benefits be transferred to that
    partner only (e.g. Art. 68(4) of the EU-Algeria agreement: transfer to Algeria)."""
    protected = protected_nationalities(agreement)
    return not protected or to in protected


def provision(agreement: Agreement, branch: str) -> Provision | None:
    return agreement.provisions.get(branch)


def linked_for_totalization(
    facts: Facts, profile: Profile, payer: str, branch: str, others: set[str], *, firm: bool = True
) -> dict[str, list[Agreement]]:
    """For each country of `others`, the agreements that oblige `payer` to add its periods.

    A bilateral links its two parties; a multilateral links every party applying it on the
    date. There is no chaining: a country is linked only by an instrument that binds both.
    With `firm=False`, the agreements whose provision for the branch is only a lead
    (unverified): they may link the countries, which the answer can only say is possible.
    """
    day = profile.as_of
    linked: dict[str, list[Agreement]] = {}
    for agreement in facts.agreements_linking(payer, frozenset(others), day):
        if agreement.scope != "comprehensive":
            continue
        found = provision(agreement, branch)
        if found is None or found.totalization != "yes" or found.firm != firm:
            continue
        if covers_person(agreement, profile) is False:
            continue
        for country in others:
            if agreement.links(payer, country, day):
                linked.setdefault(country, []).append(agreement)
    return linked
