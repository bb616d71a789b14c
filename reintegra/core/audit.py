"""The audit trail: typed action codes, a hash chain per service, and its verification.

Every action (write) and every read of a person's record calls `record()`. The chain makes tampering
visible: each event's hash covers its content and the previous event's hash, so an altered, deleted
or reordered row breaks the chain at that point; `audit_verify.verify()` names the first broken link.
"""

import contextvars
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from .models import AuditChainHead, AuditEvent

GENESIS = "0" * 64

# Registry of action codes: apps register theirs at import time (Wagtail's log action registry).
ACTIONS: dict[str, object] = {}


def register(code: str, label) -> str:
    ACTIONS[code] = label
    return code


PERSON_VIEW = register("people.person.view", _("Viewed a person record"))
PERSON_SEARCH = register("people.person.search", _("Searched or listed persons"))
PERSON_CREATE = register("people.person.create", _("Registered a person"))
PERSON_UPDATE = register("people.person.update", _("Edited a person"))
IDENTIFIER_ADD = register("people.identifier.add", _("Added an identifier"))
CUSTODY_ADMIT = register("people.custody.admit", _("Recorded an admission"))
CUSTODY_TRANSFER = register("people.custody.transfer", _("Recorded a transfer"))
CUSTODY_RELEASE = register("people.custody.release", _("Recorded a release"))
OFFENCE_ADD = register("people.offence.add", _("Recorded an offence"))
PRIOR_ADD = register("people.prior.add", _("Recorded a prior conviction"))
CASELOAD_ASSIGN = register("people.caseload.assign", _("Assigned to a caseload"))
CASELOAD_END = register("people.caseload.end", _("Ended a caseload assignment"))
ASSESSMENT_VIEW = register("assessments.assessment.view", _("Viewed an assessment"))
ASSESSMENT_START = register("assessments.assessment.start", _("Started an assessment"))
ASSESSMENT_SAVE = register("assessments.assessment.save", _("Saved an assessment draft"))
ASSESSMENT_SUBMIT = register("assessments.assessment.submit", _("Submitted an assessment"))
ASSESSMENT_COUNTERSIGN = register("assessments.assessment.countersign", _("Countersigned an assessment"))
ASSESSMENT_RETURN = register("assessments.assessment.return", _("Returned an assessment with comments"))
ASSESSMENT_ADDENDUM = register("assessments.assessment.addendum", _("Added an addendum to an assessment"))
PLAN_OPEN = register("plans.plan.open", _("Opened a sentence plan"))
PLAN_VIEW = register("plans.plan.view", _("Viewed a sentence plan"))
PLAN_GOAL = register("plans.goal.save", _("Saved a plan goal"))
PLAN_STEP = register("plans.step.save", _("Saved a plan step"))
PLAN_NOTE = register("plans.step.note", _("Added a progress note to a plan step"))
PLAN_ISSUE = register("plans.version.issue", _("Issued a plan version"))
PLAN_RESPONSE = register("plans.version.response", _("Recorded the prisoner's response to a plan"))
PLAN_COUNTERSIGN = register("plans.version.countersign", _("Countersigned a plan version"))
PLAN_REVIEW_DUE = register("plans.plan.review_due", _("Brought a plan review forward"))
PLAN_DOCUMENT = register("plans.plan.document", _("Produced a plan document for the prisoner"))
PROGRAMME_SAVE = register("programmes.programme.save", _("Saved a programme in the catalogue"))
PROGRAMME_VIEW = register("programmes.programme.view", _("Viewed a programme's participants"))
REFERRAL_CREATE = register("programmes.referral.create", _("Referred a person to a programme"))
REFERRAL_DECIDE = register("programmes.referral.decide", _("Decided on a programme referral"))
REFERRAL_ENROL = register("programmes.referral.enrol", _("Enrolled a person in a programme"))
REFERRAL_END = register("programmes.referral.end", _("Ended a person's programme"))
SESSION_RECORD = register("programmes.session.record", _("Recorded a programme session and attendance"))
DECISION_VIEW = register("decisions.decision.view", _("Viewed a decision"))
DECISION_PROPOSE = register("decisions.decision.propose", _("Proposed a decision"))
DECISION_DECIDE = register("decisions.decision.decide", _("Decided on a proposal"))
DECISION_HEARING = register("decisions.decision.hearing", _("Recorded the person's hearing and disclosure"))
DECISION_APPEAL = register("decisions.decision.appeal", _("Recorded an appeal"))
DECISION_REVIEW = register("decisions.decision.review", _("Reviewed a measure"))
DECISION_END = register("decisions.decision.end", _("Ended a measure on release"))
DECISION_NOTICE = register("decisions.decision.notice", _("Produced a decision notice for the person"))
SEPARATION_LOG = register("decisions.separation.log", _("Recorded a day of the separation log"))
REVIEW_REMINDERS = register("decisions.reminders.send", _("Sent review reminders"))
AUDIT_VIEW = register("core.audit.view", _("Read the audit trail"))
MEMBERSHIP_SWITCH = register("core.membership.switch", _("Switched organisation"))


