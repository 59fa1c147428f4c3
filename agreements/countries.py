"""Country names from CLDR (through Babel), in every language: never typed by hand."""

from functools import lru_cache

from babel import Locale

# CLDR territory codes that are not ISO 3166-1 countries or territories (Kosovo, XK, is
# added back: it is not in ISO 3166-1 but agreements and passports name it).
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN", "QO", "XA", "XB", "XK", "ZZ"}
)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    names = Locale("en").territories
    codes = {c for c in names if isinstance(c, str) and len(c) == 2 and c.isalpha()}
    return frozenset(codes - NOT_COUNTRIES) | {"XK"}


def is_country(code: str) -> bool:
    return code in country_codes()


@lru_cache(maxsize=64)
def country_names(language: str) -> dict[str, str]:
    locale = Locale.parse(language.replace("-", "_"))
    english = Locale("en").territories
    return {code: locale.territories.get(code) or english[code] for code in country_codes()}


def country_name(code: str, language: str = "en") -> str:
    return country_names(language).get(code, code)


@lru_cache(maxsize=64)
def country_choices(language: str) -> list[tuple[str, str]]:
    """Sorted by the name in that language, as a person would look for it."""
    names = country_names(language)
    return sorted(names.items(), key=lambda item: item[1].casefold())


def language_name(code: str, in_language: str) -> str:
    return Locale.parse(code).get_display_name(in_language) or code
