"""Data quality: the files of agreements/data/ read as the tables' rows, checked row by row.

A fact without a source is not a fact (agreements/data/README.md)."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from agreements.countries import country_codes
from agreements.datafiles import read
from entitlements.engine.types import BRANCHES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "agreements" / "data"
SCHEMAS = ROOT / "entitlements" / "schemas"
VERIFICATION = {"verified", "secondary", "unverified"}
TRI = {"yes", "no", "unknown"}


@cache
def _tables() -> dict[str, list[dict[str, str]]]:
    return read.tables(DATA, ("fr", "es", "ar"))


def rows(name: str) -> list[dict[str, str]]:
    """A table's rows by its name in the open data (the YAML files are their source)."""
    return _tables()[name]


def day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


FILES = [
    "instruments.csv",
    "ratifications.csv",
    "memberships.csv",
    "agreements.csv",
    "agreement_parties.csv",
    "provisions.csv",
    "scheme_rules.csv",
    "institutions.csv",
]
COUNTRY_COLUMNS = {
    "ratifications.csv": "country",
    "memberships.csv": "country",
    "agreement_parties.csv": "country",
    "scheme_rules.csv": "country",
    "institutions.csv": "country",
}


@pytest.mark.parametrize("name", FILES)
def test_every_value_has_a_reference_with_an_address_a_tier_and_a_date(name):
    for number, row in enumerate(rows(name), start=1):
        sources = json.loads(row["sources"])
        assert sources, f"{name} row {number} has no reference"
        for source in sources:
            assert "http" in json.dumps(source.get("url")), f"{name} row {number}: {source}"
            assert source["tier"] in {"official", "secondary", "lead"}, f"{name} row {number}"
            day(source["read"])
        assert row["verification"] in VERIFICATION, f"{name} row {number}"


@pytest.mark.parametrize("name", FILES)
def test_no_lead_is_cited_and_no_value_is_firmer_than_its_best_source(name):
    """A lead may point research somewhere; it is never shown as a legal basis (the cited
    address) and a value read only in leads is itself a lead (unverified)."""
    for number, row in enumerate(rows(name), start=1):
        sources = json.loads(row["sources"])
        leads = [s for s in sources if s["tier"] == "lead"]
        for lead in leads:
            for url in [lead["url"]] if isinstance(lead["url"], str) else lead["url"]:
                assert url not in row["source_url"].split(" ; "), f"{name} row {number}"
        if len(leads) == len(sources):
            assert row["verification"] == "unverified", f"{name} row {number}"
        if row["verification"] == "verified":
            assert any(s["tier"] == "official" for s in sources), f"{name} row {number}"


@pytest.mark.parametrize(("name", "column"), COUNTRY_COLUMNS.items())
def test_country_codes_are_iso(name, column):
    bad = {row[column] for row in rows(name)} - country_codes()
    assert not bad, f"{name}: not ISO 3166-1 codes: {sorted(bad)}"


def test_dates_parse_and_are_in_order():
    for row in rows("agreements.csv"):
        signed, in_force, ended = day(row["signed"]), day(row["in_force"]), day(row["ended"])
        if signed and in_force:
            assert signed <= in_force, row["id"]
        if in_force and ended:
            assert in_force < ended, row["id"]
    for row in rows("agreement_parties.csv") + rows("memberships.csv"):
        start, end = day(row["from"]), day(row["to"])
        if start and end:
            assert start < end, row


def test_a_party_does_not_apply_an_agreement_before_it_existed():
    signed = {r["id"]: day(r["signed"]) for r in rows("agreements.csv")}
    for row in rows("agreement_parties.csv"):
        start, existed = day(row["from"]), signed.get(row["agreement_id"])
        if start and existed:
            assert start >= existed, row


def test_every_agreement_has_at_least_two_parties():
    parties: dict[str, set[str]] = {}
    for row in rows("agreement_parties.csv"):
        parties.setdefault(row["agreement_id"], set()).add(row["country"])
    for row in rows("agreements.csv"):
        assert len(parties.get(row["id"], set())) >= 2, row["id"]


def test_bilateral_ids_name_their_two_parties():
    parties: dict[str, set[str]] = {}
    for row in rows("agreement_parties.csv"):
        parties.setdefault(row["agreement_id"], set()).add(row["country"])
    for row in rows("agreements.csv"):
        if row["kind"] == "bilateral":
            first, second = row["id"].split("-")[:2]
            assert parties[row["id"]] == {first, second}, row["id"]


