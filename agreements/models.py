"""The reference data as tables; every fact keeps its source and verification."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

VERIFICATION = [
    ("verified", _("verified")),
    ("secondary", _("secondary source")),
    ("unverified", _("unverified")),
]
TRI = [("yes", _("yes")), ("no", _("no")), ("unknown", _("unknown"))]
BRANCH_CHOICES = [
    ("medical_care", _("medical care")),
    ("sickness", _("sickness benefit")),
    ("unemployment", _("unemployment benefit")),
    ("old_age", _("old-age benefit")),
    ("employment_injury", _("employment injury benefit")),
    ("family", _("family benefit")),
    ("maternity", _("maternity benefit")),
    ("invalidity", _("invalidity benefit")),
    ("survivors", _("survivors' benefit")),
]


class Sourced(models.Model):
    """Where a fact comes from and how firmly it is known."""

    source_title = models.TextField(blank=True)
    source_url = models.TextField(blank=True)
    verified_on = models.DateField(null=True, blank=True)
    verification = models.CharField(max_length=12, choices=VERIFICATION, default="unverified")
    notes = models.TextField(blank=True)
    # Every source with its tier and the day it was read; the three columns above show the
    # ones a result may cite (never a lead).
    sources = models.JSONField(default=list, blank=True)

    class Meta:
        abstract = True


class Instrument(Sourced):
    code = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=30)
    adopted = models.DateField(null=True, blank=True)
    url = models.TextField(blank=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.code


class Ratification(Sourced):
    country = models.CharField(max_length=2, db_index=True)
    instrument = models.CharField(max_length=10)
    date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=15)
    status_as_of = models.DateField(null=True, blank=True)
    accepted = models.CharField(max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "instrument"], name="one_ratification")
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.instrument}"


class Membership(Sourced):
    country = models.CharField(max_length=2, db_index=True)
    group = models.CharField(max_length=30)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "group", "start"], name="one_membership")
        ]

    def __str__(self) -> str:
        return f"{self.country} in {self.group}"


class AgreementQuerySet(models.QuerySet["Agreement"]):
    def in_force(self, *, on: date) -> AgreementQuerySet:
        return self.filter(in_force__lte=on).filter(Q(ended__isnull=True) | Q(ended__gt=on))

    def of_country(self, code: str) -> AgreementQuerySet:
        return self.filter(parties__country=code).distinct()


class Agreement(Sourced):
    KINDS = [("bilateral", _("bilateral")), ("multilateral", _("multilateral"))]
    code = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=400)
    kind = models.CharField(max_length=12, choices=KINDS)
    signed = models.DateField(null=True, blank=True)
    in_force = models.DateField(null=True, blank=True)
    ended = models.DateField(null=True, blank=True)
    scope = models.CharField(max_length=20, default="comprehensive")
    personal_scope = models.CharField(max_length=40, default="unknown")
    # Set for instruments that link each party to one state only (the UK in the EU-UK TCA,
    # Turkey in Decision 3/80): the other parties are not linked with each other by it.
    hub = models.CharField(max_length=2, blank=True)

    objects = AgreementQuerySet.as_manager()

    def __str__(self) -> str:
        return self.title


class AgreementParty(Sourced):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    country = models.CharField(max_length=2, db_index=True)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agreement", "country"], name="one_party")]

    def __str__(self) -> str:
        return f"{self.agreement.code}: {self.country}"


class Provision(Sourced):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="provisions")
    branch = models.CharField(max_length=20, choices=BRANCH_CHOICES)
    totalization = models.CharField(max_length=7, choices=TRI, default="unknown")
    export = models.CharField(max_length=7, choices=TRI, default="unknown")
    equal_treatment = models.CharField(max_length=7, choices=TRI, default="unknown")
    posting_limit_months = models.PositiveIntegerField(null=True, blank=True)
    min_months = models.PositiveIntegerField(null=True, blank=True)
    article = models.CharField(max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agreement", "branch"], name="one_provision")
        ]

    def __str__(self) -> str:
        return f"{self.agreement.code}: {self.branch}"


class SchemeRule(Sourced):
    """One fact of a country's law: a qualifying period, an export rule, a guarantee..."""

    country = models.CharField(max_length=2, db_index=True)
    branch = models.CharField(max_length=20)
    fact = models.CharField(max_length=50)
    statuses = models.CharField(max_length=200, default="*")
    # The law in force on a day: empty valid_from = since a date the data does not know.
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    value = models.CharField(max_length=300)
    conditions = models.TextField(blank=True)
    article = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country", "branch", "fact", "statuses", "valid_from"],
                name="one_rule_on_a_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.branch} {self.fact}"


class Institution(Sourced):
    country = models.CharField(max_length=2, db_index=True)
    role = models.CharField(max_length=20)
    name = models.CharField(max_length=300)
    url = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "role", "name"], name="one_institution")
        ]

    def __str__(self) -> str:
        return self.name


class DataVersion(models.Model):
    """A digest of every fact: it changes when any fact changes, and keys the snapshot cache."""

    digest = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.digest
