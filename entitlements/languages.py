"""Which of our languages a country's officials read (CLDR through Babel)."""

from __future__ import annotations

from babel.languages import get_official_languages
from django.conf import settings


def official_language(country: str) -> str | None:
    """The first official language of the country that the portal speaks, if any."""
    ours = {code for code, _name in settings.LANGUAGES}
    for language in get_official_languages(country, de_facto=True):
        base = language.split("_")[0]
        if base in ours:
            return base
    return None
