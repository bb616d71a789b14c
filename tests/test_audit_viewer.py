"""The audit viewer applies the reader's need-to-know (issue 11, item 9): an administrator audits who did
what and when, not the persons' data the events carry."""

from reintegra.core.roles import Role
from reintegra.people import actions


def test_the_audit_viewer_shows_no_person_data_to_a_reader_who_may_see_no_persons(alice, bob, login):
    person = alice.person(family="Петровић", given="Марко")
    actions.update_person(alice.governor, person, {"family_name": "Петровић-Јанковић", "given_name": "Марко",
                                                   "date_of_birth": person.date_of_birth, "sex": person.sex},
                          person.version)
    login(alice.member(Role.CASE_MANAGER)).get("/people/", {"q": "Петровић"})
    admin_page = login(alice.member(Role.SERVICE_ADMIN)).get("/audit/").content.decode()
    assert "Петровић" not in admin_page and "1990" not in admin_page
    assert "people.person.update" in admin_page and "people.person.search" in admin_page  # who did what, when
    assert "about persons you may not see" in admin_page
    oversight_page = login(alice.member(Role.OVERSIGHT)).get("/audit/").content.decode()
    assert "Петровић-Јанковић" in oversight_page and "Петровић" in oversight_page  # sees every person


def test_a_governor_sees_the_content_of_events_about_persons_in_scope_only(alice, login):
    ours = alice.person(family="Ours", place=alice.wing)
    theirs = alice.person(family="Elsewhere", place=alice.prison2)
    from reintegra.core import audit
    from reintegra.core.models import AuditEvent

    governor = alice.member(Role.GOVERNOR)
    events = audit.redact_for(governor, AuditEvent.objects.filter(service=alice.service).order_by("seq"))
    about = {e.person_id for e in events if not e.redacted and e.person_id}
    assert ours.pk in about and theirs.pk not in about


def test_what_the_oversight_body_looks_at_is_hidden_from_the_service_but_verified(alice, login, outside_scope):
    """OPCAT Art. 21: the service must not learn which persons the ombudsperson or the national preventive
    mechanism looks at; the events stay in the chain, so `verify` covers them."""
    from reintegra.core import audit_verify
    from reintegra.core.models import AuditEvent

    watched = alice.person(family="Надзирани")
    login(alice.member(Role.OVERSIGHT)).get(f"/people/{watched.pk}/")
    login(alice.member(Role.CASE_MANAGER)).get(f"/people/{watched.pk}/")
    reads = AuditEvent.objects.filter(person_id=watched.pk, action="people.person.view")
    assert [e.changes.get("confidential") for e in reads.order_by("seq")] == [True, None]
    oversight_view = alice.member(Role.OVERSIGHT).user.username
    page = login(alice.member(Role.SERVICE_ADMIN)).get("/audit/", {"person_id": watched.pk}).content.decode()
    assert oversight_view not in page and alice.member(Role.CASE_MANAGER).user.username in page
    assert login(alice.member(Role.GOVERNOR)).get("/audit/").status_code == 403  # governors read no audit
    page = login(alice.member(Role.OVERSIGHT)).get("/audit/", {"person_id": watched.pk}).content.decode()
    assert oversight_view in page
    assert outside_scope(audit_verify.verify)[1] == []
