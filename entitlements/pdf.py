"""The PDF rights summary: the result page's fragments rendered by WeasyPrint.

With two languages, each part of the summary stands beside its translation in one row, so a
person and an official read the same line.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language_info


def summary_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parts of the summary, each with one cell per language, in reading order."""
    first = results[0]
    rows: list[dict[str, Any]] = [
        {"part": "heading", "items": results},
        {"part": "answers", "items": results},
    ]
    rows += [
        {"part": "guarantee", "items": [r["guarantees"][i] for r in results]}
        for i in range(len(first["guarantees"]))
    ]
    rows += [
        {"part": "benefit", "items": [r["benefits"][i] for r in results]}
        for i in range(len(first["benefits"]))
    ]
    if first.get("posting"):
        rows.append({"part": "posting", "items": results})
    rows += [{"part": "steps", "items": results}, {"part": "footer", "items": results}]
    return rows


def render_summary_pdf(*, results: list[dict[str, Any]], answers: dict[str, Any]) -> bytes:
    """`results`: the contract result in each language (the person's first)."""
    from weasyprint import HTML  # imported here: slow to import, and only PDFs need it

    languages = [
        {"code": r["language"], "bidi": get_language_info(r["language"])["bidi"]} for r in results
    ]
    rows = [
        {**row, "cells": list(zip(languages, row["items"], results, strict=True))}
        for row in summary_rows(results)
    ]
    html = render_to_string(
        "entitlements/pdf.html",
        {
            "rows": rows,
            "languages": languages,
            "answers": answers,
            "lang": languages[0],
        },
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
