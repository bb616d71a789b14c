"""Template helpers for govuk-frontend form markup and small shell pieces."""

from django import forms, template
from django.utils.http import urlencode

register = template.Library()

_CLASSES = {
    forms.CheckboxInput: "govuk-checkboxes__input",
    forms.Select: "govuk-select",
    forms.Textarea: "govuk-textarea",
    forms.FileInput: "govuk-file-upload",
}


@register.simple_tag
def widget(field, width=""):
    """Render a bound field's widget with govuk classes and its hint/error ids for screen readers."""
    klass = next((c for t, c in _CLASSES.items() if isinstance(field.field.widget, t)), "govuk-input")
    if field.errors:
        klass += {"govuk-select": " govuk-select--error", "govuk-textarea": " govuk-textarea--error",
                  "govuk-input": " govuk-input--error"}.get(klass, "")
    if width and klass.startswith("govuk-input"):
        klass += f" govuk-input--width-{width}"
    described = [f"{field.auto_id}-hint"] if field.help_text else []
    if field.errors:
        described.append(f"{field.auto_id}-error")
    attrs = {"class": klass}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(field):
    return isinstance(field.field.widget, forms.CheckboxInput)


@register.filter
def choice_kind(field):
    """"radios" or "checkboxes" for a field rendered as a fieldset of options, else ""."""
    if isinstance(field.field.widget, forms.RadioSelect):
        return "radios"
    if isinstance(field.field.widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    return ""


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current query string with another page number."""
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + urlencode(sorted(params.lists()), doseq=True)


@register.filter
def action_label(code):
    from reintegra.core.audit import ACTIONS

    return ACTIONS.get(code, code)
