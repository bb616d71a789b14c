"""Every write to decisions: role and level, the rules, optimistic locking and audit, in one transaction.

Proposed → decided (the decision-maker confirms or changes it) or returned to the proposer, or not
decided → in force, reviewed on its clock ("under review" once a review keeps it) → ended by a review,
by a lifting decision or by an extension that replaces it. The proposer never decides their own proposal.
"""

from datetime import date, timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from reintegra.assessments import actions as assessing
from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.editing import locked, locked_for_edit
from reintegra.core.validation import check_text, check_values
from reintegra.people import actions as custody
from reintegra.people import signals as custody_signals

from . import audit_codes, clock, perms, rules
from .models import Appeal, Category, Decision, DecisionSettings, Evidence, Level, Review, SeparationDay

CONTENT = ["legal_basis", "reasons", "proportionality", "alternatives", "pregnant_or_nursing",
           "vulnerability_justification", "placement", "classification", "lifts", "extends", "starts_on", "ends_on",
           "review_due", "urgent_reason", "backdating_reason", "external_body", "external_reference"]
TEXTS = ["reasons", "proportionality", "alternatives", "vulnerability_justification", "classification",
         "urgent_reason", "backdating_reason", "external_body", "external_reference"]


def _check_role(membership, roles, message):
    if membership.role not in roles:
        raise ActionError(message)


def _snapshot(decision):
    return {f: str(getattr(decision, f)) for f in CONTENT}


@transaction.atomic
def propose(membership, person, decision_type, data: dict, evidence: list[dict]):
    """A proposal with its evidence; `evidence` items are dicts of Evidence fields."""
    require(membership, perms.PROPOSE_DECISION)
    _check_role(membership, decision_type.propose_roles, _("Your role may not propose this type of decision."))
    if decision_type.service_id != membership.service_id or not decision_type.active:
        raise ActionError(_("Choose a decision type of your service."), "type")
    episode = person.current_episode
    if episode is None:
        raise ActionError(_("This person is not in custody."))
    decision = Decision(service_id=membership.service_id, person=person, episode=episode, type=decision_type,
                        proposed_by_id=membership.user_id, **{f: data.get(f) for f in CONTENT if f in data})
    for text in TEXTS:
        setattr(decision, text, getattr(decision, text) or "")
    interval = rules.review_interval(decision_type)
    if decision_type.is_reviewed and decision.review_due is None and interval and decision.starts_on:
        decision.review_due = clock.latest_review(decision.starts_on, interval)
    _check_links(decision, person)
    items = [Evidence(service_id=membership.service_id, **item) for item in evidence]
    rules.check_content(decision, person, items)
    for item in items:
        if item.assessment_id and item.assessment.person_id != person.pk:
            raise ActionError(_("The assessment belongs to another person."), "evidence")
    decision.save()
    for item in items:
        item.decision = decision
    Evidence.objects.bulk_create(items)
    audit.record(audit_codes.DECISION_PROPOSE, service=membership.service, obj=decision, person_id=person.pk,
                 changes={"after": {"type": decision_type.code, **_snapshot(decision)},
                          "evidence": [i.kind for i in items]})
    return decision


def _check_links(decision, person):
    for field in ("lifts", "extends"):
        target = getattr(decision, field)
        if target is not None and (target.person_id != person.pk or not target.in_force):
            raise ActionError(_("Choose a measure of this person that is in force."), field)
    if decision.extends is not None and decision.extends.type_id != decision.type_id:
        raise ActionError(_("An extension continues a measure of the same type."), "extends")
    if decision.placement is not None and decision.placement.service_id != decision.service_id:
        raise ActionError(_("Choose an establishment or unit of your service."), "placement")


def _decision_for_edit(membership, decision, version):
    return locked_for_edit(Decision.objects.select_related("type", "person", "episode")
                           .filter(service_id=membership.service_id), decision, version)


