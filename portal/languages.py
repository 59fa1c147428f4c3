"""The languages the portal speaks, with the metadata Django lacks for some of them."""

from django.conf.locale import LANG_INFO

# Every language listed here ships a complete catalogue under locale/.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
]

# Django 5.2 has no entry for these; the language switcher needs one before it can list them.
EXTRA_LANG_INFO = {
    "am": {"bidi": False, "code": "am", "name": "Amharic", "name_local": "አማርኛ"},
    "fil": {"bidi": False, "code": "fil", "name": "Filipino", "name_local": "Filipino"},
}


def install_language_info() -> None:
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
