"""Reads of assessment data: scoped to visible persons; a restricted instrument's items to certified users.

A restricted (licensed) instrument's content -- its items, the ratings given on them and the individual
factors -- is for those certified for it. The assessment itself is not licensed content: whoever may
read the person's assessments (a decision-maker, oversight, the case manager) reads its judgement, key
factors, rationale, dates, sources and addenda. The rows are filtered here, not in a template:
`assessment_or_404` does not load the ratings of an assessment whose items the member may not see.
"""

from datetime import date, timedelta

from django.db.models import Prefetch, Q
from django.http import Http404

from reintegra.core.access import one_or_404
from reintegra.people.queries import sees_person, visible_persons

from . import perms
from .models import Addendum, Assessment, Certification, IndividualFactor, Instrument, Rating

DUE_WITHIN_DAYS = 30


def certifications(membership, on=None, fresh=False):
    """The certification codes a member holds on a day (today by default).

    Reads ask once per request (the membership object lives for one request); actions pass
    fresh=True, so a write is never allowed on a stale answer.
    """
    on = on or date.today()
    cached = getattr(membership, "_certifications", {})
    if fresh or on not in cached:
        cached[on] = set(Certification.objects.filter(
            service_id=membership.service_id, user_id=membership.user_id, valid_until__gte=on,
        ).values_list("module", flat=True))
        membership._certifications = cached
    return cached[on]


def is_certified(membership, instrument, on=None, fresh=False) -> bool:
    return instrument.certification in certifications(membership, on, fresh)


def instruments(membership):
    """Instruments the member may see: open ones, and restricted ones they are certified for."""
    if not membership or not (membership.has(perms.VIEW_INSTRUMENTS) or membership.has(perms.VIEW_ASSESSMENT)):
        return Instrument.objects.none()
    held = certifications(membership)
    return Instrument.objects.filter(Q(restricted=False) | Q(certification__in=held)).order_by("code", "-imported_at")


def instrument_or_404(membership, pk):
    return one_or_404(instruments(membership), pk)


def startable_instruments(membership):
    """Published instruments the member holds a valid certification for."""
    return list(instruments(membership).filter(status=Instrument.Status.PUBLISHED,
                                               certification__in=certifications(membership)))


def items_visible(membership, instrument) -> bool:
    """Whether the member may see the items (and so the ratings) of assessments with `instrument`."""
    return not instrument.restricted or instrument.certification in certifications(membership)


def _items_readable(membership, prefix=""):
    """A Q on rows that belong to an instrument (through `prefix`) whose items the member may see."""
    return Q(**{f"{prefix}instrument__restricted": False}) | Q(
        **{f"{prefix}instrument__certification__in": certifications(membership)})


def _readable(membership, assessments):
    """Drafts only for their author. A restricted instrument's assessments are read too: their items are
    left out by the readers below (`assessment_or_404`, `for_person`)."""
    return assessments.exclude(~Q(assessor_id=membership.user_id), status=Assessment.Status.DRAFT)


def visible_assessments(membership):
    if not membership.has(perms.VIEW_ASSESSMENT):
        return Assessment.objects.none()
    # IN (visible persons), evaluated once, rather than a correlated EXISTS per assessment row: a due
    # list over 120,000 assessments went from 300 ms to a few ms of database time.
    persons = visible_persons(membership).values("pk")
    return _readable(membership, Assessment.objects.filter(service_id=membership.service_id, person_id__in=persons))


def assessment_or_404(membership, pk):
    """One assessment with its ratings and individual factors -- none when the member may not see the
    items of its (restricted) instrument: then `items_visible` is False and only the summary is read."""
    if not membership.has(perms.VIEW_ASSESSMENT):
        raise Http404
    items = _items_readable(membership, "assessment__")
    assessment = one_or_404(
        _readable(membership, Assessment.objects.filter(service_id=membership.service_id))
        .select_related("instrument", "person", "assessor", "countersigned_by")
        .prefetch_related(Prefetch("ratings", queryset=Rating.objects.filter(items)),
                          Prefetch("individual_factors", queryset=IndividualFactor.objects.filter(items)),
                          Prefetch("addenda", queryset=Addendum.objects.select_related("author"))),
        pk, visible=lambda assessment: sees_person(membership, assessment.person_id))
    assessment.items_visible = items_visible(membership, assessment.instrument)
    return assessment


def readable_of_person(membership, person_id):
    """Assessments of one person the caller has already found visible (summaries included: see
    the module's docstring; read ratings through `for_person` or `assessment_or_404`)."""
    if not membership.has(perms.VIEW_ASSESSMENT):
        return Assessment.objects.none()
    return _readable(membership, Assessment.objects.filter(service_id=membership.service_id, person_id=person_id))


def for_person(membership, person, *, summaries=False):
    """Every readable assessment of a person the member already sees, newest first, each with
    `items_visible`. Without `summaries`, only those whose items the member may see (for a caller that
    reads their ratings, as the plan's goals do); with it, the others too, for their summary."""
    assessments = readable_of_person(membership, person.pk)
    if not summaries:
        assessments = assessments.filter(_items_readable(membership))
    assessments = list(assessments.select_related("instrument", "assessor").order_by("-assessed_on", "-pk"))
    for assessment in assessments:
        assessment.items_visible = items_visible(membership, assessment.instrument)
    return assessments


def latest_per_instrument(assessments):
    """The current assessment per instrument code: the newest submitted or countersigned one."""
    latest = {}
    for assessment in assessments:
        if assessment.is_current and assessment.instrument.code not in latest:
            latest[assessment.instrument.code] = assessment
    return list(latest.values())


def due(membership, *, mine=False, establishment=None, today=None):
    """Current assessments whose review is due within DUE_WITHIN_DAYS or overdue, soonest first."""
    today = today or date.today()
    qs = visible_assessments(membership).filter(
        status__in=[Assessment.Status.SUBMITTED, Assessment.Status.COUNTERSIGNED],
        review_due__lte=today + timedelta(days=DUE_WITHIN_DAYS),
    )
    if mine:
        qs = qs.filter(assessor_id=membership.user_id)
    if establishment:
        qs = qs.filter(person__location_path__startswith=establishment.path)
    return qs.select_related("instrument", "person", "assessor").defer("instrument__definition") \
        .order_by("review_due", "pk")


def drafts(membership):
    return visible_assessments(membership).filter(
        assessor_id=membership.user_id, status__in=[Assessment.Status.DRAFT, Assessment.Status.RETURNED],
    ).select_related("instrument", "person").order_by("-updated_at")


def awaiting_countersignature(membership):
    held = certifications(membership)
    return visible_assessments(membership).filter(
        status=Assessment.Status.SUBMITTED, instrument__certification__in=held,
    ).exclude(assessor_id=membership.user_id).select_related("instrument", "person", "assessor") \
        .order_by("submitted_at")


def compare(first, second):
    """Item by item: (domain, item, first rating, second rating, changed) in the instrument's order."""
    before = {r.item: r for r in first.ratings.all()}
    after = {r.item: r for r in second.ratings.all()}
    def key(rating):
        return (rating.value, rating.not_rated_reason) if rating else None

    # The newer version's items first, then any the older version had and the newer one dropped.
    items = second.instrument.items()
    seen = {item["code"] for _, item in items}
    items += [(domain, item) for domain, item in first.instrument.items() if item["code"] not in seen]
    return [(domain, item, before.get(item["code"]), after.get(item["code"]),
             key(before.get(item["code"])) != key(after.get(item["code"]))) for domain, item in items]
