"""Limits on texts and dates that every write meets, by whatever path it comes (a page, the API, a
command, the demo): the actions call these before they save, so a refusal is a translated
`ActionError` naming its field, and nothing is saved.

Why: a security review stored a megabyte in each of six free-text fields (and again in the audit
event of each write), and recorded a person born on 0001-01-01 and an offence committed on
9999-12-31. A form's `max_length` helps the person typing, but it is not a rule: the API, a command
or a future import would skip it.

The limits:

- **Free text** (a `TextField`: reasons, rationale, a goal in the person's own words, a report):
  at most `LONG_TEXT` = 10,000 characters, some four typed pages: more is a document, not a note,
  and every change of a field is copied whole into the audit chain.
- **Short text** (a `CharField`): its own `max_length`. PostgreSQL enforces it with a server error
  rather than a message; SQLite does not enforce it at all.
- **Date of birth**: from 1900-01-01 (`BIRTH_EARLIEST`) to today.
- **Any other date** (an event, or a date planned such as a release or a review): from 1950-01-01
  (`EVENT_EARLIEST`: older than any custody, decision or assessment a current record can hold) to
  `EVENT_YEARS_AHEAD` = 50 years from today, which holds a release at the end of the longest fixed
  term in the region (45 years, long-term imprisonment in Bosnia and Herzegovina) counted from today.
  An action may narrow the window (an offence is committed by today, say).
"""

from datetime import date, datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .access import ActionError

LONG_TEXT = 10_000
BIRTH_EARLIEST = date(1900, 1, 1)
EVENT_EARLIEST = date(1950, 1, 1)
EVENT_YEARS_AHEAD = 50


def event_latest(today=None) -> date:
    """The last date accepted for an event or a planned date: `EVENT_YEARS_AHEAD` years from today."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + EVENT_YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + EVENT_YEARS_AHEAD, day=28)


def birth_window() -> tuple[date, date]:
    return BIRTH_EARLIEST, date.today()


def check_text(value, field, limit=LONG_TEXT):
    """Refuse a text longer than `limit` characters; an empty or missing text passes."""
    if value and len(value) > limit:
        raise ActionError(ngettext(
            "This text is too long: at most %(limit)s character (it has %(length)s).",
            "This text is too long: at most %(limit)s characters (it has %(length)s).",
            limit) % {"limit": formats.number_format(limit, force_grouping=True),
                      "length": formats.number_format(len(value), force_grouping=True)}, field)


def check_date(value, field, earliest=EVENT_EARLIEST, latest=None):
    """Refuse a date outside [earliest, latest] (latest: `event_latest()` unless given); None passes."""
    if value is None:
        return
    latest = latest or event_latest()
    if not earliest <= value <= latest:
        raise ActionError(_("Enter a date between %(earliest)s and %(latest)s.") % {
            "earliest": formats.date_format(earliest, "SHORT_DATE_FORMAT"),
            "latest": formats.date_format(latest, "SHORT_DATE_FORMAT")}, field)


def check_values(model, values: dict, *, windows=None):
    """Check each text and date of `values` (field name -> value, as an action receives them) by the
    kind of `model`'s field of that name: a `TextField` against `LONG_TEXT`, a `CharField` against its
    `max_length`, a `DateField` against the event window or the (earliest, latest) `windows` gives for
    that name. Names that are not fields of the model are left to the action."""
    windows = windows or {}
    for name, value in values.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(value, str):
            if isinstance(field, models.TextField):
                check_text(value, name)
            elif isinstance(field, models.CharField) and field.max_length:
                check_text(value, name, limit=field.max_length)
        elif isinstance(value, date) and not isinstance(value, datetime) \
                and isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
            check_date(value, name, *windows.get(name, ()))


def long_text_formfield(model_field, **kwargs):
    """A ModelForm's `Meta.formfield_callback`: a `TextField` gets `LONG_TEXT` as its form field's
    `max_length`, so the browser stops typing there (the action still checks)."""
    if isinstance(model_field, models.TextField):
        kwargs.setdefault("max_length", LONG_TEXT)
    return model_field.formfield(**kwargs)
