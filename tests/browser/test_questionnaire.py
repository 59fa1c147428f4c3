"""A person fills the questionnaire in a real browser, makes a mistake, fixes it, reads the
result and downloads the PDF; the same in Arabic, right to left."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

AGREEMENT = (
    "Agreement on Social Security between the Federal Republic of Germany and the Republic of India"
)


def answer(page, base: str, language: str) -> None:
    page.goto(f"{base}/{language}/check/")
    page.select_option("select[name=nationality]", "IN")
    page.select_option("select[name=status]", "work_permit")
    page.fill("input[name=birth_year]", "1985")
    page.click("main form .actions button[type=submit]")
    page.select_option("select[name=residence_country]", "DE")
    page.select_option("select[name=future_residence_country]", "IN")
    page.click("main form .actions button[type=submit]")


def add_period(page, country: str, start: str, end: str) -> None:
    page.select_option("select[name=country]", country)
    page.fill("input[name=start]", start)
    page.fill("input[name=end]", end)
    page.click("button[value=add]")


def finish(page) -> None:
    page.click("button[value=next]")  # work -> children
    page.click("button[value=next]")  # children -> review
    page.click("main form .actions button[type=submit]")  # review -> result


def pdf_text(download) -> str:
    reader = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def test_english_path_from_questionnaire_to_pdf(page, live_server):
    answer(page, live_server.url, "en")
    add_period(page, "DE", "2016-01", "2015-01")
    assert page.locator(".error").first.inner_text() == "The period ends before it starts."
    assert page.locator("[role=alert]").is_visible()
    add_period(page, "IN", "2010-01", "2015-12")
    add_period(page, "DE", "2016-01", "2023-12")
    assert page.locator(".items li").count() == 2
    finish(page)

    old_age = page.locator("section", has=page.locator("h3", has_text="Old-age pension"))
    assert AGREEMENT in old_age.inner_text()
    germany = old_age.locator("tr", has=page.locator("th", has_text="Germany"))
    assert "168" in germany.inner_text()  # 72 months in India + 96 in Germany, added together
    assert "paid there" in germany.inner_text()

    with page.expect_download() as info:
        page.click("a[href$='summary.pdf']")
    text = pdf_text(info.value)
    assert "168" in text
    assert "Republic of India" in text
    assert "information, not a decision" in text
    assert re.search(r"60\s*—\s*reached", text)  # SGB VI § 50: 60 months, reached


ALLOWED_LATIN = {"PDF", "YYYY", "MM", "A1"}


def latin_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN}


def test_arabic_path_is_right_to_left_and_arabic(page, live_server):
    answer(page, live_server.url, "ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    add_period(page, "DE", "2016-01", "2015-01")
    assert page.locator(".error").count() == 1
    error = page.locator(".error").first.inner_text()
    assert not latin_words(error), error
    add_period(page, "IN", "2010-01", "2015-12")
    add_period(page, "DE", "2016-01", "2023-12")
    finish(page)

    assert page.locator("html").get_attribute("lang") == "ar"
    # Names and codes stay as they are: agreement titles and citations (dir=auto), version
    # codes (<bdi>), and names isolated inside sentences (U+2068...U+2069).
    visible = page.evaluate(
        """() => { const main = document.querySelector('main').cloneNode(true);
                   main.querySelectorAll('[dir=auto], .basis, bdi').forEach(e => e.remove());
                   return main.innerText; }"""
    )
    visible = re.sub("\u2068[^\u2069]*\u2069", "", visible)
    assert not latin_words(visible), sorted(latin_words(visible))[:20]
    assert "168" in visible

    with page.expect_download() as info:
        page.click("a[href$='summary.pdf']")
    text = pdf_text(info.value)
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    assert arabic > 1000
    assert "168" in text


def test_questionnaire_has_no_serious_accessibility_violations(page, live_server):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{live_server.url}/en/check/step/person/")
    results = Axe().run(page)
    serious = [
        v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
