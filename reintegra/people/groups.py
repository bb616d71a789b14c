"""Specific groups (DESIGN.md: young, female and first-time offenders) are derived, never typed.

Each group has two definitions that must agree: `groups_of` for a person already loaded (the person
page, each row of a list) and `filter_group` for a list filter in SQL. Both read the date of birth
against *today* (not the age at admission), the current episode and the service's `PeopleSettings`:

- juvenile: under 18, or serving a juvenile sanction (the current custody episode says so);
- young adult: not juvenile, and aged within the service's band (default 18-21: from the 18th
  birthday until the day before the 22nd);
- female;
- first-time: no prior conviction and no earlier custody -- an earlier remand episode that ended
  without a conviction (still "remand" when it ended) is not history.
"""

from datetime import date
from enum import StrEnum

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .models import UNTRIED, CustodyEpisode, PeopleSettings, PriorConviction, Sex

JUVENILE_AGE = 18  # a child under the Convention on the Rights of the Child, whatever the service


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
    """Annotate `has_history`: a prior conviction, or custody before the current episode other than a
    remand that ended without a conviction (the episode was still untried when it ended)."""
    earlier = (CustodyEpisode.objects.filter(person=OuterRef("pk")).exclude(pk=OuterRef("current_episode"))
               .exclude(legal_status__in=UNTRIED))
    return queryset.annotate(
        has_history=Exists(PriorConviction.objects.filter(person=OuterRef("pk"))) | Exists(earlier)
    )


def for_groups(queryset):
    """What `groups_of` reads, in the same query: the history, the current episode and the service's
    settings (a missing settings row is remembered as missing: no query per person)."""
    return with_history(queryset).select_related("current_episode", "service__people_settings")


def settings_of(service_id) -> PeopleSettings:
    return PeopleSettings.of(service_id)


def _settings(person) -> PeopleSettings:
    # Loaded by for_groups(); otherwise one query (a single person).
    return getattr(person.service, "people_settings", None) or PeopleSettings(service_id=person.service_id)


def _serving_juvenile_sanction(person) -> bool:
    episode = person.current_episode
    return bool(episode and episode.juvenile_sanction)


def groups_of(person, today=None) -> list[Group]:
    """Needs what `for_groups` loads (`has_history`, the current episode, the service's settings)."""
    today = today or date.today()
    settings = _settings(person)
    age = person.age(today)
    found = []
    if age < JUVENILE_AGE or _serving_juvenile_sanction(person):
        found.append(Group.JUVENILE)
    elif settings.young_adult_from_age <= age <= settings.young_adult_to_age:
        found.append(Group.YOUNG_ADULT)
    if person.sex == Sex.FEMALE:
        found.append(Group.FEMALE)
    if not person.has_history:
        found.append(Group.FIRST_TIME)
    return found


def _juvenile(today) -> Q:
    return Q(date_of_birth__gt=_years_ago(today, JUVENILE_AGE)) | Q(current_episode__juvenile_sanction=True)


def filter_group(queryset, group: Group, service, today=None):
    """The persons of `queryset` in `group`, as `groups_of` would find them."""
    today = today or date.today()
    if group == Group.JUVENILE:
        return queryset.filter(_juvenile(today))
    if group == Group.YOUNG_ADULT:
        settings = settings_of(service.pk)
        # Aged from..to inclusive: born on or before the from-th birthday's date, after the (to+1)-th.
        return queryset.filter(
            date_of_birth__lte=_years_ago(today, settings.young_adult_from_age),
            date_of_birth__gt=_years_ago(today, settings.young_adult_to_age + 1),
        ).exclude(_juvenile(today))
    if group == Group.FEMALE:
        return queryset.filter(sex=Sex.FEMALE)
    if group == Group.FIRST_TIME:
        return with_history(queryset).filter(has_history=False)
    raise ValueError(group)
