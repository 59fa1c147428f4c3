"""PDF summaries of stored assessments: cached per assessment, languages and versions."""

from __future__ import annotations

import logging

from django.db import IntegrityError

from agreements.snapshot import current_data_version
from entitlements.models import RenderedPdf, StoredAssessment
from entitlements.pdf import render_summary_pdf
from entitlements.serializers import assessment_json
from entitlements.services import assessment_run
from entitlements.validation import profile_from_request

logger = logging.getLogger(__name__)


def pdf_key(stored: StoredAssessment, languages: list[str], data_version: str) -> str:
    return "-".join([*languages, stored.rules_version, data_version])


def pdf_cached(*, stored: StoredAssessment, languages: list[str]) -> bytes | None:
    found = stored.pdfs.filter(key=pdf_key(stored, languages, current_data_version())).first()
    return bytes(found.content) if found else None


def pdf_render_and_store(*, assessment_id: int, languages: list[str]) -> bytes | None:
    stored = StoredAssessment.objects.live().filter(pk=assessment_id).first()
    if stored is None:
        return None  # expired and purged meanwhile: nothing to do
    profile = profile_from_request(stored.request, today=stored.created_at.date())
    assessment = assessment_run(profile=profile)
    results = [assessment_json(assessment, language) for language in languages]
    content = render_summary_pdf(results=results, answers=stored.request)
    try:
        RenderedPdf.objects.update_or_create(
            assessment=stored,
            key=pdf_key(stored, languages, assessment.data_version),
            defaults={"content": content},
        )
    except IntegrityError:
        logger.info("PDF stored twice by concurrent workers; keeping the first")
    return content
