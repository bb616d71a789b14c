"""The register of measures an oversight body reads (CPT, national preventive mechanism): every measure,
classification and separation in force at some time in a period, ended ones included, with the counts
inspectors ask for. The governor's dashboard is for acting today; the register is for accounting later.

A review is late when it came after the date the previous step set (the start plus the type's interval
for the first review, then each review's next date); a measure still in force past its review date
counts as late too.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Prefetch, Q

from . import rules, separation
from .models import MANDELA_DAYS, Appeal, Category, DecisionSettings, Review, SeparationDay
from .queries import visible_decisions

REGISTERED = (Category.MEASURE, Category.CLASSIFICATION)


@dataclass
class Totals:
    measures: int = 0
    separations: int = 0
    separations_over_15_days: int = 0  # stretches of one person, however many decisions they took
    days_without_contact: int = 0
    reviews: int = 0
    reviews_late: int = 0
    appeals: Counter = field(default_factory=Counter)


def register(membership, since: date, until: date, *, establishment=None, type_id=None, today=None):
    """(rows, totals): the decisions of the period, each with its counts, and the sums."""
    today = today or date.today()
    settings = DecisionSettings.of(membership.service_id)
    qs = visible_decisions(membership).filter(
        type__category__in=REGISTERED, status__in=separation.COUNTED, starts_on__lte=until,
    ).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=since))
    if establishment is not None:
        qs = qs.filter(episode__establishment=establishment)
    if type_id:
        qs = qs.filter(type_id=type_id)
    rows = list(qs.select_related("type", "person", "episode__establishment", "decided_by").prefetch_related(
        Prefetch("reviews", queryset=Review.objects.order_by("reviewed_on", "pk")),
        Prefetch("appeals", queryset=Appeal.objects.order_by("lodged_on")),
        Prefetch("separation_days", queryset=SeparationDay.objects.only("decision_id", "day", "contact_hours")),
    ).order_by("starts_on", "pk"))
    spans = separation.spans_of(membership.service_id, {d.person_id for d in rows if d.type.is_separation}, today)
    totals = Totals()
    long_stretches = set()
    for d in rows:
        _count(d, settings, spans, since, until, today)
        totals.measures += 1
        totals.reviews += len(d.reviews.all())
        totals.reviews_late += d.reviews_late
        totals.appeals.update(a.outcome for a in d.appeals.all())
        if d.type.is_separation:
            totals.separations += 1
            totals.days_without_contact += d.days_without_contact
            if d.stretch_days > MANDELA_DAYS:
                long_stretches.add((d.person_id, d.stretch_start))
    totals.separations_over_15_days = len(long_stretches)
    return rows, totals


def _count(d, settings, spans, since, until, today):
    last = min(d.ended_on or today, today, until)
    first = max(d.starts_on, since)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    d.reviews_late = _late_reviews(d, today)
    d.days_without_contact, d.stretch_days, d.stretch_start = 0, 0, None
    if d.type.is_separation:
        enough = {s.day for s in d.separation_days.all() if s.contact_hours >= settings.min_contact_hours}
        d.days_without_contact = sum(1 for day in days if day not in enough)
        stretch = separation.stretch_of(spans.get(d.person_id, []), settings.separation_gap_days,
                                        min(d.ended_on or today, today))
        d.stretch_days, d.stretch_start = (stretch.days, stretch.start) if stretch else (0, None)


def _late_reviews(d, today) -> int:
    interval = rules.review_interval(d.type)
    if not interval:
        return 0
    due, late = d.starts_on + timedelta(days=interval), 0
    for review in d.reviews.all():
        late += review.reviewed_on > due
        due = review.next_review_due or due
    if d.in_force and d.review_due and d.review_due < today:
        late += 1
    return late


CSV_HEADER = ["decision", "person", "establishment", "type", "status", "starts_on", "ends_on", "ended_on",
              "decided_by", "legal_basis", "hearing", "consecutive_separation_days", "days_without_contact",
              "reviews", "reviews_late", "appeals"]


def _cell(value):
    """A spreadsheet runs a cell that starts with = + - or @ as a formula: such text is quoted."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else value


def csv_rows(rows):
    for d in rows:
        yield [_cell(v) for v in _row(d)]


def _row(d):
    return [d.pk, d.person.full_name, d.episode.establishment.name, d.type.name, d.get_status_display(),
            d.starts_on.isoformat(), d.ends_on.isoformat() if d.ends_on else "",
            d.ended_on.isoformat() if d.ended_on else "", str(d.decided_by or ""),
            f"{d.basis_law}, {d.basis_article}" if d.basis_law else "", d.get_hearing_display(),
            d.stretch_days or "", d.days_without_contact if d.type.is_separation else "",
            len(d.reviews.all()), d.reviews_late, "; ".join(a.get_outcome_display() for a in d.appeals.all())]
