"""Reads of decisions: only for visible persons; the dashboard's lists in a fixed number of queries."""

from datetime import date, timedelta

from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from reintegra.assessments.models import Assessment
from reintegra.core.access import found_or_404, one_or_404
from reintegra.people.queries import sees_person, visible_persons

from . import perms, rules, separation
from .models import (
    MANDELA_DAYS,
    Appeal,
    Decision,
    DecisionSettings,
    DecisionType,
    Evidence,
    LegalBasis,
    Review,
)

LONG_SEPARATION_LOOKBACK_DAYS = 365


def visible_decisions(membership):
    if not membership.has(perms.VIEW_DECISIONS):
        return Decision.objects.none()
    return Decision.objects.filter(service_id=membership.service_id,
                                   person_id__in=visible_persons(membership).values("pk"))


def decision_or_404(membership, pk):
    if not membership.has(perms.VIEW_DECISIONS):
        raise Http404
    return one_or_404(
        Decision.objects.filter(service_id=membership.service_id)
                .select_related("type", "person", "episode__establishment", "legal_basis", "placement",
                                "proposed_by", "decided_by", "lifts__type", "extends__type")
                .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.select_related(
                                      "assessment__instrument").defer("assessment__instrument__definition")),
                                  Prefetch("reviews", queryset=Review.objects.select_related("reviewed_by")),
                                  Prefetch("appeals", queryset=Appeal.objects.order_by("lodged_on")),
                                  "separation_days"),
        pk, visible=lambda decision: sees_person(membership, decision.person_id))


def appeal_or_404(membership, decision_pk, pk):
    return one_or_404(Appeal.objects.filter(service_id=membership.service_id, decision_id=decision_pk), pk)


def timeline(membership, person):
    """The person page's section: every decision about a person the member already sees, newest first."""
    if not membership.has(perms.VIEW_DECISIONS):
        return []
    return list(Decision.objects.filter(service_id=membership.service_id, person=person)
                .select_related("type", "legal_basis").order_by("-starts_on", "-pk"))


def _types(membership):
    """The service's decision types, read once per request: filtering by their ids lets the database
    use the (service, type, status) index instead of joining every decision in force to its type."""
    if not hasattr(membership, "_decision_types"):
        membership._decision_types = list(DecisionType.objects.filter(service_id=membership.service_id))
    return membership._decision_types


def proposable_types(membership):
    """The decision types in use that the member's role may propose."""
    return [t for t in _types(membership) if t.active and membership.role in t.propose_roles]


def type_or_404(membership, pk):
    return found_or_404(next((t for t in proposable_types(membership) if str(t.pk) == str(pk)), None))


def types_of(service_id):
    return DecisionType.objects.filter(service_id=service_id).order_by("category", "name")


def legal_bases(service_id, on=None):
    on = on or date.today()
    return LegalBasis.objects.filter(service_id=service_id, valid_from__lte=on).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=on))


def measures_in_force(person, decision_type=None):
    qs = Decision.objects.filter(person=person, status__in=Decision.IN_FORCE, type__category="measure")
    return qs.filter(type=decision_type) if decision_type else qs.select_related("type")


def assessments_of(membership, person):
    from reintegra.assessments.queries import readable_of_person

    return readable_of_person(membership, person.pk).exclude(status__in=[Assessment.Status.DRAFT,
                                                                          Assessment.Status.RETURNED]) \
        .select_related("instrument").defer("instrument__definition").order_by("-assessed_on")


def _in_force(membership, establishment):
    qs = visible_decisions(membership).filter(status__in=Decision.IN_FORCE)
    if establishment is not None:
        qs = qs.filter(episode__establishment=establishment)
    return qs.select_related("type", "person", "episode__establishment")


def dashboard(membership, establishment=None, today=None):
    """What a governor (or the oversight body, service-wide) must act on or watch."""
    today = today or date.today()
    settings = DecisionSettings.of(membership.service_id)
    measure_types = [t.pk for t in _types(membership) if t.is_reviewed]  # measures and classifications
    measures = list(_in_force(membership, establishment).filter(type_id__in=measure_types)
                    .select_related("extends__extends").order_by("review_due", "pk"))
    proposals = visible_decisions(membership).filter(status=Decision.Status.PROPOSED)
    if establishment is not None:
        proposals = proposals.filter(episode__establishment=establishment)
    to_decide = [d for d in proposals.select_related("type", "person", "proposed_by").order_by("proposed_at")
                 if membership.role in d.type.decide_roles and d.proposed_by_id != membership.user_id]
    for measure in measures:
        measure.days = rules.days_in_force(measure, today)
        measure.beyond_maximum = bool(measure.type.max_duration_days) and measure.days > measure.type.max_duration_days
    separations = _separations(measures, settings, today)
    return {
        "to_decide": to_decide,
        "overdue": [m for m in measures if m.review_due and m.review_due < today],
        "due_soon": [m for m in measures if m.review_due and today <= m.review_due
                     <= today + timedelta(days=settings.due_soon_days)],
        "beyond_maximum": [m for m in measures if m.beyond_maximum],
        "separations": separations,
        "long_separations": _long_separations(membership, establishment, settings, today),
        **_hearings_and_appeals(membership, measures, establishment, settings, today),
        "settings": settings, "mandela_days": MANDELA_DAYS,
    }