@transaction.atomic
def decide(membership, decision, version, *, outcome, note="", changes=None):
    """`outcome`: "confirm", "change" (with `changes` to the content), "return" or "reject"."""
    require(membership, perms.DECIDE)
    check_text(note, "note")
    current = _decision_for_edit(membership, decision, version)
    _check_role(membership, current.type.decide_roles, _("Your role may not decide this type of decision."))
    if current.status != Decision.Status.PROPOSED:
        raise ActionError(_("Only a proposal can be decided."))
    if current.proposed_by_id == membership.user_id:
        raise ActionError(_("The person who proposed a decision does not decide it."))
    before = _snapshot(current)
    if outcome in ("return", "reject"):
        if not note.strip():
            raise ActionError(_("Say why, for the proposer and the record."), "note")
        current.status = Decision.Status.RETURNED if outcome == "return" else Decision.Status.REJECTED
    elif outcome in ("confirm", "change"):
        for field, value in (changes or {}).items() if outcome == "change" else ():
            setattr(current, field, value)
        _check_links(current, current.person)
        rules.check_content(current, current.person, list(current.evidence.all()))
        needed, held = rules.required_level(current, current.person), rules.level_of(membership)
        if needed == Level.HEADQUARTERS and held != Level.HEADQUARTERS:
            raise ActionError(_("This decision must be taken at the highest level: service headquarters."))
        if outcome == "change" and before == _snapshot(current):
            raise ActionError(_("Nothing was changed; confirm the proposal instead."))
        _check_heard(current)
        current.status = Decision.Status.DECIDED
        current.decided_level = held
        basis = current.legal_basis
        current.basis_law, current.basis_article, current.basis_text = basis.law, basis.article, basis.text
        _take_effect(membership, current)
        assessing.reassess_on_decision(membership, current)  # an instrument may list this type
    else:
        raise ActionError(_("Choose a decision."), "outcome")
    current.decided_by_id, current.decided_at, current.decision_note = membership.user_id, timezone.now(), note
    current.version += 1
    current.save()
    audit.record(audit_codes.DECISION_DECIDE, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"outcome": outcome, **audit.diff(before, _snapshot(current)), "note": note})
    return current


def _check_heard(decision):
    """A measure comes into force only when the person was heard (or declined to be), or on the urgent
    path, which sets the time by which they must be heard."""
    if not decision.type.is_measure or decision.heard:
        return
    if not decision.urgent_reason.strip():
        raise ActionError(_("A measure comes into force only after the person was heard (or declined to make "
                            "representations). Record the hearing, or say why it is urgent."), "outcome")
    hours = DecisionSettings.of(decision.service_id).urgent_hearing_hours
    decision.hearing_due_by = timezone.now() + timedelta(hours=hours)


def _take_effect(membership, decision):
    """What a decision changes beyond itself: a placement (on its date: `carry_out_allocations` takes
    the future ones), or the measure it lifts or extends."""
    if decision.type.category == Category.ALLOCATION and decision.starts_on <= date.today():
        carry_out(membership, decision)
    for previous, reason in ((decision.lifts, _("Lifted by decision")), (decision.extends, _("Extended by decision"))):
        if previous is not None:
            previous.status, previous.ended_on = Decision.Status.ENDED, decision.starts_on
            previous.end_reason = f"{reason} {decision.starts_on.isoformat()}"
            previous.version += 1
            previous.save()


def carry_out(membership, decision):
    placement = decision.placement
    establishment = placement.establishment
    custody.transfer(membership, decision.episode, establishment=establishment,
                     unit=placement if placement != establishment else None,
                     transferred_on=decision.starts_on, reason=str(decision.type))
    decision.carried_out_on = date.today()


@transaction.atomic
def carry_out_later(membership, decision) -> bool:
    """A future-dated allocation on its day (the daily task); False when it can no longer be carried out."""
    current = locked(Decision.objects.select_related("placement", "episode", "type")
                     .filter(service_id=membership.service_id), decision)
    if current.carried_out_on or not current.in_force or current.starts_on > date.today():
        return False
    carry_out(membership, current)
    current.save(update_fields=["carried_out_on"])
    return True


