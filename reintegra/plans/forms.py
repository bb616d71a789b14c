from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from reintegra.core.validation import LONG_TEXT

from .models import Goal, Motivation, PlanVersion, Step

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3})


class GoalForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    area = forms.ChoiceField(label=_("Area of need"))
    own_words = forms.CharField(label=_("The goal in the prisoner's own words"), widget=TEXT,
                                help_text=_("Write down what the prisoner says, as they say it."),
                                max_length=LONG_TEXT)
    framing = forms.CharField(label=_("The case manager's framing"), widget=TEXT, required=False,
                              max_length=LONG_TEXT)
    motivation = forms.ChoiceField(label=_("Motivation and readiness"), choices=Motivation.choices,
                                   widget=forms.RadioSelect)
    addresses = forms.TypedMultipleChoiceField(label=_("Needs and protective factors it addresses"), coerce=int,
                                               widget=forms.CheckboxSelectMultiple, required=False,
                                               help_text=_("From the person's current assessments."))
    status = forms.ChoiceField(label=_("Status"), choices=Goal.Status.choices, initial=Goal.Status.ACTIVE,
                               widget=forms.RadioSelect)
    status_reason = forms.CharField(label=_("If removed, why"), widget=TEXT, required=False,
                                    max_length=LONG_TEXT)

    def __init__(self, *args, areas, ratings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = areas
        self.fields["addresses"].choices = ratings
        if not ratings:
            del self.fields["addresses"]


class StepForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Step
        fields = ["what", "owner", "owner_detail", "due_on", "status"]
        widgets = {"due_on": DATE, "owner": forms.RadioSelect, "status": forms.RadioSelect}


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Progress note"), widget=TEXT, max_length=LONG_TEXT)


class IssueForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Kind of version"), choices=PlanVersion.Kind.choices, widget=forms.RadioSelect)
    issued_on = forms.DateField(label=_("Date discussed with the prisoner"), widget=DATE, initial=date.today)
    summary = forms.CharField(label=_("Summary of the discussion with the prisoner"), widget=TEXT,
                              max_length=LONG_TEXT)


class ResponseForm(forms.Form):
    response = forms.ChoiceField(label=_("The prisoner's response"), choices=PlanVersion.Response.choices,
                                 widget=forms.RadioSelect)
    comment = forms.CharField(label=_("The prisoner's comment, in their words"), widget=TEXT, required=False,
                              max_length=LONG_TEXT)
    interpreter_used = forms.BooleanField(label=_("An interpreter was used"), required=False)
    responded_on = forms.DateField(label=_("Date"), widget=DATE, initial=date.today)
