"""The open-data part of the OpenAPI description: countries, agreements and the dataset.

The shapes here are what agreements/selectors.py returns; tests validate real responses
against them, so the description cannot drift from the API."""

from __future__ import annotations

from typing import Any

from entitlements.engine.types import BRANCHES

REF = "#/components/schemas/"
DATE_OR_NULL = {"type": ["string", "null"], "format": "date"}
TRI = {"enum": ["yes", "no", "unknown"]}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def _object(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
    }


SCHEMAS: dict[str, Any] = {
    "Source": _object(
        ["title", "url", "verified_on", "verification"],
        {
            "title": {"type": "string", "description": "Who says so: institution, page or act"},
            "url": {
                "type": "string",
                "description": "Where it was read; several addresses are separated by ' ; '",
            },
            "verified_on": DATE_OR_NULL,
            "verification": {
                "enum": ["verified", "secondary", "unverified"],
                "description": "verified: an official or primary source; secondary: a "
                "secondary source; unverified: a lead the portal only offers as 'possibly'",
            },
        },
    ),
    "Membership": _object(
        ["group", "from", "to", "source"],
        {
            "group": {
                "type": "string",
                "description": "EU, EEA, CH_COORD, EU_SINGLE_PERMIT, EU_SINGLE_PERMIT_2024, GCC, "
                "CARICOM, MERCOSUR, ECOWAS, IBERO_CMISS, UN, QC_UNDERSTANDING (Québec has an "
                "understanding with this country for the Québec Pension Plan)",
            },
            "from": DATE_OR_NULL,
            "to": DATE_OR_NULL,
            "source": _ref("Source"),
        },
    ),
    "Ratification": _object(
        ["instrument", "date", "status", "accepted", "source"],
        {
            "instrument": {"enum": ["C019", "C097", "C102", "C118", "C143", "C157"]},
            "date": {
                **DATE_OR_NULL,
                "description": "Registration; null when only the year is known",
            },
            "status": {
                "enum": ["in_force", "denounced", "not_in_force"],
                "description": "As of the source's date; not_in_force: registered, not yet in force",
            },
            "accepted": {
                "type": "array",
                "items": {"type": "string"},
                "description": "C102: Parts accepted (II-X, XII); C118: branches (a-i); "
                "C097: Annexes excluded (excl:I); C143: Part excluded (excl:II); empty: not known",
            },
            "source": _ref("Source"),
        },
    ),
    "Provision": _object(
        [
            "branch",
            "totalization",
            "export",
            "equal_treatment",
            "posting_limit_months",
            "min_months",
            "article",
            "source",
        ],
        {
            "branch": {"enum": list(BRANCHES)},
            "totalization": TRI,
            "export": TRI,
            "equal_treatment": TRI,
            "posting_limit_months": {"type": ["integer", "null"]},
            "min_months": {"type": ["integer", "null"]},
            "article": {"type": "string"},
            "source": _ref("Source"),
        },
    ),
    "Agreement": {
        "description": "The contract's agreement object (assessment-result.schema.json) with its "
        "dates, parties, per-branch provisions and source. in_force_since is null where the data "
        "has no sourced date of entry into force: the portal does not apply such an agreement.",
        **_object(
            [
                "id",
                "title",
                "kind",
                "parties",
                "in_force_since",
                "signed",
                "ended",
                "scope",
                "personal_scope",
                "party_dates",
                "provisions",
                "source",
            ],
            {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "kind": {"enum": ["bilateral", "multilateral"]},
                "parties": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
                "in_force_since": DATE_OR_NULL,
                "signed": DATE_OR_NULL,
                "ended": DATE_OR_NULL,
                "scope": {"enum": ["comprehensive", "posting_only", "equal_treatment"]},
                "personal_scope": {"type": "string"},
                "party_dates": {
                    "type": "array",
                    "items": _object(
                        ["country", "from", "to"],
                        {"country": {"type": "string"}, "from": DATE_OR_NULL, "to": DATE_OR_NULL},
                    ),
                },
                "provisions": {"type": "array", "items": _ref("Provision")},
                "source": _ref("Source"),
            },
        ),
    },
    "NationalRule": _object(
        ["branch", "fact", "statuses", "value", "conditions", "translations", "source"],
        {
            "branch": {"enum": [*BRANCHES, "*"]},
            "fact": {"type": "string"},
            "statuses": {"type": "string", "description": "';' list of statuses, or '*'"},
            "value": {"type": "string"},
            "conditions": {"type": "string", "description": "In English, as researched"},
            "translations": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "The project's translations of conditions, by language code",
            },
            "source": _ref("Source"),
        },
    ),
    "Institution": _object(
        ["role", "name", "url", "source"],
        {
            # The body competent for one branch, or for pensions, health care, liaison.
            "role": {"enum": ["pensions", "health", "liaison", *BRANCHES]},
            "name": {"type": "string"},
            "url": {"type": "string"},
            "source": _ref("Source"),
        },
    ),
    "Country": _object(
        [
            "code",
            "name",
            "memberships",
            "ratifications",
            "agreements",
            "national_rules",
            "institutions",
        ],
        {
            "code": {"type": "string", "pattern": "^[A-Z]{2}$"},
            "name": {"type": "string"},
            "memberships": {"type": "array", "items": _ref("Membership")},
            "ratifications": {"type": "array", "items": _ref("Ratification")},
            "agreements": {"type": "array", "items": _ref("Agreement")},
            "national_rules": {"type": "array", "items": _ref("NationalRule")},
            "institutions": {"type": "array", "items": _ref("Institution")},
        },
    ),
    "AgreementList": _object(
        ["country", "agreements"],
        {
            "country": {"type": "string"},
            "agreements": {"type": "array", "items": _ref("Agreement")},
        },
    ),
}


def _json(description: str, schema: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


PATHS: dict[str, Any] = {
    "/api/v1/countries/{code}": {
        "get": {
            "summary": "A country: memberships, ratifications, agreements, national rules, "
            "institutions, each with its source",
            "parameters": [
                {
                    "name": "code",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                    "description": "ISO 3166-1 alpha-2 (XK for Kosovo)",
                },
                {
                    "name": "language",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string", "default": "en"},
                    "description": "Language of the country's name",
                },
            ],
            "responses": {
                "200": _json("The country", "Country"),
                "404": {"description": "Not a country code"},
            },
        }
    },
    "/api/v1/agreements": {
        "get": {
            "summary": "The agreements of a country, with parties, dates, provisions and sources",
            "parameters": [
                {
                    "name": "country",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                }
            ],
            "responses": {
                "200": _json("The agreements", "AgreementList"),
                "400": _json("No country given", "Errors"),
            },
        }
    },
    "/api/v1/dataset.zip": {
        "get": {
            "summary": "The whole reference dataset as CSV files, with its licence and "
            "data_version (ODC-By 1.0)",
            "responses": {
                "200": {
                    "description": "A zip of the CSV files and LICENCE.txt",
                    "content": {"application/zip": {}},
                }
            },
        }
    },
}
