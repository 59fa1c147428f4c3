"""Template filters that name codes in the page's language."""

from django import template

from entitlements import presentation

register = template.Library()


@register.filter
def country(code: str) -> str:
    return presentation.country(code) if code else ""


@register.filter
def countries(codes: list[str]) -> str:
    return presentation.countries(codes)


@register.filter
def branch(code: str) -> str:
    return str(presentation.BRANCH_NAMES.get(code, code))


@register.filter
def guarantee(code: str) -> str:
    return str(presentation.GUARANTEE_NAMES.get(code, code))


@register.filter
def guarantee_status(code: str) -> str:
    return str(presentation.GUARANTEE_STATUS.get(code, code))


@register.filter
def portability(code: str) -> str:
    return str(presentation.PORTABILITY.get(code, code))


@register.filter
def export_status(code: str) -> str:
    return str(presentation.EXPORT_STATUS.get(code, code))


@register.filter
def equality(code: str) -> str:
    return str(presentation.EQUALITY_STATUS.get(code, code))


@register.filter
def status(code: str) -> str:
    return str(presentation.STATUS_NAMES.get(code, code))


@register.filter
def employment(code: str) -> str:
    return str(presentation.EMPLOYMENT_NAMES.get(code, code))


@register.filter
def insured(code: str) -> str:
    return str(presentation.INSURED_NAMES.get(code, code))


@register.filter
def months(n: int) -> str:
    return presentation.months(n)


@register.filter
def citation(c: dict) -> str:
    return " ".join(part for part in (c.get("instrument", ""), c.get("article", "")) if part)


@register.filter
def ltr(value: object) -> str:
    """Dates, months and codes keep left-to-right order inside right-to-left text
    (otherwise 2010-01 shows as 01-2010 in Arabic)."""
    from django.utils.html import format_html

    return format_html('<bdi dir="ltr">{}</bdi>', value)
