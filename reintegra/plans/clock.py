"""The plan's review clock as pure rules: the service's settings and dates in, a due date out.

`plans.actions` applies them to the database (opening a plan, issuing a version, an event bringing
the review forward) and `bench/generate.py` to a synthetic history of thousands of plans. Kept apart
from the writes so that both run the same rules instead of one copying the other. `settings` is a
`PlanSettings` or anything with the same `*_days` attributes.
"""

from datetime import date, timedelta

from .models import DueKind, PlanVersion


def initial_due(settings, admitted_on: date) -> date:
    """The first version is due within the service's days of the admission."""
    return admitted_on + timedelta(days=settings.initial_due_days)


def review_interval(settings, in_group: bool) -> int:
    """Days between reviews: shorter for a person in one of the specific groups."""
    return settings.group_review_interval_days if in_group else settings.review_interval_days


def pre_release_from(settings, expected_release: date) -> date:
    """The day from which the pre-release review is due."""
    return expected_release - timedelta(days=settings.pre_release_days)


def next_review(settings, kind, issued_on: date, *, expected_release: date | None,
                in_group: bool) -> tuple[date | None, DueKind]:
    """(date, why) of the review after a version of `kind` issued on `issued_on`: the interval, never
    later than the pre-release review (at the earliest the event days after the version), or the
    release itself once the pre-release version is issued; None after the closure."""
    if kind == PlanVersion.Kind.CLOSURE:
        return None, DueKind.REVIEW
    due, why = issued_on + timedelta(days=review_interval(settings, in_group)), DueKind.REVIEW
    if expected_release and kind != PlanVersion.Kind.PRE_RELEASE:
        pre_release = max(pre_release_from(settings, expected_release),
                          issued_on + timedelta(days=settings.event_review_days))
        if pre_release < due:
            due, why = pre_release, DueKind.PRE_RELEASE
    elif expected_release and expected_release < due:
        due, why = expected_release, DueKind.CLOSURE
    return due, why


def brought_forward(settings, review_due: date | None, kind, event_on: date, on: date | None = None) -> date | None:
    """The review date after an event of `kind` on `event_on`: within the service's event days of it
    (or exactly `on`, e.g. the release day). None when the review is already due as soon: an event
    never puts a review back -- except the closure, which always takes the release day."""
    due = on or event_on + timedelta(days=settings.event_review_days)
    if review_due is not None and review_due <= due and kind != DueKind.CLOSURE:
        return None
    return due
