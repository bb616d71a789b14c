"""Every write to programmes: the catalogue, and a person's way from referral to outcome.

Places are a hard limit: enrolment locks the programme row and counts. The waiting list is a queue:
enrolling someone ahead of others needs a recorded reason.
"""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.editing import locked, locked_for_edit
from reintegra.core.models import Organisation
from reintegra.core.validation import LONG_TEXT, check_date, check_text, check_values
from reintegra.plans import perms as plans_perms
from reintegra.plans.models import Goal

from . import audit_codes, perms
from .models import Attendance, Programme, ProgrammeSession, Referral, ReferralGoal

NAME_LIMIT = 200  # a programme's name, in each language
CATALOGUE_FIELDS = ["code", "kind", "provider", "establishment", "target_groups", "eligibility", "languages",
                    "capacity", "sessions_planned", "duration_weeks", "evidence", "evidence_note", "active"]


def _require_runs(membership, programme):
    """Programme staff act for programmes delivered in their organisation (or anywhere, from HQ)."""
    require(membership, perms.RUN_PROGRAMMES)
    org = membership.organisation
    if org.kind != Organisation.Kind.HEADQUARTERS and not programme.establishment.path.startswith(org.path):
        raise ActionError(_("This programme is delivered in another establishment."))


@transaction.atomic
def save_programme(membership, data: dict, programme=None, version=None):
    """Add or change a programme. `name` and `description` map languages to texts; the languages
    given replace theirs, the others keep their text."""
    require(membership, perms.MANAGE_CATALOGUE)
    establishment = data.get("establishment")
    if establishment is None or establishment.service_id != membership.service_id \
            or establishment.kind != Organisation.Kind.ESTABLISHMENT:
        raise ActionError(_("Choose an establishment of your service."), "establishment")
    if not any((text or "").strip() for text in data["name"].values()):
        raise ActionError(_("Give the programme a name."), "name")
    check_values(Programme, data)
    for field, limit in (("name", NAME_LIMIT), ("description", LONG_TEXT)):
        for text in data.get(field, {}).values():
            check_text(text, field, limit=limit)
    if programme is None:
        programme = Programme(service_id=membership.service_id, name={}, description={})
        before = {}
    else:
        programme = locked_for_edit(Programme.objects.filter(service_id=membership.service_id), programme, version)
        before = {f: str(getattr(programme, f)) for f in CATALOGUE_FIELDS}
        programme.version += 1
    if programme.pk and data["capacity"] < programme.referrals.filter(status=Referral.Status.ENROLLED).count():
        raise ActionError(_("More people are enrolled than this number of places."), "capacity")
    for field in CATALOGUE_FIELDS:
        setattr(programme, field, data[field])
    programme.name = {**programme.name, **data["name"]}
    programme.description = {**programme.description, **data.get("description", {})}
    try:
        with transaction.atomic():
            programme.save()
    except IntegrityError:
        raise ActionError(_("Another programme of the service has this code."), "code") from None
    audit.record(audit_codes.PROGRAMME_SAVE, service=membership.service, obj=programme,
                 changes=audit.diff(before, {f: str(getattr(programme, f)) for f in CATALOGUE_FIELDS}))
    return programme


@transaction.atomic
def refer(membership, person, programme, *, reason, step=None, goals=()):
    """Refer a person, usually from a plan step; `goals` are further plan goals the programme serves."""
    require(membership, plans_perms.MANAGE_PLAN)
    if not programme.active:
        raise ActionError(_("This programme is not taking referrals."), "programme")
    if not reason.strip():
        raise ActionError(_("Say why this programme, for this person."), "reason")
    check_text(reason, "reason")
    linked = {g.pk: g for g in goals}
    if step is not None:
        if step.goal.plan.person_id != person.pk:
            raise ActionError(_("The step belongs to another person's plan."))
        linked[step.goal_id] = step.goal
    if any(g.plan.person_id != person.pk or g.status in (Goal.Status.REMOVED, Goal.Status.ACHIEVED)
           for g in linked.values()):
        raise ActionError(_("Link only the person's own open goals."), "goals")
    try:
        with transaction.atomic():
            referral = Referral.objects.create(
                service_id=membership.service_id, programme=programme, person=person, step=step,
                referred_by_id=membership.user_id, referred_on=date.today(), reason=reason)
    except IntegrityError:
        raise ActionError(_("This person already has an open referral to this programme."), "programme") from None
    ReferralGoal.objects.bulk_create([ReferralGoal(service_id=membership.service_id, referral=referral, goal=g)
                                      for g in linked.values()])
    audit.record(audit_codes.REFERRAL_CREATE, service=membership.service, obj=referral, person_id=person.pk,
                 changes={"after": {"programme": programme.code, "goals": sorted(linked)}})
    return referral


def _locked_referral_in(membership, referral, *statuses):
    current = locked(Referral.objects.select_related("programme__establishment")
                     .filter(service_id=membership.service_id), referral)
    if current.status not in statuses:
        raise ActionError(_("This referral is now: %(status)s.") % {"status": current.get_status_display()})
    return current


@transaction.atomic
def withdraw(membership, referral, reason):
    require(membership, plans_perms.MANAGE_PLAN)
    current = _locked_referral_in(membership, referral, Referral.Status.REFERRED, Referral.Status.WAITING)
    if not reason.strip():
        raise ActionError(_("Say why the referral is withdrawn."), "reason")
    check_text(reason, "reason")
    current.status, current.end_reason, current.ended_on = Referral.Status.WITHDRAWN, reason, date.today()
    current.save()
    audit.record(audit_codes.REFERRAL_END, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"after": {"status": current.status}})
    return current


