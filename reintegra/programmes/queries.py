"""Reads of the programme catalogue and of participation: persons only where the member sees them."""

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from reintegra.core.access import one_or_404
from reintegra.people.queries import sees_person, visible_persons

from . import perms
from .models import Attendance, Programme, ProgrammeSession, Referral


def catalogue(membership, establishment=None, kind=None, active_only=False):
    """The service's programmes with their occupancy: places taken, waiting, referrals to decide."""
    if not membership.has(perms.VIEW_PROGRAMMES):
        return Programme.objects.none()
    qs = Programme.objects.filter(service_id=membership.service_id)
    if establishment:
        qs = qs.filter(establishment=establishment)
    if kind:
        qs = qs.filter(kind=kind)
    if active_only:
        qs = qs.filter(active=True)
    return qs.select_related("establishment").annotate(
        enrolled=Count("referrals", filter=Q(referrals__status=Referral.Status.ENROLLED)),
        waiting=Count("referrals", filter=Q(referrals__status=Referral.Status.WAITING)),
        to_decide=Count("referrals", filter=Q(referrals__status=Referral.Status.REFERRED)),
    ).order_by("establishment__name", "code")


def programme_or_404(membership, pk):
    return one_or_404(catalogue(membership), pk)


def participants(membership, programme):
    """Open referrals of a programme by status; persons the member may not see are counted, not named.

    The waiting list is in its order: earliest accepted first.
    """
    visible = set(visible_persons(membership).filter(referrals__programme=programme,
                                                     referrals__status__in=Referral.OPEN)
                  .values_list("pk", flat=True))
    rows = (Referral.objects.filter(programme=programme, status__in=Referral.OPEN)
            .select_related("person", "referred_by", "step__goal").prefetch_related("goals__goal")
            .order_by("queued_at", "referred_on", "pk"))
    lists = {status: [] for status in Referral.OPEN}
    hidden = dict.fromkeys(Referral.OPEN, 0)
    for referral in rows:
        if referral.person_id in visible:
            lists[referral.status].append(referral)
        else:
            hidden[referral.status] += 1
    return lists, hidden


def sessions(programme, limit=20):
    return list(ProgrammeSession.objects.filter(programme=programme).annotate(
        present=Count("attendance", filter=Q(attendance__status=Attendance.Status.PRESENT)),
        recorded=Count("attendance"))[:limit])


def referral_or_404(membership, pk):
    """One referral whose person the member sees."""
    if not membership.has(perms.VIEW_PROGRAMMES):
        raise Http404
    return one_or_404(
        Referral.objects.filter(service_id=membership.service_id)
                .select_related("programme__establishment", "person", "referred_by", "decided_by", "step__goal")
                .prefetch_related("goals__goal", Prefetch("attendance", queryset=Attendance.objects.select_related(
                    "session").order_by("-session__held_on"))),
        pk, visible=lambda referral: sees_person(membership, referral.person_id))


def referrals_of_plan(plan):
    """The referrals made from the steps of one plan (the plan page and its versions)."""
    return Referral.objects.filter(service_id=plan.service_id, step__goal__plan=plan).select_related("programme")


def of_person(membership, person):
    """The person page and the plan: current and past programmes of a person already visible."""
    if not membership.has(perms.VIEW_PROGRAMMES):
        return []
    return list(Referral.objects.filter(service_id=membership.service_id, person=person)
                .select_related("programme").annotate(
                    attended=Count("attendance", filter=Q(attendance__status=Attendance.Status.PRESENT)),
                    recorded=Count("attendance"))
                .order_by("-referred_on", "-pk"))


def enrolled(membership, programme):
    """Everyone enrolled (attendance is recorded for all), with the ids of those the member may see."""
    rows = list(programme.referrals.filter(status=Referral.Status.ENROLLED).select_related("person")
                .order_by("person__family_key", "person__given_key"))
    visible = set(visible_persons(membership).filter(pk__in=[r.person_id for r in rows]).values_list("pk", flat=True))
    return rows, visible
