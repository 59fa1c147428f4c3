"""Fields translated per language (django-modeltranslation); English is the fallback."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from agreements.models import Agreement, Institution, SchemeRule


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title",)


@register(SchemeRule)
class SchemeRuleTranslation(TranslationOptions):
    fields = ("conditions",)


@register(Institution)
class InstitutionTranslation(TranslationOptions):
    fields = ("name",)


# History is registered after translation, so the historical tables keep every language's
# column (a model's HistoricalRecords would be built before modeltranslation adds them).
for model in (Agreement, SchemeRule, Institution):
    track_history(model)
