"""The research merge tool: rows replace their key's row or are added; leads from memory are
refused, so a fact nobody read never enters the data."""

import csv
import shutil
from pathlib import Path

from scripts.merge_rows import DATA, merge

HEADER = "country,branch,fact,statuses,value,conditions,source_title,source_url,verified_on,verification,notes\n"


def test_merge_replaces_adds_and_refuses_leads_from_memory(tmp_path):
    shutil.copy(DATA / "scheme_rules.csv", tmp_path / "scheme_rules.csv")
    found = tmp_path / "found.csv"
    found.write_text(
        HEADER
        + "DE,old_age,qualifying_months,*,60,Five years.,DRV,https://drv.de,2026-11-26,verified,\n"
        + "ZZ,old_age,pension_age,*,65,,Gazette,https://x,2026-11-26,secondary,\n"
        + "GR,old_age,pension_age,citizen,67,,x,https://x,2026-11-26,unverified,from memory\n"
    )
    report = merge("scheme_rules.csv", [found], data=tmp_path)
    assert report.startswith("scheme_rules.csv: 1 added, 1 replaced, 1 refused")
    with (tmp_path / "scheme_rules.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    key = ("DE", "old_age", "qualifying_months", "*")
    de = [r for r in rows if (r["country"], r["branch"], r["fact"], r["statuses"]) == key]
    assert [r["conditions"] for r in de] == ["Five years."]
    assert not any(r["country"] == "GR" and r["notes"] == "from memory" for r in rows)
    assert (
        Path(DATA / "scheme_rules.csv").read_bytes() != (tmp_path / "scheme_rules.csv").read_bytes()
    )
