"""The coverage page: what the data knows, how firmly, and what it does not know yet."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from agreements.countries import country_name
from agreements.selectors import data_coverage


@require_safe
@cache_page(60 * 10)
def coverage(request: HttpRequest) -> HttpResponse:
    found = data_coverage()
    language = get_language() or "en"
    # Listed by name in the reader's language, as a person would look for their country.
    countries = sorted(
        (
            {"code": code, "name": country_name(code, language), **row}
            for code, row in found["countries"].items()
        ),
        key=lambda row: row["name"].casefold(),
    )
    return render(request, "agreements/coverage.html", {"coverage": found, "countries": countries})
