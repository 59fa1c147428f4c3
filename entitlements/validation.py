"""One validation for every door: a request (JSON-shaped dict) becomes a Profile or errors.

The JSON API, the `assess` command and the questionnaire all call `profile_from_request`, so
a bad period gets the same message wherever it was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from agreements.countries import is_country
from entitlements.engine.months import format_month, month_of_date, parse_month
from entitlements.engine.types import EMPLOYMENTS, INSURED, STATUSES, Child, Period, Profile

MAX_PERIODS = 60
MAX_CHILDREN = 20
EARLIEST_YEAR = 1900
# Work before this age is almost always a typo in the year.
MIN_WORKING_AGE = 10

REQUEST_FIELDS = {
    "as_of",
    "language",
    "nationalities",
    "origin_country",
    "residence_country",
    "future_residence_country",
    "status",
    "birth_year",
    "children",
    "work_history",
}
PERIOD_FIELDS = {"country", "from", "to", "employment", "insured", "posted_from"}
CHILD_FIELDS = {"birth_year", "residence_country"}

Errors = dict[str, list[str]]


class RequestInvalid(ValueError):
    def __init__(self, errors: Errors) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def profile_from_request(data: Any, *, today: date | None = None) -> Profile:
    """Validate a request; raise RequestInvalid with a message per field."""
    errors: Errors = {}
    if not isinstance(data, dict):
        raise RequestInvalid({"request": [_("The request must be a JSON object.")]})
    for key in sorted(set(data) - REQUEST_FIELDS):
        _add(errors, key, _("This field is not part of the request."))
    as_of = _as_of(data.get("as_of"), today or date.today(), errors)
    _language(data.get("language"), errors)
    nationalities = _countries(data.get("nationalities", []), "nationalities", errors)
    residence = _country(data.get("residence_country"), "residence_country", errors, required=True)
    future = _country(data.get("future_residence_country"), "future_residence_country", errors)
    origin = _country(data.get("origin_country"), "origin_country", errors)
    status = data.get("status")
    if status is None:
        _add(errors, "status", _("Please choose your status in the host country."))
    elif status not in STATUSES:
        _add(errors, "status", _("This is not one of the statuses the portal knows."))
    birth_year = _birth_year(data.get("birth_year"), "birth_year", as_of, errors)
    children = _children(data.get("children", []), as_of, errors)
    periods = _periods(data.get("work_history"), as_of, birth_year, errors)
    if errors:
        raise RequestInvalid(errors)
    return Profile(
        as_of=as_of,
        residence_country=residence or "",
        status=str(status),
        nationalities=tuple(nationalities),
        origin_country=origin,
        future_residence_country=future,
        birth_year=birth_year,
        children=tuple(children),
        periods=tuple(periods),
    )


def _add(errors: Errors, path: str, message: str) -> None:
    errors.setdefault(path, []).append(str(message))


def _as_of(value: Any, today: date, errors: Errors) -> date:
    if value is None:
        return today
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        _add(errors, "as_of", _("Give the date as YYYY-MM-DD."))
        return today


def _language(value: Any, errors: Errors) -> None:
    if value is not None and value not in {code for code, _name in settings.LANGUAGES}:
        _add(errors, "language", _("This language is not available."))


def _country(value: Any, path: str, errors: Errors, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            _add(errors, path, _("Please choose a country."))
        return None
    if not isinstance(value, str) or not is_country(value):
        _add(errors, path, _("This is not a known country code (ISO 3166-1, two capital letters)."))
        return None
    return value


def _countries(value: Any, path: str, errors: Errors) -> list[str]:
    if not isinstance(value, list):
        _add(errors, path, _("Give a list of countries."))
        return []
    found = [c for i, item in enumerate(value) if (c := _country(item, f"{path}[{i}]", errors))]
    if len(set(found)) != len(found):
        _add(errors, path, _("Each country may be given only once."))
    return found


def _birth_year(value: Any, path: str, as_of: date, errors: Errors) -> int | None:
    if value is None:
        return None
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or not EARLIEST_YEAR <= value <= as_of.year
    ):
        _add(
            errors,
            path,
            _("Give a year between %(first)s and %(last)s.")
            % {"first": EARLIEST_YEAR, "last": as_of.year},
        )
        return None
    return value


def _children(value: Any, as_of: date, errors: Errors) -> list[Child]:
    if not isinstance(value, list):
        _add(errors, "children", _("Give a list of children."))
        return []
    if len(value) > MAX_CHILDREN:
        _add(errors, "children", _("At most %(n)s children can be entered.") % {"n": MAX_CHILDREN})
        return []
    children = []
    for i, item in enumerate(value):
        path = f"children[{i}]"
        if not isinstance(item, dict):
            _add(errors, path, _("Each child must be an object."))
            continue
        for key in sorted(set(item) - CHILD_FIELDS):
            _add(errors, f"{path}.{key}", _("This field is not part of the request."))
        year = _birth_year(item.get("birth_year"), f"{path}.birth_year", as_of, errors)
        if "birth_year" not in item:
            _add(errors, f"{path}.birth_year", _("Please give the year of birth."))
        country = _country(
            item.get("residence_country"), f"{path}.residence_country", errors, required=True
        )
        if year is not None and country:
            children.append(Child(year, country))
    return children


def _periods(value: Any, as_of: date, birth_year: int | None, errors: Errors) -> list[Period]:
    if value is None:
        _add(errors, "work_history", _("Please give your work history (it may be empty)."))
        return []
    if not isinstance(value, list):
        _add(errors, "work_history", _("Give a list of periods."))
        return []
    if len(value) > MAX_PERIODS:
        _add(
            errors, "work_history", _("At most %(n)s periods can be entered.") % {"n": MAX_PERIODS}
        )
        return []
    this_month = month_of_date(as_of)
    periods = []
    for i, item in enumerate(value):
        period = _period(item, f"work_history[{i}]", this_month, birth_year, errors)
        if period is not None:
            periods.append(period)
    return periods


def _period(
    item: Any, path: str, this_month: int, birth_year: int | None, errors: Errors
) -> Period | None:
    if not isinstance(item, dict):
        _add(errors, path, _("Each period must be an object."))
        return None
    before = sum(len(v) for v in errors.values())
    for key in sorted(set(item) - PERIOD_FIELDS):
        _add(errors, f"{path}.{key}", _("This field is not part of the request."))
    country = _country(item.get("country"), f"{path}.country", errors, required=True)
    start = _month(item.get("from"), f"{path}.from", errors, required=True)
    end = _month(item.get("to"), f"{path}.to", errors)
    if start is not None and start > this_month:
        _add(errors, f"{path}.from", _("This month is in the future."))
    if end is not None and end > this_month:
        _add(
            errors,
            f"{path}.to",
            _("This month is in the future. Leave the end empty if the work goes on."),
        )
    if start is not None and end is not None and end < start:
        _add(errors, f"{path}.to", _("The period ends before it starts."))
    if start is not None and birth_year is not None and start // 12 < birth_year + MIN_WORKING_AGE:
        _add(
            errors,
            f"{path}.from",
            _("This period starts before you were %(age)s years old.") % {"age": MIN_WORKING_AGE},
        )
    employment = item.get("employment", "employee")
    if employment not in EMPLOYMENTS:
        _add(errors, f"{path}.employment", _("This is not a known kind of work."))
    insured = item.get("insured", "yes")
    if insured not in INSURED:
        _add(errors, f"{path}.insured", _("Answer yes, no or unknown."))
    posted_from = _country(item.get("posted_from"), f"{path}.posted_from", errors)
    if posted_from and posted_from == country:
        _add(
            errors,
            f"{path}.posted_from",
            _("A posting comes from another country than the one you worked in."),
        )
    if sum(len(v) for v in errors.values()) > before or country is None or start is None:
        return None
    return Period(
        country,
        start,
        end if end is not None else this_month,
        employment,
        insured,
        posted_from,
        open_ended=end is None,
    )


def _month(value: Any, path: str, errors: Errors, *, required: bool = False) -> int | None:
    if value is None:
        if required:
            _add(errors, path, _("Please give the month (YYYY-MM)."))
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        month = parse_month(value)
    except ValueError:
        _add(errors, path, _("Give the month as YYYY-MM, for example 2019-03."))
        return None
    if month // 12 < EARLIEST_YEAR:
        _add(errors, path, _("This month is too long ago."))
        return None
    return month


def request_from_profile(profile: Profile) -> dict[str, Any]:
    """The request that describes a profile (stored with an assessment, re-rendered later)."""
    request: dict[str, Any] = {
        "as_of": profile.as_of.isoformat(),
        "nationalities": list(profile.nationalities),
        "residence_country": profile.residence_country,
        "status": profile.status,
        "work_history": [
            {
                "country": p.country,
                "from": format_month(p.start),
                "to": None if p.open_ended else format_month(p.end),
                "employment": p.employment,
                "insured": p.insured,
                **({"posted_from": p.posted_from} if p.posted_from else {}),
            }
            for p in profile.periods
        ],
        "children": [
            {"birth_year": c.birth_year, "residence_country": c.residence_country}
            for c in profile.children
        ],
    }
    for key in ("origin_country", "future_residence_country", "birth_year"):
        if getattr(profile, key) is not None:
            request[key] = getattr(profile, key)
    return request
