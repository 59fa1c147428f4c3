"""The result JSON of the contract (../shared/contract, version 1), in one language."""

from __future__ import annotations

from typing import Any

from django.utils import translation

from entitlements.engine.types import (
    Agreement,
    Assessment,
    BenefitResult,
    Citation,
    Finding,
    GuaranteeResult,
    PayerResult,
    PostingResult,
)
from entitlements.presentation import sentence


def citation_json(c: Citation) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": c.kind, "instrument": c.instrument}
    if c.article:
        data["article"] = c.article
    if c.url:
        data["url"] = c.url
    if c.parties:
        data["parties"] = list(c.parties)
    return data


def citations_json(citations: tuple[Citation, ...]) -> list[dict[str, Any]]:
    unique = list(dict.fromkeys(citations))
    return [citation_json(c) for c in unique]


def finding_json(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "text": sentence(f), "legal_basis": citations_json(f.legal_basis)}


def agreement_json(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "kind": a.kind,
        "parties": [p.country for p in a.parties],
        "in_force_since": a.in_force.isoformat() if a.in_force else None,
        "scope": a.scope,
        "verification": a.verification,
    }


def guarantee_json(g: GuaranteeResult) -> dict[str, Any]:
    return {
        "id": g.id,
        "status": g.status,
        "summary": sentence(g.summary),
        "conditions": [sentence(c) for c in g.conditions],
        "legal_basis": citations_json(g.legal_basis),
        "findings": [finding_json(f) for f in (g.summary, *g.conditions)],
    }


def payer_json(p: PayerResult) -> dict[str, Any]:
    return {
        "country": p.country,
        "insured_months": p.insured_months,
        "totalized_with": list(p.totalized_with),
        "countable_months": p.countable_months,
        "qualifying_months": p.qualifying_months,
        "met": p.met,
        "export": {
            "to": p.export.to,
            "status": p.export.status,
            "legal_basis": citations_json(p.export.legal_basis),
        },
        "legal_basis": citations_json(p.legal_basis),
        "findings": [finding_json(f) for f in p.findings],
    }


def benefit_json(b: BenefitResult) -> dict[str, Any]:
    findings = [
        *b.findings,
        *b.equal_treatment.findings,
        *(f for p in b.payers for f in p.findings),
    ]
    return {
        "branch": b.branch,
        "portability": b.portability,
        "agreements": [agreement_json(a) for a in b.agreements],
        "totalization": {
            "applies": b.totalization_applies,
            "months_by_country": dict(b.months_by_country),
        },
        "payers": [payer_json(p) for p in b.payers],
        "equal_treatment": {
            "status": b.equal_treatment.status,
            "legal_basis": citations_json(b.equal_treatment.legal_basis),
        },
        # Several payers may say the same thing; the reader needs it once.
        "notes": list(dict.fromkeys(sentence(f) for f in findings)),
    }


def posting_json(p: PostingResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "country": p.country,
        "posted_from": p.posted_from,
        "months": p.months,
        "legislation": p.legislation,
        "limit_months": p.limit_months,
        "within_limit": p.within_limit,
        "legal_basis": citations_json(p.legal_basis),
        "notes": [sentence(f) for f in p.findings],
    }
    if p.certificate:
        data["certificate"] = p.certificate
    return data


def step_json(f: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {"text": sentence(f), "code": f.code}
    if f.params.get("institution"):
        data["institution"] = f.params["institution"]
    if f.params.get("url"):
        data["url"] = f.params["url"]
    return data


def assessment_json(a: Assessment, language: str) -> dict[str, Any]:
    with translation.override(language):
        return {
            "rules_version": a.rules_version,
            "data_version": a.data_version,
            "as_of": a.as_of.isoformat(),
            "language": language,
            "guarantees": [guarantee_json(g) for g in a.guarantees],
            "benefits": [benefit_json(b) for b in a.benefits],
            "posting": [posting_json(p) for p in a.postings],
            "next_steps": [step_json(s) for s in a.next_steps],
            "warnings": [sentence(w) for w in a.warnings],
        }
