"""Serve a summary PDF: from the cache, from a worker, or rendered here when the broker is down."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from kombu.exceptions import OperationalError

from entitlements.documents import pdf_cached, pdf_render_and_store
from entitlements.models import StoredAssessment
from entitlements.tasks import render_pdf

logger = logging.getLogger(__name__)


def pdf_response(
    request: HttpRequest, stored: StoredAssessment, languages: list[str], *, cached: bytes | None
) -> HttpResponse:
    content = cached
    if content is None:
        try:
            render_pdf.delay(stored.pk, languages)
        except OperationalError:
            # No broker: the person still gets the PDF, only slower.
            logger.warning("broker unreachable; rendering the PDF in the request")
            content = pdf_render_and_store(assessment_id=stored.pk, languages=languages)
        else:
            content = pdf_cached(stored=stored, languages=languages)  # done already when eager
    if content is None:
        # A worker is on it: a page that reloads itself (no script needed) until it is ready.
        response = render(
            request, "entitlements/pdf_wait.html", {"token": stored.token}, status=202
        )
        response["Refresh"] = "2"
        return response
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="rights-summary-{"-".join(languages)}.pdf"'
    )
    return response
