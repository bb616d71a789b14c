from django import template
from django.utils.html import format_html_join

from reintegra.people.groups import LABELS

register = template.Library()


@register.simple_tag
def group_badges(person):
    """The derived specific-group badges (a tag, not an include: lists render one per row)."""
    return format_html_join(" ", '<strong class="app-badge app-badge--{}">{}</strong>',
                            ((group.value.replace("_", "-"), LABELS[group]) for group in person.groups))
