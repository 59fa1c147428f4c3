"""Admin for reference data: translation tabs and the history of who changed what."""

from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from agreements import models


class PartyInline(admin.TabularInline):
    model = models.AgreementParty
    extra = 0
    fields = ("country", "start", "end", "verification", "source_url")


class ProvisionInline(admin.TabularInline):
    model = models.Provision
    extra = 0
    fields = (
        "branch",
        "totalization",
        "export",
        "equal_treatment",
        "posting_limit_months",
        "min_months",
        "article",
        "verification",
        "source_url",
    )


@admin.register(models.Agreement)
class AgreementAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ("code", "title", "kind", "in_force", "ended", "scope", "verification")
    list_filter = ("kind", "scope", "verification")
    search_fields = ("code", "title")
    inlines = [PartyInline, ProvisionInline]


@admin.register(models.SchemeRule)
class SchemeRuleAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ("country", "branch", "fact", "statuses", "value", "verification")
    list_filter = ("fact", "verification")
    search_fields = ("country", "fact", "value")


@admin.register(models.Institution)
class InstitutionAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    list_display = ("country", "role", "name", "url")
    search_fields = ("country", "name")


@admin.register(models.Ratification)
class RatificationAdmin(SimpleHistoryAdmin):
    list_display = ("country", "instrument", "date", "status", "accepted", "verification")
    list_filter = ("instrument", "status", "verification")
    search_fields = ("country",)


@admin.register(models.Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("country", "group", "start", "end", "verification")
    list_filter = ("group",)


@admin.register(models.Instrument)
class InstrumentAdmin(SimpleHistoryAdmin):
    list_display = ("code", "title", "kind", "adopted")
