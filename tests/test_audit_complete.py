"""The audit is complete (issue 11, item 2): account events enter the chain of every service the user is
a member of, and every page that shows a person's data records one read of that person.

The pages come from the URL configuration itself (as in test_every_url.py), with every id pointing at
a real object of one person — a plan with a goal, a step and an issued version, a draft assessment, a
programme referral, a decision with an appeal — so that each page can render. A page added later is
walked without being listed here: if it has an id and renders, it must record a read.
"""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django_scopes import scopes_disabled
from test_every_url import ROUTES

from reintegra.assessments import actions as assessment_actions
from reintegra.assessments import audit_codes as assessment_audit
from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Certification
from reintegra.core import audit
from reintegra.core.models import AuditEvent, Membership
from reintegra.core.roles import Role
from reintegra.decisions import actions as decision_actions
from reintegra.decisions import audit_codes as decision_audit
from reintegra.decisions.models import DecisionType, LegalBasis
from reintegra.people import actions as people_actions
from reintegra.people import audit_codes as people_audit
from reintegra.plans import actions as plan_actions
from reintegra.plans import audit_codes as plan_audit
from reintegra.plans.models import Plan
from reintegra.programmes import actions as programme_actions

PASSWORD = "pw-Secret-123"
TODAY = date.today()

# Pages that list many persons: one listing event (`shown`), no per-person read.
LISTINGS = {"people:search", "people:caseload", "plans:due", "assessments:home", "assessments:due",
            "decisions:dashboard", "decisions:register", "decisions:register_csv", "api-persons",
            "programmes:detail", "programmes:session"}
# Pages with an id or none that show no person's data.
NO_PERSON_DATA = {"home", "people:create", "assessments:instruments", "assessments:instrument",
                  "programmes:catalogue", "programmes:create", "programmes:edit", "api-schema", "api-docs"}
# The audit viewer shows events, some about persons; it records that the trail was read (AUDIT_VIEW).
AUDIT_VIEWER = {"audit"}
READS = {people_audit.PERSON_VIEW, plan_audit.PLAN_VIEW, plan_audit.PLAN_DOCUMENT,
         assessment_audit.ASSESSMENT_VIEW, decision_audit.DECISION_VIEW, decision_audit.DECISION_NOTICE}
# The forms the issue names, which recorded nothing before: each must render for some role here.
FORMS = {"people:edit", "people:add_identifier", "people:admit", "people:add_offence", "people:legal_status",
         "people:transfer", "people:release", "people:add_prior", "people:assign",
         "plans:add_goal", "plans:edit_goal", "plans:add_step", "plans:edit_step", "plans:add_note", "plans:issue",
         "plans:respond", "assessments:start", "assessments:edit", "programmes:refer", "programmes:decide",
         "programmes:enrol", "programmes:withdraw", "programmes:end", "decisions:propose", "decisions:decide",
         "decisions:resubmit", "decisions:hearing", "decisions:appeal", "decisions:appeal_outcome",
         "decisions:review", "decisions:log_day"}


