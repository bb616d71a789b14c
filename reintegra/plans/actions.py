"""Every write to sentence plans: permission, optimistic locking, the review clock, audit.

The plan opens with the custody episode (on admission) and its first version is due within the
service's configured days. Each issued version sets the next review: the service's interval, shorter
for the specific groups, never later than the pre-release review. Events (a transfer, a new
assessment, a disciplinary finding, the release) bring the review forward; they never put it back.

An untried (remand) detainee is presumed innocent: no plan opens on a remand admission. A remand
support plan may be opened by hand; it has no offence-focused areas and no review clock (only the
release makes its closure due). When the sentence is recorded (`people.signals.legal_status_changed`)
the plan becomes a sentence plan -- or one opens -- and the ordinary clock starts from that day.
"""

from datetime import date

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from reintegra.assessments import signals as assessment_signals
from reintegra.assessments.models import Rating
from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.editing import locked, locked_for_edit
from reintegra.core.validation import check_text, check_values
from reintegra.people import signals as custody_signals
from reintegra.people.groups import for_groups, groups_of
from reintegra.people.models import Person, is_untried

from . import audit_codes, clock, parts, perms, queries, snapshots
from .models import DueKind, Goal, GoalLink, Plan, PlanKind, PlanSettings, PlanVersion, Step, StepNote
from .snapshots import GOAL_FIELDS, STEP_FIELDS


def _open(membership, episode, sentenced_on=None):
    """A sentence plan due within the service's days of the admission (or of the sentence), or, for an
    untried detainee, a remand support plan without a clock."""
    settings = PlanSettings.of(episode.service_id)
    if episode.is_untried:
        kind, review_due, due_kind = PlanKind.REMAND_SUPPORT, None, DueKind.REVIEW
    else:
        kind, due_kind = PlanKind.SENTENCE, DueKind.INITIAL
        review_due = clock.initial_due(settings, sentenced_on or episode.admitted_on)
    plan = Plan.objects.create(
        service_id=episode.service_id, person_id=episode.person_id, episode=episode, kind=kind,
        sentenced_on=sentenced_on, review_due=review_due, due_kind=due_kind,
    )
    audit.record(audit_codes.PLAN_OPEN, service=membership.service, obj=plan, person_id=plan.person_id,
                 changes={"after": {"kind": kind, "review_due": plan.review_due}})
    return plan


@transaction.atomic
def open_plan(membership, episode):
    """By hand: a remand support plan for an untried detainee who wants one, or a sentence plan for an
    episode admitted before plans existed (new sentenced admissions open theirs automatically)."""
    require(membership, perms.MANAGE_PLAN)
    if not episode.is_open:
        raise ActionError(_("This custody episode has ended."))
    if Plan.objects.filter(episode=episode).exists():
        raise ActionError(_("This custody episode already has a plan."))
    return _open(membership, episode)


def _start_sentence_clock(membership, episode, sentenced_on):
    """An untried detainee was sentenced: the remand support plan becomes a sentence plan (or one
    opens), its first sentence-plan version due within the service's days of the sentence."""
    plan = Plan.objects.filter(episode=episode).first()
    if plan is None:
        return _open(membership, episode, sentenced_on=sentenced_on)
    plan = locked(Plan.objects.filter(service_id=episode.service_id), plan)
    if not plan.is_open or not plan.is_remand_support:
        return plan
    before = {"kind": plan.kind, "review_due": plan.review_due, "due_kind": plan.due_kind}
    plan.kind, plan.sentenced_on = PlanKind.SENTENCE, sentenced_on
    plan.review_due = clock.initial_due(PlanSettings.of(plan.service_id), sentenced_on)
    plan.due_kind, plan.due_note = DueKind.INITIAL, ""
    plan.version += 1
    plan.save()
    audit.record(audit_codes.PLAN_SENTENCED, service=membership.service, obj=plan, person_id=plan.person_id,
                 changes={**audit.diff(before, {"kind": plan.kind, "review_due": plan.review_due,
                                                "due_kind": plan.due_kind}), "sentenced_on": sentenced_on})
    return plan


def _check_plan_open(plan):
    if not plan.is_open:
        raise ActionError(_("This plan is closed."))


