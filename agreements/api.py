"""The open-data API: read-only JSON of countries and agreements, and the whole dataset."""

from __future__ import annotations

import csv
import io
import zipfile

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from agreements.dataset import TABLES
from agreements.selectors import agreements_of_country, country_detail
from agreements.services import table_header, table_rows
from agreements.snapshot import current_data_version

LICENCE = "Open Data Commons Attribution License (ODC-By 1.0); cite 'Rights across borders reference data' and each row's source."


@require_safe
def country(request: HttpRequest, code: str) -> JsonResponse:
    found = country_detail(code=code.upper(), language=request.GET.get("language", "en"))
    if found is None:
        raise Http404
    return JsonResponse(found, json_dumps_params={"ensure_ascii": False})


@require_safe
def agreements(request: HttpRequest) -> JsonResponse:
    code = (request.GET.get("country") or "").upper()
    if not code:
        return JsonResponse(
            {"errors": {"country": ["Give a country code, e.g. ?country=IN."]}}, status=400
        )
    return JsonResponse(
        {"country": code, "agreements": agreements_of_country(code=code)},
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def dataset(request: HttpRequest) -> HttpResponse:
    """Every table as CSV in one zip, with the licence and the data_version."""
    buffer = io.BytesIO()
    version = current_data_version()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\n")
            writer.writerow(table_header(table))
            writer.writerows(table_rows(table))
            archive.writestr(table.file, text.getvalue())
        archive.writestr("LICENCE.txt", f"{LICENCE}\ndata_version: {version}\n")
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="reference-data-{version}.zip"'
    return response
