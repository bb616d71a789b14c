"""An assessment's review clock as a pure rule: `assessments.actions` applies it when an assessment
is submitted and checked, `bench/generate.py` to a synthetic history, so both keep the same clock."""

from datetime import date, timedelta


def review_due(assessed_on: date, interval_days: int) -> date:
    """The review falls due the instrument's interval after the assessment date: the date set on
    submission when the assessor sets none, and the latest one the assessor may set."""
    return assessed_on + timedelta(days=interval_days)