def _hearings_and_appeals(membership, measures, establishment, settings, today):
    """Urgent measures whose person is still to be heard (overdue past the service's hours), appeals
    pending, and measures whose appeal period is still open (its last day)."""
    now = timezone.now()
    unheard = [m for m in measures if m.type.is_measure and not m.heard and m.hearing_due_by]
    appeals = Appeal.objects.filter(service_id=membership.service_id, outcome=Appeal.Outcome.PENDING,
                                    decision__in=visible_decisions(membership))
    if establishment is not None:
        appeals = appeals.filter(decision__episode__establishment=establishment)
    appeals = list(appeals.select_related("decision__person", "decision__type").order_by("lodged_on")[:51])
    with_appeal = {a.decision_id for a in appeals}
    open_periods = []
    for m in measures:
        informed = m.informed_on or (m.decided_at.date() if m.decided_at else None)
        if informed and m.pk not in with_appeal:
            m.appeal_deadline = informed + timedelta(days=settings.appeal_days)
            if m.appeal_deadline >= today:
                open_periods.append(m)
    return {"hearings_overdue": [m for m in unheard if m.hearing_due_by < now],
            "hearings_due": [m for m in unheard if m.hearing_due_by >= now],
            "appeals_pending": appeals, "appeal_periods": sorted(open_periods, key=lambda m: m.appeal_deadline)}


def _separations(measures, settings, today):
    """Separations in force with the person's consecutive days (across decisions) and the days of this
    separation without meaningful contact (fewer than the service's minimum hours), without a health-care
    visit and without the governor's visit."""
    separations = [m for m in measures if m.type.is_separation]
    if not separations:
        return []
    counts = {row["pk"]: row for row in Decision.objects.filter(pk__in=[m.pk for m in separations]).annotate(
        contact=Count("separation_days", filter=Q(separation_days__contact_hours__gte=settings.min_contact_hours)),
        medical=Count("separation_days", filter=Q(separation_days__medical_visit=True)),
        governor=Count("separation_days", filter=Q(separation_days__governor_visit=True)),
    ).values("pk", "contact", "medical", "governor")}
    spans = separation.spans_of(separations[0].service_id, {m.person_id for m in separations}, today)
    for m in separations:
        logged = counts[m.pk]
        own_days = (min(m.ended_on or today, today) - m.starts_on).days + 1
        m.days_without_contact = own_days - logged["contact"]
        m.days_without_medical = own_days - logged["medical"]
        m.days_without_governor = own_days - logged["governor"]
        stretch = separation.stretch_of(spans.get(m.person_id, []), settings.separation_gap_days, today)
        m.days = stretch.days if stretch else m.days
        m.past_mandela = m.days > MANDELA_DAYS
        m.past_statutory = m.days > settings.separation_max_days
    return sorted(separations, key=lambda m: -m.days)


def _long_separations(membership, establishment, settings, today):
    """Stretches of separation of the last year longer than the Mandela threshold, per person: however
    many decisions (ended and imposed again, extended) they were made of."""
    since = today - timedelta(days=LONG_SEPARATION_LOOKBACK_DAYS)
    separation_types = [t.pk for t in _types(membership) if t.is_separation]
    qs = visible_decisions(membership).filter(type_id__in=separation_types, status__in=separation.COUNTED,
                                              starts_on__lte=today) \
        .exclude(status=Decision.Status.ENDED, ended_on__lt=since - timedelta(days=settings.separation_max_days))
    if establishment is not None:
        qs = qs.filter(episode__establishment=establishment)
    decisions = {d.pk: d for d in qs.select_related("type", "person", "episode__establishment")}
    by_person = {}
    for d in decisions.values():
        by_person.setdefault(d.person_id, []).append(separation.span(d, today))
    long = []
    for spans in by_person.values():
        for stretch in separation.stretches(spans, settings.separation_gap_days):
            if stretch.days > MANDELA_DAYS and stretch.end >= since:
                last = decisions[max(stretch.decision_ids, key=lambda pk: decisions[pk].starts_on)]
                last.days, last.stretch_start = stretch.days, stretch.start
                last.decisions_in_stretch = len(stretch.decision_ids)
                last.past_statutory = stretch.days > settings.separation_max_days
                long.append(last)
    return sorted(long, key=lambda d: -d.days)
