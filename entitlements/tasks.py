"""Background work: each task looks up by id and calls a service, so a retry is harmless."""

from celery import shared_task

from entitlements.documents import pdf_render_and_store
from entitlements.services import assessments_purge_expired


@shared_task
def render_pdf(assessment_id: int, languages: list[str]) -> None:
    pdf_render_and_store(assessment_id=assessment_id, languages=languages)


@shared_task
def purge_expired_assessments() -> int:
    return assessments_purge_expired()
