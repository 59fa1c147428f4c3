"""Shared fixtures: the real reference dataset, loaded once per test session."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def _fresh_snapshot():
    """Each test sees the facts of its own database state."""
    from agreements import snapshot

    snapshot._cached = None
    yield
    snapshot._cached = None


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    """Tests read static files from the source tree, not a collected manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _celery_eager():
    """Tasks run in the test's own process unless a test starts a real worker."""
    from portal.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = True
