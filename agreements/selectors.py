"""Reads of the reference data, shared by the open-data API, the coverage page and commands."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.conf import settings
from django.db.models import Prefetch

from agreements import models as m
from agreements.countries import country_codes, country_name


def _source(obj: m.Sourced) -> dict[str, Any]:
    return {
        "title": obj.source_title,
        "url": obj.source_url,
        "verified_on": obj.verified_on.isoformat() if obj.verified_on else None,
        "verification": obj.verification,
    }


def _texts(obj: Any, field: str) -> dict[str, Any]:
    """A researched text in English and the project's translations of it, whatever language
    the request was made in (modeltranslation would otherwise answer in the active one)."""
    translations = {
        code: text
        for code, _name in settings.LANGUAGES
        if code != "en" and (text := getattr(obj, f"{field}_{code}", None))
    }
    return {
        field: getattr(obj, f"{field}_en", None) or getattr(obj, field),
        "translations": translations,
    }


def _date(value: Any) -> str | None:
    return value.isoformat() if value else None


def agreement_data(agreement: m.Agreement) -> dict[str, Any]:
    """An agreement as the contract's agreement object, with parties, provisions and source."""
    return {
        "id": agreement.code,
        "title": agreement.title,
        "kind": agreement.kind,
        "parties": [p.country for p in agreement.parties.all()],
        "in_force_since": _date(agreement.in_force),
        "signed": _date(agreement.signed),
        "ended": _date(agreement.ended),
        "scope": agreement.scope,
        "personal_scope": agreement.personal_scope,
        "party_dates": [
            {"country": p.country, "from": _date(p.start), "to": _date(p.end)}
            for p in agreement.parties.all()
        ],
        "provisions": [
            {
                "branch": v.branch,
                "totalization": v.totalization,
                "export": v.export,
                "equal_treatment": v.equal_treatment,
                "posting_limit_months": v.posting_limit_months,
                "min_months": v.min_months,
                "article": v.article,
                "source": _source(v),
            }
            for v in agreement.provisions.all()
        ],
        "source": _source(agreement),
    }


def agreements_of_country(*, code: str) -> list[dict[str, Any]]:
    queryset = (
        m.Agreement.objects.of_country(code)
        .prefetch_related(
            Prefetch("parties", queryset=m.AgreementParty.objects.order_by("country")), "provisions"
        )
        .order_by("kind", "code")
    )
    return [agreement_data(a) for a in queryset]


def country_detail(*, code: str, language: str = "en") -> dict[str, Any] | None:
    if code not in country_codes():
        return None
    return {
        "code": code,
        "name": country_name(code, language),
        "memberships": [
            {"group": x.group, "from": _date(x.start), "to": _date(x.end), "source": _source(x)}
            for x in m.Membership.objects.filter(country=code).order_by("group", "start")
        ],
        "ratifications": [
            {
                "instrument": r.instrument,
                "date": _date(r.date),
                "status": r.status,
                "accepted": [a.strip() for a in r.accepted.split(";") if a.strip()],
                "source": _source(r),
            }
            for r in m.Ratification.objects.filter(country=code).order_by("instrument")
        ],
        "agreements": agreements_of_country(code=code),
        "national_rules": [
            {
                "branch": r.branch,
                "fact": r.fact,
                "statuses": r.statuses,
                "value": r.value,
                **_texts(r, "conditions"),
                "source": _source(r),
            }
            for r in m.SchemeRule.objects.filter(country=code).order_by("branch", "fact")
        ],
        "institutions": [
            {"role": i.role, "name": i.name, "url": i.url, "source": _source(i)}
            for i in m.Institution.objects.filter(country=code).order_by("role")
        ],
    }


# The facts of national law the issue asks for, for each main host and origin country.
CORE_RULE_FACTS = (
    "coverage",
    "pension_age",
    "qualifying_months",
    "export_non_nationals",
    "lump_sum_refund",
    "guarantee_health_care",
    "guarantee_child_income",
    "social_pension_residence_months",
    "origin_offer",
)


