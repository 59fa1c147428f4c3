"""The PDF summary through Celery: cached, rendered by a real worker when a broker runs, and
rendered in the request when the broker is down."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from pypdf import PdfReader

from entitlements.models import RenderedPdf, StoredAssessment
from tests.entitlements.test_contract_doors import fill_questionnaire
from tests.entitlements.test_pages import INDIA_GERMANY

ROOT = Path(__file__).resolve().parents[2]


def text_of(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.mark.django_db
def test_pdf_states_the_answers_the_legal_basis_and_that_it_is_no_decision(client):
    location = fill_questionnaire(client, INDIA_GERMANY)
    response = client.get(location + "summary.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = text_of(response.content)
    assert "Republic of India" in text  # the India–Germany agreement, in force 2017-05-01
    assert "168" in text
    assert "ILO R202" in text
    assert "information, not a decision" in text
    assert "Data version" in text
    assert RenderedPdf.objects.count() == 1
    client.get(location + "summary.pdf")
    assert RenderedPdf.objects.count() == 1  # served from the cache


@pytest.mark.django_db
def test_pdf_beside_the_host_language(client):
    """A Spanish speaker in France prints the summary with French beside it."""
    request = {**INDIA_GERMANY, "residence_country": "FR", "future_residence_country": "IN"}
    location = fill_questionnaire(client, request).replace("/en/", "/es/")
    response = client.get(location + "summary.pdf?beside=fr")
    assert response.status_code == 200
    assert "fr" in response["Content-Disposition"]


def forget_broker_connections(app) -> None:
    """Celery pools connections per broker address; a changed address needs fresh pools."""
    app._pool = None  # type: ignore[attr-defined]
    app.amqp._producer_pool = None  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_pdf_rendered_in_the_request_when_the_broker_is_down(client, settings):
    from portal.celery import app

    location = fill_questionnaire(client, INDIA_GERMANY)
    previous = {key: app.conf[key] for key in ("task_always_eager", "broker_url")}
    # Nothing listens on port 1: the broker is unreachable.
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    forget_broker_connections(app)
    try:
        started = time.monotonic()
        response = client.get(location + "summary.pdf")
    finally:
        app.conf.update(previous)
        forget_broker_connections(app)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert time.monotonic() - started < 30


needs_services = pytest.mark.skipif(
    not os.environ.get("REDIS_URL") or "sqlite" in settings.DATABASES["default"]["ENGINE"],
    reason="needs Redis and PostgreSQL (CI runs it)",
)


@needs_services
@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_renders_the_pdf(client):
    from django.core.management import call_command
    from django.db import connection

    from portal.celery import app

    call_command("load_reference_data", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    location = fill_questionnaire(client, INDIA_GERMANY)
    stored = StoredAssessment.objects.get()
    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--pool",
            "solo",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
    )
    app.conf.update(task_always_eager=False)
    try:
        first = client.get(location + "summary.pdf")
        assert first.status_code in (200, 202)
        if first.status_code == 202:
            assert first["Refresh"] == "2"  # the waiting page reloads itself, no script needed
        deadline = time.monotonic() + 60
        while not RenderedPdf.objects.filter(assessment=stored).exists():
            assert time.monotonic() < deadline, "the worker did not render the PDF within a minute"
            time.sleep(0.5)
        response = client.get(location + "summary.pdf")
        assert response.status_code == 200
        assert "168" in text_of(response.content)
    finally:
        app.conf.update(task_always_eager=True)
        worker.terminate()
        worker.wait(timeout=30)


def deployment_environment() -> dict[str, str]:
    """This process's environment without what only the test run sets."""
    return {
        k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY"}
    }


def test_production_settings_pass_the_deploy_check():
    env = {
        **deployment_environment(),
        "DEBUG": "",
        "HTTPS": "1",
        "SECRET_KEY": "x" * 20 + "a-real-secret-of-enough-length-1234567890",
        "ALLOWED_HOSTS": "rights.example.org",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_embedded_default_key_is_refused_by_the_deploy_check():
    env = deployment_environment() | {"HTTPS": "1"}
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "SECRET_KEY" in done.stdout + done.stderr
