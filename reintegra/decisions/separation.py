"""Separation counted per person, not per decision (Mandela Rules 43–44, EPR 53A).

Ending a separation and imposing a new one the next day must not restart the count: the days a
person spends in separation are joined across decisions, extensions and short gaps. A gap shorter
than the service's `separation_gap_days` (default 1: only back-to-back separations join) belongs to
the same stretch. The count flags day 16 and the statutory maximum is a stop (see rules.py).

`stretches` is pure; `spans_of` reads the spans of many persons in one query.
"""

from dataclasses import dataclass, field
from datetime import date

from .models import Decision

COUNTED = (*Decision.IN_FORCE, Decision.Status.ENDED)


@dataclass
class Stretch:
    start: date
    end: date  # inclusive
    decision_ids: list = field(default_factory=list)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def stretches(spans, gap_days: int) -> list[Stretch]:
    """Join (start, end, decision id) spans whose gap is shorter than `gap_days` days."""
    out: list[Stretch] = []
    for start, end, pk in sorted(spans, key=lambda span: (span[0], span[1])):
        if out and (start - out[-1].end).days - 1 < gap_days:
            out[-1].end = max(out[-1].end, end)
            out[-1].decision_ids.append(pk)
        else:
            out.append(Stretch(start, end, [pk]))
    return out


def span(decision, today: date, *, planned=False) -> tuple[date, date, int]:
    """The days a separation decision covers: up to its end, or today while in force (even past its
    planned end: it is still in force, and those days count). `planned`
    reads a decision in force up to its planned end, and one without an end as running on
    (`date.max`): what a new decision must not overlap."""
    if decision.status == Decision.Status.ENDED and decision.ended_on:
        end = decision.ended_on
    elif planned:
        end = decision.ends_on or date.max
    else:
        end = today
    return decision.starts_on, max(end, decision.starts_on), decision.pk


def spans_of(service_id, person_ids, today: date, *, since=None, planned=False) -> dict[int, list]:
    """{person id: [spans]} of the separations decided for these persons (one query)."""
    qs = Decision.objects.filter(service_id=service_id, person_id__in=list(person_ids), type__is_separation=True,
                                 status__in=COUNTED).only("pk", "person_id", "status", "starts_on", "ends_on",
                                                          "ended_on")
    if since is not None:
        qs = qs.exclude(status=Decision.Status.ENDED, ended_on__lt=since)
    found: dict[int, list] = {}
    for decision in qs:
        if decision.starts_on <= today or planned:
            found.setdefault(decision.person_id, []).append(span(decision, today, planned=planned))
    return found


def stretch_of(spans, gap_days, day: date) -> Stretch | None:
    """The stretch that contains `day`."""
    return next((s for s in stretches(spans, gap_days) if s.start <= day <= s.end), None)
