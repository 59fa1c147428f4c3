"""Findings become sentences in the user's language: the one place that writes prose.

The engine's codes and parameters stay stable; every sentence here goes through gettext with
named placeholders, so the page, the JSON and the PDF say the same thing in any language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from agreements.countries import country_name
from entitlements.engine.types import Finding

BRANCH_NAMES = {
    "medical_care": gettext_lazy("Medical care"),
    "sickness": gettext_lazy("Sickness benefit"),
    "unemployment": gettext_lazy("Unemployment benefit"),
    "old_age": gettext_lazy("Old-age pension"),
    "employment_injury": gettext_lazy("Employment injury benefit"),
    "family": gettext_lazy("Family and child benefit"),
    "maternity": gettext_lazy("Maternity benefit"),
    "invalidity": gettext_lazy("Invalidity (disability) pension"),
    "survivors": gettext_lazy("Survivors' pension"),
}
GUARANTEE_NAMES = {
    "health_care": gettext_lazy("Essential health care, including maternity care"),
    "child_income": gettext_lazy("Basic income security for children"),
    "working_age_income": gettext_lazy(
        "Basic income security for people of working age who cannot earn enough"
    ),
    "old_age_income": gettext_lazy("Basic income security for older persons"),
}
STATUS_NAMES = {
    "citizen": gettext_lazy("Citizen of the host country"),
    "permanent_resident": gettext_lazy("Permanent resident"),
    "work_permit": gettext_lazy("Worker with a work permit"),
    "seasonal_worker": gettext_lazy("Seasonal worker"),
    "posted_worker": gettext_lazy("Posted worker (sent by an employer abroad)"),
    "domestic_worker": gettext_lazy("Domestic worker"),
    "refugee": gettext_lazy("Refugee"),
    "stateless": gettext_lazy("Stateless person"),
    "asylum_seeker": gettext_lazy("Asylum seeker"),
    "student": gettext_lazy("Student"),
    "family_member": gettext_lazy("Family member of a migrant"),
    "undocumented": gettext_lazy("Without papers (undocumented)"),
}
GUARANTEE_STATUS = {
    "available": gettext_lazy("Available"),
    "conditional": gettext_lazy("Available under conditions"),
    "not_available": gettext_lazy("Not available"),
    "unknown": gettext_lazy("Not known"),
}
PORTABILITY = {
    "portable": gettext_lazy("Can be paid where you will live"),
    "conditional": gettext_lazy("Can be paid abroad under conditions"),
    "not_portable": gettext_lazy("Cannot be paid where you will live"),
    "unknown": gettext_lazy("Not known whether it can be paid abroad"),
    "not_applicable": gettext_lazy("Nothing insured for this benefit"),
}
EXPORT_STATUS = {
    "payable": gettext_lazy("paid there"),
    "conditional": gettext_lazy("paid there under conditions"),
    "not_payable": gettext_lazy("not paid there"),
    "unknown": gettext_lazy("not known"),
    "not_applicable": gettext_lazy("you will live in this country"),
}
EQUALITY_STATUS = {
    "guaranteed": gettext_lazy("Equal treatment with nationals is guaranteed"),
    "not_guaranteed": gettext_lazy("Equal treatment with nationals is not guaranteed"),
    "unknown": gettext_lazy("Not known whether you are treated like nationals"),
}
EMPLOYMENT_NAMES = {
    "employee": gettext_lazy("Employee"),
    "self_employed": gettext_lazy("Self-employed"),
    "domestic_worker": gettext_lazy("Domestic worker"),
    "informal": gettext_lazy("Informal work"),
}
INSURED_NAMES = {
    "yes": gettext_lazy("yes"),
    "no": gettext_lazy("no"),
    "unknown": gettext_lazy("I do not know"),
}
ORIGIN_OFFERS = {
    "voluntary_insurance": gettext_lazy("voluntary insurance"),
    "mandatory_insurance": gettext_lazy("compulsory insurance"),
    "welfare_fund": gettext_lazy("a welfare fund"),
    "other": gettext_lazy("a scheme"),
}
CERTIFICATES = {"A1": "A1", "certificate_of_coverage": gettext_lazy("certificate of coverage")}


def name(text: str) -> str:
    """A proper name inside a sentence, isolated (FSI...PDI) so that a Latin-script name in
    an Arabic sentence keeps its own direction and does not reorder the words around it."""
    return f"\u2068{text}\u2069"


def quoted(text: str, translations: Mapping[str, str] | None = None) -> str:
    """Text from a source, which the data holds in English: isolated, and marked wherever the
    page is not English, as the project's translation or as the English original, so nobody
    takes a translation for the law's own words."""
    language = (get_language() or "en").split("-")[0]
    if language == "en":
        return name(text)
    translated = (translations or {}).get(language)
    if translated:
        return _("%(text)s (our translation of the source)") % {"text": name(translated)}
    return _("%(text)s (in English, from the source)") % {"text": name(text)}