class Record:
    """One person of Alice's service with something behind every kind of id a page takes."""

    def __init__(self, alice):
        cm, admin, assessor = (alice.member(r) for r in (Role.CASE_MANAGER, Role.SERVICE_ADMIN, Role.ASSESSOR))
        self.person = alice.person(family="Читалић")
        people_actions.assign(alice.governor, self.person, cm.user, "case_manager")
        self.assignment = self.person.assignments.get()
        self.plan = Plan.objects.get(person=self.person)
        self.goal = plan_actions.save_goal(cm, self.plan, {
            "area": "ete", "own_words": "Да завршим школу.", "framing": "", "motivation": "preparing",
            "status": "active", "status_reason": ""})
        self.step = plan_actions.save_step(cm, self.goal, {"what": "Welding course", "owner": "programme",
                                                           "owner_detail": "", "due_on": None, "status": "planned"})
        self.plan.refresh_from_db()
        self.version = plan_actions.issue_version(cm, self.plan, self.plan.version, kind="initial",
                                                  issued_on=TODAY, summary="Discussed.")
        instrument = loader.import_file(Path(__file__).parent / "fixtures" / "tiny-open.yaml")[0]
        self.instrument = instrument
        Certification.objects.create(service=alice.service, user=assessor.user, module="T-OPEN",
                                     valid_until=TODAY + timedelta(days=365))
        self.assessment = assessment_actions.start(assessor, self.person, instrument)  # a draft: editable
        self.programme = programme_actions.save_programme(admin, {
            "code": "CBT-1", "name": {"en": "Misli pa djeluj"}, "description": {}, "kind": "cognitive_behavioural",
            "provider": "Psychology service", "establishment": alice.prison, "target_groups": [], "eligibility": "",
            "languages": ["sr"], "capacity": 5, "sessions_planned": 10, "duration_weeks": 5, "evidence": "promising",
            "evidence_note": "", "active": True})
        self.referral = programme_actions.refer(cm, self.person, self.programme, reason="Anger.", step=self.step)
        basis = LegalBasis.objects.create(service=alice.service, law="Закон", article="чл. 145", text="Ред.",
                                          valid_from=date(2020, 1, 1))
        kind = DecisionType.objects.create(service=alice.service, code="contact", name="Contact", category="measure",
                                           propose_roles=["case_manager", "security_officer", "governor"],
                                           decide_roles=["governor"], review_interval_days=30,
                                           max_duration_days=90)
        kind.legal_bases.set([basis])
        officer = alice.member(Role.SECURITY_OFFICER)
        self.decision = decision_actions.propose(officer, self.person, kind, {
            "legal_basis": basis, "reasons": "Threats on the phone.", "proportionality": "Shortest time.",
            "alternatives": "Supervised calls.", "starts_on": TODAY, "ends_on": TODAY + timedelta(days=14),
            "backdating_reason": ""}, [{"kind": "incident", "reference": "INC-7", "description": "Threats."}])
        self.appeal = decision_actions.record_appeal(officer, self.decision, lodged_on=TODAY, body="Court")

    def ids(self, name, kwarg):
        """The id a converter of page `name` takes, from the objects above."""
        app = name.split(":")[0] if ":" in name else "people"
        by_kwarg = {"person_pk": self.person.pk, "goal_pk": self.goal.pk, "step_pk": self.step.pk,
                    "number": self.version.number, "assignment_pk": self.assignment.pk, "appeal_pk": self.appeal.pk,
                    "other_pk": self.assessment.pk}
        if kwarg in by_kwarg:
            return by_kwarg[kwarg]
        if name == "assessments:instrument":
            return self.instrument.pk
        if name.startswith("programmes:"):
            return self.referral.pk if "/referrals/" in self._route(name) else self.programme.pk
        return {"people": self.person.pk, "plans": self.plan.pk, "assessments": self.assessment.pk,
                "decisions": self.decision.pk}[app]

    def _route(self, name):
        return "/" + {n: r for r, n in ROUTES}[name]

    def url(self, route, name):
        path = re.sub(r"<int:(\w+)>", lambda m: str(self.ids(name, m.group(1))), route)
        assert "<" not in path, route
        return "/" + path


@pytest.fixture
def record(alice, audit_context):
    return Record(alice)


def _new_events(since):
    with scopes_disabled():
        return list(AuditEvent.objects.filter(pk__gt=since).order_by("pk"))


def _last_pk():
    with scopes_disabled():
        return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


@pytest.mark.parametrize("route,name", ROUTES, ids=[name for _, name in ROUTES])
def test_every_page_with_a_persons_data_records_one_read_of_them(route, name, alice, record, login):
    """For every role that gets the page (200 on GET): a page about the person records exactly one read
    naming them; a page listing persons records one listing; a page of no person shows none."""
    url = record.url(route, name)
    person = record.person
    for role in Role:
        client = login(alice.member(role))
        before = _last_pk()
        response = client.get(url)
        if response.status_code != 200:
            continue
        events = _new_events(before)
        about_person = [e for e in events if e.person_id == person.pk]
        listings = [e for e in events if isinstance(e.changes, dict) and "shown" in e.changes]
        if name in LISTINGS:
            assert len(listings) == 1 and not about_person, (url, role, [e.action for e in events])
        elif name in AUDIT_VIEWER:
            assert [e.action for e in events] == [audit.AUDIT_VIEW], (url, role)
        elif name in NO_PERSON_DATA:
            assert person.family_name not in response.content.decode(), (url, role)
            assert not about_person, (url, role)
        else:
            assert len(about_person) == 1, (url, role, [e.action for e in events])
            assert about_person[0].action in READS and not listings, (url, role, about_person[0].action)


def test_the_walk_reaches_every_form_the_issue_names(alice, record, login):
    """The walk above proves nothing for a page no role can open: every form it names renders for someone,
    shows the person, and records a read."""
    rendered = set()
    for route, name in ROUTES:
        if name not in FORMS:
            continue
        url = record.url(route, name)
        for role in Role:
            client = login(alice.member(role))
            before = _last_pk()
            response = client.get(url)
            if response.status_code == 200:
                rendered.add(name)
                assert [e.person_id for e in _new_events(before)] == [record.person.pk], (url, role)
                break
    assert rendered == FORMS, FORMS - rendered


def test_a_page_of_another_service_records_nothing_in_either_chain(alice, bob, record, login):
    client = login(bob.member(Role.GOVERNOR))
    before = _last_pk()
    for name, url in (("people:edit", reverse("people:edit", args=[record.person.pk])),
                      ("decisions:decide", reverse("decisions:decide", args=[record.decision.pk])),
                      ("plans:add_goal", reverse("plans:add_goal", args=[record.plan.pk]))):
        assert client.get(url).status_code in (403, 404), name
    assert not [e for e in _new_events(before) if e.person_id == record.person.pk]


# --- account events -----------------------------------------------------------------------------------