def test_no_duplicate_agreement_for_a_pair_and_period():
    seen: dict[tuple[frozenset[str], str], list[tuple[date, date]]] = {}
    parties: dict[str, set[str]] = {}
    for row in rows("agreement_parties.csv"):
        parties.setdefault(row["agreement_id"], set()).add(row["country"])
    for row in rows("agreements.csv"):
        if row["kind"] != "bilateral" or not row["in_force"]:
            continue
        key = (frozenset(parties[row["id"]]), row["scope"])
        span = (day(row["in_force"]) or date.min, day(row["ended"]) or date.max)
        for other in seen.get(key, []):
            assert span[1] <= other[0] or other[1] <= span[0], (
                f"{row['id']} overlaps another agreement of the pair"
            )
        seen.setdefault(key, []).append(span)


def test_enumerations_hold():
    for row in rows("agreements.csv"):
        assert row["kind"] in {"bilateral", "multilateral"}, row["id"]
        assert row["scope"] in {"comprehensive", "posting_only", "equal_treatment"}, row["id"]
        scope = row["personal_scope"]
        if scope.startswith("nationals_of:"):
            assert set(scope.partition(":")[2].split(";")) <= country_codes(), row["id"]
        else:
            assert scope in {
                "all_insured",
                "nationals",
                "nationals_only",
                "lawful_residents",
                "unknown",
            }
    for row in rows("provisions.csv"):
        assert row["branch"] in BRANCHES, row
        assert {row["totalization"], row["export"], row["equal_treatment"]} <= TRI, row
    for row in rows("ratifications.csv"):
        assert row["instrument"] in {"C019", "C097", "C102", "C118", "C143", "C157"}, row
        assert row["status"] in {"in_force", "denounced", "not_in_force"}, row


# The values each fact of national law may take (agreements/data/README.md); the engine reads
# these words, so a typo would silently turn a rule into "not known".
RULE_VALUES = {
    "guarantee_health_care": {"available", "conditional", "not_available"},
    "guarantee_child_income": {"available", "conditional", "not_available"},
    "guarantee_working_age_income": {"available", "conditional", "not_available"},
    "guarantee_old_age_income": {"available", "conditional", "not_available"},
    "export_non_nationals": {"payable", "conditional", "not_payable"},
    "lump_sum_refund": {"yes", "conditional", "no"},
    "coverage": {"as_nationals", "conditional", "voluntary", "excluded"},
    "scheme": {
        "social_insurance",
        "employer_liability",
        "tax_financed",
        "mandatory_private",
        "provident_fund",
        "none",
    },
    "end_of_service_gratuity": {"yes"},
    "origin_offer": {"voluntary_insurance", "mandatory_insurance", "welfare_fund"},
    "reciprocity": {"yes", "no"},
}
MONTH_FACTS = {"qualifying_months", "social_pension_residence_months"}


def test_national_rules_use_the_known_facts_values_and_statuses():
    schema = json.loads((SCHEMAS / "assessment-request.schema.json").read_text())
    statuses = set(schema["properties"]["status"]["enum"])
    for row in rows("scheme_rules.csv"):
        fact = row["fact"]
        assert row["branch"] in {*BRANCHES, "*"}, row
        assert row["statuses"] == "*" or set(row["statuses"].split(";")) <= statuses, row
        if fact in MONTH_FACTS:
            assert row["value"].isdigit(), row
        elif fact not in {"pension_age"}:
            assert row["value"] in RULE_VALUES[fact], row


