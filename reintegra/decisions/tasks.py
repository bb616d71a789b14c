"""The daily review reminder (django-tasks): every measure whose review is overdue or due soon is
reminded once a day to the members who may review it, by e-mail, without names (the e-mail leaves
the node; the dashboard it links to shows who)."""

from collections import defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mass_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_scopes import scopes_disabled
from django_tasks import task

from reintegra.core import audit
from reintegra.core.models import Membership, Organisation, Service

from . import audit_codes
from .models import Decision, DecisionSettings, Reminder


@task()
def send_review_reminders(service_id: int | None = None, on: str | None = None) -> int:
    """Returns how many reminders were written. Safe to run more than once a day."""
    today = date.fromisoformat(on) if on else date.today()
    written = 0
    with scopes_disabled():
        services = Service.objects.filter(pk=service_id) if service_id else Service.objects.all()
        for service in services:
            written += _remind(service, today)
    return written


def _remind(service, today):
    horizon = today + timedelta(days=DecisionSettings.of(service.pk).due_soon_days)
    due = list(Decision.objects.filter(service=service, status__in=Decision.IN_FORCE, type__category="measure",
                                       review_due__lte=horizon)
               .exclude(reminders__day=today).select_related("type", "episode__establishment"))
    if not due:
        return 0
    Reminder.objects.bulk_create([Reminder(service=service, decision=d, day=today, overdue=d.review_due < today)
                                  for d in due])
    messages = _messages(service, due, today)
    send_mass_mail(messages, fail_silently=True)
    audit.record(audit_codes.REVIEW_REMINDERS, service=service,
                 changes={"day": today, "decisions": [d.pk for d in due], "emails": len(messages)})
    return len(due)


def _messages(service, due, today):
    """One e-mail per reviewer: counts per establishment and a link to the dashboard."""
    per_user = defaultdict(lambda: [0, 0])
    members = Membership.objects.filter(service=service, is_active=True).exclude(user__email="") \
        .select_related("user", "organisation")
    for decision in due:
        for member in members:
            at_hq = member.organisation.kind == Organisation.Kind.HEADQUARTERS
            if member.role in decision.type.decide_roles and (
                    at_hq or decision.episode.establishment.path.startswith(member.organisation.path)):
                per_user[member.user][0 if decision.review_due < today else 1] += 1
    link = settings.SITE_URL + reverse("decisions:dashboard")
    messages = []
    for user, (overdue, soon) in per_user.items():
        with translation.override(user.preferred_language or (service.languages or ["en"])[0]):
            subject = _("Reintegra: reviews of restrictive measures")
            body = "\n".join([
                ngettext("%(n)s review is overdue.", "%(n)s reviews are overdue.", overdue) % {"n": overdue},
                ngettext("%(n)s review is due soon.", "%(n)s reviews are due soon.", soon) % {"n": soon},
                _("See the decisions dashboard: %(link)s") % {"link": link},
            ])
        messages.append((subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]))
    return messages


@task()
def carry_out_allocations(on: str | None = None) -> int:
    """Allocations decided for a later date take effect on it (run daily). Each is carried out in the
    name of the governor who decided it; one whose decision-maker no longer holds a membership that
    may move persons is left for the dashboard. Returns how many were carried out."""
    from django_scopes import scope

    from . import actions
    from .models import Category

    today = date.fromisoformat(on) if on else date.today()
    done = 0
    with scopes_disabled():
        due = list(Decision.objects.filter(status__in=Decision.IN_FORCE, type__category=Category.ALLOCATION,
                                           carried_out_on__isnull=True, starts_on__lte=today,
                                           episode__released_on__isnull=True).values_list("service_id", "pk"))
    for service_id, pk in due:
        with scope(service=service_id):
            decision = Decision.objects.select_related("placement", "episode", "type").get(pk=pk)
            member = next((m for m in Membership.objects.filter(service_id=service_id, user_id=decision.decided_by_id,
                                                                is_active=True).select_related("organisation", "service")
                           if m.has("people.manage_custody")), None)
            if member is not None and actions.carry_out_later(member, decision):
                done += 1
    return done