@transaction.atomic
def resubmit(membership, decision, version, data: dict):
    """The proposer revises a returned proposal and submits it again."""
    require(membership, perms.PROPOSE_DECISION)
    current = _decision_for_edit(membership, decision, version)
    if current.status != Decision.Status.RETURNED or current.proposed_by_id != membership.user_id:
        raise ActionError(_("Only the proposer can revise a returned proposal."))
    before = _snapshot(current)
    for field in CONTENT:
        if field in data:
            setattr(current, field, data[field])
    _check_links(current, current.person)
    rules.check_content(current, current.person, list(current.evidence.all()))
    current.status = Decision.Status.PROPOSED
    current.version += 1
    current.save()
    audit.record(audit_codes.DECISION_PROPOSE, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"resubmitted": True, **audit.diff(before, _snapshot(current))})
    return current


HEARING_FIELDS = ("hearing", "heard_on", "informed_on", "representations", "copy_given")


@transaction.atomic
def record_hearing(membership, decision, version, *, hearing, heard_on=None, representations="",
                   interpreter_used=False, informed_on=None, copy_given=None, copy_withheld_reason=""):
    """The person heard (before the decision, or within the hours of an urgent one) and informed of it."""
    require(membership, perms.PROPOSE_DECISION)
    check_values(Decision, {"heard_on": heard_on, "representations": representations, "informed_on": informed_on,
                            "copy_withheld_reason": copy_withheld_reason})
    current = _decision_for_edit(membership, decision, version)
    today = date.today()
    if hearing not in (Decision.Hearing.HEARD, Decision.Hearing.DECLINED, Decision.Hearing.NOT_ASKED):
        raise ActionError(_("Say whether the person was heard."), "hearing")
    if hearing != Decision.Hearing.NOT_ASKED and (heard_on is None or heard_on > today):
        raise ActionError(_("Give the date the person was heard (not in the future)."), "heard_on")
    if hearing == Decision.Hearing.HEARD and not representations.strip():
        raise ActionError(_("Record the person's representations in their words, or that they declined to make "
                            "any."), "representations")
    if informed_on is not None and informed_on > today:
        raise ActionError(_("The date cannot be in the future."), "informed_on")
    if informed_on is not None and copy_given is None:
        raise ActionError(_("Say whether a copy was given."), "copy_given")
    if copy_given is False and not copy_withheld_reason.strip():
        raise ActionError(_("Say why a copy was withheld."), "copy_withheld_reason")
    before = {f: getattr(current, f) for f in HEARING_FIELDS}
    current.hearing, current.heard_on = hearing, heard_on if hearing != Decision.Hearing.NOT_ASKED else None
    current.informed_on, current.representations, current.interpreter_used = informed_on, representations, \
        interpreter_used
    current.copy_given, current.copy_withheld_reason = copy_given, "" if copy_given is not False \
        else copy_withheld_reason
    current.version += 1
    current.save()
    audit.record(audit_codes.DECISION_HEARING, service=membership.service, obj=current, person_id=current.person_id,
                 changes=audit.diff(before, {f: getattr(current, f) for f in HEARING_FIELDS}))
    return current


@transaction.atomic
def record_appeal(membership, decision, *, lodged_on, body, appeal=None, outcome=Appeal.Outcome.PENDING,
                  outcome_on=None, note=""):
    """Lodge an appeal (appeal=None) or record its outcome."""
    require(membership, perms.PROPOSE_DECISION)
    check_values(Appeal, {"body": body, "outcome_on": outcome_on, "note": note})
    if lodged_on > date.today() or lodged_on < min(decision.starts_on, decision.proposed_at.date()):
        raise ActionError(_("The appeal date must be between the decision and today."), "lodged_on")
    if outcome != Appeal.Outcome.PENDING and outcome_on is None:
        raise ActionError(_("Give the date of the outcome."), "outcome_on")
    if appeal is None:
        appeal = Appeal(service_id=decision.service_id, decision=decision)
    elif appeal.outcome != Appeal.Outcome.PENDING:
        raise ActionError(_("The outcome of this appeal is already recorded."))
    appeal.lodged_on, appeal.body, appeal.outcome, appeal.outcome_on, appeal.note = lodged_on, body, outcome, \
        outcome_on, note
    appeal.save()
    audit.record(audit_codes.DECISION_APPEAL, service=membership.service, obj=appeal, person_id=decision.person_id,
                 changes={"after": {"body": body, "outcome": outcome}})
    _appeal_effect(membership, decision, appeal)
    return appeal