@pytest.fixture
def twice(alice, bob):
    """A user who is a member of both services (and of Bob's once more, in another role)."""
    member = alice.member(Role.CASE_MANAGER)
    with scopes_disabled():
        Membership.objects.create(user=member.user, organisation=bob.prison, role=Role.CASE_MANAGER)
        Membership.objects.create(user=member.user, organisation=bob.prison, role=Role.ASSESSOR)
    return member.user


def _events(action, since=0):
    with scopes_disabled():
        return list(AuditEvent.objects.filter(action=action, pk__gt=since).order_by("service_id"))


def _login(client, username, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": username, "password": password},
                       REMOTE_ADDR="203.0.113.7")


def test_sign_in_and_out_enter_the_chain_of_every_service_of_the_user(alice, bob, twice, client):
    assert _login(client, twice.username).status_code == 302
    signed_in = _events(audit.SIGN_IN)
    assert [e.service_id for e in signed_in] == [alice.service.pk, bob.service.pk]  # once per service
    assert all(e.actor_id == twice.pk and e.ip == "203.0.113.7" for e in signed_in)
    client.post(reverse("account_logout"), REMOTE_ADDR="203.0.113.7")
    signed_out = _events(audit.SIGN_OUT)
    assert [e.service_id for e in signed_out] == [alice.service.pk, bob.service.pk]
    assert all(e.actor_id == twice.pk and e.ip == "203.0.113.7" for e in signed_out)


def test_a_failed_sign_in_is_recorded_with_the_ip_and_no_password(alice, bob, twice, client):
    _login(client, twice.username.upper(), "Wrong-Guess-42")
    failed = _events(audit.SIGN_IN_FAILED)
    assert [e.service_id for e in failed] == [alice.service.pk, bob.service.pk]
    assert all(e.ip == "203.0.113.7" and e.actor_id is None for e in failed)
    assert failed[0].changes == {"account": twice.username}
    with scopes_disabled():
        assert not any("Wrong-Guess" in str(e.changes) for e in AuditEvent.objects.all())


def test_a_failed_sign_in_of_an_unknown_name_goes_nowhere(alice, bob, client):
    before = _last_pk()
    _login(client, "no-such-user", "whatever")
    assert not _new_events(before)


def test_a_user_of_no_service_leaves_no_event(alice, nobody, client):
    before = _last_pk()
    _login(client, nobody.username, "Wrong-Guess-42")
    _login(client, nobody.username)
    assert not _new_events(before)


def test_a_lockout_is_recorded(alice, bob, twice, client):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, twice.username, "Wrong-Guess-42")
    locked = _events(audit.LOCKED_OUT)
    assert {e.service_id for e in locked} == {alice.service.pk, bob.service.pk}
    assert all(e.ip == "203.0.113.7" for e in locked)


def test_a_wrong_second_factor_is_a_failed_sign_in(alice, client, settings):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = alice.member(Role.GOVERNOR).user
    TOTP.activate(user, generate_totp_secret())
    assert _login(client, user.username).status_code == 302
    client.post(reverse("mfa_authenticate"), {"code": "000000"}, REMOTE_ADDR="203.0.113.7")
    failed = _events(audit.SIGN_IN_FAILED)
    assert [(e.service_id, e.changes.get("stage")) for e in failed] == [(alice.service.pk, "second factor")]
    assert not _events(audit.SIGN_IN)  # not signed in yet


@pytest.mark.parametrize("signal,kind,action", [
    (authenticator_added, Authenticator.Type.TOTP, audit.TOTP_ACTIVATE),
    (authenticator_removed, Authenticator.Type.TOTP, audit.TOTP_DEACTIVATE),
    (authenticator_added, Authenticator.Type.RECOVERY_CODES, audit.RECOVERY_CODES_GENERATE),
    (authenticator_reset, Authenticator.Type.RECOVERY_CODES, audit.RECOVERY_CODES_GENERATE),
    (authenticator_removed, Authenticator.Type.RECOVERY_CODES, audit.RECOVERY_CODES_DELETE),
])
def test_mfa_changes_enter_every_chain_of_the_user(alice, bob, twice, signal, kind, action):
    request = RequestFactory().post("/accounts/2fa/", REMOTE_ADDR="198.51.100.4")
    request.user = twice
    signal.send(sender=Authenticator, request=request, user=twice, authenticator=Authenticator(user=twice, type=kind))
    events = _events(action)
    assert [e.service_id for e in events] == [alice.service.pk, bob.service.pk]
    assert all(e.actor_id == twice.pk and e.ip == "198.51.100.4" for e in events)


def test_account_events_keep_every_chain_verifiable(alice, bob, twice, client):
    from reintegra.core.audit_verify import verify

    _login(client, twice.username, "Wrong-Guess-42")
    _login(client, twice.username)
    assert len(_events(audit.SIGN_IN_FAILED)) == len(_events(audit.SIGN_IN)) == 2
    checked, breaks = verify([alice.service.pk, bob.service.pk], workers=1)
    assert checked and breaks == []
