from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from reintegra.core.queries import establishments, units
from reintegra.core.validation import long_text_formfield

from .groups import LABELS as GROUP_LABELS
from .models import CaseAssignment, CustodyEpisode, Identifier, Offence, Person, PriorConviction, Transfer

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PersonForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Person
        fields = ["family_name", "given_name", "fathers_name", "aliases", "date_of_birth", "sex",
                  "citizenship", "language", "language_other", "languages", "interpreter_needed"]
        widgets = {"date_of_birth": DATE, "aliases": forms.Textarea(attrs={"rows": 2})}
        formfield_callback = long_text_formfield


class NewPersonForm(PersonForm):
    prison_number = forms.CharField(label=_("Prison number"), max_length=64, required=False)
    not_a_duplicate = forms.BooleanField(
        label=_("I have checked: this is a different person from those listed above."), required=False
    )


class IdentifierForm(forms.ModelForm):
    class Meta:
        model = Identifier
        fields = ["kind", "value"]


class PlacementMixin(forms.Form):
    """Establishment and unit of this service only (the choices are the scope)."""

    establishment = forms.ModelChoiceField(label=_("Establishment"), queryset=None)
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, required=False)

    def set_placements(self, service_id):
        self.fields["establishment"].queryset = establishments(service_id)
        self.fields["unit"].queryset = units(service_id)
        self.fields["unit"].label_from_instance = lambda unit: f"{unit.parent.name} — {unit.name}"


class AdmissionForm(PlacementMixin, forms.ModelForm):
    offence = forms.CharField(label=_("Offence"), max_length=200, required=False)
    offence_category = forms.ChoiceField(label=_("Offence category"), required=False,
                                         choices=[("", "—"), *Offence._meta.get_field("category").choices])
    legal_reference = forms.CharField(label=_("Law and article"), max_length=100, required=False)

    class Meta:
        model = CustodyEpisode
        fields = ["admitted_on", "legal_status", "sentence_years", "sentence_months", "sentence_days",
                  "life_sentence", "expected_release", "earliest_release", "juvenile_sanction"]
        widgets = {"admitted_on": DATE, "expected_release": DATE, "earliest_release": DATE}

    def clean(self):
        data = super().clean()
        if data.get("offence") and not data.get("offence_category"):
            self.add_error("offence_category", _("Choose the category of the offence."))
        admitted, expected = data.get("admitted_on"), data.get("expected_release")
        if admitted and expected and expected < admitted:
            self.add_error("expected_release", _("The expected release is before the admission."))
        earliest = data.get("earliest_release")
        if earliest and expected and earliest > expected:
            self.add_error("earliest_release", _("The earliest release is after the expected release."))
        return data

    def offences(self):
        data = self.cleaned_data
        if not data.get("offence"):
            return []
        return [{"description": data["offence"], "category": data["offence_category"],
                 "legal_reference": data.get("legal_reference", "")}]


class LegalStatusForm(forms.ModelForm):
    """A change of legal status (a remand detainee sentenced), with the sentence as it now stands."""

    changed_on = forms.DateField(label=_("Date of the change"), widget=DATE, initial=date.today,
                                 help_text=_("For a sentence: the date of the judgment."))

    class Meta:
        model = CustodyEpisode
        fields = ["legal_status", "sentence_years", "sentence_months", "sentence_days", "life_sentence",
                  "expected_release", "earliest_release", "juvenile_sanction"]
        widgets = {"expected_release": DATE, "earliest_release": DATE}

    def sentence(self):
        return {f: self.cleaned_data[f] for f in self._meta.fields if f != "legal_status"}


class OffenceForm(forms.ModelForm):
    class Meta:
        model = Offence
        fields = ["description", "category", "legal_reference", "committed_on"]
        widgets = {"committed_on": DATE}


class TransferForm(PlacementMixin, forms.ModelForm):
    class Meta:
        model = Transfer
        fields = ["transferred_on", "reason"]
        widgets = {"transferred_on": DATE}


class ReleaseForm(forms.Form):
    released_on = forms.DateField(label=_("Release date"), widget=DATE, initial=date.today)


class PriorConvictionForm(forms.ModelForm):
    class Meta:
        model = PriorConviction
        fields = ["year", "description", "category", "custodial"]


class AssignmentForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Staff member"), queryset=None)
    kind = forms.ChoiceField(label=_("As"), choices=CaseAssignment.Kind.choices)

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = staff


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Name, identifier or date of birth"), required=False, max_length=200)
    group = forms.ChoiceField(label=_("Group"), required=False,
                              choices=[("", _("All")), *[(g.value, label) for g, label in GROUP_LABELS.items()]])
    establishment = forms.ModelChoiceField(label=_("Establishment"), required=False,
                                           queryset=None, empty_label=_("All"))

    def __init__(self, *args, service_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = establishments(service_id)
