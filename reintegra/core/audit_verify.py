"""Recompute every service's audit chain and name the first broken link.

A chain is verified in ranges of sequence numbers, each streamed from a server-side cursor and, for
large chains, in parallel processes (one per core); the ranges are then stitched: each range must
start where the previous one ended. Altered content breaks a hash, a deleted or reordered row breaks
the sequence or the link to the previous hash, and a deleted tail no longer reaches the chain head.
"""

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from django.db import connection, connections
from django_scopes import scopes_disabled

from .audit import GENESIS, canonical_changes, digest
from .models import AuditChainHead, Service

PARALLEL_FROM = 200_000  # events in one chain before it is worth starting worker processes
FETCH = 5_000

# The time comes back as integer microseconds, computed by the database: converting two million
# timestamps into Python datetimes would cost more than hashing them.
_MICROSECONDS = {
    "postgresql": "(EXTRACT(EPOCH FROM at) * 1000000)::bigint",  # numeric, exact (PostgreSQL 14+)
    "sqlite": "CAST(strftime('%%s', substr(at, 1, 19)) AS INTEGER) * 1000000"  # whole seconds: no rounding
              " + CAST(COALESCE(NULLIF(substr(at, 21, 6), ''), '0') AS INTEGER)",
}
_SQL = (
    "SELECT seq, {at}, actor_id, actor_label, action, object_type, object_id, person_id, request_id, ip, reason,"
    " changes, prev_hash, hash FROM core_auditevent WHERE service_id = %s AND seq BETWEEN %s AND %s ORDER BY seq"
)


@dataclass
class Break:
    service_id: int
    seq: int
    problem: str

    def __str__(self):
        return f"service {self.service_id}: chain broken at event {self.seq}: {self.problem}"


@dataclass
class Span:
    """What one range of a chain looks like after checking it on its own."""

    first: int
    count: int = 0
    first_prev: str | None = None
    last_seq: int = 0
    last_hash: str = ""
    broken: Break | None = None


def _changes(raw) -> str:
    if raw is None or raw == "{}" or raw == {}:
        return "{}"
    return canonical_changes(json.loads(raw) if isinstance(raw, str) else raw)


def verify_span(service_id, first, last) -> Span:
    span = Span(first=first)
    expected, prev = first, None
    with connection.chunked_cursor() as cursor:
        cursor.execute(_SQL.format(at=_MICROSECONDS[connection.vendor]), [service_id, first, last])
        while rows := cursor.fetchmany(FETCH):
            for seq, at, actor_id, label, action, otype, oid, pid, rid, ip, reason, changes, prev_hash, stored in rows:
                if span.count == 0:
                    span.first_prev = prev_hash
                    prev = GENESIS if first == 1 else prev_hash
                span.count += 1
                if seq != expected:
                    span.broken = Break(service_id, expected, f"expected event {expected}, found {seq} (deleted or reordered)")
                    return span
                if prev_hash != prev:
                    span.broken = Break(service_id, seq, "does not follow the previous event")
                    return span
                if digest(service_id, seq, at, actor_id, label, action, otype, oid, pid, rid, ip, reason,
                          _changes(changes), prev_hash) != stored:
                    span.broken = Break(service_id, seq, "content altered")
                    return span
                prev, expected = stored, seq + 1
                span.last_seq, span.last_hash = seq, stored
    return span


def _verify_span_in_worker(args):
    connections.close_all()  # never share the parent's connection
    with scopes_disabled():
        return verify_span(*args)


def _spans(head_seq, parts):
    size = -(-head_seq // parts)
    return [(lo, min(lo + size - 1, head_seq)) for lo in range(1, head_seq + 1, size)]


def verify(service_ids=None, workers=None):
    """(events checked, [first Break per broken service])."""
    with scopes_disabled():
        ids = list(service_ids) if service_ids else list(Service.objects.order_by("pk").values_list("pk", flat=True))
        heads = dict(AuditChainHead.objects.filter(service_id__in=ids).values_list("service_id", "seq"))
        hashes = dict(AuditChainHead.objects.filter(service_id__in=ids).values_list("service_id", "hash"))
    workers = workers or os.cpu_count() or 1
    checked, breaks = 0, []
    for service_id in ids:
        head_seq = heads.get(service_id, 0)
        in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
        parallel = workers > 1 and head_seq >= PARALLEL_FROM and not in_memory
        ranges = _spans(head_seq, workers if parallel else 1) if head_seq else [(1, 0)]
        if parallel:
            connections.close_all()
            with ProcessPoolExecutor(max_workers=workers) as pool:
                spans = list(pool.map(_verify_span_in_worker, [(service_id, lo, hi) for lo, hi in ranges]))
        else:
            spans = [verify_span(service_id, lo, hi) for lo, hi in ranges]
        count, broken = _stitch(service_id, spans, head_seq, hashes.get(service_id, GENESIS))
        checked += count
        if broken:
            breaks.append(broken)
    return checked, breaks


def _stitch(service_id, spans, head_seq, head_hash):
    """The first break across the spans, including where one span does not continue the previous."""
    count, previous = 0, None
    for span in spans:
        count += span.count
        if previous is not None and span.count and span.first_prev != previous.last_hash:
            return count, Break(service_id, span.first, "does not follow the previous event")
        if span.broken:
            return count, span.broken
        if span.count == 0 and span.first <= head_seq:
            return count, Break(service_id, span.first, f"the chain ends before event {head_seq} (deleted)")
        previous = span
    last_seq = previous.last_seq if previous else 0
    if last_seq != head_seq or (previous and previous.last_hash != head_hash):
        return count, Break(service_id, last_seq + 1, f"the chain ends before event {head_seq} (deleted)")
    # Rows beyond the head were appended behind the application's back.
    with scopes_disabled(), connection.cursor() as cursor:
        cursor.execute("SELECT MIN(seq) FROM core_auditevent WHERE service_id = %s AND seq > %s", [service_id, head_seq])
        (extra,) = cursor.fetchone()
    if extra is not None:
        return count, Break(service_id, extra, "events after the chain head (inserted)")
    return count, None