@dataclass(frozen=True)
class RequestContext:
    actor: object = None
    request_id: str = ""
    ip: str | None = None


_context: contextvars.ContextVar[RequestContext | None] = contextvars.ContextVar("audit_context", default=None)


def set_context(ctx: RequestContext):
    return _context.set(ctx)


def reset_context(token):
    _context.reset(token)


# The hashed form of an event: its fields in a fixed order, joined by a separator that is escaped
# inside free text, the time as integer microseconds and the changes as canonical JSON. It is the
# same on SQLite and PostgreSQL, so a chain survives a move between them.
_SEP = "\x1e"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _text(value) -> str:
    return "" if value is None else str(value).replace("\\", "\\\\").replace(_SEP, "\\x1e")


def canonical_changes(changes) -> str:
    if not changes:
        return "{}"
    return json.dumps(changes, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def microseconds(at: datetime) -> int:
    return (at - _EPOCH) // _MICROSECOND


def digest(service_id, seq, at_us, actor_id, actor_label, action, object_type, object_id, person_id, request_id, ip,
           reason, changes_json, prev_hash) -> str:
    """The hash of one event; `at_us` is its time in integer microseconds since 1970 (UTC)."""
    payload = _SEP.join((
        str(service_id), str(seq), str(at_us), _text(actor_id), _text(actor_label),
        action, object_type, _text(object_id), _text(person_id), _text(request_id), _text(ip), _text(reason),
        changes_json, prev_hash,
    ))
    return hashlib.sha256(payload.encode()).hexdigest()


def compute_hash(*, service_id, seq, at, actor_id, actor_label, action, object_type, object_id, person_id,
                 request_id, ip, reason, changes, prev_hash) -> str:
    return digest(service_id, seq, microseconds(at), actor_id, actor_label, action, object_type, object_id, person_id,
                  request_id, ip, reason, canonical_changes(changes), prev_hash)


def _plain(changes):
    """JSON-safe, round-trip-stable values (dates and decimals as strings), without NUL characters,
    which PostgreSQL's jsonb refuses (a raw query string can carry one)."""
    return _without_nul(json.loads(canonical_changes(changes)))


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    return value


def record(action: str, *, service, obj=None, person_id=None, changes=None, reason="", actor=None):
    """Append one event to the service's chain. Runs inside the caller's transaction if any."""
    if action not in ACTIONS:
        raise ValueError(f"unregistered audit action {action!r}")
    ctx = _context.get() or RequestContext()
    actor = actor if actor is not None else ctx.actor
    actor = actor if getattr(actor, "is_authenticated", False) else None
    changes = _plain(changes)
    # The chain is addressed by its service explicitly; switching organisation writes to the new one.
    with transaction.atomic(), scopes_disabled():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(service_id=service.pk)
        event = AuditEvent(
            service_id=service.pk,
            seq=head.seq + 1,
            at=timezone.now(),
            actor=actor,
            actor_label=actor.get_username() if actor else "",
            action=action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            person_id=person_id,
            request_id=ctx.request_id,
            ip=ctx.ip,
            reason=reason,
            changes=changes,
            prev_hash=head.hash,
        )
        event.hash = compute_hash(
            service_id=event.service_id, seq=event.seq, at=event.at, actor_id=event.actor_id,
            actor_label=event.actor_label, action=action, object_type=event.object_type, object_id=event.object_id,
            person_id=person_id, request_id=event.request_id, ip=event.ip, reason=reason,
            changes=changes, prev_hash=head.hash,
        )
        event.save(force_insert=True)
        AuditChainHead.objects.filter(pk=head.pk).update(seq=event.seq, hash=event.hash)
    return event


def record_listing(service, filters: dict, person_ids):
    """A list of persons (a search, a due list, a dashboard) is a read of each of them: one event
    with what was asked and who was shown."""
    record(PERSON_SEARCH, service=service, changes={"filters": filters, "shown": sorted(set(person_ids))})


def diff(before: dict, after: dict) -> dict:
    """Before/after values of the fields that changed."""
    return {k: {"before": before.get(k), "after": after.get(k)}
            for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)}
