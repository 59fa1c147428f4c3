"""The questionnaire and result pages as a person meets them: steps, errors, languages,
weight, query counts, and what is (not) kept about an anonymous person."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from entitlements.models import StoredAssessment
from tests.entitlements.test_contract_doors import fill_questionnaire

INDIA_GERMANY = {
    "nationalities": ["IN"],
    "residence_country": "DE",
    "future_residence_country": "IN",
    "status": "work_permit",
    "birth_year": 1985,
    "work_history": [
        {"country": "IN", "from": "2010-01", "to": "2015-12"},
        {"country": "DE", "from": "2016-01", "to": "2023-12"},
    ],
}
PAGES = [
    "/en/",
    "/en/about/",
    "/en/check/step/person/",
    "/en/check/step/places/",
    "/en/check/step/work/",
    "/en/check/step/children/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_pages_stay_under_ten_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert len(queries) < 10


@pytest.mark.django_db
def test_result_page_and_review_under_ten_queries(client):
    location = fill_questionnaire(client, INDIA_GERMANY)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/check/step/review/").status_code == 200
    assert len(queries) < 10
    client.get(location)  # builds the snapshot once, as the first visitor after a data change would
    with CaptureQueriesContext(connection) as queries:
        assert client.get(location).status_code == 200
    assert len(queries) < 10


@pytest.mark.django_db
def test_step_that_was_not_reached_sends_back(client):
    response = client.get("/en/check/step/review/")
    assert response.status_code == 302
    assert response["Location"].endswith("/check/step/person/")


@pytest.mark.django_db
def test_missing_answers_are_named_next_to_the_field(client):
    response = client.post("/en/check/step/person/", {"nationality": "", "status": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please choose your nationality" in html
    assert 'class="error"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("period", "message"),
    [
        ({"start": "2020-05", "end": "2019-01"}, "The period ends before it starts."),
        ({"start": "2099-01", "end": ""}, "This month is in the future."),
        ({"start": "2020-1", "end": ""}, "Give the month as YYYY-MM"),
        ({"start": "1850-01", "end": ""}, "This month is too long ago."),
    ],
)
def test_bad_periods_are_refused_with_a_message(client, period, message):
    client.post(
        "/en/check/step/person/",
        {"nationality": "IN", "status": "work_permit", "birth_year": "1985"},
    )
    client.post("/en/check/step/places/", {"residence_country": "DE"})
    response = client.post(
        "/en/check/step/work/",
        {"action": "add", "country": "DE", "employment": "employee", "insured": "yes", **period},
    )
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.django_db
def test_period_inside_one_already_given_is_refused(client):
    client.post("/en/check/step/person/", {"nationality": "IN", "status": "work_permit"})
    client.post("/en/check/step/places/", {"residence_country": "DE"})
    base = {"action": "add", "country": "DE", "employment": "employee", "insured": "yes"}
    assert (
        client.post(
            "/en/check/step/work/", {**base, "start": "2010-01", "end": "2015-12"}
        ).status_code
        == 302
    )
    response = client.post("/en/check/step/work/", {**base, "start": "2011-01", "end": "2011-12"})
    assert response.status_code == 400
    assert "already entered these months" in response.content.decode()


@pytest.mark.django_db
def test_work_before_age_ten_is_refused(client):
    client.post(
        "/en/check/step/person/",
        {"nationality": "IN", "status": "work_permit", "birth_year": "2000"},
    )
    client.post("/en/check/step/places/", {"residence_country": "DE"})
    response = client.post(
        "/en/check/step/work/",
        {
            "action": "add",
            "country": "DE",
            "employment": "employee",
            "insured": "yes",
            "start": "2005-01",
        },
    )
    assert response.status_code == 400


@pytest.mark.django_db
def test_periods_are_added_and_removed_without_javascript(client):
    client.post("/en/check/step/person/", {"nationality": "IN", "status": "work_permit"})
    client.post("/en/check/step/places/", {"residence_country": "DE"})
    base = {"action": "add", "employment": "employee", "insured": "yes"}
    client.post(
        "/en/check/step/work/", {**base, "country": "DE", "start": "2010-01", "end": "2012-12"}
    )
    client.post(
        "/en/check/step/work/", {**base, "country": "IN", "start": "2000-01", "end": "2004-12"}
    )
    client.post("/en/check/step/work/", {"action": "remove-0"})
    html = client.get("/en/check/step/work/").content.decode()
    assert 'value="remove-0"' in html
    assert 'value="remove-1"' not in html
    assert "2000-01" in html


@pytest.mark.django_db
def test_result_names_the_agreement_and_168_months(client):
    """India–Germany agreement in force 2017-05-01: 72 + 96 months add up for a German pension."""
    location = fill_questionnaire(client, INDIA_GERMANY)
    html = client.get(location).content.decode()
    assert (
        "Agreement on Social Security between the Federal Republic of Germany and the Republic of India"
        in html
    )
    assert re.search(r"<td>168<br>", html), "old age: 168 months counted in Germany with India"
    assert "information, not a decision" in html


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left(client):
    html = client.get("/ar/check/step/person/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<html lang="en" dir="ltr">' in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_questionnaire_page_is_light_and_self_contained(client):
    """Under 100 KiB in all, nothing from another origin, no script needed."""
    from django.contrib.staticfiles import finders

    html = client.get("/en/check/step/work/").content
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+)"', html)
    size = len(html) + sum(
        Path(str(finders.find(a.decode().removeprefix("/static/")))).stat().st_size for a in assets
    )
    assert size < 100 * 1024, size
    assert not re.search(
        rb'(?:href|src)="(?:https?:)?//', html.replace(b'href="https://normlex', b"")
    )
    assert b"<script" not in html


@pytest.mark.django_db
def test_anonymous_result_stores_no_identifying_trace(client):
    """Nothing but the answers, behind an unguessable token, for a limited time."""
    location = fill_questionnaire(client, INDIA_GERMANY)
    stored = StoredAssessment.objects.get()
    assert len(stored.token) >= 32
    assert location.endswith(f"/result/{stored.token}/")
    fields = {f.name for f in StoredAssessment._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "user", "user_agent", "email", "name"}
    assert timezone.now() < stored.expires_at <= timezone.now() + timedelta(hours=73)


@pytest.mark.django_db
def test_expired_results_are_gone(client):
    from entitlements.tasks import purge_expired_assessments

    location = fill_questionnaire(client, INDIA_GERMANY)
    StoredAssessment.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(location).status_code == 404
    assert purge_expired_assessments() >= 1
    assert not StoredAssessment.objects.exists()


@pytest.mark.django_db
def test_unknown_token_is_not_found(client):
    assert client.get("/en/check/result/not-a-token/").status_code == 404


@pytest.mark.django_db
def test_language_switcher_keeps_the_page(client):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/en/check/step/person/"})
    assert response["Location"] == "/fr/check/step/person/"
