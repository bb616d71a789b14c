"""Every write to assessments: permission, certification, workflow state, audit — in one transaction.

Workflow: draft (saved as you go) → submitted → countersigned by a second certified user, or returned
with comments to its author → superseded when the next assessment with the same instrument is
countersigned. Once submitted, an assessment never changes; corrections are dated addenda, by its
author or by a colleague certified to countersign it. A certification can lapse between two steps, so
every step (start, save, submit, countersign, return, addendum) checks it again, on the day.

The review clock: set on submission, it comes forward (never back) when an event the instrument lists
in `review.reassess_on` happens to the person: a transfer, a new conviction, a decision of a listed type.
"""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.editing import locked, locked_for_edit
from reintegra.core.validation import check_date, check_text, check_values
from reintegra.people import signals as custody_signals
from reintegra.people.models import LegalStatus

from . import audit_codes, clock, perms, signals
from .models import (
    DECISION_TRIGGER,
    Addendum,
    Assessment,
    AssessmentSettings,
    IndividualFactor,
    Instrument,
    Rating,
)
from .queries import is_certified

FIELDS = ["assessed_on", "sources", "sources_note", "interpreter_used", "judgement", "key_factors", "rationale",
          "prisoner_view", "disclosed", "not_disclosed_reason", "review_due"]


def _require_certified(membership, instrument, fresh=True):
    if not is_certified(membership, instrument, fresh=fresh):
        raise ActionError(_("You need a valid certification for %(instrument)s (%(code)s) to do this.")
                          % {"instrument": instrument.name(), "code": instrument.certification})


@transaction.atomic
def start(membership, person, instrument, assessed_on=None):
    require(membership, perms.ASSESS)
    if instrument.status != Instrument.Status.PUBLISHED:
        raise ActionError(_("This instrument version is not published; choose a published one."))
    _require_certified(membership, instrument)
    check_date(assessed_on, "assessed_on")
    assessment = Assessment.objects.create(
        service_id=membership.service_id, person=person, instrument=instrument, assessor_id=membership.user_id,
        assessed_on=assessed_on or date.today(),
    )
    audit.record(audit_codes.ASSESSMENT_START, service=membership.service, obj=assessment, person_id=person.pk,
                 changes={"after": {"instrument": str(instrument)}})
    return assessment


def _validate_values(instrument, fields, ratings, factors):
    problems = {}
    valid_items = {item["code"]: item for _, item in instrument.items()}
    for code, (value, reason, _evidence) in ratings.items():
        item = valid_items.get(code)
        if item is None:
            problems[code] = _("Unknown item.")
        elif value and value not in instrument.scale_values(item["scale"]):
            problems[code] = _("Choose a value from the item's scale.")
        elif value and reason:
            problems[code] = _("An item is either rated or not rated with a reason, not both.")
    judgement = fields.get("judgement")
    if judgement and judgement not in instrument.judgement_codes():
        problems["judgement"] = _("Choose one of the instrument's judgement options.")
    slots = instrument.definition.get("individual_factors", {}).get("slots", 0)
    if len(factors) > slots:
        problems["factors"] = _("This instrument allows %(n)s individual factors.") % {"n": slots}
    review_due, assessed_on = fields.get("review_due"), fields.get("assessed_on")
    if review_due and assessed_on:
        latest = clock.review_due(assessed_on, instrument.review_interval_days)
        if review_due > latest:
            problems["review_due"] = _("The review can be brought forward, not put back: at the latest %(date)s.") \
                % {"date": latest.isoformat()}
        if review_due < assessed_on:
            problems["review_due"] = _("The review date is before the assessment date.")
    if assessed_on and assessed_on > date.today():
        problems["assessed_on"] = _("The assessment date cannot be in the future.")
    _limit_problems(problems, fields, ratings, factors)
    if problems:
        raise AssessmentInvalid(problems)


