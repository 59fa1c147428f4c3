"""The Django project: settings, URLs, site pages and accounts."""

from portal.celery import app as celery_app

__all__ = ["celery_app"]
