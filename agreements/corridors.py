"""The share of "unknown" answers on the largest migration corridors (issue 9's yardstick).

Each corridor is assessed for a worker of the origin state insured 5 years at home, then 9
years in the host on a work permit, who goes home; 31 answers each: the four R202 guarantees,
and for each of the nine branches its portability, its equal treatment and the host's export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from entitlements.engine.assess import assess
from entitlements.engine.facts import Facts
from entitlements.engine.months import month_of_date
from entitlements.engine.types import Period, Profile

# Origin -> host: among the largest in UN DESA's migrant stock, and the labour corridors of
# the Gulf and Asia (the list of issue 9).
CORRIDORS: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split("-"))  # type: ignore[misc]
    for pair in [
        "MX-US",
        "IN-US",
        "CN-US",
        "PH-US",
        "GT-US",
        "SV-US",
        "IN-AE",
        "IN-OM",
        "IN-KW",
        "IN-SA",
        "PK-SA",
        "PH-SA",
        "EG-SA",
        "ET-SA",
        "KE-SA",
        "UG-SA",
        "LK-KW",
        "NP-QA",
        "UA-RU",
        "RU-UA",
        "KZ-RU",
        "UZ-RU",
        "TJ-RU",
        "KG-RU",
        "SY-TR",
        "BD-IN",
        "AF-IR",
        "MM-TH",
        "ID-MY",
        "NP-MY",
        "BD-MY",
        "PL-DE",
        "TR-DE",
        "MA-FR",
        "DZ-FR",
        "SN-FR",
        "MA-ES",
        "CO-ES",
        "RO-IT",
        "VE-CO",
        "BO-AR",
        "PY-AR",
        "HT-DO",
        "ZW-ZA",
        "MZ-ZA",
        "BF-CI",
        "ML-CI",
        "VN-JP",
        "VN-KR",
        "PH-JP",
    ]
)


def corridor_profile(origin: str, host: str, as_of: date) -> Profile:
    end = month_of_date(as_of)
    return Profile(
        as_of=as_of,
        residence_country=host,
        status="work_permit",
        nationalities=(origin,),
        future_residence_country=origin,
        periods=(
            Period(country=origin, start=end - 14 * 12 + 1, end=end - 9 * 12),
            Period(country=host, start=end - 9 * 12 + 1, end=end),
        ),
    )


def answers(facts: Facts, origin: str, host: str, as_of: date) -> list[tuple[str, str]]:
    """The 31 answers as (question, status) pairs."""
    result = assess(corridor_profile(origin, host, as_of), facts)
    found: list[tuple[str, str]] = [(f"guarantee {g.id}", g.status) for g in result.guarantees]
    for b in result.benefits:
        host_export = next((p.export.status for p in b.payers if p.country == host), "unknown")
        found += [
            (f"{b.branch} portability", b.portability),
            (f"{b.branch} equal treatment", b.equal_treatment.status),
            (f"{b.branch} host export", host_export),
        ]
    return found


@dataclass(frozen=True, kw_only=True)
class UnknownShare:
    total: int
    unknown: int
    by_question: Counter[str]  # a branch, or "guarantee"
    by_corridor: dict[str, int]

    @property
    def share(self) -> float:
        return self.unknown / self.total if self.total else 0.0


def unknown_share(facts: Facts, as_of: date) -> UnknownShare:
    """Unknown answers over all corridors, by branch (and the guarantees) and by corridor."""
    total, unknown = 0, 0
    by_question: Counter[str] = Counter()
    by_corridor: dict[str, int] = {}
    for origin, host in CORRIDORS:
        found = answers(facts, origin, host, as_of)
        missing = [q for q, status in found if status == "unknown"]
        total += len(found)
        unknown += len(missing)
        by_question.update(q.split(" ")[0] for q in missing)  # a branch, or "guarantee"
        by_corridor[f"{origin}-{host}"] = len(missing)
    return UnknownShare(
        total=total, unknown=unknown, by_question=by_question, by_corridor=by_corridor
    )