def _limit_problems(problems, fields, ratings, factors):
    """The limits of `core.validation` on each text and date, as problems of their field or item."""

    def note(key, check, *args):
        try:
            check(*args)
        except ActionError as error:
            problems.setdefault(key or error.field, error.message)

    note(None, check_values, Assessment, fields)
    for code, (_value, reason, evidence) in ratings.items():
        note(code, check_values, Rating, {"not_rated_reason": reason, "evidence": evidence})
    for _kind, text in factors:
        note("factors", check_text, text, "factors")


class AssessmentInvalid(ActionError):
    """Several fields at once; `problems` maps field or item code to a translated message."""

    def __init__(self, problems):
        super().__init__(_("The assessment has errors; nothing was saved."))
        self.problems = problems


@transaction.atomic
def save_draft(membership, assessment, version, fields: dict, ratings: dict, factors: list):
    """Save what the author has so far. `ratings` maps item code to (value, not-rated reason, evidence)."""
    require(membership, perms.ASSESS)
    current = locked_for_edit(Assessment.objects.filter(service_id=membership.service_id), assessment, version)
    if current.assessor_id != membership.user_id:
        raise ActionError(_("Only the author can edit a draft."))
    if not current.is_editable:
        raise ActionError(_("A submitted assessment cannot be changed; add a dated addendum instead."))
    _require_certified(membership, current.instrument)
    _validate_values(current.instrument, {**{f: getattr(current, f) for f in FIELDS}, **fields}, ratings, factors)
    before = {f: getattr(current, f) for f in FIELDS}
    for field, value in fields.items():
        setattr(current, field, value)
    current.version += 1
    current.save()
    existing = {r.item: r for r in current.ratings.all()}
    changed_items = []
    for code, (value, reason, evidence) in ratings.items():
        rating = existing.get(code) or Rating(service_id=current.service_id, assessment=current, item=code)
        if (rating.value, rating.not_rated_reason, rating.evidence) != (value, reason, evidence):
            rating.value, rating.not_rated_reason, rating.evidence = value, reason, evidence
            rating.save()
            changed_items.append(code)
    current.individual_factors.all().delete()
    IndividualFactor.objects.bulk_create([
        IndividualFactor(service_id=current.service_id, assessment=current, slot=i, kind=kind, description=text)
        for i, (kind, text) in enumerate(factors, start=1)
    ])
    audit.record(audit_codes.ASSESSMENT_SAVE, service=membership.service, obj=current, person_id=current.person_id,
                 changes={**audit.diff(before, {f: getattr(current, f) for f in FIELDS}), "items": changed_items})
    return current


def missing_for_submission(assessment):
    """What still stops a submission, as (field or item code, translated message)."""
    instrument = assessment.instrument
    ratings = {r.item: r for r in assessment.ratings.all()}
    missing = []
    for _domain, item in instrument.items():
        rating = ratings.get(item["code"])
        if rating is None or not (rating.value or rating.not_rated_reason):
            missing.append((item["code"], _("Rate this item, or say why it is not rated.")))
        elif rating.value and item.get("evidence_required") and not rating.evidence.strip():
            missing.append((item["code"], _("This item needs the evidence for the rating.")))
    if not assessment.sources:
        missing.append(("sources", _("Say which sources the assessment used.")))
    if not assessment.judgement:
        missing.append(("judgement", _("Enter your overall professional judgement.")))
    if not assessment.key_factors.strip():
        missing.append(("key_factors", _("Name the key factors behind the judgement.")))
    if not assessment.rationale.strip():
        missing.append(("rationale", _("Write the rationale for the judgement in words.")))
    if assessment.disclosed is None:
        missing.append(("disclosed", _("Record whether the assessment was disclosed to the person.")))
    elif assessment.disclosed is False and not assessment.not_disclosed_reason.strip():
        missing.append(("not_disclosed_reason", _("Say why the assessment was not disclosed.")))
    return missing


