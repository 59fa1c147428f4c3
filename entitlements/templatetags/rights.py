"""Template filters that name codes in the page's language."""

from collections.abc import Callable, Mapping

from django import template
from django.utils.html import format_html

from entitlements import presentation

register = template.Library()


@register.filter
def country(code: str) -> str:
    return presentation.country(code) if code else ""


@register.filter
def countries(codes: list[str]) -> str:
    return presentation.countries(codes)


# Filters that name a code through one of presentation's tables, e.g. {{ "old_age"|branch }}.
NAMED = {
    "branch": presentation.BRANCH_NAMES,
    "guarantee": presentation.GUARANTEE_NAMES,
    "guarantee_status": presentation.GUARANTEE_STATUS,
    "portability": presentation.PORTABILITY,
    "export_status": presentation.EXPORT_STATUS,
    "equality": presentation.EQUALITY_STATUS,
    "status": presentation.STATUS_NAMES,
    "employment": presentation.EMPLOYMENT_NAMES,
    "insured": presentation.INSURED_NAMES,
}


def _namer(table: Mapping[str, object]) -> Callable[[str], str]:
    return lambda code: str(table.get(code, code))


for _name, _table in NAMED.items():
    register.filter(_name, _namer(_table))


@register.filter
def months(n: int) -> str:
    return presentation.months(n)


@register.filter
def citation(c: dict) -> str:
    kind = "bilateral" if c.get("parties") else c.get("kind", "")
    instrument = presentation.agreement_title(c.get("instrument", ""), kind, c.get("parties", ()))
    return " ".join(part for part in (instrument, c.get("article", "")) if part)


@register.filter
def agreement_title(a: dict) -> str:
    return presentation.agreement_title(a.get("title", ""), a.get("kind", ""), a.get("parties", ()))


@register.filter
def ltr(value: object) -> str:
    """Dates, months and codes keep left-to-right order inside right-to-left text
    (otherwise 2010-01 shows as 01-2010 in Arabic)."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)