def _appeal_effect(membership, decision, appeal):
    """An upheld appeal ends the decision (a new decision may vary it); a partly upheld one puts it under
    review at once."""
    if appeal.outcome not in (Appeal.Outcome.UPHELD, Appeal.Outcome.PARTLY) or not decision.in_force:
        return
    current = locked(Decision.objects.filter(service_id=decision.service_id), decision)
    if appeal.outcome == Appeal.Outcome.UPHELD:
        current.status, current.ended_on, current.review_due = Decision.Status.ENDED, appeal.outcome_on, None
        current.end_reason = _("Appeal upheld by %(body)s") % {"body": appeal.body}
    else:
        current.status = Decision.Status.UNDER_REVIEW
        current.review_due = min(current.review_due or date.today(), date.today())
    current.version += 1
    current.save()
    audit.record(audit_codes.DECISION_END if current.status == Decision.Status.ENDED
                 else audit_codes.DECISION_UNDER_REVIEW, service=membership.service, obj=current,
                 person_id=current.person_id, reason=appeal.note,
                 changes={"after": {"status": current.status, "appeal": appeal.pk}})


@transaction.atomic
def review(membership, decision, version, *, reviewed_on, outcome, reasons, next_review_due=None,
           person_heard="", representations=""):
    """Keep a measure or a classification (with the next review date) or end it, the person heard each
    time, by someone other than the decision-maker (unless the type's law says otherwise). Past its
    maximum duration a measure can only end: continuing needs a new decision at the required level."""
    require(membership, perms.DECIDE)
    check_values(Review, {"reasons": reasons, "representations": representations, "next_review_due": next_review_due})
    current = _decision_for_edit(membership, decision, version)
    _check_role(membership, current.type.decide_roles, _("Your role may not review this type of decision."))
    if not current.in_force or not current.type.is_reviewed:
        raise ActionError(_("Only a measure or a classification in force is reviewed."))
    if current.decided_by_id == membership.user_id and not current.type.review_by_decider:
        raise ActionError(_("The review is by someone other than the person who decided the measure."))
    if not reasons.strip():
        raise ActionError(_("A review needs its reasons in words."), "reasons")
    if person_heard not in (Decision.Hearing.HEARD, Decision.Hearing.DECLINED):
        raise ActionError(_("Hear the person before the review: record their representations, or that they "
                            "declined to make any."), "person_heard")
    if person_heard == Decision.Hearing.HEARD and not representations.strip():
        raise ActionError(_("Record the person's representations in their words."), "representations")
    if reviewed_on > date.today() or reviewed_on < current.starts_on:
        raise ActionError(_("The review date must be between the start of the measure and today."), "reviewed_on")
    if outcome == Review.Outcome.CONTINUE:
        if next_review_due is None or next_review_due <= reviewed_on:
            raise ActionError(_("Give the date of the next review."), "next_review_due")
        interval = rules.review_interval(current.type)
        latest = clock.latest_review(reviewed_on, interval)
        if latest and next_review_due > latest:
            raise ActionError(_("The next review can be at most %(n)s days away.") % {"n": interval},
                              "next_review_due")
        maximum = current.type.max_duration_days
        if maximum and rules.days_in_force(current, reviewed_on) >= maximum:
            raise ActionError(_("The measure has reached its maximum duration: end it, or take a new decision "
                                "at the required level to extend it."), "outcome")
        statutory = DecisionSettings.of(current.service_id).separation_max_days
        if current.type.is_separation and rules.consecutive_separation_days(current, reviewed_on) >= statutory:
            raise ActionError(_("The person has been separated for the statutory maximum of %(n)s days: a review "
                                "cannot continue the separation; end it, or take a new decision at the highest "
                                "level on a legal basis that allows an extension.") % {"n": statutory}, "outcome")
        next_review_due = clock.within_end(next_review_due, current.ends_on)
        current.status, current.review_due = Decision.Status.UNDER_REVIEW, next_review_due
    elif outcome == Review.Outcome.END:
        current.status, current.ended_on, current.end_reason = Decision.Status.ENDED, reviewed_on, reasons
        current.review_due, next_review_due = None, None
    else:
        raise ActionError(_("Choose the outcome of the review."), "outcome")
    record = Review.objects.create(service_id=current.service_id, decision=current, reviewed_on=reviewed_on,
                                   reviewed_by_id=membership.user_id, outcome=outcome, reasons=reasons,
                                   person_heard=person_heard, representations=representations,
                                   next_review_due=next_review_due)
    current.version += 1
    current.save()
    audit.record(audit_codes.DECISION_REVIEW, service=membership.service, obj=record, person_id=current.person_id,
                 changes={"after": {"outcome": outcome, "next_review_due": next_review_due}})
    return record


