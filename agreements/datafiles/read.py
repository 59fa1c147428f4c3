"""The YAML files -> rows of the tables, named by the columns of the open-data CSV."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from agreements.datafiles import common as c
from agreements.datafiles.common import Row, Source
from agreements.datafiles.write import PROVISION_FIELDS, rule_key


class FileError(ValueError):
    """A data file that does not hold what its kind of file must."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _load(path: Path) -> Any:
    try:
        return c.load(path.read_text(encoding="utf-8")) or {}
    except Exception as error:  # a YAML syntax error names the line
        raise FileError(f"{path}: {error}") from error


def _sourced(entry: dict[str, Any], book: dict[str, Source], where: str) -> Row:
    sources = []
    for name in entry.get("reference") or []:
        if name not in book:
            raise FileError(f"{where}: unknown source {name!r}")
        sources.append(book[name])
    tier = entry.get("tier", "")
    if tier not in c.VERIFICATION_OF:
        raise FileError(f"{where}: tier must be one of {', '.join(c.TIERS)}, not {tier!r}")
    return {
        **c.legacy_columns(sources),
        "verification": c.VERIFICATION_OF[c.tier_at_most(tier, sources)],
        "notes": _text(entry.get("notes")),
        "sources": c.sources_cell(sources),
    }


def _book(doc: dict[str, Any], where: str) -> dict[str, Source]:
    book = {}
    for name, source in (doc.get("sources") or {}).items():
        if source.get("tier") not in c.TIERS:
            raise FileError(f"{where}: source {name!r} has no tier of {', '.join(c.TIERS)}")
        urls = c.urls_of(source)
        entry: Source = {"title": _text(source.get("title")), "tier": source["tier"]}
        entry["url"] = urls[0] if len(urls) == 1 else urls
        entry["read"] = _text(source.get("read"))
        book[name] = entry
    return book


def tables(directory: Path, languages: Iterable[str]) -> dict[str, list[Row]]:
    """Every table's rows, read from the files under `directory`."""
    out: dict[str, list[Row]] = {name: [] for name in c.TABLE_FILES}
    path = directory / "instruments.yaml"
    if path.exists():
        doc = _load(path)
        book = _book(doc, str(path))
        for item in doc.get("instruments", []):
            row = {k: _text(item.get(k)) for k in ("code", "title", "kind", "adopted", "url")}
            out[c.INSTRUMENTS].append({**row, **_sourced(item, book, str(path))})
    for path in sorted((directory / "ratifications").glob("*.yaml")):
        doc = _load(path)
        book = _book(doc, str(path))
        for item in doc.get("ratifications", []):
            row = {"country": item["country"], "instrument": doc["instrument"]}
            row |= {k: _text(item.get(k)) for k in ("date", "status", "status_as_of", "accepted")}
            out[c.RATIFICATIONS].append({**row, **_sourced(item, book, str(path))})
    for path in sorted((directory / "memberships").glob("*.yaml")):
        doc = _load(path)
        book = _book(doc, str(path))
        for item in doc.get("memberships", []):
            row = {"country": item["country"], "group": doc["group"]}
            row |= {k: _text(item.get(k)) for k in ("from", "to")}
            out[c.MEMBERSHIPS].append({**row, **_sourced(item, book, str(path))})
    for path in sorted((directory / "agreements").glob("*.yaml")):
        _agreement(_load(path), str(path), out)
    for path in sorted((directory / "national").glob("*.yaml")):
        _national(_load(path), str(path), out)
    for language in languages:
        path = directory / "translations" / f"{language}.yaml"
        if path.exists():
            _translations(_load(path), language, out)
    return out


def _agreement(doc: dict[str, Any], where: str, out: dict[str, list[Row]]) -> None:
    book = _book(doc, where)
    fields = ("id", "title", "kind", "signed", "in_force", "ended", "scope")
    row = {k: _text(doc.get(k)) for k in (*fields, "personal_scope", "hub")}
    out[c.AGREEMENTS].append({**row, **_sourced(doc, book, where)})
    for country, party in (doc.get("parties") or {}).items():
        inherited = {k: doc.get(k) for k in ("reference", "tier", "notes")}
        entry = {**inherited, **(party or {})}
        dates = {k: _text(entry.get(k)) for k in ("from", "to")}
        row = {"agreement_id": doc["id"], "country": country, **dates}
        out[c.PARTIES].append({**row, **_sourced(entry, book, f"{where}: {country}")})
    provisions = dict(doc.get("provisions") or {})
    defaults = provisions.pop("defaults", None) or {}
    for branch, override in provisions.items():
        entry = {**defaults, **(override or {})}
        row = {"agreement_id": doc["id"], "branch": branch}
        row |= {k: _text(entry.get(k)) for k in PROVISION_FIELDS}
        out[c.PROVISIONS].append({**row, **_sourced(entry, book, f"{where}: {branch}")})


def _national(doc: dict[str, Any], where: str, out: dict[str, list[Row]]) -> None:
    book = _book(doc, where)
    country = doc["country"]
    for item in doc.get("institutions") or []:
        row = {"country": country} | {k: _text(item.get(k)) for k in ("role", "name", "url")}
        out[c.INSTITUTIONS].append({**row, **_sourced(item, book, where)})
    for fact in doc.get("facts") or []:
        statuses = ";".join(fact["statuses"])
        label = f"{where}: {fact['branch']} {fact['fact']} {statuses}"
        dated = sorted(
            (("" if key == c.UNDATED else _text(key)), value)
            for key, value in (fact.get("values") or {}).items()
        )
        for n, (since, value) in enumerate(dated):
            if value.get("value") is None:
                continue  # the end of the value before it
            until = dated[n + 1][0] if n + 1 < len(dated) else ""
            row = {
                "country": country,
                "branch": fact["branch"],
                "fact": fact["fact"],
                "statuses": statuses,
                "valid_from": since,
                "valid_to": until,
                "value": _text(value["value"]),
                "conditions": _text(value.get("text")),
                "article": _text(value.get("article")),
            }
            out[c.RULES].append({**row, **_sourced(value, book, f"{label} {since}")})


def _translations(doc: dict[str, Any], language: str, out: dict[str, list[Row]]) -> None:
    titles = doc.get("agreements") or {}
    for row in out[c.AGREEMENTS]:
        row[f"title_{language}"] = _text(titles.get(row["id"]))
    names = doc.get("institutions") or {}
    for row in out[c.INSTITUTIONS]:
        key = f"{row['role']}/{row['name']}"
        row[f"name_{language}"] = _text((names.get(row["country"]) or {}).get(key))
    texts = doc.get("national") or {}
    for row in out[c.RULES]:
        row[f"conditions_{language}"] = _text((texts.get(row["country"]) or {}).get(rule_key(row)))
