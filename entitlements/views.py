"""The questionnaire, the result page and its PDF: thin views over the questionnaire and services."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from entitlements import questionnaire as q
from entitlements.documents import pdf_cached
from entitlements.forms import ChildForm, PeriodForm, PersonForm, PlacesForm
from entitlements.languages import official_language
from entitlements.models import StoredAssessment
from entitlements.pdf_delivery import pdf_response
from entitlements.serializers import assessment_json
from entitlements.services import assessment_run, assessment_store
from entitlements.validation import RequestInvalid, profile_from_request

FORMS = {"person": PersonForm, "places": PlacesForm}


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    return redirect("check:step", slug="person")


@never_cache
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, slug: str) -> HttpResponse:
    if slug not in q.SLUGS:
        raise Http404
    data = q.state(request.session)
    if slug in FORMS:
        return _form_step(request, slug, data)
    if slug == "work":
        return _list_step(request, slug, data, "work_history", PeriodForm)
    if slug == "children":
        return _list_step(request, slug, data, "children", ChildForm)
    return _review(request, data)


def _render(
    request: HttpRequest, slug: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    context |= {"slug": slug, "steps": q.progress(slug), "previous": q.previous_slug(slug)}
    template = "form" if slug in FORMS else slug  # the simple steps share one template
    return render(request, f"entitlements/step_{template}.html", context, status=status)


def _form_step(request: HttpRequest, slug: str, data: dict[str, Any]) -> HttpResponse:
    form_class = FORMS[slug]
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            data[slug] = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
            q.save(request.session, data)
            return redirect("check:step", slug=q.next_slug(slug))
        return _render(request, slug, {"form": form}, status=400)
    return _render(request, slug, {"form": form_class(initial=data.get(slug))})


def _list_step(
    request: HttpRequest, slug: str, data: dict[str, Any], key: str, form_class: type
) -> HttpResponse:
    form = form_class()
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action.startswith("remove-"):
            index = (
                int(action.removeprefix("remove-"))
                if action.removeprefix("remove-").isdigit()
                else -1
            )
            if 0 <= index < len(data.get(key, [])):
                data[key].pop(index)
                q.save(request.session, data)
            return redirect("check:step", slug=slug)
        if action == "next":
            return redirect("check:step", slug=q.next_slug(slug))
        form = form_class(request.POST)
        if form.is_valid():
            added = form.as_period() if key == "work_history" else form.as_child()
            errors = q.period_errors(data, added) if key == "work_history" else {}
            for field, field_errors in errors.items():
                for message in field_errors:
                    form.add_error(None if field not in form.fields else field, message)
            if not errors:
                data.setdefault(key, []).append(added)
                q.save(request.session, data)
                messages.success(request, _("Added."))
                return redirect("check:step", slug=slug)
        return _render(request, slug, {"form": form, "items": data.get(key, [])}, status=400)
    return _render(request, slug, {"form": form, "items": data.get(key, [])})


def _review(request: HttpRequest, data: dict[str, Any]) -> HttpResponse:
    missing = q.first_missing_step(data)
    if missing:
        messages.error(request, _("Please answer this step first."))
        return redirect("check:step", slug=missing)
    answers = q.request_of(data)
    if request.method == "POST":
        try:
            profile = profile_from_request(answers)
        except RequestInvalid as invalid:
            field, errors = next(iter(invalid.errors.items()))
            messages.error(request, " ".join(errors))
            return redirect("check:step", slug=q.step_of_error(field))
        stored = assessment_store(profile=profile, assessment=assessment_run(profile=profile))
        if request.POST.get("forget") == "on":
            q.clear(request.session)
        return redirect("check:result", token=stored.token)
    return _render(request, "review", {"answers": answers})


@never_cache
@require_safe
def result(request: HttpRequest, token: str) -> HttpResponse:
    stored = get_object_or_404(StoredAssessment.objects.live(), token=token)
    profile = profile_from_request(stored.request)
    language = get_language() or "en"
    data = assessment_json(assessment_run(profile=profile), language)
    context = {
        "result": data,
        "answers": stored.request,
        "token": token,
        "expires_at": stored.expires_at,
        "host_language": _host_language(profile.residence_country, language),
    }
    response = render(request, "entitlements/result.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def _host_language(country: str, language: str) -> str | None:
    host = official_language(country)
    return host if host and host != language else None


@never_cache
@require_safe
def result_pdf(request: HttpRequest, token: str) -> HttpResponse:
    stored = get_object_or_404(StoredAssessment.objects.live(), token=token)
    languages = [get_language() or "en"]
    beside = request.GET.get("beside")
    if beside and beside != languages[0]:
        if beside not in dict(settings.LANGUAGES):
            raise Http404
        languages.append(beside)
    return pdf_response(
        request, stored, languages, cached=pdf_cached(stored=stored, languages=languages)
    )
