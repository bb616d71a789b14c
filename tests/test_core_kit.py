"""The core kit and the registries: what every app relies on, tested once here.

- An edit without the version of the record it was made on is refused (goal, step, programme, person):
  before, a POST without it overwrote whatever others had saved meanwhile.
- Registries: a lower app widens need-to-know, adds evidence kinds, navigation and home pages without
  the upper app knowing it; registering twice stops the node.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.urls import reverse

from reintegra.core import audit, registry
from reintegra.core.access import ActionError
from reintegra.core.roles import Role
from reintegra.decisions import evidence
from reintegra.people import visibility
from reintegra.people.models import Sex
from reintegra.people.queries import visible_persons
from reintegra.plans import actions as plan_actions
from reintegra.plans.models import Goal, Plan, Step
from reintegra.programmes import actions as programme_actions
from reintegra.programmes.models import Programme

GOAL = {"area": "ete", "own_words": "Да завршим школу.", "framing": "Training.", "motivation": "preparing",
        "status": "active", "status_reason": ""}
STEP = {"what": "Enrol in the course", "owner": "programme", "owner_detail": "", "due_on": "", "status": "planned"}


@pytest.fixture
def cm(alice):
    return alice.member(Role.CASE_MANAGER)


@pytest.fixture
def goal(alice, cm, audit_context):
    plan = Plan.objects.get(person=alice.person())
    return plan_actions.save_goal(cm, plan, GOAL)


def test_a_goal_edit_without_its_version_is_refused_and_changes_nothing(cm, goal, login):
    url = reverse("plans:edit_goal", args=[goal.plan_id, goal.pk])
    response = login(cm).post(url, {**GOAL, "framing": "Overwritten"})  # no version field
    assert response.status_code == 200 and "came without the version" in response.content.decode()
    assert Goal.objects.get(pk=goal.pk).framing == "Training."
    ok = login(cm).post(url, {**GOAL, "framing": "Mine", "version": goal.version})
    assert ok.status_code == 302 and Goal.objects.get(pk=goal.pk).framing == "Mine"


def test_a_step_edit_without_its_version_is_refused(cm, goal, login):
    step = plan_actions.save_step(cm, goal, {**STEP, "due_on": None})
    url = reverse("plans:edit_step", args=[goal.plan_id, step.pk])
    response = login(cm).post(url, {**STEP, "what": "Overwritten"})
    assert response.status_code == 200 and "came without the version" in response.content.decode()
    assert Step.objects.get(pk=step.pk).what == "Enrol in the course"


def test_concurrent_programme_edits_lose_nothing(alice, audit_context):
    """Thirty editors each opened the form on version 1: one wins, the others are told, none is lost."""
    admin = alice.member(Role.SERVICE_ADMIN)
    data = {"code": "CBT-1", "name": {"en": "Think first"}, "description": {}, "kind": "cognitive_behavioural",
            "provider": "Psychology", "establishment": alice.prison, "target_groups": [], "eligibility": "",
            "languages": ["sr"], "capacity": 10, "sessions_planned": 10, "duration_weeks": 5,
            "evidence": "promising", "evidence_note": "", "active": True}
    programme = programme_actions.save_programme(admin, data)
    saved, refused = [], 0
    for n in range(30):
        try:
            programme_actions.save_programme(admin, {**data, "provider": f"Editor {n}"}, programme, version=1)
            saved.append(n)
        except ActionError:
            refused += 1
    assert saved == [0] and refused == 29
    assert Programme.objects.get(pk=programme.pk).provider == "Editor 0"
    with pytest.raises(ActionError, match="came without the version"):
        programme_actions.save_programme(admin, {**data, "provider": "Blind"}, programme)


def test_a_person_edit_without_its_version_is_refused(alice, login):
    person = alice.person(family="Јовановић")
    url = reverse("people:edit", args=[person.pk])
    form = {"given_name": "Марко", "family_name": "Overwritten", "date_of_birth": "1990-05-17", "sex": Sex.MALE,
            "citizenship": "", "languages": "sr", "aliases": ""}
    response = login(alice.governor).post(url, form)
    assert response.status_code == 200 and "came without the version" in response.content.decode()
    person.refresh_from_db()
    assert person.family_name == "Јовановић"
    assert login(alice.governor).post(url, {**form, "version": person.version}).status_code == 302
    person.refresh_from_db()
    assert person.family_name == "Overwritten"


def test_a_lower_app_widens_need_to_know_with_a_branch(alice):
    """A partner grant (a later app) is one more branch; people does not import it."""
    partner = alice.member(Role.PARTNER)
    shared, other = alice.person(family="Shared"), alice.person(family="Other")
    assert not visible_persons(partner).exists()
    visibility.register_branch("test-grants", lambda m: Q(pk=shared.pk) if m.role == Role.PARTNER else None)
    try:
        assert list(visible_persons(partner)) == [shared]
        staff = set(visible_persons(alice.member(Role.CASE_MANAGER)).values_list("pk", flat=True))
        assert {shared.pk, other.pk} <= staff  # the staff branch is untouched
        with pytest.raises(ImproperlyConfigured):
            visibility.register_branch("test-grants", lambda m: None)
    finally:
        del visibility._branches["test-grants"]


def test_branches_never_reach_another_service(alice, bob):
    with bob.acting():
        theirs = bob.person()
    visibility.register_branch("test-everything", lambda m: Q(pk=theirs.pk))
    try:
        assert not visible_persons(alice.member(Role.CASE_MANAGER)).filter(pk=theirs.pk).exists()
    finally:
        del visibility._branches["test-everything"]


def test_registering_twice_stops_the_node():
    with pytest.raises(ImproperlyConfigured):
        registry.permission("people.view_person", "again", Role.PARTNER)
    with pytest.raises(ImproperlyConfigured):
        registry.permission("training.view_person", "same codename", Role.TRAINER)
    with pytest.raises(ImproperlyConfigured):
        audit.register("people.person.view", "again")
    with pytest.raises(ImproperlyConfigured):
        registry.navigation(99, "again", "people:search", lambda m: True)
    with pytest.raises(ImproperlyConfigured):
        evidence.register_kind("assessment", "again")
    with pytest.raises(ImproperlyConfigured):
        registry.holds(Role.GOVERNOR, "nowhere.unregistered")


def test_navigation_and_home_pages_come_from_the_apps(alice, login):
    expected_home = {
        Role.CASE_MANAGER: "people:caseload", Role.PROBATION_OFFICER: "people:caseload",
        Role.GOVERNOR: "decisions:dashboard", Role.OVERSIGHT: "decisions:dashboard",
        Role.ASSESSOR: "people:search", Role.SECURITY_OFFICER: "people:search",
        Role.FRONTLINE_OFFICER: "people:search", Role.SERVICE_ADMIN: "audit",
    }
    for role in Role:
        response = login(alice.member(role)).get(reverse("home"))
        if role in expected_home:
            assert response.status_code == 302 and response["Location"] == reverse(expected_home[role]), role
        else:
            assert response.status_code == 200, role  # the plain welcome page
    page = login(alice.member(Role.SERVICE_ADMIN)).get(reverse("programmes:catalogue")).content.decode()
    assert 'href="/audit/"' in page or reverse("audit") in page
    assert reverse("people:caseload") not in page  # no person records for an administrator


def test_a_registered_evidence_kind_is_offered_and_an_unknown_one_refused(alice, audit_context):
    from decisions_setup import Rules, proposal

    ruled, officer = Rules(alice), alice.member(Role.SECURITY_OFFICER)
    evidence.register_kind("testreport", "Test report")
    try:
        assert ("testreport", "Test report") in evidence.choices()
        cited = [{"kind": "testreport", "reference": "T-1", "description": "Seen on the wing."}]
        assert proposal(officer, alice.person(), ruled.contact, evidence=cited, legal_basis=ruled.basis).pk
        with pytest.raises(ActionError, match="kind of evidence"):
            proposal(officer, alice.person(family="Other"), ruled.contact, legal_basis=ruled.basis,
                     evidence=[{"kind": "rumour", "reference": "", "description": "Heard it said."}])
    finally:
        del evidence.KINDS["testreport"]
    original = evidence.KINDS["concern"]
    evidence.register_kind("concern", "Concern report (linked)")  # the concerns app replaces the provisional kind
    try:
        assert evidence.label("concern") == "Concern report (linked)"
        with pytest.raises(ImproperlyConfigured):
            evidence.register_kind("concern", "twice")
    finally:
        evidence.KINDS["concern"] = original
        evidence._provisional.add("concern")
