"""The questionnaire as a small state machine over the session: one form per step, each step
a URL, so the Back button and a phone without JavaScript lose nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.utils.translation import gettext_lazy as _

from entitlements.validation import MAX_CHILDREN, MAX_PERIODS, RequestInvalid, profile_from_request

SESSION_KEY = "questionnaire"


@dataclass(frozen=True)
class Step:
    slug: str
    title: Any


STEPS = (
    Step("person", _("About you")),
    Step("places", _("Where you live")),
    Step("work", _("Where you worked")),
    Step("children", _("Children")),
    Step("review", _("Check your answers")),
)
SLUGS = [s.slug for s in STEPS]
# Which step asks for each field of the request, to send a person back to the right place.
FIELD_STEP = {
    "nationalities": "person",
    "status": "person",
    "birth_year": "person",
    "residence_country": "places",
    "future_residence_country": "places",
    "origin_country": "places",
    "work_history": "work",
    "children": "children",
}
# The request's names for a period's months, and the form's.
PERIOD_FIELD = {"from": "start", "to": "end"}


def state(session: SessionBase) -> dict[str, Any]:
    return dict(session.get(SESSION_KEY) or {"work_history": [], "children": []})


def save(session: SessionBase, data: dict[str, Any]) -> None:
    session[SESSION_KEY] = data


def clear(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)


def next_slug(slug: str) -> str:
    return SLUGS[min(SLUGS.index(slug) + 1, len(SLUGS) - 1)]


def previous_slug(slug: str) -> str | None:
    index = SLUGS.index(slug)
    return SLUGS[index - 1] if index else None


def progress(slug: str) -> list[dict[str, Any]]:
    current = SLUGS.index(slug)
    return [
        {
            "slug": s.slug,
            "title": s.title,
            "number": i + 1,
            "done": i < current,
            "current": i == current,
        }
        for i, s in enumerate(STEPS)
    ]


def first_missing_step(data: dict[str, Any]) -> str | None:
    if "person" not in data:
        return "person"
    if "places" not in data:
        return "places"
    return None


def request_of(data: dict[str, Any]) -> dict[str, Any]:
    """The contract's request that the answers so far make."""
    person, places = data.get("person", {}), data.get("places", {})
    request: dict[str, Any] = {
        "nationalities": [
            n for n in (person.get("nationality"), person.get("second_nationality")) if n
        ],
        "status": person.get("status"),
        "residence_country": places.get("residence_country"),
        "work_history": list(data.get("work_history", [])),
        "children": list(data.get("children", [])),
    }
    if person.get("birth_year"):
        request["birth_year"] = person["birth_year"]
    for key in ("future_residence_country", "origin_country"):
        if places.get(key):
            request[key] = places[key]
    return request


def period_errors(data: dict[str, Any], period: dict[str, Any]) -> dict[str, list[str]]:
    """Check one new period with the shared validation, plus repeats of months already given."""
    trial = request_of(data) | {"work_history": [period]}
    trial["residence_country"] = trial.get("residence_country") or period["country"]
    trial["status"] = trial.get("status") or "work_permit"
    errors: dict[str, list[str]] = {}
    try:
        profile_from_request(trial)
    except RequestInvalid as invalid:
        for key, messages in invalid.errors.items():
            if key.startswith("work_history[0]"):
                field = key.partition(".")[2] or "__all__"
                errors.setdefault(PERIOD_FIELD.get(field, field), []).extend(messages)
            elif key == "birth_year":
                continue
    if not errors and _repeats(data.get("work_history", []), period):
        errors["__all__"] = [str(_("You have already entered these months for this country."))]
    if len(data.get("work_history", [])) >= MAX_PERIODS:
        errors["__all__"] = [str(_("At most %(n)s periods can be entered.") % {"n": MAX_PERIODS})]
    return errors


def _repeats(periods: list[dict[str, Any]], new: dict[str, Any]) -> bool:
    """A period wholly inside one already given for the same country adds nothing: a typo."""

    def span(p: dict[str, Any]) -> tuple[str, str]:
        return p["from"], p.get("to") or "9999-12"

    start, end = span(new)
    return any(
        p["country"] == new["country"] and span(p)[0] <= start and end <= span(p)[1]
        for p in periods
    )


def children_full(data: dict[str, Any]) -> bool:
    return len(data.get("children", [])) >= MAX_CHILDREN


def step_of_error(field: str) -> str:
    return FIELD_STEP.get(field.split("[")[0].split(".")[0], "person")
