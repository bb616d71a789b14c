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

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from .models import AuditChainHead, AuditEvent

GENESIS = "0" * 64

# Registry of action codes: each app declares its own in `<app>/audit_codes.py`, imported by its
# AppConfig.ready() (Wagtail's log action registry). Core's own two follow.
ACTIONS: dict[str, object] = {}
# Events whose content names persons even without a person id (a search: its terms and who it showed).
ABOUT_PERSONS: set[str] = set()


def register(code: str, label, *, about_persons=False) -> str:
    if code in ACTIONS:
        raise ImproperlyConfigured(f"audit action {code!r} registered twice")
    ACTIONS[code] = label
    if about_persons:
        ABOUT_PERSONS.add(code)
    return code


def named_persons(event) -> set:
    """The persons an event's content is about: its person, and those a listing showed."""
    shown = (event.changes or {}).get("shown") if isinstance(event.changes, dict) else None
    named = {int(p) for p in shown if str(p).isdigit()} if isinstance(shown, list) else set()
    return named | ({event.person_id} if event.person_id else set())


def redact_for(membership, events):
    """The audit viewer applies the reader's need-to-know to what events show (DESIGN invariant 2):
    an event's person, changes and reason are shown only when the reader may see every person it
    names; a search's terms only to a reader who sees persons at all. The rest is marked redacted.
    Who did what, when and from where stays visible: that is what an administrator audits."""
    from .registry import visible_person_ids

    events = list(events)
    named = {event.pk: named_persons(event) for event in events}
    visible = visible_person_ids(membership, set().union(*named.values()) if named else set())
    for event in events:
        hidden = not named[event.pk] <= visible
        if event.action in ABOUT_PERSONS and not visible_person_ids(membership, None):
            hidden = True
        event.redacted = hidden
        if hidden:
            event.person_id, event.changes, event.reason = None, {}, ""
    return events


AUDIT_VIEW = register("core.audit.view", _("Read the audit trail"))
MEMBERSHIP_SWITCH = register("core.membership.switch", _("Switched organisation"))
# Account events (core.account_events): entered in the chain of every service the user is a member of.
SIGN_IN = register("core.account.sign_in", _("Signed in"))
SIGN_OUT = register("core.account.sign_out", _("Signed out"))
SIGN_IN_FAILED = register("core.account.sign_in_failed", _("Failed sign-in"))
LOCKED_OUT = register("core.account.locked_out", _("Locked out after repeated failed sign-ins"))
TOTP_ACTIVATE = register("core.mfa.totp.activate", _("Activated an authenticator app (two-factor sign-in)"))
TOTP_DEACTIVATE = register("core.mfa.totp.deactivate", _("Deactivated an authenticator app (two-factor sign-in)"))
RECOVERY_CODES_GENERATE = register("core.mfa.recovery_codes.generate", _("Generated two-factor recovery codes"))
RECOVERY_CODES_DELETE = register("core.mfa.recovery_codes.delete", _("Deleted two-factor recovery codes"))


CONFIDENTIAL = "confidential"


@dataclass(frozen=True)
class RequestContext:
    actor: object = None
    request_id: str = ""
    ip: str | None = None
    # The oversight body's own activity (which persons the ombudsperson or the national preventive
    # mechanism looks at) is confidential from the service it oversees (OPCAT Art. 21): marked in the
    # event's hashed content, so `verify` covers it and nobody can unmark it unseen.
    confidential: bool = False


_context: contextvars.ContextVar[RequestContext | None] = contextvars.ContextVar("audit_context", default=None)


def set_context(ctx: RequestContext):
    return _context.set(ctx)


def reset_context(token):
    _context.reset(token)


def current_context() -> RequestContext:
    return _context.get() or RequestContext()


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
    if ctx.confidential:
        changes = {**changes, CONFIDENTIAL: True}
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


def record_form_read(request, action: str, *, obj, person_id):
    """A form page shows the record it edits: its GET is a read of it. Its POST is a write, which the
    action audits, so it records nothing here."""
    if request.method == "GET":
        record(action, service=request.membership.service, obj=obj, person_id=person_id)


def diff(before: dict, after: dict) -> dict:
    """Before/after values of the fields that changed."""
    return {k: {"before": before.get(k), "after": after.get(k)}
            for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)}
