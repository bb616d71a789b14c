"""The audit chain anchored outside the database (issue 11, item 9): whoever can write to the database can
rewrite an event and recompute every later hash and the chain head; the signed checkpoints still catch it."""

import json

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from reintegra.core import audit, audit_anchor, audit_verify
from reintegra.core.models import AuditChainHead, AuditEvent


@pytest.fixture(autouse=True)
def anchor_files(tmp_path, monkeypatch):
    monkeypatch.setenv("REINTEGRA_AUDIT_ANCHOR_KEY", str(tmp_path / "anchor.key"))
    monkeypatch.setenv("REINTEGRA_AUDIT_CHECKPOINTS", str(tmp_path / "checkpoints.jsonl"))
    return tmp_path


def _as_superuser(sql, params=()):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = origin")


def _rewrite_chain_from(service_id, seq, actor_label):
    """What an attacker with database access does: change one event and recompute every hash after it."""
    events = list(AuditEvent.objects.filter(service_id=service_id, seq__gte=seq).order_by("seq"))
    prev = AuditEvent.objects.get(service_id=service_id, seq=seq - 1).hash if seq > 1 else audit.GENESIS
    for event in events:
        label = actor_label if event.seq == seq else event.actor_label
        new = audit.compute_hash(service_id=service_id, seq=event.seq, at=event.at, actor_id=event.actor_id,
                                 actor_label=label, action=event.action, object_type=event.object_type,
                                 object_id=event.object_id, person_id=event.person_id, request_id=event.request_id,
                                 ip=event.ip, reason=event.reason, changes=event.changes, prev_hash=prev)
        _as_superuser("UPDATE core_auditevent SET actor_label = %s, prev_hash = %s, hash = %s WHERE id = %s",
                      [label, prev, new, event.pk])
        prev = new
    _as_superuser("UPDATE core_auditchainhead SET hash = %s WHERE service_id = %s", [prev, service_id])


def test_a_rewritten_chain_passes_the_hashes_but_not_the_checkpoint(alice, outside_scope, capsys):
    for family in ("One", "Two", "Three"):
        alice.person(family=family)
    assert outside_scope(audit_anchor.checkpoint) == 1
    _rewrite_chain_from(alice.service.pk, 2, "someone-else")
    checked, breaks = outside_scope(audit_verify.verify)
    assert breaks == []  # the hashes alone are consistent again
    problems = outside_scope(audit_anchor.check)
    assert [p.service_id for p in problems] == [alice.service.pk] and "rewritten" in str(problems[0])
    with pytest.raises(SystemExit):
        outside_scope(call_command, "audit", "verify")
    assert "rewritten" in capsys.readouterr().err


def test_a_truncated_chain_is_caught(alice, outside_scope):
    alice.person(family="One")
    alice.person(family="Two")
    outside_scope(audit_anchor.checkpoint)
    head = AuditChainHead.objects.get(service=alice.service)
    last = AuditEvent.objects.get(service=alice.service, seq=head.seq)
    _as_superuser("DELETE FROM core_auditevent WHERE id = %s", [last.pk])
    _as_superuser("UPDATE core_auditchainhead SET seq = %s, hash = %s WHERE service_id = %s",
                  [head.seq - 1, last.prev_hash, alice.service.pk])
    assert outside_scope(audit_verify.verify)[1] == []
    assert "truncated" in str(outside_scope(audit_anchor.check)[0])


def test_a_forged_checkpoint_line_is_reported(alice, outside_scope, anchor_files):
    alice.person()
    outside_scope(audit_anchor.checkpoint)
    path = anchor_files / "checkpoints.jsonl"
    line = json.loads(path.read_text().splitlines()[0])
    path.write_text(path.read_text() + json.dumps({**line, "seq": 1, "hash": "0" * 64}) + "\n")
    problems = outside_scope(audit_anchor.check)
    assert [str(p) for p in problems] == ["checkpoint file: line 2 is not a checkpoint signed by this node's key"]


def test_the_key_is_created_readable_by_its_owner_only(alice, outside_scope, anchor_files):
    alice.person()
    outside_scope(audit_anchor.checkpoint)
    assert (anchor_files / "anchor.key").stat().st_mode & 0o077 == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="TRUNCATE triggers exist on PostgreSQL")
def test_truncate_is_refused_on_postgresql(alice):
    from importlib import import_module

    migration = import_module("reintegra.core.migrations.0003_audit_refuses_truncate")
    alice.person()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(migration.FORWARD)  # as migrate installs it outside tests
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's own inserts leave deferred checks pending
        cursor.execute("TRUNCATE core_auditevent CASCADE")
    assert AuditEvent.objects.exists()
