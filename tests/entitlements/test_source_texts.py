"""National-rule texts are English in the data; other languages show our translation, marked
as such, or the English, marked as such: never a translation passed off as the law's words."""

from django.utils import translation

from entitlements.engine import assess
from entitlements.presentation import sentence
from tests.engine.builders import facts, profile, rule

AME = (
    "State Medical Aid (AME) covers people without a residence permit after 3 months of "
    "stable residence in France."
)
AME_FR = (
    "L'Aide médicale de l'État (AME) couvre les personnes sans titre de séjour après 3 mois "
    "de résidence stable en France."
)


def _health_condition(language: str, translations: dict[str, str]) -> str:
    ame = rule(
        "FR",
        "medical_care",
        "guarantee_health_care",
        "conditional",
        statuses=("undocumented",),
        conditions=AME,
        translations=tuple(translations.items()),
    )
    result = assess(profile("FR", nationalities=("ML",), status="undocumented"), facts(ame))
    health = next(g for g in result.guarantees if g.id == "health_care")
    finding = next(c for c in health.conditions if c.code == "guarantee.condition")
    with translation.override(language):
        return sentence(finding)


def test_translation_is_shown_and_marked_as_ours():
    text = _health_condition("fr", {"fr": AME_FR})
    assert AME_FR in text
    assert "notre traduction" in text


def test_without_a_translation_the_english_is_shown_and_marked():
    text = _health_condition("es", {"fr": AME_FR})
    assert AME in text
    assert "en inglés" in text


def test_english_page_shows_the_source_text_unmarked():
    text = _health_condition("en", {"fr": AME_FR})
    assert AME in text
    assert "translation" not in text


def test_bilateral_agreement_is_named_in_the_readers_language():
    """Bilateral titles in the data are English descriptions; other pages name the two states."""
    from entitlements.templatetags.rights import agreement_title, citation

    india_germany = {
        "title": "Agreement on Social Security between India and Germany",
        "kind": "bilateral",
        "parties": ["IN", "DE"],
    }
    with translation.override("ar"):
        assert agreement_title(india_germany) == "اتفاقية الضمان الاجتماعي: الهند – ألمانيا"
    with translation.override("en"):
        assert agreement_title(india_germany) == india_germany["title"]
    eu = {"kind": "eu_law", "instrument": "Regulation (EC) No 883/2004", "article": "Art. 7"}
    with translation.override("fr"):
        assert citation(eu) == "Regulation (EC) No 883/2004 Art. 7"
        cited = citation({"kind": "agreement", "instrument": "x", "parties": ["IN", "DE"]})
        assert cited == "Accord de sécurité sociale : Inde – Allemagne"
