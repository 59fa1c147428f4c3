"""Merge researched dates of existing agreements into the reference data.

    python scripts/merge_dates.py var/research/dates_x.csv [more.csv ...]

Input columns (docs/research/dating-bilaterals.md):
`id,signed,in_force,ended,scope,personal_scope,source_title,source_url,verified_on,verification,notes`.

For each row naming an agreement of agreements.csv: empty dates of the agreement are filled (a
date that is already there and differs is reported, never overwritten: a person decides), scope
and personal scope are taken when given, the row's source is appended to the agreement's and
its verification becomes the weaker of the two. Parties without dates of their own get the
agreement's dates. A posting-only agreement adds no periods, so its provisions' totalization
becomes `no`. Rows marked `unverified` date nothing: their note is kept as a lead.
Afterwards run `manage.py load_reference_data` then `manage.py export_reference_data`."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "agreements" / "data"
STRENGTH = {"verified": 2, "secondary": 1, "unverified": 0}
DATES = ("signed", "in_force", "ended")


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def joined(old: str, new: str) -> str:
    """`old ; new` without repeating a part that is already there."""
    parts = [p.strip() for p in old.split(" ; ") if p.strip()]
    for part in (p.strip() for p in new.split(" ; ")):
        if part and part not in parts:
            parts.append(part)
    return " ; ".join(parts)


def weaker(a: str, b: str) -> str:
    return a if STRENGTH.get(a, 0) <= STRENGTH.get(b, 0) else b


def cite(row: dict[str, str], found: dict[str, str]) -> None:
    """Append the found source to a row and lower its verification to the weaker of both."""
    row["source_title"] = joined(row["source_title"], found["source_title"])
    row["source_url"] = joined(row["source_url"], found["source_url"])
    row["verified_on"] = max(row["verified_on"], found["verified_on"])
    row["verification"] = weaker(row["verification"], found["verification"])


def apply(
    agreement: dict[str, str], found: dict[str, str], day: str
) -> tuple[list[str], list[str]]:
    """Fill the agreement from one researched row; return (fields changed, conflicts)."""
    changed: list[str] = []
    conflicts: list[str] = []
    for field in (*DATES, "scope", "personal_scope"):
        value = found.get(field, "").strip()
        if not value or agreement[field] == value:
            continue
        if field in DATES and agreement[field]:
            conflicts.append(f"{agreement['id']} {field}: data {agreement[field]}, found {value}")
            continue
        agreement[field] = value
        changed.append(field)
    if changed:
        cite(agreement, found)
    agreement["notes"] = (
        f"{agreement['notes']} Completed {day} ({', '.join(changed) or 'note only'}): {found['notes'].strip()}"
    ).strip()
    return changed, conflicts


def date_parties(
    parties: list[dict[str, str]], agreement: dict[str, str], found: dict[str, str], day: str
) -> None:
    for party in parties:
        if party["from"] or not agreement["in_force"]:
            continue
        party["from"] = agreement["in_force"]
        party["to"] = party["to"] or agreement["ended"]
        cite(party, found)
        party["notes"] = f"{party['notes']} from/to = the agreement's dates, added {day}.".strip()


def merge(sources: list[Path], data: Path = DATA) -> str:
    a_fields, agreements = read(data / "agreements.csv")
    p_fields, parties = read(data / "agreement_parties.csv")
    v_fields, provisions = read(data / "provisions.csv")
    by_id = {row["id"]: row for row in agreements}
    report: list[str] = []
    dated = 0
    for source in sources:
        for found in read(source)[1]:
            found = {k: (v or "").strip() for k, v in found.items() if k}
            agreement = by_id.get(found.get("id", ""))
            if agreement is None:
                report.append(f"unknown id {found.get('id')!r} in {source.name}")
                continue
            day = found.get("verified_on") or "?"
            if found.get("verification") == "unverified":
                agreement["notes"] = (
                    f"{agreement['notes']} Lead {day} (unverified, not applied): {found['notes']}".strip()
                )
                continue
            had_date = bool(agreement["in_force"])
            changed, conflicts = apply(agreement, found, day)
            report.extend(conflicts)
            own = [p for p in parties if p["agreement_id"] == agreement["id"]]
            date_parties(own, agreement, found, day)
            dated += not had_date and bool(agreement["in_force"])
            if "scope" in changed and agreement["scope"] == "posting_only":
                for provision in provisions:
                    if provision["agreement_id"] == agreement["id"]:
                        provision["totalization"] = "no"
    write(data / "agreements.csv", a_fields, agreements)
    write(data / "agreement_parties.csv", p_fields, parties)
    write(data / "provisions.csv", v_fields, provisions)
    return "\n".join([f"{dated} agreements newly dated", *report])


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    print(merge([Path(p) for p in argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