@transaction.atomic
def save_goal(membership, plan, data: dict, rating_ids=(), goal=None, version=None):
    """Add a goal (goal=None) or change one; `rating_ids` are the needs and strengths it addresses."""
    require(membership, perms.MANAGE_PLAN)
    _check_plan_open(plan)
    check_values(Goal, data)
    if plan.is_remand_support and data.get("area") in queries.offence_focused_areas(plan.service_id):
        raise ActionError(_("A remand support plan has no offence-focused areas: the person is presumed "
                            "innocent. Choose another area."), "area")
    if data.get("status") == Goal.Status.REMOVED and not (data.get("status_reason") or "").strip():
        raise ActionError(_("Say why the goal is removed."), "status_reason")
    if not (data.get("own_words") or "").strip():
        raise ActionError(_("Write the goal in the prisoner's own words."), "own_words")
    ratings = list(Rating.objects.filter(pk__in=rating_ids, service_id=plan.service_id,
                                         assessment__person_id=plan.person_id))
    if len(ratings) != len(set(rating_ids)):
        raise ActionError(_("A linked need belongs to another person's assessment."), "addresses")
    if goal is None:
        goal = Goal(service_id=plan.service_id, plan=plan)
        before = {}
    else:
        goal = locked_for_edit(Goal.objects.filter(service_id=plan.service_id), goal, version)
        before = {f: getattr(goal, f) for f in GOAL_FIELDS}
        goal.version += 1
    for field in GOAL_FIELDS:
        if field in data:
            setattr(goal, field, data[field])
    goal.save()
    old_links = set(goal.links.values_list("rating_id", flat=True))
    new_links = {r.pk for r in ratings}
    goal.links.filter(rating_id__in=old_links - new_links).delete()
    GoalLink.objects.bulk_create([GoalLink(service_id=plan.service_id, goal=goal, rating_id=pk)
                                  for pk in new_links - old_links])
    audit.record(audit_codes.PLAN_GOAL, service=membership.service, obj=goal, person_id=plan.person_id,
                 changes={**audit.diff(before, {f: getattr(goal, f) for f in GOAL_FIELDS}),
                          "links": sorted(new_links)})
    return goal


@transaction.atomic
def save_step(membership, goal, data: dict, step=None, version=None):
    require(membership, perms.MANAGE_PLAN)
    _check_plan_open(goal.plan)
    check_values(Step, data)
    if step is None:
        step = Step(service_id=goal.service_id, goal=goal)
        before = {}
    else:
        step = locked_for_edit(Step.objects.filter(service_id=goal.service_id), step, version)
        before = {f: getattr(step, f) for f in STEP_FIELDS}
        step.version += 1
    for field in STEP_FIELDS:
        if field in data:
            setattr(step, field, data[field])
    step.save()
    audit.record(audit_codes.PLAN_STEP, service=membership.service, obj=step, person_id=goal.plan.person_id,
                 changes=audit.diff(before, {f: getattr(step, f) for f in STEP_FIELDS}))
    return step


@transaction.atomic
def add_step_note(membership, step, text):
    require(membership, perms.MANAGE_PLAN)
    check_values(StepNote, {"text": text})
    if not text.strip():
        raise ActionError(_("Write the progress note."), "text")
    note = StepNote.objects.create(service_id=step.service_id, step=step, author_id=membership.user_id, text=text)
    audit.record(audit_codes.PLAN_NOTE, service=membership.service, obj=note, person_id=step.goal.plan.person_id)
    return note


def next_review(plan, kind, issued_on):
    """(date, why) of the review after a version of `kind` issued on `issued_on`; None when closed."""
    if kind == PlanVersion.Kind.CLOSURE or plan.is_remand_support:  # a remand support plan has no clock
        return None, DueKind.REVIEW
    person = for_groups(Person.objects.filter(pk=plan.person_id)).get()
    return clock.next_review(PlanSettings.of(plan.service_id), kind, issued_on,
                             expected_release=plan.episode.expected_release,
                             in_group=bool(groups_of(person)))


