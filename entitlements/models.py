"""Assessments kept behind an unguessable link for a limited time, then purged."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils import timezone


def new_token() -> str:
    return secrets.token_urlsafe(24)


class AssessmentQuerySet(models.QuerySet["StoredAssessment"]):
    def live(self) -> AssessmentQuerySet:
        return self.filter(expires_at__gt=timezone.now())

    def expired(self) -> AssessmentQuerySet:
        return self.filter(expires_at__lte=timezone.now())


class StoredAssessment(models.Model):
    """The request (not the person): no name, no address, no IP; gone when it expires."""

    token = models.CharField(max_length=64, unique=True, default=new_token)
    request = models.JSONField()
    rules_version = models.CharField(max_length=20)
    data_version = models.CharField(max_length=20)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    objects = AssessmentQuerySet.as_manager()

    def __str__(self) -> str:
        return f"assessment {self.pk}"


class RenderedPdf(models.Model):
    """A PDF cached per assessment, language pair and versions; deleted with its assessment."""

    assessment = models.ForeignKey(StoredAssessment, on_delete=models.CASCADE, related_name="pdfs")
    key = models.CharField(max_length=80)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["assessment", "key"], name="one_pdf_per_key")
        ]

    def __str__(self) -> str:
        return self.key
