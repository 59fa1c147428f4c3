"""Merge researched files into the dataset: `python scripts/merge_research.py RESEARCH_DIR`.

RESEARCH_DIR holds what helpers wrote by docs/research/national-law-brief.md:
`national/XX.yaml` (facts and institutions of a country, in the dataset's own shape),
`agreements/ID.yaml` (an agreement file) and `*.csv` ratification rows (the open-data
columns of ratifications.csv). A fact, institution, agreement or ratification the dataset
already has is kept as it is and reported, never overwritten: a reviewer settles conflicts.
Then every file is written anew in the exporter's form, so the merge is a reviewable diff.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(research: Path) -> None:
    django.setup()
    from agreements.datafiles import common as c
    from agreements.datafiles import read, write
    from agreements.dataset import data_dir
    from scripts.convert_csv_to_yaml import sources_of

    languages = ("fr", "es", "ar")
    tables = read.tables(data_dir(), languages)
    found: dict[str, list[c.Row]] = {name: [] for name in tables}
    for path in sorted((research / "national").glob("*.yaml")):
        read._national(read._load(path), str(path), found)
    for path in sorted((research / "agreements").glob("*.yaml")):
        read._agreement(read._load(path), str(path), found)
    for path in sorted(research.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                row["sources"] = c.sources_cell(sources_of(row))
                found[c.RATIFICATIONS].append(row)
    keys = {
        c.RULES: ("country", "branch", "fact", "statuses", "valid_from"),
        c.INSTITUTIONS: ("country", "role", "name"),
        c.AGREEMENTS: ("id",),
        c.PARTIES: ("agreement_id", "country"),
        c.PROVISIONS: ("agreement_id", "branch"),
        c.RATIFICATIONS: ("country", "instrument"),
    }
    for name, key in keys.items():
        have = {tuple(r[k] for k in key) for r in tables[name]}
        added = 0
        for row in found[name]:
            if tuple(row[k] for k in key) in have:
                print(f"kept, not overwritten: {name} {tuple(row[k] for k in key)}")
                continue
            tables[name].append(row)
            have.add(tuple(row[k] for k in key))
            added += 1
        print(f"{name}: {added} added")
    for name, text in write.files(tables, languages).items():
        target = data_dir() / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    main(Path(sys.argv[1]))
