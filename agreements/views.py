"""The coverage page: what the data knows, how firmly, and what it does not know yet."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from agreements.selectors import data_coverage


@require_safe
@cache_page(60 * 10)
def coverage(request: HttpRequest) -> HttpResponse:
    return render(request, "agreements/coverage.html", {"coverage": data_coverage()})
