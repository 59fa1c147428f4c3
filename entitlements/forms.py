"""The questionnaire's steps as forms; the request they build is validated once more whole."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from agreements.countries import country_choices
from entitlements.engine.types import STATUSES
from entitlements.presentation import EMPLOYMENT_NAMES, INSURED_NAMES, STATUS_NAMES


class CountryField(forms.ChoiceField):
    """A select of every country, named in the page's language."""

    def __init__(self, *, blank_label: Any = None, **kwargs: Any) -> None:
        self.blank_label = blank_label
        super().__init__(choices=self._choices, **kwargs)

    def _choices(self) -> list[tuple[str, str]]:
        blank = [("", str(self.blank_label or _("Choose a country")))]
        return blank + country_choices(get_language() or "en")


class PersonForm(forms.Form):
    nationality = CountryField(label=_("Your nationality"))
    second_nationality = CountryField(
        label=_("A second nationality, if you have one"), required=False, blank_label=_("None")
    )
    status = forms.ChoiceField(
        label=_("Your status in the country where you live now"),
        choices=[("", _("Choose"))] + [(s, STATUS_NAMES[s]) for s in STATUSES],
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        required=False,
        min_value=1900,
        help_text=_("Optional. It helps check pension ages."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["nationality"].required = False
        self.fields["nationality"].help_text = _("Leave empty only if you are stateless.")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("nationality") and data.get("status") != "stateless":
            self.add_error(
                "nationality",
                _("Please choose your nationality, or choose the status 'Stateless person'."),
            )
        if data.get("nationality") and data.get("nationality") == data.get("second_nationality"):
            self.add_error("second_nationality", _("This is the same as your first nationality."))
        return data


class PlacesForm(forms.Form):
    residence_country = CountryField(label=_("Country where you live now"))
    future_residence_country = CountryField(
        label=_("Country where you expect to live when you claim a pension"),
        required=False,
        blank_label=_("The same country"),
    )
    origin_country = CountryField(
        label=_("Country you came from"),
        required=False,
        blank_label=_("The country of my nationality"),
    )


class PeriodForm(forms.Form):
    """One period; the list of periods is built one form at a time, so no script is needed."""

    country = CountryField(label=_("Country where you worked"))
    start = forms.CharField(
        label=_("From (month)"),
        max_length=7,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "YYYY-MM"}),
    )
    end = forms.CharField(
        label=_("Until (month)"),
        max_length=7,
        required=False,
        help_text=_("Leave empty if you still work there."),
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "YYYY-MM"}),
    )
    employment = forms.ChoiceField(
        label=_("Kind of work"), choices=list(EMPLOYMENT_NAMES.items()), initial="employee"
    )
    insured = forms.ChoiceField(
        label=_("Were contributions paid?"), choices=list(INSURED_NAMES.items()), initial="yes"
    )
    posted_from = CountryField(
        label=_("Sent by an employer from another country?"),
        required=False,
        blank_label=_("No"),
        help_text=_("Only if your employer posted you here for a time."),
    )

    def as_period(self) -> dict[str, Any]:
        data = self.cleaned_data
        period = {
            "country": data["country"],
            "from": data["start"],
            "to": data["end"] or None,
            "employment": data["employment"],
            "insured": data["insured"],
        }
        if data.get("posted_from"):
            period["posted_from"] = data["posted_from"]
        return period


class ChildForm(forms.Form):
    birth_year = forms.IntegerField(label=_("Child's year of birth"), min_value=1900)
    residence_country = CountryField(label=_("Country where the child lives"))

    def as_child(self) -> dict[str, Any]:
        return {
            "birth_year": self.cleaned_data["birth_year"],
            "residence_country": self.cleaned_data["residence_country"],
        }
