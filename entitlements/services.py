"""Assessments: run the engine on a request, keep it behind a link, purge it when due."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from agreements.snapshot import facts_snapshot
from entitlements.engine import assess
from entitlements.engine.types import Assessment, Profile
from entitlements.models import StoredAssessment
from entitlements.serializers import assessment_json
from entitlements.validation import profile_from_request, request_from_profile


def assessment_run(*, profile: Profile) -> Assessment:
    return assess(profile, facts_snapshot())


def assessment_result(*, request: Any, language: str | None = None) -> dict[str, Any]:
    """A request in, the contract's result out (raises RequestInvalid on bad input)."""
    profile = profile_from_request(request)
    chosen = language or (request.get("language") if isinstance(request, dict) else None) or "en"
    return assessment_json(assessment_run(profile=profile), chosen)


def assessment_store(*, profile: Profile, assessment: Assessment) -> StoredAssessment:
    return StoredAssessment.objects.create(
        request=request_from_profile(profile),
        rules_version=assessment.rules_version,
        data_version=assessment.data_version,
        expires_at=timezone.now() + timedelta(hours=settings.ASSESSMENT_TTL_HOURS),
    )


def assessments_purge_expired() -> int:
    deleted, _ = StoredAssessment.objects.expired().delete()
    return deleted