def data_coverage() -> dict[str, Any]:
    """Counts the issue's targets are measured against, how firmly each is known, and the gaps.

    One query per table: the page that shows it must stay under ten queries."""
    agreements = list(
        m.Agreement.objects.values_list("pk", "kind", "in_force", "verification", "verified_on")
    )
    parties = list(m.AgreementParty.objects.values_list("country", "verification", "agreement_id"))
    provisions = list(
        m.Provision.objects.values_list("agreement_id", "totalization", "export", "verification")
    )
    ratifications = list(
        m.Ratification.objects.values_list(
            "instrument", "verification", "verified_on", "country", "accepted", "status"
        )
    )
    rules = list(m.SchemeRule.objects.values_list("country", "verification", "verified_on", "fact"))
    memberships = list(m.Membership.objects.values_list("country", "group", "verification"))
    institutions = list(m.Institution.objects.values_list("country", "role", "url"))
    bilateral = {pk for pk, kind, *_ in agreements if kind == "bilateral"}
    # A provision counts when it says something: totalization or export known either way.
    known = {
        pk for pk, total, export, _v in provisions if total != "unknown" or export != "unknown"
    }
    dates = [a[4] for a in agreements] + [r[2] for r in ratifications] + [r[2] for r in rules]
    named = {country for country, *_ in parties}
    with_rules = {country for country, *_ in rules}
    ratifying = {r[3] for r in ratifications}
    un_members = {country for country, group, _v in memberships if group == "UN"}
    return {
        "ratifications": dict(sorted(Counter(r[0] for r in ratifications).items())),
        "ratifications_with_accepted": dict(
            sorted(Counter(r[0] for r in ratifications if r[4]).items())
        ),
        "agreements": len(agreements),
        "bilateral_agreements": len(bilateral),
        "bilateral_with_provisions": len(bilateral & known),
        "bilateral_with_in_force_date": sum(
            1 for pk, kind, in_force, *_ in agreements if kind == "bilateral" and in_force
        ),
        "multilateral_agreements": len(agreements) - len(bilateral),
        "countries_with_agreements": len(named),
        "countries_with_national_rules": len(with_rules),
        "national_rules": len(rules),
        "national_rule_facts": _facts_per_country(rules),
        "institutions": len(institutions),
        "institutions_without_url": sum(1 for *_, url in institutions if not url),
        "countries_without_institution": sorted(named - {i[0] for i in institutions}),
        "un_members": len(un_members),
        "un_members_with_agreements": len(un_members & named),
        "un_members_without_data": sorted(un_members - named - with_rules - ratifying),
        "countries": _per_country(agreements, parties, ratifications, rules),
        "verification": dict(
            Counter(
                [a[3] for a in agreements]
                + [p[1] for p in parties]
                + [v[3] for v in provisions]
                + [r[1] for r in ratifications]
                + [r[1] for r in rules]
                + [v for *_, v in memberships]
            )
        ),
        "last_verified": _date(max(filter(None, dates), default=None)),
    }


def _per_country(
    agreements: list[tuple[Any, ...]],
    parties: list[tuple[Any, ...]],
    ratifications: list[tuple[Any, ...]],
    rules: list[tuple[Any, ...]],
) -> dict[str, dict[str, Any]]:
    """For each country the data knows something about: agreements it applies with a sourced
    date, facts of its national law, ILO conventions it ratified."""
    dated = {pk for pk, _kind, in_force, *_ in agreements if in_force}
    found: dict[str, dict[str, Any]] = {}

    def entry(code: str) -> dict[str, Any]:
        return found.setdefault(code, {"agreements": 0, "rules": 0, "conventions": []})

    for country, _v, agreement in parties:
        entry(country)["agreements"] += agreement in dated
    for country, *_ in rules:
        entry(country)["rules"] += 1
    for instrument, _v, _d, country, _a, status in sorted(ratifications, key=lambda r: r[0]):
        if status != "denounced":
            entry(country)["conventions"].append(instrument)
    return found


def _facts_per_country(rules: list[tuple[Any, ...]]) -> dict[str, int]:
    """How many of the core facts of national law each country's rows state."""
    facts: dict[str, set[str]] = {}
    for country, _v, _d, fact in rules:
        if fact in CORE_RULE_FACTS:
            facts.setdefault(country, set()).add(fact)
    return {country: len(found) for country, found in sorted(facts.items())}
