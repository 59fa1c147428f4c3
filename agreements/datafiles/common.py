"""What the reader and the writer share: tiers, sources, file names."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

# A value's tier in the files is its `verification` in the tables (the engine's vocabulary).
TIER_OF = {"verified": "official", "secondary": "secondary", "unverified": "lead"}
VERIFICATION_OF = {tier: verification for verification, tier in TIER_OF.items()}
TIERS = ("official", "secondary", "lead")
TIER_RANK = {tier: rank for rank, tier in enumerate(TIERS)}

# The table files of the database (their names are the tables' names in the open data).
INSTRUMENTS = "instruments.csv"
RATIFICATIONS = "ratifications.csv"
MEMBERSHIPS = "memberships.csv"
AGREEMENTS = "agreements.csv"
PARTIES = "agreement_parties.csv"
PROVISIONS = "provisions.csv"
RULES = "scheme_rules.csv"
INSTITUTIONS = "institutions.csv"
TABLE_FILES = (
    INSTRUMENTS,
    RATIFICATIONS,
    MEMBERSHIPS,
    AGREEMENTS,
    PARTIES,
    PROVISIONS,
    RULES,
    INSTITUTIONS,
)

UNDATED = "undated"
TITLE_SEPARATOR = "; "
URL_SEPARATOR = " ; "

Row = dict[str, str]
Source = dict[str, Any]


def sources_cell(sources: list[Source]) -> str:
    """The sources of a row as its `sources` cell: JSON, keys sorted, so equal lists are equal text."""
    return json.dumps(sources, ensure_ascii=False, sort_keys=True)


def cited(sources: list[Source]) -> list[Source]:
    """The sources a result may name as a legal basis: never a lead."""
    return [s for s in sources if s.get("tier") != "lead"]


def tier_at_most(tier: str, sources: list[Source]) -> str:
    """A value is known no more firmly than its best source: one read only in leads is a lead."""
    best = min((TIER_RANK.get(s.get("tier", "lead"), 2) for s in sources), default=2)
    return TIERS[max(TIER_RANK[tier], best)]


def urls_of(source: Source) -> list[str]:
    url = source.get("url") or []
    return [url] if isinstance(url, str) else list(url)


def legacy_columns(sources: list[Source]) -> dict[str, str]:
    """The source title, address and date columns the pages and the open data show."""
    shown = cited(sources)
    return {
        "source_title": TITLE_SEPARATOR.join(s.get("title", "") for s in shown),
        "source_url": URL_SEPARATOR.join(u for s in shown for u in urls_of(s)),
        "verified_on": max((str(s.get("read", "")) for s in sources), default=""),
    }


# YAML 1.1 reads yes/no/on/off as booleans; the data says `totalization: yes` and means the word.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


def _words_stay_words(cls: type[yaml.SafeLoader] | type[yaml.SafeDumper]) -> None:
    cls.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    cls.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


class Loader(yaml.SafeLoader):
    pass


class Dumper(yaml.SafeDumper):
    pass


_words_stay_words(Loader)
_words_stay_words(Dumper)


def load(text: str) -> Any:
    return yaml.load(text, Loader=Loader)
