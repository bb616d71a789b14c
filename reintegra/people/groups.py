"""Specific groups (DESIGN.md: young, female and first-time offenders) are derived, never typed."""

from datetime import date
from enum import StrEnum

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from .models import CustodyEpisode, PriorConviction, Sex


class Group(StrEnum):
    JUVENILE = "juvenile"
    YOUNG_ADULT = "young_adult"
    FEMALE = "female"
    FIRST_TIME = "first_time"


LABELS = {
    Group.JUVENILE: _("Juvenile"),
    Group.YOUNG_ADULT: _("Young adult"),
    Group.FEMALE: _("Female"),
    Group.FIRST_TIME: _("First-time"),
}


def _years_ago(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def with_history(queryset):
    """Annotate `has_history`: a prior conviction, or custody before the current episode."""
    earlier = CustodyEpisode.objects.filter(person=OuterRef("pk")).exclude(pk=OuterRef("current_episode"))
    return queryset.annotate(
        has_history=Exists(PriorConviction.objects.filter(person=OuterRef("pk"))) | Exists(earlier)
    )


def groups_of(person, service, today=None) -> list[Group]:
    """Needs `person.has_history` (see with_history) and `person.current_episode` loaded."""
    today = today or date.today()
    found = []
    if person.age(today) < 18:
        found.append(Group.JUVENILE)
    elif person.current_episode and person.current_episode.age_at_admission < service.young_adult_age:
        found.append(Group.YOUNG_ADULT)
    if person.sex == Sex.FEMALE:
        found.append(Group.FEMALE)
    if not person.has_history:
        found.append(Group.FIRST_TIME)
    return found


def filter_group(queryset, group: Group, service, today=None):
    today = today or date.today()
    adult_born_before = _years_ago(today, 18)
    if group == Group.JUVENILE:
        return queryset.filter(date_of_birth__gt=adult_born_before)
    if group == Group.YOUNG_ADULT:
        return queryset.filter(
            date_of_birth__lte=adult_born_before,
            current_episode__age_at_admission__lt=service.young_adult_age,
        )
    if group == Group.FEMALE:
        return queryset.filter(sex=Sex.FEMALE)
    if group == Group.FIRST_TIME:
        return with_history(queryset).filter(has_history=False)
    raise ValueError(group)

