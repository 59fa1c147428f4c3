"""The contract's examples (copied from ../shared/contract/examples) through all three doors:
the JSON API, the `assess` command and the questionnaire. Each example's `why` states the law."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from django.core.management import call_command

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "contract").glob("*.json"))
SCHEMAS = Path(__file__).resolve().parents[2] / "entitlements" / "schemas"
RESULT_SCHEMA = json.loads((SCHEMAS / "assessment-result.schema.json").read_text())
STEP = re.compile(r"([^.\[\]]+)|\[([^\]=]+)=([^\]]*)\]")


def resolve(data, path):
    """Follow a contract path such as benefits[branch=old_age].payers[country=DE].met."""
    for step in STEP.finditer(path):
        key, sel_key, sel_val = step.groups()
        if sel_key:
            (data,) = [item for item in data if str(item.get(sel_key)) == sel_val]
        else:
            data = data[key]
    return data


def check(expectation, result):
    value = resolve(result, expectation["path"])
    if "equals" in expectation:
        assert value == expectation["equals"], expectation
    elif "includes" in expectation:
        assert all(v in value for v in expectation["includes"]), expectation
    elif "excludes" in expectation:
        assert not any(v in value for v in expectation["excludes"]), expectation
    elif "nonempty" in expectation:
        assert bool(value) == expectation["nonempty"], expectation
    elif "party_sets_include" in expectation:
        want = set(expectation["party_sets_include"])
        assert any(want <= set(a["parties"]) for a in value), expectation
    elif "party_sets_exclude" in expectation:
        want = set(expectation["party_sets_exclude"])
        assert not any(want <= set(a["parties"]) for a in value), expectation
    else:
        raise AssertionError(f"unsupported expectation {expectation}")


def cases():
    return [pytest.param(json.loads(p.read_text()), id=p.stem) for p in EXAMPLES]


@pytest.mark.django_db
@pytest.mark.parametrize("case", cases())
def test_api_door(client, case):
    response = client.post(
        "/api/v1/assessments", json.dumps(case["request"]), content_type="application/json"
    )
    if "expect_exit" in case:
        assert response.status_code == 400
        assert response.json()["errors"]
        return
    assert response.status_code == 200, response.content
    result = response.json()
    jsonschema.validate(result, RESULT_SCHEMA)
    for expectation in case["expect"]:
        check(expectation, result)


@pytest.mark.django_db
@pytest.mark.parametrize("case", cases())
def test_command_door(case, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(json.dumps(case["request"])))
    if "expect_exit" in case:
        with pytest.raises(SystemExit) as exit_info:
            call_command("assess", "-")
        assert exit_info.value.code == case["expect_exit"]
        assert capsys.readouterr().err.strip()
        return
    call_command("assess", "-")
    result = json.loads(capsys.readouterr().out)
    jsonschema.validate(result, RESULT_SCHEMA)
    for expectation in case["expect"]:
        check(expectation, result)


def test_command_reports_bad_json_with_status_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    done = subprocess.run(
        [sys.executable, "manage.py", "assess", str(bad)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 2
    assert "cannot read JSON" in done.stderr


def fill_questionnaire(client, request) -> str:
    """Answer every step as a person would; returns the result page's address."""
    nationalities = request.get("nationalities", [])
    person = {
        "nationality": nationalities[0] if nationalities else "",
        "second_nationality": nationalities[1] if len(nationalities) > 1 else "",
        "status": request["status"],
        "birth_year": request.get("birth_year", ""),
    }
    assert client.post("/en/check/step/person/", person).status_code == 302
    places = {
        "residence_country": request["residence_country"],
        "future_residence_country": request.get("future_residence_country", ""),
        "origin_country": request.get("origin_country", ""),
    }
    assert client.post("/en/check/step/places/", places).status_code == 302
    for period in request["work_history"]:
        form = {
            "action": "add",
            "country": period["country"],
            "start": period["from"],
            "end": period.get("to") or "",
            "employment": period.get("employment", "employee"),
            "insured": period.get("insured", "yes"),
            "posted_from": period.get("posted_from", ""),
        }
        response = client.post("/en/check/step/work/", form)
        assert response.status_code == 302, response.content.decode()[:2000]
    for child in request.get("children", []):
        assert (
            client.post("/en/check/step/children/", {"action": "add", **child}).status_code == 302
        )
    response = client.post("/en/check/step/review/", {})
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("case", [c for c in cases() if "expect_exit" not in c.values[0]])
def test_questionnaire_door(client, case):
    import time_machine

    from entitlements.models import StoredAssessment
    from entitlements.services import assessment_result

    request = case["request"]
    with time_machine.travel(request.get("as_of", "2026-11-25") + " 12:00", tick=False):
        location = fill_questionnaire(client, request)
        assert client.get(location).status_code == 200
        stored = StoredAssessment.objects.get(token=location.rstrip("/").rsplit("/", 1)[1])
        result = assessment_result(request=stored.request)
    for expectation in case["expect"]:
        check(expectation, result)


@pytest.mark.django_db
def test_questionnaire_refuses_a_period_that_ends_before_it_starts(client):
    """The bad-input example through the questionnaire: a message next to the field."""
    client.post("/en/check/step/person/", {"nationality": "ES", "status": "work_permit"})
    client.post("/en/check/step/places/", {"residence_country": "ES"})
    response = client.post(
        "/en/check/step/work/",
        {
            "action": "add",
            "country": "ES",
            "start": "2020-05",
            "end": "2019-01",
            "employment": "employee",
            "insured": "yes",
        },
    )
    assert response.status_code == 400
    assert "The period ends before it starts." in response.content.decode()
