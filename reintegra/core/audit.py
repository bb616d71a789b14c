"""The audit trail: typed action codes, a hash chain per service, and its verification.

Every action (write) and every read of a person's record calls `record()`. The chain makes tampering
visible: each event's hash covers its content and the previous event's hash, so an altered, deleted
or reordered row breaks the chain at that point, and `verify()` names the first broken link.
"""

import contextvars
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from django.db import connection, transaction
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


def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def compute_hash(*, service_id, seq, at, actor_id, actor_label, action, object_type, object_id, person_id,
                 request_id, ip, reason, changes, prev_hash) -> str:
    payload = {
        "service": service_id,
        "seq": seq,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor_id,
        "actor_label": actor_label,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "person": person_id,
        "request_id": request_id,
        "ip": ip,
        "reason": reason,
        "changes": changes,
        "prev": prev_hash,
    }
    return hashlib.sha256(_canonical(payload)).hexdigest()


def _plain(changes):
    """JSON-safe, round-trip-stable values (dates and decimals as strings)."""
    return json.loads(_canonical(changes or {}))


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


def diff(before: dict, after: dict) -> dict:
    """Before/after values of the fields that changed."""
    return {k: {"before": before.get(k), "after": after.get(k)}
            for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)}


@dataclass
class Break:
    service_id: int
    seq: int
    problem: str

    def __str__(self):
        return f"service {self.service_id}: chain broken at event {self.seq}: {self.problem}"


_VERIFY_SQL = (
    "SELECT service_id, seq, at, actor_id, actor_label, action, object_type, object_id, person_id, request_id,"
    " ip, reason, changes, prev_hash, hash FROM core_auditevent WHERE service_id = %s ORDER BY seq"
)


def verify(service_ids=None, batch=5000):
    """Recompute every chain; return (events checked, first break per service)."""
    from .models import Service

    ids = list(service_ids) if service_ids else list(
        Service.objects.order_by("pk").values_list("pk", flat=True)
    )
    checked, breaks = 0, []
    for service_id in ids:
        count, broken = _verify_one(service_id, batch)
        checked += count
        if broken:
            breaks.append(broken)
    return checked, breaks


def _verify_one(service_id, batch):
    field = AuditEvent._meta.get_field("changes")
    expected_seq, prev, count = 1, GENESIS, 0
    with connection.cursor() as cursor:
        cursor.execute(_VERIFY_SQL, [service_id])
        while rows := cursor.fetchmany(batch):
            for (sid, seq, at, actor_id, label, action, otype, oid, pid, rid, ip, reason, changes, prev_hash,
                 stored) in rows:
                count += 1
                if seq != expected_seq:
                    problem = f"expected event {expected_seq}, found {seq} (deleted or reordered)"
                    return count, Break(service_id, expected_seq, problem)
                if prev_hash != prev:
                    return count, Break(service_id, seq, "does not follow the previous event")
                at = _as_datetime(at)
                changes = field.from_db_value(changes, None, connection)
                if compute_hash(service_id=sid, seq=seq, at=at, actor_id=actor_id, actor_label=label, action=action,
                                object_type=otype, object_id=oid, person_id=pid, request_id=rid,
                                ip=ip, reason=reason, changes=changes, prev_hash=prev_hash) != stored:
                    return count, Break(service_id, seq, "content altered")
                prev, expected_seq = stored, seq + 1
    head = AuditChainHead.objects.filter(service_id=service_id).first()
    if head and (head.seq != expected_seq - 1 or head.hash != prev):
        return count, Break(service_id, expected_seq, f"the chain ends before event {head.seq} (deleted)")
    return count, None


def _as_datetime(value):
    if isinstance(value, str):  # SQLite hands back text
        from django.utils.dateparse import parse_datetime

        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value
