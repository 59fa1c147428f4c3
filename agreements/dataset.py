"""The dataset's text files: which file holds which table, and how cells become values."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models

from agreements import models as m
from agreements.datafiles import read

SOURCED = ("source_title", "source_url", "verified_on", "verification", "notes")
TRANSLATED = {"title": m.Agreement, "conditions": m.SchemeRule, "name": m.Institution}


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _text(text: str) -> str:
    return text


def _json(text: str) -> Any:
    return json.loads(text) if text else []


@dataclass(frozen=True)
class Column:
    csv: str
    field: str
    read: Callable[[str], Any] = _text


@dataclass(frozen=True)
class Table:
    file: str
    model: type[models.Model]
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    translated: tuple[str, ...] = ()

    @property
    def all_columns(self) -> tuple[Column, ...]:
        sourced = (
            Column("source_title", "source_title"),
            Column("source_url", "source_url"),
            Column("verified_on", "verified_on", _date),
            Column("verification", "verification"),
            Column("notes", "notes"),
            Column("sources", "sources", _json),
        )
        return self.columns + sourced

    def translated_columns(self) -> list[str]:
        return [
            f"{name}_{code}"
            for name in self.translated
            for code, _ in settings.LANGUAGES
            if code != "en"
        ]


def c(name: str, read: Callable[[str], Any] = _text, field: str | None = None) -> Column:
    return Column(name, field or name, read)


TABLES: tuple[Table, ...] = (
    Table(
        "instruments.csv",
        m.Instrument,
        ("code",),
        (c("code"), c("title"), c("kind"), c("adopted", _date), c("url")),
    ),
    Table(
        "ratifications.csv",
        m.Ratification,
        ("country", "instrument"),
        (
            c("country"),
            c("instrument"),
            c("date", _date),
            c("status"),
            c("status_as_of", _date),
            c("accepted"),
        ),
    ),
    Table(
        "memberships.csv",
        m.Membership,
        ("country", "group", "start"),
        (c("country"), c("group"), c("from", _date, "start"), c("to", _date, "end")),
    ),
    Table(
        "agreements.csv",
        m.Agreement,
        ("code",),
        (
            c("id", field="code"),
            c("title"),
            c("kind"),
            c("signed", _date),
            c("in_force", _date),
            c("ended", _date),
            c("scope"),
            c("personal_scope"),
            c("hub"),
        ),
        ("title",),
    ),
    Table(
        "agreement_parties.csv",
        m.AgreementParty,
        ("agreement", "country"),
        (
            c("agreement_id", field="agreement"),
            c("country"),
            c("from", _date, "start"),
            c("to", _date, "end"),
        ),
    ),
    Table(
        "provisions.csv",
        m.Provision,
        ("agreement", "branch"),
        (
            c("agreement_id", field="agreement"),
            c("branch"),
            c("totalization"),
            c("export"),
            c("equal_treatment"),
            c("posting_limit_months", _int),
            c("min_months", _int),
            c("article"),
        ),
    ),
    Table(
        "scheme_rules.csv",
        m.SchemeRule,
        ("country", "branch", "fact", "statuses", "valid_from"),
        (
            c("country"),
            c("branch"),
            c("fact"),
            c("statuses"),
            c("valid_from", _date),
            c("valid_to", _date),
            c("value"),
            c("conditions"),
            c("article"),
        ),
        ("conditions",),
    ),
    Table(
        "institutions.csv",
        m.Institution,
        ("country", "role", "name"),
        (c("country"), c("role"), c("name"), c("url")),
        ("name",),
    ),
)


def data_dir() -> Path:
    return Path(settings.REFERENCE_DATA_DIR)


def read_tables(directory: Path | None = None) -> dict[str, list[dict[str, str]]]:
    """Every table's rows from the YAML files, by the table's file name in the open data."""
    languages = [code for code, _ in settings.LANGUAGES if code != "en"]
    return read.tables(directory or data_dir(), languages)


def read_rows(table: Table, directory: Path | None = None) -> Iterator[dict[str, str]]:
    yield from read_tables(directory)[table.file]


def data_files(directory: Path | None = None) -> list[Path]:
    """The dataset's files, in a stable order."""
    return sorted((directory or data_dir()).rglob("*.yaml"))


def files_digest(directory: Path | None = None) -> str:
    """A short digest of every data file: the data_version of a freshly loaded dataset."""
    digest = hashlib.sha256()
    root = directory or data_dir()
    for path in data_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
