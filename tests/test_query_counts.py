"""The cost of a page does not grow with the data: query counts are pinned."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reintegra.core.roles import Role
from reintegra.people import actions


def _queries(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def grow(alice):
    cm = alice.member(Role.CASE_MANAGER).user

    made = []

    def _grow(n):
        for _ in range(n):
            i = len(made)
            made.append(i)
            person = alice.person(family=f"Петровић{i}", given="Марко")
            actions.assign(alice.governor, person, cm, "case_manager")
            actions.add_prior_conviction(alice.governor, person, year=2010, description="Theft", category="property")
            actions.add_identifier(alice.governor, person, "national_id", f"ID{i}")
        return person

    return _grow


@pytest.mark.parametrize(("name", "params", "pinned"), [
    ("people:caseload", {}, 9),
    ("people:search", {"q": "petrovic"}, 12),
    ("people:search", {"q": "", "group": "first_time"}, 10),
])
def test_list_pages_are_constant(alice, grow, login, name, params, pinned):
    client = login(alice.member(Role.CASE_MANAGER))
    grow(2)
    small = _queries(client, reverse(name), **params)
    grow(15)
    large = _queries(client, reverse(name), **params)
    assert small == large == pinned


def test_person_page_is_constant(alice, grow, login):
    client = login(alice.member(Role.CASE_MANAGER))
    person = grow(1)
    small = _queries(client, reverse("people:detail", args=[person.pk]))
    for i in range(5):  # more history on the same person
        actions.add_prior_conviction(alice.governor, person, year=2000 + i, description="Theft", category="property")
        actions.add_offence(alice.governor, person.current_episode, description=f"Offence {i}", category="drugs")
        actions.add_identifier(alice.governor, person, "other", f"X-{i}")
    large = _queries(client, reverse("people:detail", args=[person.pk]))
    assert small == large == 22


def test_assessment_page_and_due_list_are_constant(alice, login, audit_context):
    from datetime import date, timedelta
    from pathlib import Path

    from reintegra.assessments import actions as assessing
    from reintegra.assessments.instruments import loader
    from reintegra.assessments.models import Certification

    instrument = loader.import_file(Path(__file__).parent / "fixtures" / "tiny-open.yaml")[0]
    member = alice.member(Role.ASSESSOR)
    Certification.objects.create(service=alice.service, user=member.user, module="T-OPEN",
                                 valid_until=date.today() + timedelta(days=9))

    def one():
        a = assessing.start(member, alice.person(), instrument, date.today() - timedelta(days=200))
        a = assessing.save_draft(member, a, a.version, {
            "sources": ["file"], "judgement": "low", "key_factors": "k", "rationale": "r", "disclosed": True,
        }, {"A1": ("low", "", ""), "A2": ("high", "", "e"), "B1": ("", "none", "")}, [("risk", "x")])
        return assessing.submit(member, a, a.version)

    client = login(member)
    first = one()
    small = (_queries(client, reverse("assessments:detail", args=[first.pk])),
             _queries(client, reverse("assessments:due")))
    for _ in range(6):
        one()
    large = (_queries(client, reverse("assessments:detail", args=[first.pk])),
             _queries(client, reverse("assessments:due")))
    assert small == large == (15, 11)  # the due list no longer reads certifications (summaries)


def test_plan_page_and_programme_occupancy_are_constant(alice, login, tiny_rating, audit_context):
    from datetime import date

    from reintegra.plans import actions as planning
    from reintegra.plans.models import Plan
    from reintegra.programmes import actions as programming

    cm = alice.member(Role.CASE_MANAGER)
    person = alice.person()
    plan = Plan.objects.get(person=person)
    programme = programming.save_programme(alice.member(Role.SERVICE_ADMIN), {
        "code": "P", "name": {"en": "P"}, "kind": "work", "provider": "x", "establishment": alice.prison,
        "target_groups": [], "eligibility": "", "languages": [], "capacity": 50, "sessions_planned": 1,
        "duration_weeks": 1, "evidence": "none", "evidence_note": "", "active": True})

    def grow(n):
        rating = tiny_rating(person)
        for i in range(n):
            goal = planning.save_goal(cm, plan, {"area": "ete", "own_words": f"Goal {i}", "motivation": "acting",
                                                 "status": "active"}, [rating.pk])
            step = planning.save_step(cm, goal, {"what": f"Step {i}", "owner": "programme", "status": "planned"})
            planning.add_step_note(cm, step, "Note")
            other = alice.person(family=f"P{i}")
            referral = programming.refer(cm, other, programme, reason="r")
            programming.decide(cm, referral, accept=True)
            own = programming.save_programme(alice.member(Role.SERVICE_ADMIN), {
                "code": f"OWN{plan.goals.count()}", "name": {"en": "Own"}, "kind": "work", "provider": "x",
                "establishment": alice.prison, "target_groups": [], "eligibility": "", "languages": [],
                "capacity": 5, "sessions_planned": 1, "duration_weeks": 1, "evidence": "none", "evidence_note": "",
                "active": True})
            programming.refer(cm, person, own, reason="r", step=step)  # the plan page lists the person's own
        plan.refresh_from_db()
        planning.issue_version(cm, plan, plan.version, kind="review" if plan.versions.exists() else "initial",
                               issued_on=date.today(), summary="s")

    client = login(cm)
    grow(1)
    pages = (reverse("plans:detail", args=[plan.pk]), reverse("programmes:catalogue"),
             reverse("programmes:detail", args=[programme.pk]))
    small = tuple(_queries(client, url) for url in pages)
    grow(4)
    large = tuple(_queries(client, url) for url in pages)
    assert small == large == (21, 5, 13)  # plan page: step facts and the programmes section, one query each
