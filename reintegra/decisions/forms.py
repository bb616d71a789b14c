from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from reintegra.core.queries import placements
from reintegra.core.validation import LONG_TEXT

from . import evidence as evidence_kinds
from .models import Appeal, Category, Decision, ExternalBody, Review

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3})
EVIDENCE_SLOTS = 3


class DecisionContentForm(forms.Form):
    """The content of a decision of one type; fields the type does not use are left out."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    legal_basis = forms.ModelChoiceField(label=_("Legal basis"), queryset=None)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 5}),
                              help_text=_("In words: what happened, and why this decision follows from it."),
                              max_length=LONG_TEXT)
    proportionality = forms.CharField(label=_("Why the decision is necessary and proportionate"), widget=TEXT,
                                      required=False, max_length=LONG_TEXT)
    alternatives = forms.CharField(label=_("Less restrictive alternatives considered"), widget=TEXT, required=False,
                                   max_length=LONG_TEXT)
    placement = forms.ModelChoiceField(label=_("Establishment or unit"), queryset=None, required=False)
    classification = forms.CharField(label=_("Security classification"), max_length=60, required=False)
    lifts = forms.ModelChoiceField(label=_("Measure lifted"), queryset=None, required=False)
    extends = forms.ModelChoiceField(label=_("Measure extended"), queryset=None, required=False)
    starts_on = forms.DateField(label=_("From"), widget=DATE, initial=date.today)
    ends_on = forms.DateField(label=_("Until"), widget=DATE, required=False)
    review_due = forms.DateField(label=_("Review of the measure due"), widget=DATE, required=False,
                                 help_text=_("Leave empty for the type's review interval, or bring it forward."))
    pregnant_or_nursing = forms.BooleanField(label=_("The person is pregnant or nursing"), required=False)
    vulnerability_justification = forms.CharField(
        label=_("Justification for separating a juvenile, or a pregnant or nursing woman"), widget=TEXT,
        required=False, max_length=LONG_TEXT)
    backdating_reason = forms.CharField(label=_("If it starts before today: why it is backdated"), widget=TEXT,
                                        required=False, max_length=LONG_TEXT)
    urgent_reason = forms.CharField(
        label=_("If the person cannot be heard first: why it is urgent"), widget=TEXT, required=False,
        help_text=_("The measure then comes into force at once, and the person must be heard within the "
                    "service's hours."), max_length=LONG_TEXT)
    external_body = forms.ChoiceField(label=_("Decided by (untried detainees only)"), required=False,
                                      choices=[("", "—"), *ExternalBody.choices])
    external_reference = forms.CharField(label=_("Reference of the court or prosecutor's decision"),
                                         max_length=120, required=False)

    def __init__(self, *args, decision_type, service_id, legal_bases, measures, female, **kwargs):
        super().__init__(*args, **kwargs)
        self.decision_type = decision_type
        self.fields["legal_basis"].queryset = legal_bases.filter(decision_types=decision_type)
        self.fields["lifts"].queryset = measures
        self.fields["extends"].queryset = measures.filter(type=decision_type)
        self.fields["placement"].queryset = placements(service_id)
        category = decision_type.category
        unused = {Category.ALLOCATION: ["classification", "lifts", "extends", "alternatives", "review_due",
                                        "pregnant_or_nursing", "vulnerability_justification"],
                  Category.CLASSIFICATION: ["placement", "lifts", "extends", "pregnant_or_nursing",
                                            "vulnerability_justification"],
                  Category.MEASURE: ["placement", "classification", "lifts"],
                  Category.LIFTING: ["placement", "classification", "extends", "alternatives", "review_due",
                                     "ends_on", "pregnant_or_nursing", "vulnerability_justification"]}[category]
        if not decision_type.is_separation:
            unused += ["pregnant_or_nursing", "vulnerability_justification"]
        if not decision_type.is_measure:
            unused.append("urgent_reason")
        if not decision_type.detainee_body:
            unused += ["external_body", "external_reference"]
        if not female:
            unused.append("pregnant_or_nursing")
        for name in set(unused):
            del self.fields[name]

    def content(self):
        return {k: v for k, v in self.cleaned_data.items() if k != "version" and not k.startswith("evidence_")}


class ProposalForm(DecisionContentForm):
    def __init__(self, *args, assessments, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(1, EVIDENCE_SLOTS + 1):
            required = i == 1
            self.fields[f"evidence_{i}_kind"] = forms.ChoiceField(
                label=_("Evidence %(n)s: kind") % {"n": i}, required=required,
                choices=[("", "—"), *evidence_kinds.choices()])
            self.fields[f"evidence_{i}_assessment"] = forms.ModelChoiceField(
                label=_("Evidence %(n)s: assessment (if the kind is an assessment)") % {"n": i},
                queryset=assessments, required=False)
            self.fields[f"evidence_{i}_assessment"].label_from_instance = \
                lambda a: f"{a.instrument.code} {a.assessed_on.isoformat()} ({a.get_status_display()})"
            self.fields[f"evidence_{i}_reference"] = forms.CharField(
                label=_("Evidence %(n)s: reference") % {"n": i}, max_length=200, required=False)
            self.fields[f"evidence_{i}_description"] = forms.CharField(
                label=_("Evidence %(n)s: what it shows") % {"n": i}, widget=TEXT, required=required,
                max_length=LONG_TEXT)
            self.fields[f"evidence_{i}_withheld_reason"] = forms.CharField(
                label=_("Evidence %(n)s: if its gist cannot be disclosed to the person, why not") % {"n": i},
                widget=TEXT, required=False, max_length=LONG_TEXT)

    def clean(self):
        data = super().clean()
        for i in range(1, EVIDENCE_SLOTS + 1):
            kind = data.get(f"evidence_{i}_kind")
            if kind in evidence_kinds.KINDS and evidence_kinds.KINDS[kind].links_assessment and not data.get(f"evidence_{i}_assessment"):
                self.add_error(f"evidence_{i}_assessment", _("Choose the assessment."))
            if kind and not data.get(f"evidence_{i}_description"):
                self.add_error(f"evidence_{i}_description", _("Say what the evidence shows."))
        return data

    def evidence(self):
        data = self.cleaned_data
        return [{"kind": data[f"evidence_{i}_kind"],
                 "assessment": data[f"evidence_{i}_assessment"]
                 if evidence_kinds.KINDS[data[f"evidence_{i}_kind"]].links_assessment
                 else None, "reference": data[f"evidence_{i}_reference"],
                 "description": data[f"evidence_{i}_description"],
                 "withheld_reason": data[f"evidence_{i}_withheld_reason"]}
                for i in range(1, EVIDENCE_SLOTS + 1) if data.get(f"evidence_{i}_kind")]


class DecideForm(DecisionContentForm):
    """The proposal's content, which the decision-maker may change, and the decision on it."""

    outcome = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        ("confirm", _("Decide as proposed")), ("change", _("Decide with the changes made above")),
        ("return", _("Return to the proposer")), ("reject", _("Do not decide (the proposal ends)"))])
    note = forms.CharField(label=_("Note by the decision-maker"), widget=TEXT, required=False,
                           help_text=_("Required when returning or not deciding."), max_length=LONG_TEXT)

    def changes(self, decision):
        """The content fields whose value differs from the proposal."""
        return {name: value for name, value in self.content().items()
                if name not in ("outcome", "note") and value != getattr(decision, name)}


class HearingForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    hearing = forms.ChoiceField(label=_("Was the person heard?"), choices=Decision.Hearing.choices,
                                widget=forms.RadioSelect)
    heard_on = forms.DateField(label=_("Heard on"), widget=DATE, required=False)
    representations = forms.CharField(label=_("The person's representations, in their words"), widget=TEXT,
                                      required=False, max_length=LONG_TEXT)
    interpreter_used = forms.BooleanField(label=_("An interpreter was used"), required=False)
    informed_on = forms.DateField(label=_("Date the person was informed of the decision"), widget=DATE,
                                  required=False)
    copy_given = forms.TypedChoiceField(label=_("Was a copy of the decision given to the person?"),
                                        choices=[("", _("Not yet informed")), ("yes", _("Yes")), ("no", _("No"))],
                                        widget=forms.RadioSelect, required=False,
                                        coerce=lambda v: v == "yes", empty_value=None)
    copy_withheld_reason = forms.CharField(label=_("If not, why not"), widget=TEXT, required=False,
                                           max_length=LONG_TEXT)


class AppealForm(forms.Form):
    lodged_on = forms.DateField(label=_("Lodged on"), widget=DATE, initial=date.today)
    body = forms.CharField(label=_("Appeal body"), max_length=200)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Appeal.Outcome.choices, widget=forms.RadioSelect,
                                initial=Appeal.Outcome.PENDING)
    outcome_on = forms.DateField(label=_("Outcome date"), widget=DATE, required=False)
    note = forms.CharField(label=_("Note"), widget=TEXT, required=False, max_length=LONG_TEXT)


class ReviewForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reviewed_on = forms.DateField(label=_("Date of review"), widget=DATE, initial=date.today)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Review.Outcome.choices, widget=forms.RadioSelect)
    reasons = forms.CharField(label=_("Reasons"), widget=TEXT, max_length=LONG_TEXT)
    person_heard = forms.ChoiceField(label=_("The person heard for this review"), widget=forms.RadioSelect,
                                     choices=[(Decision.Hearing.HEARD.value, Decision.Hearing.HEARD.label),
                                              (Decision.Hearing.DECLINED.value, Decision.Hearing.DECLINED.label)])
    representations = forms.CharField(label=_("The person's representations, in their words"), widget=TEXT,
                                      required=False, max_length=LONG_TEXT)
    next_review_due = forms.DateField(label=_("Next review of the measure due"), widget=DATE, required=False)


class SeparationDayForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=DATE, initial=date.today)
    contact_hours = forms.DecimalField(label=_("Hours of meaningful human contact"), min_value=0, max_value=24,
                                       decimal_places=1)
    contact_with = forms.CharField(label=_("With whom"), max_length=200, required=False)
    medical_visit = forms.BooleanField(label=_("A medical visit took place"), required=False)
    medical_by = forms.CharField(label=_("Medical visit by"), max_length=200, required=False)
    health_objection = forms.CharField(
        label=_("Objection of the health professional to continued separation, in their words"), widget=TEXT,
        required=False, help_text=_("Recording an objection puts the measure under review at once."),
        max_length=LONG_TEXT)
    governor_visit = forms.BooleanField(label=_("The governor, or a person acting for the governor, visited"),
                                        required=False)
    governor_visit_by = forms.CharField(label=_("Visit by"), max_length=200, required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class RegisterFilterForm(forms.Form):
    since = forms.DateField(label=_("From"), widget=DATE)
    until = forms.DateField(label=_("Until"), widget=DATE)
    establishment = forms.ModelChoiceField(label=_("Establishment"), queryset=None, required=False,
                                           empty_label=_("All I can see"))
    type = forms.ModelChoiceField(label=_("Type of decision"), queryset=None, required=False, empty_label=_("All"))

    def __init__(self, *args, establishments, types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = establishments
        self.fields["type"].queryset = types

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", _("The end of the period is before its start."))
        return data
