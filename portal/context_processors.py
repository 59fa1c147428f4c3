"""What every template needs: the languages to switch to, in their own names."""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_bidi, get_language_info


def site(request: HttpRequest) -> dict[str, object]:
    languages = [
        {"code": code, "name": get_language_info(code)["name_local"]}
        for code, _name in settings.LANGUAGES
    ]
    return {"site_languages": languages, "language_bidi": get_language_bidi()}
