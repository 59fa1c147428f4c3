"""Fail when a catalogue is out of date with the code, or has an untranslated or fuzzy entry,
or a translation whose placeholders differ from the original."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{ ?(\w+) ?\}\}|%[sd]")
sys.path.insert(0, str(ROOT))


def languages() -> list[str]:
    from portal.languages import LANGUAGES

    return [code for code, _name in LANGUAGES if code != "en"]


def catalogue(code: str) -> Path:
    return ROOT / "locale" / code / "LC_MESSAGES" / "django.po"


def msgids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


def out_of_date(code: str) -> set[str]:
    """Run makemessages on a copy-back basis: what it would add or drop is the drift."""
    path = catalogue(code)
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / "django.po"
        shutil.copy(path, saved)
        try:
            subprocess.run(
                [
                    sys.executable,
                    "manage.py",
                    "makemessages",
                    "-l",
                    code,
                    "--no-location",
                    "--no-obsolete",
                    "-i",
                    ".venv",
                    "-i",
                    "var",
                    "-i",
                    "tests",
                    "-v0",
                ],
                cwd=ROOT,
                check=True,
            )
            fresh = msgids(path)
        finally:
            shutil.copy(saved, path)
    return fresh ^ msgids(path)


def problems(code: str) -> list[str]:
    found = []
    with catalogue(code).open("rb") as handle:
        for message in read_po(handle):
            if not message.id:
                continue
            ids = (
                [str(i) for i in message.id]
                if isinstance(message.id, (tuple, list))
                else [str(message.id)]
            )
            raw = message.string
            strings = (
                [str(s or "") for s in raw] if isinstance(raw, (tuple, list)) else [str(raw or "")]
            )
            label = ids[0][:70]
            if message.fuzzy:
                found.append(f"fuzzy: {label}")
            elif not all(strings):
                found.append(f"untranslated: {label}")
            elif {m.group(0) for m in PLACEHOLDER.finditer(ids[-1])} != {
                m.group(0) for s in strings[-1:] for m in PLACEHOLDER.finditer(s)
            } and len(ids) == 1:
                found.append(f"placeholders differ: {label}")
    return found


def main() -> int:
    failed = False
    for code in languages():
        if not catalogue(code).exists():
            print(f"{code}: no catalogue")
            failed = True
            continue
        drift = out_of_date(code)
        issues = problems(code)
        for line in [f"out of date: {d[:70]}" for d in sorted(drift)] + issues:
            print(f"{code}: {line}")
        failed = failed or bool(drift or issues)
    print("translations: incomplete" if failed else "translations: complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
