"""An assessment's review clock as a pure rule: `assessments.actions` applies it when an assessment
is submitted and checked, `bench/generate.py` to a synthetic history, so both keep the same clock."""

from datetime import date, timedelta


def review_due(assessed_on: date, interval_days: int) -> date:
    """The review falls due the instrument's interval after the assessment date: the date set on
    submission when the assessor sets none, and the latest one the assessor may set."""
    return assessed_on + timedelta(days=interval_days)


def brought_forward(review_due: date | None, event_on: date, within_days: int) -> date | None:
    """The review date after a re-assessment trigger on `event_on`: within the service's days of it.
    None when the review is already due as soon: a trigger never puts a review back."""
    due = event_on + timedelta(days=within_days)
    if review_due is not None and review_due <= due:
        return None
    return due
