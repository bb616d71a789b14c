"""A measure's review clock as pure rules: `decisions.actions` and `decisions.rules` apply them to a
proposal and a review, `bench/generate.py` to a synthetic history, so both keep the same clock."""

from datetime import date, timedelta


def latest_review(day: date, interval_days: int | None) -> date | None:
    """A measure is reviewed at the latest `interval_days` after `day` (its start, or its last
    review); None when its type sets no interval."""
    return day + timedelta(days=interval_days) if interval_days else None


def within_end(due: date | None, ends_on: date | None) -> date | None:
    """A review is never set past the measure's end date: by then the measure ends or is renewed."""
    if due is not None and ends_on is not None and due > ends_on:
        return ends_on
    return due
