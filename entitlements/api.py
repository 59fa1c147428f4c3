"""The JSON door: POST /api/v1/assessments, and the OpenAPI description of the API."""

from __future__ import annotations

import json
from pathlib import Path

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from entitlements.openapi import openapi_document
from entitlements.services import assessment_result
from entitlements.validation import RequestInvalid

MAX_BODY = 256 * 1024


@csrf_exempt  # a public, anonymous API without cookies: there is no session to forge
@require_POST
def assessments(request: HttpRequest) -> JsonResponse:
    if len(request.body) > MAX_BODY:
        return JsonResponse({"errors": {"request": ["The request is too large."]}}, status=413)
    try:
        data = json.loads(request.body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return JsonResponse({"errors": {"request": ["The body is not valid JSON."]}}, status=400)
    try:
        result = assessment_result(request=data)
    except RequestInvalid as invalid:
        return JsonResponse({"errors": invalid.errors}, status=400)
    return JsonResponse(result, json_dumps_params={"ensure_ascii": False})


@require_safe
def openapi(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_document(Path(__file__).resolve().parent / "schemas"))