@transaction.atomic
def log_separation_day(membership, decision, *, day, contact_hours, contact_with, medical_visit, medical_by,
                       governor_visit=False, governor_visit_by="", health_objection="", note=""):
    """One day of the log, never overwritten. A health professional's objection puts the measure under
    review at once (Mandela Rule 46)."""
    require(membership, perms.LOG_SEPARATION)
    check_values(SeparationDay, {"contact_with": contact_with, "medical_by": medical_by,
                                 "governor_visit_by": governor_visit_by, "health_objection": health_objection,
                                 "note": note})
    if not decision.type.is_separation or decision.status not in (*Decision.IN_FORCE, Decision.Status.ENDED):
        raise ActionError(_("This decision is not a separation in force."))
    last = min(decision.ended_on or date.today(), date.today())
    if day < decision.starts_on or day > last:
        raise ActionError(_("The day must be within the separation and not in the future."), "day")
    if contact_hours < 0 or contact_hours > 24:
        raise ActionError(_("Hours of contact are between 0 and 24."), "contact_hours")
    if contact_hours and not contact_with.strip():
        raise ActionError(_("Say with whom the contact was."), "contact_with")
    if medical_visit and not medical_by.strip():
        raise ActionError(_("Say who made the medical visit."), "medical_by")
    if governor_visit and not governor_visit_by.strip():
        raise ActionError(_("Say who visited for the governor."), "governor_visit_by")
    if health_objection.strip() and not medical_visit:
        raise ActionError(_("An objection is recorded with the health-care visit that made it."), "medical_visit")
    if SeparationDay.objects.filter(decision=decision, day=day).exists():
        raise ActionError(_("This day is already in the log; nothing was overwritten."), "day")
    entry = SeparationDay.objects.create(
        service_id=decision.service_id, decision=decision, day=day, contact_hours=contact_hours,
        contact_with=contact_with, medical_visit=medical_visit, medical_by=medical_by,
        governor_visit=governor_visit, governor_visit_by=governor_visit_by if governor_visit else "",
        health_objection=health_objection.strip(), note=note, recorded_by_id=membership.user_id)
    audit.record(audit_codes.SEPARATION_LOG, service=membership.service, obj=entry, person_id=decision.person_id,
                 changes={"after": {"day": day, "hours": contact_hours, "medical": medical_visit,
                                    "governor": governor_visit, "objection": bool(entry.health_objection)}})
    if entry.health_objection and decision.in_force:
        current = locked(Decision.objects.filter(service_id=decision.service_id), decision)
        current.status = Decision.Status.UNDER_REVIEW
        current.review_due = min(current.review_due or date.today(), date.today())  # an overdue review stays overdue
        current.version += 1
        current.save()
        audit.record(audit_codes.DECISION_UNDER_REVIEW, service=membership.service, obj=current,
                     person_id=current.person_id, reason=entry.health_objection,
                     changes={"after": {"status": current.status, "review_due": current.review_due}})
    return entry


@receiver(custody_signals.released)
def _end_on_release(sender, membership, episode, **kwargs):
    """A release ends every measure and placement decision of the custody episode."""
    for decision in Decision.objects.select_for_update().filter(episode=episode, status__in=Decision.IN_FORCE):
        decision.status, decision.ended_on = Decision.Status.ENDED, episode.released_on
        decision.end_reason, decision.review_due = _("Ended on release"), None
        decision.version += 1
        decision.save()
        audit.record(audit_codes.DECISION_END, service=membership.service, obj=decision, person_id=decision.person_id,
                     changes={"after": {"status": decision.status, "ended_on": decision.ended_on}})
