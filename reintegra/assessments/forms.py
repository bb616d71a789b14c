"""Forms built from an instrument's definition: its items, scales and judgement options."""

from django import forms
from django.utils.translation import gettext_lazy as _

from reintegra.core.texts import localised
from reintegra.core.validation import LONG_TEXT

from .models import Assessment, IndividualFactor

NOT_RATED = "not_rated"
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class AssessmentForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    assessed_on = forms.DateField(label=_("Date of assessment"), widget=DATE)
    sources = forms.MultipleChoiceField(label=_("Sources used"), choices=Assessment.Source.choices,
                                        widget=forms.CheckboxSelectMultiple, required=False)
    sources_note = forms.CharField(label=_("Other sources"), max_length=300, required=False)
    interpreter_used = forms.BooleanField(label=_("An interpreter was used"), required=False)
    judgement = forms.ChoiceField(label=_("Overall professional judgement"), widget=forms.RadioSelect,
                                  required=False)
    key_factors = forms.CharField(label=_("Key factors"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                  max_length=LONG_TEXT)
    rationale = forms.CharField(label=_("Rationale"), widget=forms.Textarea(attrs={"rows": 5}), required=False,
                                help_text=_("Explain the judgement in your own words: the instrument does not "
                                            "compute it."), max_length=LONG_TEXT)
    prisoner_view = forms.CharField(label=_("The person's view of the assessment"), required=False,
                                    widget=forms.Textarea(attrs={"rows": 3}), max_length=LONG_TEXT)
    disclosed = forms.ChoiceField(label=_("Was the assessment disclosed to the person?"), choices=YES_NO,
                                  widget=forms.RadioSelect, required=False)
    not_disclosed_reason = forms.CharField(label=_("If not, why not"), required=False,
                                           widget=forms.Textarea(attrs={"rows": 2}), max_length=LONG_TEXT)
    review_due = forms.DateField(label=_("Next review due"), widget=DATE, required=False,
                                 help_text=_("Leave empty for the instrument's interval, or bring it forward."))

    def __init__(self, *args, assessment, **kwargs):
        self.assessment = assessment
        instrument = assessment.instrument
        super().__init__(*args, **kwargs)
        summary = instrument.definition["summary"]
        self.fields["judgement"].choices = [(o["code"], localised(o["label"])) for o in summary["judgements"]]
        if summary.get("judgement_label"):
            self.fields["judgement"].label = localised(summary["judgement_label"])
        self.items = []
        for domain, item in instrument.items():
            code = item["code"]
            scale = instrument.definition["scales"][item["scale"]]["values"]
            self.fields[f"{code}-value"] = forms.ChoiceField(
                label=localised(item["text"]), required=False, widget=forms.RadioSelect,
                choices=[(v["code"], localised(v["label"])) for v in scale] + [(NOT_RATED, _("Not rated"))],
            )
            self.fields[f"{code}-reason"] = forms.CharField(label=_("Why not rated"), required=False, max_length=300)
            self.fields[f"{code}-evidence"] = forms.CharField(
                label=_("Evidence") + ("" if item.get("evidence_required") else f" ({_('optional')})"),
                required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=LONG_TEXT,
            )
            self.items.append((domain, item, code))
        self.slots = instrument.definition.get("individual_factors", {}).get("slots", 0)
        for slot in range(1, self.slots + 1):
            self.fields[f"factor{slot}-kind"] = forms.ChoiceField(
                label=_("Kind"), choices=IndividualFactor.Kind.choices, required=False)
            self.fields[f"factor{slot}-text"] = forms.CharField(
                label=_("Individual factor %(n)s") % {"n": slot}, required=False,
                widget=forms.Textarea(attrs={"rows": 2}), max_length=LONG_TEXT)
        if not self.is_bound:
            self.initial.update(self._initial())

    def _initial(self):
        a = self.assessment
        initial = {f: getattr(a, f) for f in ["assessed_on", "sources", "sources_note", "interpreter_used",
                                              "judgement", "key_factors", "rationale", "prisoner_view",
                                              "not_disclosed_reason", "review_due"]}
        initial["version"] = a.version
        initial["disclosed"] = {True: "yes", False: "no"}.get(a.disclosed, "")
        for rating in a.ratings.all():
            initial[f"{rating.item}-value"] = rating.value or (NOT_RATED if rating.not_rated_reason else "")
            initial[f"{rating.item}-reason"] = rating.not_rated_reason
            initial[f"{rating.item}-evidence"] = rating.evidence
        for factor in a.individual_factors.all():
            initial[f"factor{factor.slot}-kind"] = factor.kind
            initial[f"factor{factor.slot}-text"] = factor.description
        return initial

    def clean(self):
        data = super().clean()
        for _domain, _item, code in self.items:
            value, reason = data.get(f"{code}-value"), (data.get(f"{code}-reason") or "").strip()
            if value == NOT_RATED and not reason:
                self.add_error(f"{code}-reason", _("Say why this item is not rated."))
        return data

    def values(self):
        """(fields, ratings, factors) for actions.save_draft."""
        data = self.cleaned_data
        fields = {f: data[f] for f in ["assessed_on", "sources", "sources_note", "interpreter_used", "judgement",
                                       "key_factors", "rationale", "prisoner_view", "not_disclosed_reason",
                                       "review_due"]}
        fields["disclosed"] = {"yes": True, "no": False}.get(data["disclosed"])
        ratings = {}
        for _domain, _item, code in self.items:
            value = data.get(f"{code}-value") or ""
            reason = (data.get(f"{code}-reason") or "").strip() if value == NOT_RATED else ""
            ratings[code] = ("" if value == NOT_RATED else value, reason, (data.get(f"{code}-evidence") or "").strip())
        factors = [(data[f"factor{s}-kind"] or IndividualFactor.Kind.NEED, data[f"factor{s}-text"].strip())
                   for s in range(1, self.slots + 1) if (data.get(f"factor{s}-text") or "").strip()]
        return fields, ratings, factors

    def domains(self):
        """For the template: each domain with its items' bound fields."""
        grouped = []
        for domain, item, code in self.items:
            if not grouped or grouped[-1]["domain"] is not domain:
                grouped.append({"domain": domain, "name": localised(domain["name"]), "items": []})
            grouped[-1]["items"].append({
                "item": item, "code": code, "guidance": localised(item.get("guidance", {})),
                "value": self[f"{code}-value"], "reason": self[f"{code}-reason"],
                "evidence": self[f"{code}-evidence"],
            })
        return grouped

    def factor_fields(self):
        return [(self[f"factor{s}-kind"], self[f"factor{s}-text"]) for s in range(1, self.slots + 1)]


class StartForm(forms.Form):
    instrument = forms.ChoiceField(label=_("Instrument"), widget=forms.RadioSelect)
    assessed_on = forms.DateField(label=_("Date of assessment"), widget=DATE)

    def __init__(self, *args, instruments, **kwargs):
        super().__init__(*args, **kwargs)
        self.instruments = {str(i.pk): i for i in instruments}
        self.fields["instrument"].choices = [(str(i.pk), f"{i.name()} ({i.code} {i.version})") for i in instruments]


class ReturnForm(forms.Form):
    comments = forms.CharField(label=_("What should the author look at again?"),
                               widget=forms.Textarea(attrs={"rows": 3}), max_length=LONG_TEXT)


class AddendumForm(forms.Form):
    text = forms.CharField(label=_("Addendum"), widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("A dated correction or addition. The assessment itself does not change."),
                           max_length=LONG_TEXT)