def source_text(params: Mapping[str, Any], key: str = "text") -> str:
    """A finding's text from the data (a rule's conditions), in the page's language if we can."""
    return quoted(params[key], params.get("translations"))


def check_with(params: Mapping[str, Any]) -> str:
    """Whom to ask about a fact the data holds only as a lead."""
    if params.get("institution"):
        return _("Check it with %(institution)s.") % {"institution": name(params["institution"])}
    return _("Check it with the institution.")


def agreement_title(title: str, kind: str, parties: Iterable[str]) -> str:
    """A bilateral agreement named in the reader's language from its two states; English
    pages, and multilateral instruments (whose names are their own), keep the data's title."""
    codes = list(parties)
    language = (get_language() or "en").split("-")[0]
    if language == "en" or kind != "bilateral" or len(codes) != 2:
        return title
    return _("Social security agreement: %(first)s – %(second)s") % {
        "first": country(codes[0]),
        "second": country(codes[1]),
    }


def country(code: str) -> str:
    return country_name(code, get_language() or "en")


def countries(codes: Iterable[str]) -> str:
    return ", ".join(country(c) for c in codes)


def _quebec(p: Mapping[str, Any]) -> str:
    """Work in Québec: its pension plan has agreements of its own (Retraite Québec's list)."""
    text = _(
        "If part of your work in Canada was in Québec, it is insured under the Québec Pension Plan, "
        "for which Québec has social security agreements of its own."
    )
    if p["partners"]:
        text += " " + _("Québec lists one with %(countries)s.") % {
            "countries": countries(p["partners"])
        }
    if p["others"]:
        text += " " + _("Québec's list does not name %(countries)s.") % {
            "countries": countries(p["others"])
        }
    return text + " " + _("Ask Retraite Québec (Bureau des ententes de sécurité sociale).")


