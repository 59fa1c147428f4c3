"""The engine's vocabulary: the profile it reads, the facts it knows, the findings it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from entitlements.engine.months import Month

BRANCHES: tuple[str, ...] = (
    "medical_care",
    "sickness",
    "unemployment",
    "old_age",
    "employment_injury",
    "family",
    "maternity",
    "invalidity",
    "survivors",
)
GUARANTEES: tuple[str, ...] = (
    "health_care",
    "child_income",
    "working_age_income",
    "old_age_income",
)
STATUSES: tuple[str, ...] = (
    "citizen",
    "permanent_resident",
    "work_permit",
    "seasonal_worker",
    "posted_worker",
    "domestic_worker",
    "refugee",
    "stateless",
    "asylum_seeker",
    "student",
    "family_member",
    "undocumented",
)
EMPLOYMENTS: tuple[str, ...] = ("employee", "self_employed", "domestic_worker", "informal")
INSURED: tuple[str, ...] = ("yes", "no", "unknown")

# Pensions: the branches whose export the EU single-permit directive guarantees (Art. 12(4)).
PENSION_BRANCHES: frozenset[str] = frozenset({"old_age", "invalidity", "survivors"})
# Statuses admitted to work under the single-permit directive 2011/98/EU (Art. 3(1)); posted
# and seasonal workers, refugees and long-term residents fall outside it (Art. 3(2)).
SINGLE_PERMIT_STATUSES: frozenset[str] = frozenset(
    {"work_permit", "domestic_worker", "family_member"}
)

GuaranteeStatus = Literal["available", "conditional", "not_available", "unknown"]
Portability = Literal["portable", "conditional", "not_portable", "unknown", "not_applicable"]
ExportStatus = Literal["payable", "conditional", "not_payable", "unknown", "not_applicable"]
CitationKind = Literal["ilo_instrument", "agreement", "eu_law", "national_law", "other"]
Tri = Literal["yes", "no", "unknown"]
Verification = Literal["verified", "secondary", "unverified"]


# --- The person -------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    country: str
    start: Month
    end: Month  # inclusive; an open period ends at the month of as_of
    employment: str = "employee"
    insured: str = "yes"
    posted_from: str | None = None
    open_ended: bool = False

    def months(self) -> range:
        return range(self.start, self.end + 1)


@dataclass(frozen=True)
class Child:
    birth_year: int
    residence_country: str


@dataclass(frozen=True)
class Profile:
    as_of: date
    residence_country: str
    status: str
    nationalities: tuple[str, ...] = ()
    origin_country: str | None = None
    future_residence_country: str | None = None
    birth_year: int | None = None
    children: tuple[Child, ...] = ()
    periods: tuple[Period, ...] = ()

    @property
    def future_residence(self) -> str:
        return self.future_residence_country or self.residence_country

    @property
    def origin(self) -> str | None:
        return self.origin_country or (self.nationalities[0] if self.nationalities else None)

    @property
    def is_stateless(self) -> bool:
        return self.status == "stateless"

    @property
    def is_refugee(self) -> bool:
        return self.status == "refugee"


# --- The facts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    kind: CitationKind
    instrument: str
    article: str = ""
    url: str = ""
    # A bilateral agreement's two states, so a page can name it in the reader's language.
    parties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Party:
    country: str
    start: date | None
    end: date | None = None

    def applies_on(self, day: date) -> bool:
        return self.start is not None and self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Provision:
    branch: str
    totalization: Tri = "unknown"
    export: Tri = "unknown"
    equal_treatment: Tri = "unknown"
    posting_limit_months: int | None = None
    min_months: int | None = None
    article: str = ""
    verification: Verification = "unverified"
    url: str = ""

    @property
    def firm(self) -> bool:
        """Read in a source: an unverified provision may only give a "possibly"."""
        return self.verification != "unverified"


@dataclass(frozen=True)
class Agreement:
    id: str
    title: str
    kind: Literal["bilateral", "multilateral"]
    in_force: date | None
    parties: tuple[Party, ...]
    provisions: Mapping[str, Provision] = field(default_factory=dict)
    scope: str = "comprehensive"  # comprehensive | posting_only | equal_treatment
    personal_scope: str = "unknown"  # all_insured | nationals | nationals_only | lawful_residents
    ended: date | None = None
    signed: date | None = None
    citation_kind: CitationKind = "agreement"
    url: str = ""
    verification: Verification = "unverified"
    hub: str | None = None  # set: it links each party to the hub only (e.g. the UK in the TCA)
    _applying: dict[date, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def in_force_on(self, day: date) -> bool:
        return (
            self.in_force is not None
            and self.in_force <= day
            and (self.ended is None or day < self.ended)
        )

    def links(self, first: str, second: str, day: date) -> bool:
        """Whether the instrument binds these two countries together on `day`."""
        applying = self.applying_parties(day)
        if first == second or first not in applying or second not in applying:
            return False
        return self.hub is None or self.hub in (first, second)

    def party(self, country: str) -> Party | None:
        return next((p for p in self.parties if p.country == country), None)

    def applying_parties(self, day: date) -> frozenset[str]:
        # Asked for every branch and payer of an assessment; multilaterals have dozens of parties.
        found = self._applying.get(day)
        if found is None:
            found = self._applying[day] = frozenset(
                p.country for p in self.parties if p.applies_on(day)
            )
        return found

    def citation(self, article: str = "") -> Citation:
        parties = tuple(p.country for p in self.parties) if self.kind == "bilateral" else ()
        return Citation(self.citation_kind, self.title, article, self.url, parties)


# Ratification has a field named `date`, which hides the type inside its body.
Day = date


@dataclass(frozen=True)
class Ratification:
    country: str
    instrument: str  # C102, C118, C157, C097, C143
    date: date | None
    status: str  # in_force | denounced | not_in_force
    accepted: frozenset[str] = frozenset()
    verification: Verification = "unverified"
    url: str = ""

    def in_force_on(self, day: Day) -> bool:
        """By the ILO's standard final clause (for C102, Art. 79(3)) a Convention comes into
        force for a Member twelve months after its ratification is registered: a registration
        the source saw before that date is in force once the twelve months have passed."""
        if self.status == "in_force":
            return True
        if self.status != "not_in_force" or self.date is None:
            return False
        try:
            due = self.date.replace(year=self.date.year + 1)
        except ValueError:  # registered on 29 February
            due = date(self.date.year + 1, 3, 1)
        return due <= day


@dataclass(frozen=True)
class Rule:
    """One fact of national law: a qualifying period, an export rule, a guarantee..."""

    country: str
    branch: str
    fact: str
    value: str
    statuses: frozenset[str] = frozenset({"*"})
    conditions: str = ""
    verification: Verification = "unverified"
    source_title: str = ""
    url: str = ""
    # (language, text) pairs: the project's translations of `conditions`, which is English.
    translations: tuple[tuple[str, str], ...] = ()
    # The law in force from `start` (None: since a day the data does not know) until `end`.
    start: date | None = None
    end: date | None = None
    article: str = ""

    def covers(self, status: str) -> bool:
        return "*" in self.statuses or status in self.statuses

    def in_force_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def text(self, key: str = "text") -> dict[str, Any]:
        """The conditions as finding parameters: the English source text and its translations."""
        return {key: self.conditions, "translations": dict(self.translations)}

    def citation(self) -> Citation:
        return Citation("national_law", self.source_title or self.country, self.article, self.url)


@dataclass(frozen=True)
class Membership:
    country: str
    group: str
    start: date | None
    end: date | None = None

    def on(self, day: date) -> bool:
        return self.start is not None and self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Institution:
    country: str
    role: str
    name: str
    url: str


@dataclass(frozen=True)
class Instrument:
    code: str
    title: str
    url: str


# --- The findings ---------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A conclusion as a stable code; presentation turns it into a sentence."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    legal_basis: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class GuaranteeResult:
    id: str
    status: GuaranteeStatus
    summary: Finding
    conditions: tuple[Finding, ...]
    legal_basis: tuple[Citation, ...]


@dataclass(frozen=True)
class ExportResult:
    to: str
    status: ExportStatus
    legal_basis: tuple[Citation, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class PayerResult:
    country: str
    insured_months: int
    totalized_with: tuple[str, ...]
    countable_months: int
    qualifying_months: int | None
    met: bool | None
    export: ExportResult
    legal_basis: tuple[Citation, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class EqualTreatment:
    status: Literal["guaranteed", "not_guaranteed", "unknown"]
    legal_basis: tuple[Citation, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class BenefitResult:
    branch: str
    portability: Portability
    agreements: tuple[Agreement, ...]
    months_by_country: Mapping[str, int]
    totalization_applies: bool
    payers: tuple[PayerResult, ...]
    equal_treatment: EqualTreatment
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class PostingResult:
    country: str
    posted_from: str
    months: int
    legislation: str
    limit_months: int | None
    within_limit: bool | None
    certificate: str | None
    legal_basis: tuple[Citation, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Assessment:
    rules_version: str
    data_version: str
    as_of: date
    guarantees: tuple[GuaranteeResult, ...]
    benefits: tuple[BenefitResult, ...]
    postings: tuple[PostingResult, ...]
    next_steps: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