# What a state may accept or exclude: C102 Art. 2 (Parts II-X, with XI-XIII following them),
# C118 Art. 2(3) (branches a-i), C097 Art. 14 (Annexes I-III), C143 Art. 16 (Part I or II).
ACCEPTED = {
    "C102": {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"},
    "C118": set("abcdefghi"),
    "C097": {"excl:I", "excl:II", "excl:III"},
    "C143": {"excl:I", "excl:II"},
    "C157": set(),
    "C019": set(),
}


def test_accepted_parts_branches_and_exclusions_exist_in_each_convention():
    for row in rows("ratifications.csv"):
        accepted = set(filter(None, row["accepted"].split(";")))
        assert accepted <= ACCEPTED[row["instrument"]], row


def test_un_membership_is_the_193_member_states():
    """193 members since South Sudan (2011); the Holy See and Palestine are observer states."""
    un = {r["country"] for r in rows("memberships.csv") if r["group"] == "UN"}
    assert len(un) == 193
    assert {"SS", "ME", "CH", "TL"} <= un
    assert not un & {"VA", "PS", "XK", "TW", "CK", "NU"}


def test_posting_only_agreements_add_no_periods():
    """An agreement that only covers posting (such as Germany–China) adds nothing together."""
    posting_only = {r["id"] for r in rows("agreements.csv") if r["scope"] == "posting_only"}
    for row in rows("provisions.csv"):
        if row["agreement_id"] in posting_only:
            assert row["totalization"] != "yes", row


def test_spot_checks_from_the_issue():
    """Issue 4's spot checks, each against the data files."""
    agreements = {r["id"]: r for r in rows("agreements.csv")}
    assert agreements["US-JP"]["in_force"] == "2005-10-01"  # SSA POMS list
    india_germany = agreements["IN-DE-2011"]
    assert india_germany["in_force"] == "2017-05-01"
    limits = {
        r["posting_limit_months"]
        for r in rows("provisions.csv")
        if r["agreement_id"] == "IN-DE-2011"
    }
    assert limits == {"48"}  # Art. 7 SVA-Indien
    # C157's four ratifying states of the issue (NORMLEX); the CEACR noted a fifth, the
    # Republic of the Congo, registered 2023-10-26.
    c157 = {r["country"] for r in rows("ratifications.csv") if r["instrument"] == "C157"}
    assert c157 == {"ES", "SE", "PH", "KG", "CG"}
    ibero = {
        r["country"]
        for r in rows("agreement_parties.csv")
        if r["agreement_id"] == "IBERO-CMISS-2007"
    }
    assert "ES" in ibero
    assert "PH" not in ibero
    # Directive 2011/98/EU (export clause Art. 12(4)) binds every Member State but DK and IE.
    single_permit = {
        r["country"] for r in rows("memberships.csv") if r["group"] == "EU_SINGLE_PERMIT"
    }
    assert "DE" in single_permit
    assert not single_permit & {"DK", "IE"}


def test_no_two_national_rules_answer_for_the_same_status_on_the_same_day():
    """The engine takes the rule naming the person's status in force on the day; two such
    rules would be a coin toss. Dated values of one fact follow each other without overlap."""
    spans: dict[tuple[str, str, str, str], list[tuple[date, date]]] = {}
    for row in rows("scheme_rules.csv"):
        if row["fact"] == "origin_offer":
            continue  # an origin country may offer several schemes, each shown
        start = day(row["valid_from"]) or date.min
        end = day(row["valid_to"]) or date.max
        assert start < end, row
        for status in row["statuses"].split(";"):
            key = (row["country"], row["branch"], row["fact"], status)
            for other_start, other_end in spans.get(key, []):
                assert end <= other_start or other_end <= start, (key, row["valid_from"])
            spans.setdefault(key, []).append((start, end))


NUMBER = re.compile(r"\d+(?:[.,\u202f]\d+)*")


def test_translated_rule_texts_keep_every_number_of_the_source():
    """A translation that changed "10 years" into "1 year" would be a false fact of law."""
    checked = 0
    for row in rows("scheme_rules.csv"):
        source = NUMBER.findall(row["conditions"])
        for column in ("conditions_fr", "conditions_es", "conditions_ar"):
            text = row.get(column) or ""
            if not text:
                continue
            checked += 1
            # French writes 2 000 where English writes 2,000: compare the digits only.
            found = {re.sub(r"[.,\u202f]", "", n) for n in NUMBER.findall(text)}
            missing = [n for n in source if re.sub(r"[.,\u202f]", "", n) not in found]
            assert not missing, (row["country"], row["fact"], column, missing)
    assert checked or "conditions_fr" not in rows("scheme_rules.csv")[0]


def test_an_unverified_lead_never_dates_an_agreement():
    """The engine applies an agreement from its dates: a date only a lead gives would turn a
    "possibly" into a firm answer (issue 4: unverified facts only say "possibly")."""
    for row in rows("agreements.csv"):
        assert row["verification"] != "unverified" or not row["in_force"], row["id"]
    for row in rows("agreement_parties.csv"):
        assert row["verification"] != "unverified" or not row["from"], row


def test_france_tunisia_convention_of_2003_replaced_that_of_1965():
    """Decree 2007-626: Art. 63 repeals the 1965 convention when the 2003 one enters into force;
    Art. 22 lifts residence conditions for contributory old-age benefits (paid in either state)."""
    agreements = {r["id"]: r for r in rows("agreements.csv")}
    assert agreements["TN-FR"]["ended"] == agreements["FR-TN-2003"]["in_force"] == "2007-04-01"
    old_age = next(
        r
        for r in rows("provisions.csv")
        if (r["agreement_id"], r["branch"]) == ("FR-TN-2003", "old_age")
    )
    assert (old_age["totalization"], old_age["export"]) == ("yes", "yes")


def test_quebec_pension_plan_understandings_are_listed():
    """Revenu Québec lists the countries with an agreement for the QPP: France and the United
    States among them, Australia not."""
    quebec = {r["country"] for r in rows("memberships.csv") if r["group"] == "QC_UNDERSTANDING"}
    assert {"FR", "US", "MA", "PH"} <= quebec
    assert "AU" not in quebec
