"""The date merge tool: a researched date fills an undated agreement and its parties, an
unverified lead dates nothing, a conflicting date is reported and never overwritten, and an
agreement found to be posting-only stops adding periods together."""

import csv

from scripts.merge_dates import DATA, merge

FOUND = "id,signed,in_force,ended,scope,personal_scope,source_title,source_url,verified_on,verification,notes\n"


def header(name):
    return (DATA / name).read_text(encoding="utf-8").splitlines()[0]


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(path, name, lines):
    fields = header(name).split(",")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for line in lines:
            writer.writerow({field: line.get(field, "") for field in fields})


def test_dates_fill_agreement_and_parties_but_leads_and_conflicts_do_not(tmp_path):
    base = {
        "kind": "bilateral",
        "scope": "comprehensive",
        "personal_scope": "unknown",
        "source_title": "List",
        "source_url": "https://list",
        "verified_on": "2026-11-25",
        "verification": "verified",
    }
    write(
        tmp_path / "agreements.csv",
        "agreements.csv",
        [
            {**base, "id": "AA-BB"},
            {**base, "id": "AA-CC"},
            {**base, "id": "AA-DD", "in_force": "2018-12-01"},
        ],
    )
    write(
        tmp_path / "agreement_parties.csv",
        "agreement_parties.csv",
        [{**base, "agreement_id": "AA-BB", "country": c} for c in ("AA", "BB")],
    )
    write(
        tmp_path / "provisions.csv",
        "provisions.csv",
        [{**base, "agreement_id": "AA-BB", "branch": "old_age", "totalization": "yes"}],
    )
    found = tmp_path / "found.csv"
    found.write_text(
        FOUND
        + "AA-BB,,2001-09-01,,posting_only,,Gazette,https://gazette,2026-11-27,secondary,Entered into force.\n"
        + "AA-CC,,2002-01-01,,,,x,https://x,2026-11-27,unverified,Lead to check.\n"
        + "AA-DD,,2019-01-01,,,,y,https://y,2026-11-27,verified,Other date.\n"
    )
    report = merge([found], data=tmp_path)

    assert report.splitlines()[0] == "1 agreements newly dated"
    assert "AA-DD in_force: data 2018-12-01, found 2019-01-01" in report
    agreements = {r["id"]: r for r in rows(tmp_path / "agreements.csv")}
    dated = agreements["AA-BB"]
    assert (dated["in_force"], dated["scope"], dated["verification"]) == (
        "2001-09-01",
        "posting_only",
        "secondary",
    )
    assert dated["source_url"] == "https://list ; https://gazette"
    assert agreements["AA-CC"]["in_force"] == ""
    assert (
        "Lead 2026-11-27 (unverified, not applied): Lead to check." in agreements["AA-CC"]["notes"]
    )
    assert agreements["AA-DD"]["in_force"] == "2018-12-01"
    assert [p["from"] for p in rows(tmp_path / "agreement_parties.csv")] == [
        "2001-09-01",
        "2001-09-01",
    ]
    assert [p["totalization"] for p in rows(tmp_path / "provisions.csv")] == ["no"]
