"""Rows of the tables -> the YAML files a reviewer reads (the exporter's one canonical form)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

import yaml

from agreements.datafiles import common as c
from agreements.datafiles.common import Row, Source

PROVISION_FIELDS = (
    "totalization",
    "export",
    "equal_treatment",
    "posting_limit_months",
    "min_months",
    "article",
)
SOURCED_FIELDS = ("reference", "tier", "notes")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Dumper(c.Dumper):
    """Block style, long texts folded."""


def _str(dumper: yaml.SafeDumper, text: str) -> Any:
    style = ">" if len(text) > 90 and " " in text and "\n" not in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _list(dumper: yaml.SafeDumper, items: list[Any]) -> Any:
    # Short lists of names (statuses, source ids) read best on one line.
    short = all(isinstance(i, str) and len(i) < 40 for i in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=short or None)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _list)


def dump(document: Any) -> str:
    return yaml.dump(
        document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96, indent=2
    )


class SourceBook:
    """The sources of one file, each named once by a short id and referred to by rows."""

    def __init__(self) -> None:
        self.by_id: dict[str, Source] = {}
        self._ids: dict[str, str] = {}

    def refer(self, sources: Iterable[Source]) -> list[str]:
        return [self._id(source) for source in sources]

    def _id(self, source: Source) -> str:
        key = json.dumps(source, sort_keys=True, ensure_ascii=False)
        if key not in self._ids:
            base = _slug(source)
            name, n = base, 1
            while name in self.by_id:
                n += 1
                name = f"{base}-{n}"
            self._ids[key] = name
            self.by_id[name] = source
        return self._ids[key]

    def document(self) -> dict[str, Source]:
        return {name: _source_entry(s) for name, s in self.by_id.items()}


def _slug(source: Source) -> str:
    urls = c.urls_of(source)
    host = re.sub(r"^(www\d*|m)\.", "", urls[0].split("/")[2].lower()) if urls else "source"
    parts = [p for p in host.split(":")[0].split(".") if p]
    common = {"gov", "gob", "gouv", "go", "gv", "or", "co", "com", "org", "net", "int", "ac"}
    name = next((p for p in parts if p not in common), parts[0] if parts else "source")
    return re.sub(r"[^a-z0-9-]", "", name) or "source"


def _source_entry(source: Source) -> Source:
    entry: Source = {"title": source.get("title", "")}
    urls = c.urls_of(source)
    if urls:
        entry["url"] = urls[0] if len(urls) == 1 else urls
    entry["tier"] = source.get("tier", "secondary")
    entry["read"] = _scalar(source.get("read", ""))
    return entry


def _sourced(row: Row, book: SourceBook) -> dict[str, Any]:
    sources = json.loads(row.get("sources") or "[]")
    entry: dict[str, Any] = {"reference": book.refer(sources)}
    entry["tier"] = c.TIER_OF.get(row.get("verification", ""), "lead")
    if row.get("notes"):
        entry["notes"] = row["notes"]
    return entry


def _put(entry: dict[str, Any], row: Row, names: Iterable[str]) -> None:
    for name in names:
        if row.get(name):
            entry[name] = _scalar(row[name])


def _scalar(text: str) -> Any:
    """Numbers and days as YAML writes them bare; every other text as it is."""
    if text.isdigit() and not text.startswith("0"):
        return int(text)
    if _DAY.match(text):
        return date.fromisoformat(text)
    return text


def _without_empty(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v not in ("", None, [])}


# --- the files ------------------------------------------------------------------------


def files(tables: dict[str, list[Row]], languages: Iterable[str]) -> dict[str, str]:
    """Every file of the dataset, by its path under the data folder."""
    out: dict[str, str] = {}
    out["instruments.yaml"] = _instruments(tables[c.INSTRUMENTS])
    out.update(_grouped(tables[c.RATIFICATIONS], "instrument", "ratifications", _ratification))
    out.update(_grouped(tables[c.MEMBERSHIPS], "group", "memberships", _membership))
    out.update(_agreements(tables))
    out.update(_national(tables[c.RULES], tables[c.INSTITUTIONS]))
    for language in languages:
        out[f"translations/{language}.yaml"] = _translations(tables, language)
    return out


def _instruments(rows: list[Row]) -> str:
    book = SourceBook()
    items = []
    for row in rows:
        entry: dict[str, Any] = {}
        _put(entry, row, ("code", "title", "kind", "adopted", "url"))
        items.append({**entry, **_sourced(row, book)})
    return dump({"instruments": items, "sources": book.document()})


def _ratification(row: Row, book: SourceBook) -> dict[str, Any]:
    entry: dict[str, Any] = {"country": row["country"]}
    _put(entry, row, ("date", "status", "status_as_of", "accepted"))
    return {**entry, **_sourced(row, book)}


def _membership(row: Row, book: SourceBook) -> dict[str, Any]:
    entry: dict[str, Any] = {"country": row["country"]}
    _put(entry, row, ("from", "to"))
    return {**entry, **_sourced(row, book)}


def _grouped(rows: list[Row], key: str, folder: str, make: Any) -> dict[str, str]:
    by_key: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_key[row[key]].append(row)
    out = {}
    for name, members in sorted(by_key.items()):
        book = SourceBook()
        items = [make(row, book) for row in members]
        out[f"{folder}/{name}.yaml"] = dump({key: name, folder: items, "sources": book.document()})
    return out


def _agreements(tables: dict[str, list[Row]]) -> dict[str, str]:
    parties: dict[str, list[Row]] = defaultdict(list)
    for row in tables[c.PARTIES]:
        parties[row["agreement_id"]].append(row)
    provisions: dict[str, list[Row]] = defaultdict(list)
    for row in tables[c.PROVISIONS]:
        provisions[row["agreement_id"]].append(row)
    out = {}
    for row in tables[c.AGREEMENTS]:
        book = SourceBook()
        entry: dict[str, Any] = {}
        _put(entry, row, ("id", "title", "kind", "signed", "in_force", "ended"))
        _put(entry, row, ("scope", "personal_scope", "hub"))
        own = _sourced(row, book)
        entry.update(own)
        entry["parties"] = {p["country"]: _party(p, book, own) for p in parties.get(row["id"], [])}
        rows = provisions.get(row["id"], [])
        if rows:
            entry["provisions"] = _provisions(rows, book)
        out[f"agreements/{row['id']}.yaml"] = dump({**entry, "sources": book.document()})
    return out


def _party(row: Row, book: SourceBook, agreement: dict[str, Any]) -> dict[str, Any]:
    """A party's dates; its sources, tier and notes only where they differ from the agreement's
    (a party that names none of them inherits the agreement's)."""
    entry: dict[str, Any] = {}
    _put(entry, row, ("from", "to"))
    own = {"notes": "", **_sourced(row, book)}
    for name in SOURCED_FIELDS:
        if own[name] != agreement.get(name, ""):
            entry[name] = own[name]
    return entry


def _provision_values(row: Row, book: SourceBook) -> dict[str, Any]:
    values: dict[str, Any] = {f: _scalar(row.get(f, "")) for f in PROVISION_FIELDS}
    values.update(_sourced(row, book))
    values.setdefault("notes", "")
    return values


def _provisions(rows: list[Row], book: SourceBook) -> dict[str, Any]:
    """Defaults shared by two or more branches, then each branch's differences from them."""
    values = {row["branch"]: _provision_values(row, book) for row in rows}
    defaults: dict[str, Any] = {}
    for name in (*PROVISION_FIELDS, *SOURCED_FIELDS):
        counted = Counter(json.dumps(v[name], sort_keys=True) for v in values.values())
        common, n = counted.most_common(1)[0]
        if n >= 2 and json.loads(common) not in ("", None, []):
            defaults[name] = json.loads(common)
    branches = {}
    for branch, own in values.items():
        override = {}
        for name, value in own.items():
            if defaults.get(name, "") != value:
                override[name] = value if value != "" else None
        branches[branch] = override
    return {"defaults": defaults, **branches}


def _national(rules: list[Row], institutions: list[Row]) -> dict[str, str]:
    countries = sorted({r["country"] for r in rules} | {i["country"] for i in institutions})
    out = {}
    for country in countries:
        book = SourceBook()
        doc: dict[str, Any] = {"country": country}
        found_institutions = [i for i in institutions if i["country"] == country]
        items = []
        for row in found_institutions:
            entry: dict[str, Any] = {}
            _put(entry, row, ("role", "name", "url"))
            items.append({**entry, **_sourced(row, book)})
        facts = _facts([r for r in rules if r["country"] == country], book)
        if facts:
            doc["facts"] = facts
        if items:
            doc["institutions"] = items
        doc["sources"] = book.document()
        out[f"national/{country}.yaml"] = dump(doc)
    return out


def _facts(rows: list[Row], book: SourceBook) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        grouped[(row["branch"], row["fact"], row["statuses"])].append(row)
    facts = []
    for (branch, fact, statuses), dated in grouped.items():
        dated.sort(key=lambda r: r.get("valid_from", ""))
        values: dict[str, Any] = {}
        for n, row in enumerate(dated):
            value: dict[str, Any] = {"value": _scalar(row["value"])}
            _put(value, row, ("conditions", "article"))
            if "conditions" in value:
                value["text"] = value.pop("conditions")
            since = _scalar(row.get("valid_from", "")) or c.UNDATED
            values[since] = {**value, **_sourced(row, book)}
            ends = row.get("valid_to", "")
            following = dated[n + 1].get("valid_from", "") if n + 1 < len(dated) else ""
            if ends and ends != following:
                values[_scalar(ends)] = {"value": None}
        facts.append(
            {"branch": branch, "fact": fact, "statuses": statuses.split(";"), "values": values}
        )
    return facts


def _translations(tables: dict[str, list[Row]], language: str) -> str:
    """A translator's file: the project's translations of the data's texts, by the key of what
    they translate, so a translator's edit never touches a legal fact."""
    doc: dict[str, Any] = {"language": language}
    column = f"title_{language}"
    doc["agreements"] = {r["id"]: r[column] for r in tables[c.AGREEMENTS] if r.get(column)}
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for row in tables[c.INSTITUTIONS]:
        if row.get(f"name_{language}"):
            names[row["country"]][f"{row['role']}/{row['name']}"] = row[f"name_{language}"]
    doc["institutions"] = dict(names)
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    for row in tables[c.RULES]:
        if row.get(f"conditions_{language}"):
            texts[row["country"]][rule_key(row)] = row[f"conditions_{language}"]
    doc["national"] = dict(texts)
    return dump(_without_empty(doc))


def rule_key(row: Row) -> str:
    """A national rule's value named in a translation file: branch/fact/statuses/from."""
    since = row.get("valid_from") or c.UNDATED
    return f"{row['branch']}/{row['fact']}/{row['statuses']}/{since}"
