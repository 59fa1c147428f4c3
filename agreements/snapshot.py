"""Build the engine's immutable facts from the database, once per data_version."""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any, cast

from django.conf import settings
from django.utils import translation

from agreements import models as m
from entitlements.engine.facts import Facts
from entitlements.engine.types import (
    Agreement,
    Institution,
    Instrument,
    Membership,
    Party,
    Provision,
    Ratification,
    Rule,
    Tri,
    Verification,
)

_lock = threading.Lock()
_cached: Facts | None = None


def current_data_version() -> str:
    row = m.DataVersion.objects.filter(pk=1).values_list("digest", flat=True).first()
    return row or "empty"


def facts_snapshot() -> Facts:
    """The snapshot for the current data_version; one query when it is already built."""
    global _cached
    version = current_data_version()
    cached = _cached
    if cached is not None and cached.data_version == version:
        return cached
    with _lock:
        if _cached is None or _cached.data_version != version:
            _cached = build_facts(version)
        return _cached


def _verification(value: str) -> Verification:
    return cast(Verification, value if value in {"verified", "secondary"} else "unverified")


def _tri(value: str) -> Tri:
    return cast(Tri, value if value in {"yes", "no"} else "unknown")


def _split(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(";") if part.strip())


def _translations(obj: Any, field: str) -> tuple[tuple[str, str], ...]:
    found = ((code, getattr(obj, f"{field}_{code}", None)) for code, _ in settings.LANGUAGES)
    return tuple((code, text) for code, text in found if code != "en" and text)


def _first_url(text: str) -> str:
    """Source cells may list several addresses; a citation links the first."""
    for token in text.replace(";", " ").split():
        if token.startswith(("http://", "https://")):
            return token
    return ""


def build_facts(version: str) -> Facts:
    with translation.override("en"):
        return Facts.build(
            data_version=version,
            agreements=_agreements(),
            ratifications=[
                Ratification(
                    r.country,
                    r.instrument,
                    r.date,
                    r.status,
                    _split(r.accepted),
                    _verification(r.verification),
                    _first_url(r.source_url),
                )
                for r in m.Ratification.objects.all()
            ],
            rules=[
                Rule(
                    r.country,
                    r.branch,
                    r.fact,
                    r.value,
                    _split(r.statuses) or frozenset({"*"}),
                    r.conditions,
                    _verification(r.verification),
                    r.source_title,
                    _first_url(r.source_url),
                    _translations(r, "conditions"),
                    r.valid_from,
                    r.valid_to,
                    r.article,
                )
                for r in m.SchemeRule.objects.all()
            ],
            memberships=[
                Membership(x.country, x.group, x.start, x.end) for x in m.Membership.objects.all()
            ],
            institutions=[
                Institution(i.country, i.role, i.name, i.url) for i in m.Institution.objects.all()
            ],
            instruments=[Instrument(i.code, i.title, i.url) for i in m.Instrument.objects.all()],
        )


def _agreements() -> list[Agreement]:
    parties: dict[int, list[Party]] = defaultdict(list)
    for p in m.AgreementParty.objects.all():
        parties[p.agreement_id].append(Party(p.country, p.start, p.end))
    provisions: dict[int, dict[str, Provision]] = defaultdict(dict)
    for v in m.Provision.objects.all():
        provisions[v.agreement_id][v.branch] = Provision(
            v.branch,
            _tri(v.totalization),
            _tri(v.export),
            _tri(v.equal_treatment),
            v.posting_limit_months,
            v.min_months,
            v.article,
            _verification(v.verification),
            _first_url(v.source_url),
        )
    return [
        Agreement(
            id=a.code,
            title=a.title,
            kind="multilateral" if a.kind == "multilateral" else "bilateral",
            in_force=a.in_force,
            parties=tuple(sorted(parties[a.pk], key=lambda p: p.country)),
            provisions=provisions[a.pk],
            scope=a.scope,
            personal_scope=a.personal_scope,
            ended=a.ended,
            signed=a.signed,
            # EU acts are cited as EU law, not as agreements between states.
            citation_kind="eu_law" if a.code.startswith("EU-") else "agreement",
            url=_first_url(a.source_url),
            verification=_verification(a.verification),
            hub=a.hub or None,
        )
        for a in m.Agreement.objects.all()
    ]
