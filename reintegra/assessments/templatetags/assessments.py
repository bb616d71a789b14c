from django import template
from django.utils.translation import gettext as _

from reintegra.core.texts import localised

register = template.Library()


@register.filter
def text(item):
    return localised(item["text"])


@register.simple_tag
def rating_label(assessment, rating):
    if rating is None:
        return "—"
    if not rating.value:
        return _("Not rated") + (f": {rating.not_rated_reason}" if rating.not_rated_reason else "")
    for scale in assessment.instrument.definition["scales"].values():
        for value in scale["values"]:
            if value["code"] == rating.value:
                return localised(value["label"])
    return rating.value

