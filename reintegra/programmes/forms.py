from datetime import date

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from reintegra.core.queries import establishments
from reintegra.core.validation import LONG_TEXT, long_text_formfield
from reintegra.people.groups import LABELS as GROUP_LABELS

from .models import Attendance, Programme, Referral, ReferralGoal

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3})


class ProgrammeForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label=_("Programme name"), max_length=200,
                           help_text=_("In the language you are using now; other languages keep their text."))
    description = forms.CharField(label=_("Description"), widget=TEXT, required=False, max_length=LONG_TEXT)
    target_groups = forms.MultipleChoiceField(label=_("Target groups"), required=False,
                                              choices=[(g.value, label) for g, label in GROUP_LABELS.items()],
                                              widget=forms.CheckboxSelectMultiple,
                                              help_text=_("Leave empty when the programme is open to all."))
    establishment = forms.ModelChoiceField(label=_("Delivered in"), queryset=None)
    languages = forms.MultipleChoiceField(label=_("Languages"), choices=settings.LANGUAGES,
                                          widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Programme
        fields = ["code", "kind", "provider", "establishment", "target_groups", "eligibility", "languages",
                  "capacity", "sessions_planned", "duration_weeks", "evidence", "evidence_note", "active"]
        widgets = {"eligibility": TEXT, "evidence_note": TEXT, "evidence": forms.RadioSelect}
        formfield_callback = long_text_formfield

    def __init__(self, *args, service_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = establishments(service_id)
        self.fields["capacity"].min_value = 1
        if self.instance.pk:
            self.initial.update(name=self.instance.title(), description=self.instance.summary(),
                                version=self.instance.version)

    def translated(self):
        """The cleaned data with the name and description as the text of the language in use."""
        language = get_language() or "en"
        data = self.cleaned_data
        return {**data, "name": {language: data["name"]}, "description": {language: data["description"]}}

    def validate_unique(self):
        """The action checks the code among the service's programmes (the form has no service)."""


class ReferralForm(forms.Form):
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=None)
    reason = forms.CharField(label=_("Why this programme, for this person"), widget=TEXT,
                             max_length=LONG_TEXT)
    goals = forms.ModelMultipleChoiceField(label=_("Plan goals the programme serves"), required=False,
                                           queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, programmes, goals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes
        self.fields["programme"].label_from_instance = lambda p: (
            f"{p.title()} — {p.establishment.name} ({p.enrolled}/{p.capacity}, "
            + str(_("%(n)s waiting") % {"n": p.waiting}) + ")")
        self.fields["goals"].queryset = goals
        self.fields["goals"].label_from_instance = lambda g: g.own_words[:120]
        if not goals:
            del self.fields["goals"]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        ("accept", _("Accept onto the waiting list")), ("decline", _("Decline"))])
    reason = forms.CharField(label=_("Reason"), widget=TEXT, required=False,
                             help_text=_("Required when declining; the person and the referrer read it."),
                             max_length=LONG_TEXT)


class EnrolForm(forms.Form):
    enrolled_on = forms.DateField(label=_("Enrolment date"), widget=DATE, initial=date.today)
    out_of_turn_reason = forms.CharField(label=_("If others are ahead on the waiting list, why this person first"),
                                         widget=TEXT, required=False, max_length=LONG_TEXT)


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("Why the referral is withdrawn"), widget=TEXT, max_length=LONG_TEXT)


class EndForm(forms.Form):
    status = forms.ChoiceField(label=_("How the programme ended"), widget=forms.RadioSelect,
                               choices=[(s.value, s.label) for s in Referral.ENDINGS])
    ended_on = forms.DateField(label=_("End date"), widget=DATE, initial=date.today)
    reason = forms.CharField(label=_("Reason (when it ended early)"), widget=TEXT, required=False,
                             max_length=LONG_TEXT)
    report = forms.CharField(label=_("End-of-programme report"), widget=forms.Textarea(attrs={"rows": 5}),
                             max_length=LONG_TEXT)

    def __init__(self, *args, links, **kwargs):
        super().__init__(*args, **kwargs)
        self.links = links
        for link in links:
            self.fields[f"outcome_{link.goal_id}"] = forms.ChoiceField(
                label=_("Outcome for the goal: %(goal)s") % {"goal": link.goal.own_words[:100]},
                choices=ReferralGoal.Outcome.choices, widget=forms.RadioSelect)
            self.fields[f"comment_{link.goal_id}"] = forms.CharField(label=_("Comment on this outcome"),
                                                                     widget=TEXT, required=False,
                                                                     max_length=LONG_TEXT)

    def outcomes(self):
        data = self.cleaned_data
        return {link.goal_id: (data[f"outcome_{link.goal_id}"], data[f"comment_{link.goal_id}"])
                for link in self.links}


class SessionForm(forms.Form):
    held_on = forms.DateField(label=_("Date"), widget=DATE, initial=date.today)
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
    facilitator = forms.CharField(label=_("Facilitator"), max_length=200, required=False)

    def __init__(self, *args, enrolled, visible, **kwargs):
        """`visible`: ids of the persons the member sees; the others are marked without their names."""
        super().__init__(*args, **kwargs)
        self.enrolled = enrolled
        for referral in enrolled:
            person = referral.person
            self.fields[f"attendance_{referral.pk}"] = forms.ChoiceField(
                label=person.full_name if person.pk in visible
                else _("A participant outside your scope"),
                choices=Attendance.Status.choices, initial=Attendance.Status.PRESENT, widget=forms.RadioSelect)

    def marks(self):
        return {r.pk: (self.cleaned_data[f"attendance_{r.pk}"], "") for r in self.enrolled}