def period(n: int) -> str:
    """Whole years as years (a law says "10 years"), anything else in months."""
    if n % 12:
        return months(n)
    return ngettext("%(n)s year", "%(n)s years", n // 12) % {"n": number_format(n // 12)}


def months(n: int) -> str:
    return ngettext("%(n)s month", "%(n)s months", n) % {"n": number_format(n)}


def branch_list(branches: Iterable[str]) -> str:
    return ", ".join(str(BRANCH_NAMES[b]) for b in branches)


Render = Callable[[Mapping[str, Any]], str]

SENTENCES: dict[str, Render] = {
    "r202.health_care": lambda p: _(
        "ILO Recommendation No. 202 asks every state to guarantee access to essential health care, "
        "including maternity care, to at least all residents."
    ),
    "r202.child_income": lambda p: _(
        "ILO Recommendation No. 202 asks every state to guarantee basic income security for "
        "children, giving access to nutrition, education and care."
    ),
    "r202.working_age_income": lambda p: _(
        "ILO Recommendation No. 202 asks every state to guarantee basic income security for people "
        "of working age who cannot earn enough, in sickness, unemployment, maternity and disability."
    ),
    "r202.old_age_income": lambda p: _(
        "ILO Recommendation No. 202 asks every state to guarantee basic income security for older persons."
    ),
    "r202.falls_short": lambda p: (
        _(
            "What %(country)s offers falls short of what Recommendation No. 202 asks for all residents."
        )
        % {"country": country(p["country"])}
    ),
    "guarantee.available": lambda p: (
        _("Available to you in %(country)s.") % {"country": country(p["country"])}
    ),
    "guarantee.conditional": lambda p: (
        _("Available to you in %(country)s under conditions.") % {"country": country(p["country"])}
    ),
    "guarantee.not_available": lambda p: (
        _("Not available to you in %(country)s.") % {"country": country(p["country"])}
    ),
    "guarantee.unknown": lambda p: (
        _(
            "Our data does not yet say whether this is available to you in %(country)s. "
            "Ask the social security institution or a migrant support organisation there."
        )
        % {"country": country(p["country"])}
    ),
    "guarantee.condition": lambda p: _("Condition: %(text)s") % {"text": source_text(p)},
    "guarantee.residence_years": lambda p: (
        _("A pension for older persons in %(country)s requires %(period)s of residence.")
        % {"country": country(p["country"]), "period": period(p["months"])}
    ),
    "guarantee.residence_no_minimum": lambda p: (
        _(
            "A pension for older persons in %(country)s requires you to live there; "
            "the law sets no fixed number of years."
        )
        % {"country": country(p["country"])}
    ),
    "data.unverified": lambda p: (
        _("Possibly: this fact about %(country)s comes from a source we could not yet verify.")
        % {"country": country(p["country"])}
        + " "
        + check_with(p)
    ),
    "totalization.possibly_linked": lambda p: (
        _(
            "Possibly: an agreement may oblige %(payer)s to add your periods from %(countries)s, "
            "but our source for this is not yet verified."
        )
        % {"payer": country(p["payer"]), "countries": countries(p["countries"])}
        + " "
        + check_with(p)
    ),
    "export.possibly_by_agreement": lambda p: (
        _(
            "Possibly: an agreement may let %(payer)s pay this benefit to someone living in "
            "%(to)s, but our source for this is not yet verified."
        )
        % {"payer": country(p["payer"]), "to": country(p["to"])}
        + " "
        + check_with(p)
    ),
    "equality.possibly_by_agreement": lambda p: (
        _(
            "Possibly: an agreement may give you equal treatment in %(country)s, but our source "
            "for this is not yet verified."
        )
        % {"country": country(p["country"])}
        + " "
        + check_with(p)
    ),
    "totalization.not_linked": lambda p: (
        _(
            "No agreement in force obliges %(payer)s to add your periods from %(countries)s for this benefit."
        )
        % {"payer": country(p["payer"]), "countries": countries(p["countries"])}
    ),
    "totalization.minimum_not_reached": lambda p: (
        _("%(payer)s adds periods from %(country)s only after %(min)s of insurance in %(payer)s.")
        % {
            "payer": country(p["payer"]),
            "country": country(p["country"]),
            "min": months(p["min_months"]),
        }
    ),
    "totalization.several_instruments": lambda p: (
        _(
            "Several instruments apply in %(payer)s. %(best)s is the more favourable: it adds periods from "
            "the most countries. You may rely on it; the others do not take rights away."
        )
        % {"payer": country(p["payer"]), "best": name(p["best"])}
    ),
    "export.single_permit": lambda p: (
        _(
            "As a worker from outside the EU, you keep the pension from %(payer)s when you move to "
            "%(to)s, under the same conditions and at the same rates as its own nationals who move there."
        )
        % {"payer": country(p["payer"]), "to": country(p["to"])}
    ),
    "export.national_rule": lambda p: (
        _("The law of %(payer)s on paying pensions abroad: %(conditions)s")
        % {"payer": country(p["payer"]), "conditions": source_text(p, "conditions")}
    ),
    "export.refund_only": lambda p: (
        _("%(payer)s may refund your contributions when you leave instead: %(conditions)s")
        % {"payer": country(p["payer"]), "conditions": source_text(p, "conditions")}
    ),
    "export.unknown": lambda p: (
        _("Our data does not say whether %(payer)s pays this benefit to someone living in %(to)s.")
        % {"payer": country(p["payer"]), "to": country(p["to"])}
    ),
    "equality.national": lambda p: (
        _("You are a national of %(country)s.") % {"country": country(p["country"])}
    ),
    "equality.excluded": lambda p: (
        _("The law of %(country)s excludes people in your situation: %(conditions)s")
        % {"country": country(p["country"]), "conditions": source_text(p, "conditions")}
    ),
    "equality.national_law": lambda p: (
        _(
            "The law of %(country)s insures people in your situation on the same terms as its "
            "own nationals: %(conditions)s"
        )
        % {"country": country(p["country"]), "conditions": source_text(p, "conditions")}
    ),
    "export.not_covered": lambda p: (
        _(
            "You are not insured for this benefit in %(payer)s, so it pays you nothing for it, "
            "wherever you live: %(conditions)s"
        )
        % {"payer": country(p["payer"]), "conditions": source_text(p, "conditions")}
    ),
    "national.gratuity": lambda p: (
        _(
            "Instead, your employer in %(country)s owes you an end-of-service gratuity: a lump "
            "sum paid when your contract ends. It is not a pension. %(conditions)s"
        )
        % {"country": country(p["country"]), "conditions": source_text(p, "conditions")}
    ),
    "national.employer_liability": lambda p: (
        _(
            "In %(country)s your employer owes this benefit directly (there is no insurance fund "
            "for it): %(conditions)s"
        )
        % {"country": country(p["country"]), "conditions": source_text(p, "conditions")}
    ),
    "national.no_scheme": lambda p: (
        _("%(country)s has no public scheme for this benefit: %(conditions)s")
        % {"country": country(p["country"]), "conditions": source_text(p, "conditions")}
    ),
    "equality.unknown": lambda p: (
        _(
            "We found no instrument that guarantees you equal treatment in %(country)s for this benefit; "
            "national law may still give it."
        )
        % {"country": country(p["country"])}
    ),
    "equality.c097_limits": lambda p: _(
        "Convention No. 97 allows limits for benefits paid wholly from public funds and for rights "
        "still being acquired."
    ),
    "equality.c118_branches_unknown": lambda p: (
        _(
            "%(country)s has ratified Convention No. 118, but our data does not yet list the branches it accepted."
        )
        % {"country": country(p["country"])}
    ),
    "equality.c102_parts_unknown": lambda p: (
        _(
            "%(country)s has ratified Convention No. 102, but our data does not yet list the Parts it accepted."
        )
        % {"country": country(p["country"])}
    ),
    "equality.unverified_ratification": lambda p: (
        _(
            "Possibly: %(country)s may have ratified ILO Convention %(instrument)s, but our source is not yet verified."
        )
        % {"country": country(p["country"]), "instrument": p["instrument"]}
    ),
    "equality.single_permit_family_restriction": lambda p: (
        _(
            "Member States may restrict family benefits for workers with permits of six months or less."
        )
        % {}
    ),
    "posting.within_limit": lambda p: (
        _(
            "While posted to %(country)s you stay insured in %(from)s for up to %(limit)s (%(agreement)s); "
            "so far %(months)s."
        )
        % {
            "country": country(p["country"]),
            "from": country(p["from"]),
            "limit": months(p["limit"]),
            "agreement": name(p["agreement"]),
            "months": months(p["months"]),
        }
    ),
    "posting.limit_exceeded": lambda p: (
        _(
            "Your posting to %(country)s has lasted %(months)s, more than the %(limit)s that %(agreement)s "
            "allows: the law of %(country)s applies unless both institutions agreed an extension."
        )
        % {
            "country": country(p["country"]),
            "months": months(p["months"]),
            "limit": months(p["limit"]),
            "agreement": name(p["agreement"]),
        }
    ),
    "posting.no_instrument": lambda p: (
        _(
            "No agreement in force between %(from)s and %(country)s covers postings: the law of %(country)s "
            "applies to work there, and you may owe contributions in both."
        )
        % {"from": country(p["from"]), "country": country(p["country"])}
    ),
    "step.statement_of_periods": lambda p: (
        _("Ask %(institution)s for a statement of your insured periods in %(country)s.")
        % {
            "institution": name(p["institution"])
            if p.get("institution")
            else _("the pension institution"),
            "country": country(p["country"]),
        }
    ),
    "step.statement_through_intermediary": lambda p: (
        _(
            "To ask for a statement of your work and contributions in %(country)s, go first to a trade "
            "union or a migrant support organisation: they can ask for you without giving your name."
        )
        % {"country": country(p["country"])}
    ),
    "step.claim_with_totalization": lambda p: (
        _(
            "When you claim in %(country)s, name your periods in %(others)s: they must be added to yours."
        )
        % {"country": country(p["country"]), "others": countries(p["others"])}
    ),
    "step.quebec_pension_plan": lambda p: _quebec(p),
    "step.request_certificate": lambda p: (
        _(
            "Ask the institution in %(from)s for the %(certificate)s that proves you stay insured there "
            "while working in %(country)s."
        )
        % {
            "from": country(p["from"]),
            "country": country(p["country"]),
            "certificate": CERTIFICATES.get(p["certificate"], p["certificate"]),
        }
    ),
    "step.posting_extension": lambda p: (
        _(
            "Ask your employer whether the institutions of %(from)s and %(country)s agreed to extend your "
            "posting; otherwise register with social security in %(country)s."
        )
        % {"from": country(p["from"]), "country": country(p["country"])}
    ),
    "step.ask_unknown": lambda p: (
        _("We could not assess %(branches)s in %(country)s. Ask %(institution)s.")
        % {
            "branches": branch_list(p["branches"]),
            "country": country(p["country"]),
            "institution": name(p["institution"])
            if p.get("institution")
            else _("its social security institution"),
        }
    ),
    "step.origin_offer": lambda p: (
        _("%(country)s offers its nationals abroad %(offer)s: %(text)s")
        % {
            "country": country(p["country"]),
            "offer": ORIGIN_OFFERS.get(p["offer"], ORIGIN_OFFERS["other"]),
            "text": source_text(p),
        }
    ),
    "step.keep_documents": lambda p: _(
        "Keep your contracts, pay slips and any insurance numbers from every country: they prove your periods."
    ),
    "warning.information_not_decision": lambda p: _(
        "This is information, not a decision. Only the institutions decide on a claim."
    ),
    "warning.uninsured_periods": lambda p: _(
        "Periods marked as not insured, or of which you do not know, are not counted. If contributions "
        "were paid, ask for a statement: they may count."
    ),
    "warning.undocumented_rights": lambda p: (
        (
            _(
                "Even without papers, you keep the rights that come from work you have already done "
                "(ILO Convention No. 143, Article 9), and %(country)s has ratified it."
            )
            if p["c143"]
            else _(
                "Even without papers, the rights that come from work you have already done should be "
                "respected (ILO Convention No. 143, Article 9), although %(country)s has not ratified it."
            )
        )
        % {"country": country(p["country"])}
        + " "
        + _(
            "Ask a trade union or a migrant support organisation first; you do not need to give your name."
        )
    ),
    "warning.agreement_date_unknown": lambda p: (
        _(
            "These agreements may apply, but our data cannot yet say since when they are in force, so they "
            "were not used: %(titles)s."
        )
        % {
            "titles": "; ".join(
                name(agreement_title(a["title"], "bilateral", a["parties"]))
                for a in p["agreements"]
            )
        }
    ),
    "warning.unverified_data": lambda p: _(
        "Some facts used here are not yet verified from an official source; they are marked 'possibly'."
    ),
}


def sentence(finding: Finding) -> str:
    render = SENTENCES.get(finding.code)
    if render is None:
        # A code without a sentence is a bug; say something true rather than nothing.
        return _("(An explanation is missing for this result: %(code)s.)") % {"code": finding.code}
    return str(render(finding.params))
