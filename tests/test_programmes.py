"""Programmes: the catalogue, referral → decision → waiting list → enrolment → attendance → outcome,
capacity, queue order, tenancy."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from reintegra.core.access import ActionError
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.plans import actions as plan_actions
from reintegra.plans.models import Plan
from reintegra.programmes import actions, queries
from reintegra.programmes.models import Attendance, Programme, Referral


def catalogue_entry(tenant, place=None, **extra):
    data = {"code": "CBT-1", "name": {"en": "Misli pa djeluj"}, "description": {}, "kind": "cognitive_behavioural",
            "provider": "Psychology service", "establishment": place or tenant.prison, "target_groups": [],
            "eligibility": "", "languages": ["sr"], "capacity": 2, "sessions_planned": 10, "duration_weeks": 5,
            "evidence": "promising", "evidence_note": "", "active": True, **extra}
    return actions.save_programme(tenant.member(Role.SERVICE_ADMIN), data)


@pytest.fixture
def cm(alice):
    return alice.member(Role.CASE_MANAGER)


@pytest.fixture
def programme(alice, audit_context):
    return catalogue_entry(alice)


def step_for(cm, person):
    plan = Plan.objects.get(person=person)
    goal = plan_actions.save_goal(cm, plan, {"area": "thinking", "own_words": "Да не планем.", "framing": "",
                                             "motivation": "acting", "status": "active", "status_reason": ""})
    return plan_actions.save_step(cm, goal, {"what": "CBT group", "owner": "programme", "owner_detail": "",
                                             "due_on": None, "status": "planned"})


def waiting(alice, cm, programme, family):
    person = alice.person(family=family)
    referral = actions.refer(cm, person, programme, reason="Anger at work.", step=step_for(cm, person))
    return actions.decide(cm, referral, accept=True)


def test_catalogue_entries_keep_each_language(alice, programme):
    assert programme.name == {"en": "Misli pa djeluj"}
    edited = actions.save_programme(alice.member(Role.SERVICE_ADMIN), {
        **{f: getattr(programme, f) for f in actions.CATALOGUE_FIELDS}, "name": {"sr": "Мисли па дјелуј"}},
        programme, programme.version)
    assert edited.name == {"en": "Misli pa djeluj", "sr": "Мисли па дјелуј"}
    with pytest.raises(ActionError, match="code"):
        catalogue_entry(alice)
    with pytest.raises(ActionError, match="establishment"):
        catalogue_entry(alice, place=alice.wing, code="X")


def test_referral_from_a_step_links_its_goal_and_is_not_duplicated(alice, cm, programme):
    person = alice.person()
    step = step_for(cm, person)
    referral = actions.refer(cm, person, programme, reason="Works on impulsivity.", step=step)
    assert [link.goal_id for link in referral.goals.all()] == [step.goal_id]
    with pytest.raises(ActionError, match="already has an open referral"):
        actions.refer(cm, person, programme, reason="Again.")
    with pytest.raises(ActionError, match="another person"):
        actions.refer(cm, alice.person(family="Other"), programme, reason="x", step=step)


def test_declining_needs_a_reason_and_accepting_queues_in_order(alice, cm, programme):
    person = alice.person()
    referral = actions.refer(cm, person, programme, reason="Fits.")
    with pytest.raises(ActionError, match="why the referral is declined"):
        actions.decide(cm, referral, accept=False)
    declined = actions.decide(cm, referral, accept=False, reason="Does not speak the group's language.")
    assert declined.status == Referral.Status.DECLINED
    first, second = waiting(alice, cm, programme, "Prvi"), waiting(alice, cm, programme, "Drugi")
    assert (actions.waiting_position(first), actions.waiting_position(second)) == (1, 2)


def test_capacity_is_respected_and_the_queue_needs_a_reason_to_skip(alice, cm, programme):
    first, second, third = (waiting(alice, cm, programme, name) for name in ("A", "B", "C"))
    with pytest.raises(ActionError, match="1 people are ahead"):
        actions.enrol(cm, second, enrolled_on=date.today())
    actions.enrol(cm, second, enrolled_on=date.today(), out_of_turn_reason="Release in three months.")
    actions.enrol(cm, first, enrolled_on=date.today())
    with pytest.raises(ActionError, match="All 2 places are taken"):
        actions.enrol(cm, third, enrolled_on=date.today())
    assert Referral.objects.get(pk=third.pk).status == Referral.Status.WAITING
    row = queries.catalogue(cm).get(pk=programme.pk)
    assert (row.enrolled, row.waiting) == (2, 1)
    with pytest.raises(ActionError, match="More people are enrolled"):
        actions.save_programme(alice.member(Role.SERVICE_ADMIN), {
            **{f: getattr(programme, f) for f in actions.CATALOGUE_FIELDS}, "name": {"en": "x"}, "capacity": 1},
            programme, version=programme.version)


def test_sessions_record_everyones_attendance(alice, cm, programme):
    a, b = (actions.enrol(cm, waiting(alice, cm, programme, n), enrolled_on=date.today()) for n in ("A", "B"))
    with pytest.raises(ActionError, match="every enrolled participant"):
        actions.record_session(cm, programme, held_on=date.today(), topic="", facilitator="",
                               marks={a.pk: ("present", "")})
    with pytest.raises(ActionError, match="after it took place"):
        actions.record_session(cm, programme, held_on=date.today() + timedelta(days=1), topic="", facilitator="",
                               marks={a.pk: ("present", ""), b.pk: ("absent", "")})
    actions.record_session(cm, programme, held_on=date.today(), topic="Triggers", facilitator="",
                           marks={a.pk: ("present", ""), b.pk: ("excused", "Court hearing")})
    assert Attendance.objects.filter(referral=a, status="present").count() == 1
    history = {r.pk: r for r in queries.of_person(cm, a.person)}
    assert (history[a.pk].attended, history[a.pk].recorded) == (1, 1)


def test_the_end_report_needs_an_outcome_per_linked_goal(alice, cm, programme):
    referral = actions.enrol(cm, waiting(alice, cm, programme, "A"), enrolled_on=date.today())
    goal_id = referral.goals.get().goal_id
    common = {"ended_on": date.today(), "reason": "", "report": "Took part actively."}
    with pytest.raises(ActionError, match="outcome for every linked goal"):
        actions.end(cm, referral, status="completed", outcomes={}, **common)
    with pytest.raises(ActionError, match="ended early"):
        actions.end(cm, referral, status="dropped_out", outcomes={goal_id: ("none", "")}, **common)
    ended = actions.end(cm, referral, status="completed", outcomes={goal_id: ("progress", "Uses the skills.")},
                        **common)
    assert ended.status == Referral.Status.COMPLETED and ended.goals.get().outcome == "progress"


def test_staff_of_another_establishment_cannot_run_the_programme(alice, cm, audit_context):
    elsewhere = catalogue_entry(alice, place=alice.prison2, code="P2")
    referral = actions.refer(cm, alice.person(), elsewhere, reason="Only one offered.")
    with pytest.raises(ActionError, match="another establishment"):
        actions.decide(cm, referral, accept=True)
    with pytest.raises(PermissionDenied):
        actions.decide(alice.member(Role.SECURITY_OFFICER), referral, accept=True)


def test_the_whole_way_through_the_pages(alice, cm, login, programme):
    person = alice.person()
    step = step_for(cm, person)
    client = login(cm)
    response = client.post(reverse("programmes:refer", args=[person.pk]) + f"?step={step.pk}",
                           {"programme": programme.pk, "reason": "Needs it."})
    referral = Referral.objects.get(person=person)
    assert response.status_code == 302 and referral.step == step
    client.post(reverse("programmes:decide", args=[referral.pk]), {"decision": "accept", "reason": ""})
    client.post(reverse("programmes:enrol", args=[referral.pk]), {"enrolled_on": date.today().isoformat()})
    response = client.post(reverse("programmes:session", args=[programme.pk]), {
        "held_on": date.today().isoformat(), "topic": "Start", f"attendance_{referral.pk}": "present"})
    assert response.status_code == 302
    detail = client.get(reverse("programmes:detail", args=[programme.pk])).content.decode()
    assert person.family_name in detail and "1 of 1 attended" in detail
    plan_page = client.get(reverse("plans:detail", args=[step.goal.plan_id])).content.decode()
    assert "Enrolled" in plan_page
    person_page = client.get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "attended 1 of 1 sessions" in person_page
    codes = set(AuditEvent.objects.filter(person_id=person.pk).values_list("action", flat=True))
    assert {"programmes.referral.create", "programmes.referral.decide", "programmes.referral.enrol",
            "programmes.session.record"} <= codes


def test_other_services_programmes_and_referrals_are_404(alice, bob, login, programme):
    theirs = catalogue_entry(bob, name={"en": "Bob only"})
    referral = actions.refer(bob.member(Role.CASE_MANAGER), bob.person(), theirs, reason="x")
    client = login(alice.member(Role.CASE_MANAGER))
    for url in (reverse("programmes:detail", args=[theirs.pk]), reverse("programmes:referral", args=[referral.pk]),
                reverse("programmes:session", args=[theirs.pk]), reverse("programmes:enrol", args=[referral.pk])):
        assert client.get(url).status_code == 404, url
    assert theirs.title() not in client.get(reverse("programmes:catalogue")).content.decode()


def test_participants_outside_the_members_scope_are_counted_not_named(alice, cm, login, programme):
    waiting(alice, cm, programme, "Видљиви")
    hidden = waiting(alice, cm, programme, "Скривени")
    plan_actions_person = hidden.person
    from reintegra.people import actions as people_actions
    people_actions.transfer(alice.governor, plan_actions_person.current_episode, establishment=alice.prison2,
                            transferred_on=date.today())
    page = login(alice.member(Role.FRONTLINE_OFFICER)).get(
        reverse("programmes:detail", args=[programme.pk])).content.decode()
    assert "Скривени" not in page and "outside your scope" in page


def test_catalogue_occupancy_is_on_the_page(alice, cm, login, programme):
    actions.enrol(cm, waiting(alice, cm, programme, "A"), enrolled_on=date.today())
    waiting(alice, cm, programme, "B")
    page = login(alice.governor).get(reverse("programmes:catalogue") + f"?establishment={alice.prison.pk}")
    assert "1 / 2" in page.content.decode()
    assert Programme.objects.filter(service=alice.service).count() == 1


def test_the_catalogue_form_stores_the_name_in_the_editors_language(alice, login, programme):
    admin = alice.member(Role.SERVICE_ADMIN)
    admin.user.preferred_language = "sr"
    admin.user.save()
    client = login(admin)
    form = client.get(reverse("programmes:edit", args=[programme.pk])).content.decode()
    assert 'value="Misli pa djeluj"' in form  # no Serbian name yet: the English one is shown
    data = {f: getattr(programme, f) for f in actions.CATALOGUE_FIELDS if f not in ("establishment",)}
    response = client.post(reverse("programmes:edit", args=[programme.pk]), {
        **data, "establishment": alice.prison.pk, "name": "Мисли па дјелуј", "description": "Групни рад.",
        "version": programme.version, "languages": ["sr"], "target_groups": [], "active": "on"})
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.name == {"en": "Misli pa djeluj", "sr": "Мисли па дјелуј"}
    with translation.override("sr"):
        assert programme.title() == "Мисли па дјелуј"
