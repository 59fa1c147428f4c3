"""Writes to the reference data: load the text files, export them back, stamp the version."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation

from agreements.datafiles import write
from agreements.dataset import TABLES, Table, data_dir, data_files, read_tables
from agreements.models import Agreement, DataVersion


class DatasetError(ValueError):
    pass


@dataclass
class LoadReport:
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    data_version: str = ""

    def lines(self) -> list[str]:
        return [
            f"{t.file}: {self.added[t.file]} added, {self.changed[t.file]} changed, {self.removed[t.file]} removed"
            for t in TABLES
        ] + [f"data_version {self.data_version}"]


def reference_data_load(*, directory: Path | None = None) -> LoadReport:
    """Make the database hold exactly the files' facts; running it twice changes nothing."""
    report = LoadReport()
    with transaction.atomic(), translation.override("en"):
        agreements: dict[str, Agreement] = {}
        rows = read_tables(directory)
        for table in TABLES:
            _load_table(table, rows[table.file], agreements, report)
            if table.model is Agreement:
                agreements = {a.code: a for a in Agreement.objects.all()}
        report.data_version = data_version_refresh()
    return report


def _values(
    table: Table, row: dict[str, str], agreements: dict[str, Agreement], line: int
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.all_columns:
        raw = row.get(column.csv, "")
        try:
            values[column.field] = column.read(raw)
        except ValueError as error:
            raise DatasetError(f"{table.file} row {line}: {column.csv}={raw!r}: {error}") from error
    if "agreement" in values:
        code = values["agreement"]
        if code not in agreements:
            raise DatasetError(f"{table.file} row {line}: unknown agreement {code!r}")
        values["agreement"] = agreements[code]
    for name in table.translated_columns():
        if name in row:
            # modeltranslation stores a missing translation as NULL, not "".
            values[name] = row[name] or None
    for name in table.translated:
        values[f"{name}_en"] = values[name]
    return values


def _key(table: Table, obj_or_values: Any) -> tuple[Any, ...]:
    get = (
        obj_or_values.get
        if isinstance(obj_or_values, dict)
        else lambda k: getattr(obj_or_values, k)
    )
    return tuple(getattr(v, "code", v) for v in (get(k) for k in table.key))


def _load_table(
    table: Table, rows: list[dict[str, str]], agreements: dict[str, Agreement], report: LoadReport
) -> None:
    wanted: dict[tuple[Any, ...], dict[str, Any]] = {}
    for line, row in enumerate(rows, start=1):
        values = _values(table, row, agreements, line)
        key = _key(table, values)
        if key in wanted:
            raise DatasetError(f"{table.file} row {line}: duplicate row for {key}")
        wanted[key] = values
    manager = table.model._default_manager
    existing = {_key(table, obj): obj for obj in manager.select_related()}
    for key, obj in existing.items():
        if key not in wanted:
            obj.delete()
            report.removed[table.file] += 1
    for key, values in wanted.items():
        current = existing.get(key)
        if current is None:
            manager.create(**values)
            report.added[table.file] += 1
        elif any(getattr(current, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(current, k, v)
            current.save()
            report.changed[table.file] += 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(getattr(value, "code", value))


def table_rows(table: Table) -> list[list[str]]:
    """The table as the text file holds it, sorted by key: the one canonical form."""
    columns = table.all_columns
    objects = table.model._default_manager.select_related()
    rows = []
    for obj in objects:
        cells = [_cell(getattr(obj, col.field)) for col in columns]
        cells += [_cell(getattr(obj, name, "")) for name in table.translated_columns()]
        rows.append(cells)
    # Every table's key is its first columns, so this is the order of the key.
    return sorted(rows, key=lambda r: r[: len(table.key)])


def table_header(table: Table) -> list[str]:
    return [col.csv for col in table.all_columns] + table.translated_columns()


def table_dicts() -> dict[str, list[dict[str, str]]]:
    """Every table's rows as the open-data CSV names its columns."""
    with translation.override("en"):
        return {
            table.file: [
                dict(zip(table_header(table), row, strict=True)) for row in table_rows(table)
            ]
            for table in TABLES
        }


def reference_data_export(*, directory: Path | None = None) -> list[Path]:
    """Write the database back as the YAML files, so an admin edit becomes a reviewable diff."""
    root = directory or data_dir()
    languages = [code for code, _ in settings.LANGUAGES if code != "en"]
    written = []
    for name, text in write.files(table_dicts(), languages).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for stale in set(data_files(root)) - set(written):
        stale.unlink()  # an agreement deleted in the admin leaves no file behind
    return written


def data_version_refresh() -> str:
    """Stamp a digest of every fact; the engine's snapshot is keyed by it."""
    digest = hashlib.sha256()
    with translation.override("en"):
        for table in TABLES:
            digest.update(table.file.encode())
            for row in table_rows(table):
                digest.update("\x1f".join(row).encode())
                digest.update(b"\x1e")
    version = digest.hexdigest()[:12]
    DataVersion.objects.update_or_create(pk=1, defaults={"digest": version})
    return version
