"""Merge researched rows into one of the reference data files, by that table's key.

    python scripts/merge_rows.py scheme_rules.csv var/research/found.csv [more.csv ...]

A row whose key (agreements/dataset.py) is already in the file replaces it whole; any other row
is added. Rows marked `unverified` whose notes say they come from memory are refused: a lead
that nobody read is not a fact. Afterwards run `manage.py load_reference_data` (it validates
and reports what changed) and `manage.py export_reference_data` (the files stay in the
exporter's format), then review `git diff`."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "agreements" / "data"


def table_key(file: str) -> tuple[str, ...]:
    """The CSV columns that identify a row of `file`, from the dataset's own specification."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from agreements.dataset import TABLES

    table = next(t for t in TABLES if t.file == file)
    by_field = {column.field: column.csv for column in table.all_columns}
    return tuple(by_field[field] for field in table.key)


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def merge(file: str, sources: list[Path], data: Path = DATA) -> str:
    key = table_key(file)
    fields, rows = read(data / file)
    index = {tuple(row[k] for k in key): n for n, row in enumerate(rows)}
    added = replaced = refused = 0
    for source in sources:
        for found in read(source)[1]:
            row = {name: (found.get(name) or "").strip() for name in fields}
            if row.get("verification") == "unverified" and "memory" in row.get("notes", ""):
                refused += 1
                continue
            at = tuple(row[k] for k in key)
            if at in index:
                rows[index[at]] = row
                replaced += 1
            else:
                index[at] = len(rows)
                rows.append(row)
                added += 1
    with (data / file).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return f"{file}: {added} added, {replaced} replaced, {refused} refused (leads from memory)"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    print(merge(argv[0], [Path(p) for p in argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
