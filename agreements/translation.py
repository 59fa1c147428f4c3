"""Fields translated per language (django-modeltranslation); English is the fallback."""

from modeltranslation.translator import TranslationOptions, register

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