@transaction.atomic
def decide(membership, referral, *, accept: bool, reason=""):
    """Accept onto the waiting list, or decline with a reason the referrer and the person can read."""
    current = _locked_referral_in(membership, referral, Referral.Status.REFERRED)
    _require_runs(membership, current.programme)
    if not accept and not reason.strip():
        raise ActionError(_("Say why the referral is declined."), "reason")
    check_text(reason, "reason")
    current.status = Referral.Status.WAITING if accept else Referral.Status.DECLINED
    current.decided_by_id, current.decided_on, current.decision_reason = membership.user_id, date.today(), reason
    if accept:
        current.queued_at = timezone.now()
    current.save()
    audit.record(audit_codes.REFERRAL_DECIDE, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"after": {"status": current.status, "reason": reason}})
    return current


def waiting_position(referral):
    """1 for the first on the list."""
    return Referral.objects.filter(programme_id=referral.programme_id, status=Referral.Status.WAITING,
                                   queued_at__lt=referral.queued_at).count() + 1


@transaction.atomic
def enrol(membership, referral, *, enrolled_on, out_of_turn_reason=""):
    current = _locked_referral_in(membership, referral, Referral.Status.WAITING)
    programme = locked(Programme.objects.filter(service_id=membership.service_id), current.programme)
    _require_runs(membership, current.programme)
    check_text(out_of_turn_reason, "out_of_turn_reason")
    if enrolled_on > date.today() or enrolled_on < current.decided_on:
        raise ActionError(_("The enrolment date must be between the acceptance and today."), "enrolled_on")
    taken = programme.referrals.filter(status=Referral.Status.ENROLLED).count()
    if taken >= programme.capacity:
        raise ActionError(_("All %(n)s places are taken; the person stays on the waiting list.")
                          % {"n": programme.capacity})
    position = waiting_position(current)
    if position > 1 and not out_of_turn_reason.strip():
        raise ActionError(_("%(n)s people are ahead on the waiting list: say why this person goes first.")
                          % {"n": position - 1}, "out_of_turn_reason")
    current.status, current.enrolled_on = Referral.Status.ENROLLED, enrolled_on
    current.out_of_turn_reason = out_of_turn_reason if position > 1 else ""
    current.save()
    audit.record(audit_codes.REFERRAL_ENROL, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"after": {"enrolled_on": enrolled_on, "position": position}})
    return current


@transaction.atomic
def record_session(membership, programme, *, held_on, topic, facilitator, marks: dict):
    """A session and the attendance of every enrolled participant: `marks` maps referral id to
    (status, note)."""
    _require_runs(membership, programme)
    if held_on > date.today():
        raise ActionError(_("A session is recorded after it took place."), "held_on")
    check_date(held_on, "held_on")
    check_values(ProgrammeSession, {"topic": topic, "facilitator": facilitator})
    for _status, note in marks.values():
        check_values(Attendance, {"note": note})
    enrolled = {r.pk: r for r in programme.referrals.select_for_update().filter(status=Referral.Status.ENROLLED)}
    if set(marks) != set(enrolled):
        raise ActionError(_("Record the attendance of every enrolled participant."))
    if any(enrolled[pk].enrolled_on > held_on for pk in marks):
        raise ActionError(_("The session is before a participant's enrolment."), "held_on")
    session = ProgrammeSession.objects.create(service_id=programme.service_id, programme=programme,
                                              held_on=held_on, topic=topic, facilitator=facilitator,
                                              recorded_by_id=membership.user_id)
    Attendance.objects.bulk_create([
        Attendance(service_id=programme.service_id, session=session, referral_id=pk, status=status, note=note)
        for pk, (status, note) in marks.items()])
    for pk, (status, _note) in marks.items():
        audit.record(audit_codes.SESSION_RECORD, service=membership.service, obj=session,
                     person_id=enrolled[pk].person_id, changes={"after": {"attendance": status}})
    return session


@transaction.atomic
def end(membership, referral, *, status, ended_on, reason, report, outcomes: dict):
    """Completed, dropped out or removed, with the end-of-programme report and an outcome per goal."""
    current = _locked_referral_in(membership, referral, Referral.Status.ENROLLED)
    _require_runs(membership, current.programme)
    if status not in Referral.ENDINGS:
        raise ActionError(_("Choose how the programme ended."), "status")
    if ended_on > date.today() or ended_on < current.enrolled_on:
        raise ActionError(_("The end date must be between the enrolment and today."), "ended_on")
    if status != Referral.Status.COMPLETED and not reason.strip():
        raise ActionError(_("Say why the programme ended early."), "reason")
    if not report.strip():
        raise ActionError(_("Write the end-of-programme report."), "report")
    check_text(reason, "reason")
    check_text(report, "report")
    for goal_id, (_outcome, comment) in outcomes.items():
        check_text(comment, f"comment_{goal_id}")
    links = {link.goal_id: link for link in current.goals.all()}
    if set(outcomes) != set(links) or not all(outcome for outcome, _comment in outcomes.values()):
        raise ActionError(_("Record an outcome for every linked goal."))
    for goal_id, (outcome, comment) in outcomes.items():
        links[goal_id].outcome, links[goal_id].comment = outcome, comment
        links[goal_id].save()
    current.status, current.ended_on, current.end_reason, current.report = status, ended_on, reason, report
    current.save()
    audit.record(audit_codes.REFERRAL_END, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"after": {"status": status, "outcomes": {k: v[0] for k, v in outcomes.items()}}})
    return current