@transaction.atomic
def issue_version(membership, plan, version, *, kind, issued_on, summary):
    """Snapshot the living plan as a new version the prisoner responds to, and set the next review."""
    require(membership, perms.MANAGE_PLAN)
    plan = locked_for_edit(Plan.objects.filter(service_id=membership.service_id), plan, version)
    _check_plan_open(plan)
    check_values(PlanVersion, {"summary": summary})
    if issued_on > date.today() or issued_on < plan.episode.admitted_on:
        raise ActionError(_("The date must be between the admission and today."), "issued_on")
    if plan.sentenced_on and issued_on < plan.sentenced_on:
        raise ActionError(_("The date must be between the sentence and today."), "issued_on")
    if not summary.strip():
        raise ActionError(_("Summarise the discussion with the prisoner."), "summary")
    # A former remand support plan starts again with an initial version as a sentence plan.
    has_versions = plan.versions.filter(plan_kind=plan.kind).exists()
    if kind == PlanVersion.Kind.INITIAL and has_versions:
        raise ActionError(_("The plan already has its initial version; issue a review."), "kind")
    if kind != PlanVersion.Kind.INITIAL and not has_versions:
        raise ActionError(_("The first version of a plan is the initial plan."), "kind")
    live = Plan.objects.prefetch_related("goals__links__rating__assessment__instrument", "goals__steps").get(pk=plan.pk)
    snapshot = snapshots.take(live, parts.step_facts(live))
    if kind != PlanVersion.Kind.CLOSURE and not any(g["status"] == Goal.Status.ACTIVE for g in snapshot["goals"]):
        raise ActionError(_("A plan needs at least one active goal."), "kind")
    due, why = next_review(plan, kind, issued_on)
    number = (plan.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    issued = PlanVersion.objects.create(
        service_id=plan.service_id, plan=plan, number=number, kind=kind, issued_on=issued_on,
        issued_by_id=membership.user_id, summary=summary, snapshot=snapshot, next_review_due=due,
        plan_kind=plan.kind, countersign_required=PlanSettings.of(plan.service_id).countersign_required,
    )
    plan.review_due, plan.due_kind, plan.due_note = due, why, ""
    if kind == PlanVersion.Kind.CLOSURE:
        plan.closed_on = issued_on
    plan.version += 1
    plan.save()
    audit.record(audit_codes.PLAN_ISSUE, service=membership.service, obj=issued, person_id=plan.person_id,
                 changes={"after": {"number": number, "kind": kind, "review_due": due}})
    return issued


@transaction.atomic
def record_response(membership, plan_version, *, response, comment, interpreter_used, responded_on):
    """The prisoner's response to a version, recorded once: a changed mind is a new version."""
    require(membership, perms.MANAGE_PLAN)
    check_text(comment, "comment")
    current = locked(PlanVersion.objects.filter(service_id=membership.service_id), plan_version)
    if current.response:
        raise ActionError(_("The prisoner's response to this version is already recorded."))
    if responded_on < current.issued_on or responded_on > date.today():
        raise ActionError(_("The date must be between the version's date and today."), "responded_on")
    if response != PlanVersion.Response.AGREED and not comment.strip():
        raise ActionError(_("Record the prisoner's comment in their words, or why they could not answer."),
                          "comment")
    current.response, current.response_comment = response, comment
    current.interpreter_used, current.response_on = interpreter_used, responded_on
    current.save()
    audit.record(audit_codes.PLAN_RESPONSE, service=membership.service, obj=current, person_id=current.plan.person_id,
                 changes={"after": {"response": response}})
    return current


@transaction.atomic
def countersign(membership, plan_version):
    require(membership, perms.COUNTERSIGN_PLAN)
    current = locked(PlanVersion.objects.filter(service_id=membership.service_id), plan_version)
    if not current.awaiting_countersignature:
        raise ActionError(_("This version does not await a countersignature."))
    if current.issued_by_id == membership.user_id:
        raise ActionError(_("A supervisor other than the author countersigns."))
    current.countersigned_by_id, current.countersigned_at = membership.user_id, timezone.now()
    current.save()
    audit.record(audit_codes.PLAN_COUNTERSIGN, service=membership.service, obj=current, person_id=current.plan.person_id)
    return current


def bring_forward(membership, plan, kind: DueKind, note: str, on: date | None = None):
    """An event makes the next version due sooner (within the service's days); never later."""
    settings = PlanSettings.of(plan.service_id)
    plan = locked(Plan.objects.filter(service_id=plan.service_id), plan)
    if not plan.is_open or (plan.is_remand_support and kind != DueKind.CLOSURE):  # no clock on remand
        return plan
    due = clock.brought_forward(settings, plan.review_due, kind, date.today(), on)
    if due is None:
        return plan
    before = {"review_due": plan.review_due, "due_kind": plan.due_kind}
    plan.review_due, plan.due_kind, plan.due_note = due, kind, note[:200]
    plan.version += 1
    plan.save()
    audit.record(audit_codes.PLAN_REVIEW_DUE, service=membership.service, obj=plan, person_id=plan.person_id,
                 changes=audit.diff(before, {"review_due": due, "due_kind": kind}))
    return plan


# Custody and assessment events, sent inside the acting transaction.

@receiver(custody_signals.admitted)
def _on_admission(sender, membership, episode, **kwargs):
    if not episode.is_untried:  # a remand support plan is opened by hand, if the detainee wants one
        _open(membership, episode)


@receiver(custody_signals.legal_status_changed)
def _on_legal_status(sender, membership, episode, previous, changed_on, **kwargs):
    if is_untried(previous) and not episode.is_untried:
        _start_sentence_clock(membership, episode, changed_on)


@receiver(custody_signals.transferred)
def _on_transfer(sender, membership, episode, transfer, **kwargs):
    plan = Plan.objects.filter(episode=episode).first()
    if plan:
        bring_forward(membership, plan, DueKind.TRANSFER, f"{transfer.from_placement} → {transfer.to_placement}")


@receiver(custody_signals.released)
def _on_release(sender, membership, episode, **kwargs):
    plan = Plan.objects.filter(episode=episode).first()
    if plan:
        bring_forward(membership, plan, DueKind.CLOSURE, "", on=episode.released_on)


@receiver(assessment_signals.countersigned)
def _on_assessment(sender, membership, assessment, **kwargs):
    plan = Plan.objects.filter(person_id=assessment.person_id, closed_on__isnull=True).first()
    if plan:
        bring_forward(membership, plan, DueKind.ASSESSMENT,
                      f"{assessment.instrument.code} {assessment.assessed_on.isoformat()}")
