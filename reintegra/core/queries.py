"""Reads of core data: a user's memberships, a service's organisations and its audit trail."""

from django_scopes import scopes_disabled

from .audit import CONFIDENTIAL
from .models import AuditEvent, Membership, Organisation, User
from .roles import Role


def memberships_of(user):
    """All active memberships of a user, across services: here the user is the scope."""
    with scopes_disabled():
        found = Membership.objects.filter(user=user, is_active=True).select_related("organisation", "service")
        rank = {role: i for i, role in enumerate(Role)}  # a case manager who also assesses starts as case manager
        return sorted(found, key=lambda m: (m.service.code, m.organisation.path, rank.get(m.role, 99)))


def user_named(username):
    """The account a typed user name signs in to (allauth matches it case-insensitively), or None."""
    name = (username or "").strip()
    return User.objects.filter(username__iexact=name).order_by("pk").first() if name else None


def services_of(user):
    """The services a user holds an active membership in, each once."""
    return list({m.service_id: m.service for m in memberships_of(user)}.values())


def service_staff(service_id):
    return User.objects.filter(memberships__service_id=service_id, memberships__is_active=True).distinct() \
        .order_by("last_name", "first_name", "username")


def audit_events(service_id, *, person_id=None, actor=None, action=None, since=None, until=None,
                 include_confidential=False):
    """A service's events, newest first; the oversight body's own (confidential) events only for oversight."""
    qs = AuditEvent.objects.filter(service_id=service_id)
    if not include_confidential:
        qs = qs.exclude(changes__has_key=CONFIDENTIAL)  # only ever set to true
    if person_id:
        qs = qs.filter(person_id=person_id)
    if actor:
        qs = qs.filter(actor_label__iexact=actor)
    if action:
        qs = qs.filter(action=action)
    if since:
        qs = qs.filter(at__date__gte=since)
    if until:
        qs = qs.filter(at__date__lte=until)
    return qs.order_by("-seq")


def establishments(service_id):
    return Organisation.objects.filter(service_id=service_id, kind=Organisation.Kind.ESTABLISHMENT).order_by("name")


def units(service_id):
    return Organisation.objects.filter(service_id=service_id, kind=Organisation.Kind.UNIT).select_related("parent") \
        .order_by("path")


def placements(service_id):
    """Establishments and their units, for placement choices."""
    return Organisation.objects.filter(
        service_id=service_id, kind__in=[Organisation.Kind.ESTABLISHMENT, Organisation.Kind.UNIT]
    ).order_by("path")


def establishment_filter(request, service_id):
    """The establishments a list can be narrowed to, and the one chosen by `?establishment=` (or None:
    an unknown or foreign id chooses none rather than failing)."""
    choices = list(establishments(service_id))
    chosen = next((e for e in choices if str(e.pk) == request.GET.get("establishment")), None)
    return choices, chosen
