"""The site's own pages: home, about, and a health check for the load balancer."""

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")


@require_safe
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/about.html")


@require_safe
def health(request: HttpRequest) -> JsonResponse:
    # The database answers or the instance is not healthy; the broker is optional by design.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
