"""The JSON door: a message per field on bad input, never a 500, always a schema-valid result."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCHEMAS = Path(__file__).resolve().parents[2] / "entitlements" / "schemas"
RESULT_SCHEMA = json.loads((SCHEMAS / "assessment-result.schema.json").read_text())
GOOD = {
    "residence_country": "DE",
    "status": "work_permit",
    "nationalities": ["IN"],
    "work_history": [{"country": "IN", "from": "2010-01", "to": "2015-12"}],
}


def post(client, body):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post("/api/v1/assessments", data, content_type="application/json")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("{not json", "request"),
        ("[1, 2]", "request"),
        ({**GOOD, "salary": 10}, "salary"),
        ({**GOOD, "residence_country": "XX"}, "residence_country"),
        ({**GOOD, "residence_country": "de"}, "residence_country"),
        ({**GOOD, "status": "tourist"}, "status"),
        ({**GOOD, "as_of": "2026-13-45"}, "as_of"),
        ({**GOOD, "work_history": [{"country": "IN", "from": "2015-13"}]}, "work_history[0].from"),
        (
            {**GOOD, "work_history": [{"country": "IN", "from": "2020-05", "to": "2019-01"}]},
            "work_history[0].to",
        ),
        ({**GOOD, "work_history": [{"country": "IN", "from": "2099-01"}]}, "work_history[0].from"),
        (
            {**GOOD, "work_history": [{"country": "IN", "from": "2010-01", "hours": 3}]},
            "work_history[0].hours",
        ),
        ({**GOOD, "work_history": [{"country": "IN", "from": "2010-01"}] * 61}, "work_history"),
        ({**GOOD, "birth_year": 1800}, "birth_year"),
        (
            {**GOOD, "birth_year": 2000, "work_history": [{"country": "IN", "from": "2005-01"}]},
            "work_history[0].from",
        ),
        ({k: v for k, v in GOOD.items() if k != "status"}, "status"),
        ({**GOOD, "children": [{"birth_year": 2010}]}, "children[0].residence_country"),
        ({**GOOD, "language": "xx"}, "language"),
        (
            {**GOOD, "work_history": [{"country": "DE", "from": "2010-01", "posted_from": "DE"}]},
            "work_history[0].posted_from",
        ),
    ],
)
def test_bad_input_gets_a_message_for_the_field(client, body, field):
    response = post(client, body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors, errors
    assert all(isinstance(m, str) and m for m in errors[field])


@pytest.mark.django_db
def test_messages_follow_the_requested_language(client):
    response = client.post(
        "/api/v1/assessments",
        json.dumps({**GOOD, "status": "tourist"}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400


@pytest.mark.django_db
def test_result_has_texts_in_the_requested_language(client):
    response = post(client, {**GOOD, "language": "ar"})
    result = response.json()
    assert result["language"] == "ar"
    assert any("\u0600" <= ch <= "\u06ff" for ch in result["warnings"][0])


@pytest.mark.django_db
def test_openapi_describes_the_assessment_endpoint(client):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert "post" in spec["paths"]["/api/v1/assessments"]


COUNTRIES = st.sampled_from(["DE", "FR", "IN", "US", "JP", "PH", "ES", "XX", "de", "", "SA", "BR"])
MONTHS = st.one_of(
    st.from_regex(r"\A(19[5-9]\d|20[0-2]\d)-(0[1-9]|1[0-2])\Z"),
    st.sampled_from(["2010-13", "x", ""]),
)
PERIOD = st.fixed_dictionaries(
    {"country": COUNTRIES, "from": MONTHS},
    optional={
        "to": st.one_of(st.none(), MONTHS),
        "insured": st.sampled_from(["yes", "no", "unknown", "maybe"]),
        "posted_from": COUNTRIES,
        "employment": st.sampled_from(["employee", "informal", "pirate"]),
    },
)
REQUEST = st.fixed_dictionaries(
    {
        "residence_country": COUNTRIES,
        "status": st.sampled_from(
            ["work_permit", "undocumented", "refugee", "posted_worker", "nope"]
        ),
        "work_history": st.lists(PERIOD, max_size=6),
    },
    optional={
        "nationalities": st.lists(COUNTRIES, max_size=3),
        "future_residence_country": COUNTRIES,
        "birth_year": st.integers(1850, 2030),
        "as_of": st.sampled_from(["2005-01-15", "2026-11-25", "bad"]),
        "children": st.lists(
            st.fixed_dictionaries(
                {"birth_year": st.integers(1990, 2026), "residence_country": COUNTRIES}
            ),
            max_size=2,
        ),
    },
)


@pytest.mark.django_db
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(request=REQUEST)
def test_api_never_fails_and_results_follow_the_schema(client, request):
    response = post(client, request)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        jsonschema.validate(response.json(), RESULT_SCHEMA)
    else:
        assert response.json()["errors"]