@transaction.atomic
def submit(membership, assessment, version):
    require(membership, perms.ASSESS)
    current = locked_for_edit(Assessment.objects.filter(service_id=membership.service_id), assessment, version)
    if current.assessor_id != membership.user_id:
        raise ActionError(_("Only the author can submit an assessment."))
    if not current.is_editable:
        raise ActionError(_("This assessment has already been submitted."))
    _require_certified(membership, current.instrument)
    missing = missing_for_submission(current)
    if missing:
        raise AssessmentInvalid(dict(missing))
    current.status = Assessment.Status.SUBMITTED
    current.submitted_at = timezone.now()
    current.review_due = current.review_due or clock.review_due(current.assessed_on,
                                                                current.instrument.review_interval_days)
    current.version += 1
    current.save()
    audit.record(audit_codes.ASSESSMENT_SUBMIT, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"after": {"judgement": current.judgement, "review_due": current.review_due}})
    return current


def _check_second_signer(membership, current):
    require(membership, perms.COUNTERSIGN)
    if current.assessor_id == membership.user_id:
        raise ActionError(_("The author cannot countersign or return their own assessment."))
    if current.status != Assessment.Status.SUBMITTED:
        raise ActionError(_("Only a submitted assessment can be countersigned or returned."))
    _require_certified(membership, current.instrument)


@transaction.atomic
def countersign(membership, assessment):
    current = locked(Assessment.objects.filter(service_id=membership.service_id), assessment)
    _check_second_signer(membership, current)
    current.status = Assessment.Status.COUNTERSIGNED
    current.countersigned_by_id = membership.user_id
    current.countersigned_at = timezone.now()
    current.version += 1
    current.save()
    previous = Assessment.objects.select_for_update().filter(
        person_id=current.person_id, instrument__code=current.instrument.code,
        status=Assessment.Status.COUNTERSIGNED,
    ).exclude(pk=current.pk)
    superseded = [p.pk for p in previous]
    previous.update(status=Assessment.Status.SUPERSEDED, superseded_by=current)
    audit.record(audit_codes.ASSESSMENT_COUNTERSIGN, service=membership.service, obj=current,
                 person_id=current.person_id, changes={"superseded": superseded})
    signals.countersigned.send(sender=Assessment, membership=membership, assessment=current)
    return current


@transaction.atomic
def return_to_author(membership, assessment, comments):
    current = locked(Assessment.objects.filter(service_id=membership.service_id), assessment)
    _check_second_signer(membership, current)
    if not comments.strip():
        raise ActionError(_("Say what the author should look at again."), "comments")
    check_text(comments, "comments")
    current.status = Assessment.Status.RETURNED
    current.return_comments = comments.strip()
    current.submitted_at = None
    current.version += 1
    current.save()
    audit.record(audit_codes.ASSESSMENT_RETURN, service=membership.service, obj=current, person_id=current.person_id,
                 changes={"comments": current.return_comments})
    return current


def _check_addendum(membership, assessment, fresh=True):
    require(membership, perms.ASSESS)
    if assessment.is_editable:
        raise ActionError(_("A draft is corrected by editing it; addenda are for submitted assessments."))
    if assessment.assessor_id != membership.user_id and not membership.has(perms.COUNTERSIGN):
        raise ActionError(_("Only the author or a certified countersigner of this instrument can add an addendum."))
    _require_certified(membership, assessment.instrument, fresh=fresh)


def may_add_addendum(membership, assessment) -> bool:
    """For the page: the same rule as `add_addendum`, on the certifications read once per request."""
    try:
        _check_addendum(membership, assessment, fresh=False)
    except (ActionError, PermissionDenied):
        return False
    return True


