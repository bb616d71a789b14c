"""The audit trail: every write and every read of a person is recorded in a verifiable chain."""

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django_scopes import scopes_disabled

from reintegra.core import audit, audit_verify
from reintegra.core.models import AuditChainHead, AuditEvent
from reintegra.core.roles import Role
from reintegra.people import audit_codes as people_audit


def _tamper(sql, params):
    """Change rows behind the application's back (PostgreSQL: past the append-only trigger)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # as a superuser would: triggers off for this statement
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = origin")


def test_viewing_a_person_writes_an_event_with_who_and_where(alice, login):
    person = alice.person()
    member = alice.member(Role.CASE_MANAGER)
    before = AuditEvent.objects.filter(action=people_audit.PERSON_VIEW).count()
    response = login(member).get(reverse("people:detail", args=[person.pk]), REMOTE_ADDR="10.1.2.3",
                                 HTTP_X_REQUEST_ID="req-42")
    assert response.status_code == 200
    event = AuditEvent.objects.filter(action=people_audit.PERSON_VIEW).latest("seq")
    assert AuditEvent.objects.filter(action=people_audit.PERSON_VIEW).count() == before + 1
    assert (event.actor, event.person_id, event.ip, event.request_id) == (member.user, person.pk, "10.1.2.3", "req-42")
    assert event.service == alice.service


def test_a_write_records_before_and_after(alice, audit_context):
    from reintegra.people import actions

    person = alice.person(family="Marković")
    data = {f: getattr(person, f) for f in actions.PERSON_FIELDS}
    actions.update_person(alice.governor, person, {**data, "family_name": "Marković-Ilić"}, person.version)
    event = AuditEvent.objects.filter(action=people_audit.PERSON_UPDATE).latest("seq")
    assert event.changes == {"family_name": {"before": "Marković", "after": "Marković-Ilić"}}


def test_chains_are_per_service_and_verify(alice, bob):
    alice.person()
    bob.person()
    a = list(AuditEvent.objects.filter(service=alice.service).order_by("seq").values_list("seq", flat=True))
    assert a == list(range(1, len(a) + 1))
    checked, breaks = audit_verify.verify()  # the node operator's check spans every service
    with scopes_disabled():
        assert breaks == [] and checked == AuditEvent.objects.count() == len(a) * 2


@pytest.mark.parametrize("how", ["altered", "deleted", "reordered", "truncated"])
def test_verify_names_the_first_broken_link(alice, bob, how):
    for i in range(3):
        alice.person(family=f"Person{i}")
    bob.person()
    events = list(AuditEvent.objects.filter(service=alice.service).order_by("seq"))
    target = events[3]
    if how == "altered":
        _tamper("UPDATE core_auditevent SET reason = %s WHERE id = %s", ["edited", target.pk])
        expected_seq = target.seq
    elif how == "deleted":
        _tamper("DELETE FROM core_auditevent WHERE id = %s", [target.pk])
        expected_seq = target.seq
    elif how == "reordered":
        nxt = events[4]
        _tamper("UPDATE core_auditevent SET seq = -1 WHERE id = %s", [target.pk])
        _tamper("UPDATE core_auditevent SET seq = %s WHERE id = %s", [target.seq, nxt.pk])
        _tamper("UPDATE core_auditevent SET seq = %s WHERE id = %s", [nxt.seq, target.pk])
        expected_seq = target.seq
    else:
        _tamper("DELETE FROM core_auditevent WHERE id = %s", [events[-1].pk])
        expected_seq = events[-1].seq
    checked, breaks = audit_verify.verify()
    assert [(b.service_id, b.seq) for b in breaks] == [(alice.service.pk, expected_seq)]


def test_verify_command_exits_non_zero_on_tampering(alice, capsys, outside_scope):
    alice.person()
    outside_scope(call_command, "audit", "verify")
    assert "every chain intact" in capsys.readouterr().out
    first = AuditEvent.objects.filter(service=alice.service).order_by("seq").first()
    _tamper("UPDATE core_auditevent SET actor_label = %s WHERE id = %s", ["someone-else", first.pk])
    with pytest.raises(SystemExit) as exit_:
        outside_scope(call_command, "audit", "verify")
    assert exit_.value.code == 1
    assert f"chain broken at event {first.seq}" in capsys.readouterr().err


def test_verify_command_rejects_unknown_service(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("audit", "verify", "--service", "NOPE")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the database-level guard exists on PostgreSQL")
@pytest.mark.parametrize("statement", ["UPDATE core_auditevent SET reason = 'x'", "DELETE FROM core_auditevent"])
def test_postgresql_refuses_update_and_delete(alice, statement):
    from django.db import DatabaseError

    alice.person()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)


def test_unregistered_action_code_is_refused(alice):
    alice.person()
    with pytest.raises(ValueError):
        audit.record("made.up", service=alice.service)
    assert AuditChainHead.objects.get(service=alice.service).seq == AuditEvent.objects.filter(
        service=alice.service).count()


def test_audit_viewer_filters_by_person_and_is_itself_audited(alice, login):
    one, two = alice.person(family="Alpha"), alice.person(family="Beta")
    client = login(alice.member(Role.OVERSIGHT))
    client.get(reverse("people:detail", args=[one.pk]))
    response = client.get(reverse("audit"), {"person_id": one.pk})
    assert response.status_code == 200
    rows = response.context["page"].object_list
    assert rows and all(e.person_id == one.pk for e in rows)
    assert two.pk not in {e.person_id for e in rows}
    assert AuditEvent.objects.filter(action=audit.AUDIT_VIEW, actor=alice.member(Role.OVERSIGHT).user).exists()


def test_audit_viewer_filters_by_user_and_rejects_bad_dates(alice, login):
    alice.person()
    client = login(alice.member(Role.OVERSIGHT))
    response = client.get(reverse("audit"), {"actor": "nobody-like-this"})
    assert list(response.context["page"].object_list) == []
    response = client.get(reverse("audit"), {"since": "2025-02-01", "until": "2025-01-01"})
    assert "The start date is after the end date." in response.content.decode()


def test_audit_viewer_shows_only_own_service(alice, bob, login):
    bob.person(family="Bobson")
    response = login(alice.member(Role.OVERSIGHT)).get(reverse("audit"))
    assert all(e.service_id == alice.service.pk for e in response.context["page"].object_list)


def test_searching_and_listing_are_on_the_record(alice, login):
    person = alice.person(family="Searchable")
    client = login(alice.member(Role.CASE_MANAGER))
    client.get(reverse("people:search"), {"q": "searchable"})
    event = AuditEvent.objects.filter(action=people_audit.PERSON_SEARCH).latest("seq")
    assert event.changes["filters"] == {"q": "searchable"} and event.changes["shown"] == [person.pk]
    client.get("/api/v1/persons/", {"q": "searchable"})
    event = AuditEvent.objects.filter(action=people_audit.PERSON_SEARCH).latest("seq")
    assert event.changes["shown"] == [person.pk]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("tamper", [False, True])
def test_parallel_verification_stitches_ranges(alice, monkeypatch, tamper):
    """Large chains are checked in ranges by worker processes; a break in a later range is still found,
    and so is a range that does not continue the previous one."""
    for i in range(4):
        alice.person(family=f"Parallel{i}")
    monkeypatch.setattr(audit_verify, "PARALLEL_FROM", 1)
    events = list(AuditEvent.objects.filter(service=alice.service).order_by("seq"))
    target = events[-2]
    if tamper:
        _tamper("UPDATE core_auditevent SET object_id = %s WHERE id = %s", ["999", target.pk])
    checked, breaks = audit_verify.verify(workers=3)
    assert checked >= (len(events) - 1 if tamper else len(events))
    assert [(b.seq, b.problem) for b in breaks] == ([(target.seq, "content altered")] if tamper else [])


@pytest.mark.parametrize("moment", ["2026-03-01T10:00:00+00:00", "2026-03-01T10:00:00.000007+00:00",
                                    "1999-12-31T23:59:59.999999+00:00"])
def test_database_and_python_agree_on_event_time(alice, monkeypatch, moment):
    """The verifier reads times as microseconds computed by the database; whole seconds included."""
    from datetime import datetime

    alice.person()
    monkeypatch.setattr(audit.timezone, "now", lambda: datetime.fromisoformat(moment))
    audit.record(audit.AUDIT_VIEW, service=alice.service)
    assert audit_verify.verify()[1] == []


def test_nul_characters_in_recorded_changes_are_replaced(alice, audit_context):
    """A raw query string may carry NUL, which PostgreSQL's jsonb refuses: the event is still written."""
    audit.record(people_audit.PERSON_SEARCH, service=alice.service, changes={"filters": {"q\x00": "a\x00b"}})
    event = AuditEvent.objects.filter(service=alice.service).order_by("-seq").first()
    assert event.changes == {"filters": {"q\ufffd": "a\ufffdb"}}
    assert audit_verify.verify()[1] == []