@transaction.atomic
def add_addendum(membership, assessment, text):
    """A dated addition by the author or by a colleague certified to countersign the instrument: an
    addendum changes what readers take from a signed assessment, so it takes the same qualification."""
    current = locked(Assessment.objects.filter(service_id=membership.service_id).select_related("instrument"),
                     assessment)
    _check_addendum(membership, current)
    if not text.strip():
        raise ActionError(_("Write the addendum."), "text")
    check_text(text, "text")
    addendum = Addendum.objects.create(service_id=membership.service_id, assessment=current,
                                       author_id=membership.user_id, text=text.strip())
    audit.record(audit_codes.ASSESSMENT_ADDENDUM, service=membership.service, obj=addendum,
                 person_id=current.person_id, changes={"after": {"text": addendum.text}})
    return addendum


@transaction.atomic
def reassess(membership, person_id, trigger: str, note: str = ""):
    """A re-assessment trigger happened to a person: `transfer`, `new_conviction` or
    `decision:<decision type code>`. Each current assessment whose instrument lists the trigger in
    `review.reassess_on` falls due within the service's days, never later than it already was.

    Runs inside the acting transaction (the custody receivers below, `decisions.actions.decide`) for
    whoever acted, whatever their role: the clock follows the event, as a plan's does. Returns the
    assessments brought forward.
    """
    current = Assessment.objects.select_for_update(of=("self",)).filter(
        service_id=membership.service_id, person_id=person_id,
        status__in=[Assessment.Status.SUBMITTED, Assessment.Status.COUNTERSIGNED],
    ).select_related("instrument")
    within = None
    moved = []
    for assessment in current:
        if trigger not in assessment.instrument.reassess_on():
            continue
        if within is None:
            within = AssessmentSettings.of(membership.service_id).reassess_within_days
        due = clock.brought_forward(assessment.review_due, date.today(), within)
        if due is None:
            continue
        before = {"review_due": assessment.review_due, "review_trigger": assessment.review_trigger}
        assessment.review_due, assessment.review_trigger, assessment.review_note = due, trigger, note[:200]
        assessment.version += 1
        assessment.save(update_fields=["review_due", "review_trigger", "review_note", "version", "updated_at"])
        audit.record(audit_codes.ASSESSMENT_REVIEW_DUE, service=membership.service, obj=assessment,
                     person_id=person_id, changes={**audit.diff(before, {"review_due": due, "review_trigger": trigger}),
                                                   "note": note[:200]})
        moved.append(assessment)
    return moved


def reassess_on_decision(membership, decision):
    """`decisions` calls this when a decision is taken (it sits below assessments and cannot be
    imported here): a decision of a type an instrument lists brings that assessment's review forward."""
    return reassess(membership, decision.person_id, f"{DECISION_TRIGGER}{decision.type.code}", str(decision.type))


# Custody events, sent inside the acting transaction.

CONVICTED = (LegalStatus.SENTENCED, LegalStatus.CONVICTED_NOT_FINAL)


@receiver(custody_signals.transferred)
def _on_transfer(sender, membership, episode, transfer, **kwargs):
    reassess(membership, episode.person_id, "transfer", f"{transfer.from_placement} → {transfer.to_placement}")


@receiver(custody_signals.convicted)
def _on_conviction(sender, membership, episode, offence, **kwargs):
    reassess(membership, episode.person_id, "new_conviction", str(offence))


@receiver(custody_signals.admitted)
def _on_admission(sender, membership, episode, **kwargs):
    """Admitted convicted: a conviction the person's earlier assessments did not know. A remand
    admission is not one (the person is presumed innocent)."""
    if episode.legal_status in CONVICTED:
        reassess(membership, episode.person_id, "new_conviction", episode.admitted_on.isoformat())


@receiver(custody_signals.legal_status_changed)
def _on_legal_status(sender, membership, episode, previous, changed_on, **kwargs):
    """An untried detainee convicted (not a conviction becoming final, nor a sentence recalculated)."""
    if episode.legal_status in CONVICTED and previous not in CONVICTED:
        reassess(membership, episode.person_id, "new_conviction", changed_on.isoformat())
