"""Sentence plans: versions and their history, the prisoner's response, clocks and events, group
prompts, countersigning, tenancy and optimistic locking."""

from datetime import date, timedelta

import pdfcheck
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from reintegra.core.access import ActionError, StaleEdit
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.people import actions as people_actions
from reintegra.plans import actions, queries
from reintegra.plans.models import DueKind, Goal, GroupPrompt, NeedArea, Plan, PlanSettings, PlanVersion, Step

GOAL = {"area": "ete", "own_words": "Хоћу да завршим школу за заваривача.", "framing": "Vocational training.",
        "motivation": "preparing", "status": "active", "status_reason": ""}
STEP = {"what": "Enrol in the welding course", "owner": "programme", "owner_detail": "", "due_on": None,
        "status": "planned"}


def plan_of(person):
    return Plan.objects.get(person=person)


def with_history(alice, person):
    """A prior conviction: not first-time, so the ordinary review interval applies."""
    people_actions.add_prior_conviction(alice.governor, person, year=2015, description="Theft", category="property")
    return person


@pytest.fixture
def cm(alice):
    return alice.member(Role.CASE_MANAGER)


@pytest.fixture
def plan(alice, audit_context):
    return plan_of(with_history(alice, alice.person()))


def built(cm, plan, **goal):
    goal = actions.save_goal(cm, plan, {**GOAL, **goal})
    actions.save_step(cm, goal, STEP)
    return goal


def issued(cm, plan, kind="initial", on=None):
    plan.refresh_from_db()
    return actions.issue_version(cm, plan, plan.version, kind=kind, issued_on=on or date.today(),
                                 summary="Discussed with the prisoner.")


def test_admission_opens_a_plan_due_within_the_service_days(alice, audit_context):
    person = alice.person(admitted=date.today() - timedelta(days=3))
    plan = plan_of(person)
    assert plan.episode == person.current_episode
    assert plan.review_due == person.current_episode.admitted_on + timedelta(days=28)
    assert plan.due_kind == DueKind.INITIAL
    PlanSettings.objects.create(service=alice.service, initial_due_days=10)
    other = plan_of(alice.person(family="Other", admitted=date.today()))
    assert other.review_due == date.today() + timedelta(days=10)


def test_a_version_is_a_snapshot_and_the_history_shows_changes(alice, cm, plan):
    goal = built(cm, plan)
    first = issued(cm, plan)
    assert first.number == 1 and first.snapshot["goals"][0]["own_words"] == GOAL["own_words"]
    actions.save_goal(cm, plan, {**GOAL, "status": "achieved"}, goal=goal, version=goal.version)
    actions.save_goal(cm, plan, {**GOAL, "own_words": "Find work after release.", "area": "finance"})
    second = issued(cm, plan, kind="review")
    first.refresh_from_db()
    assert first.snapshot["goals"][0]["status"] == "active"  # the earlier version never changes
    from reintegra.plans import snapshots
    changes = snapshots.changes(first.snapshot, second.snapshot, dict(queries.need_areas(alice.service.pk)))
    kinds = sorted((kind, what) for kind, what, _text, _fields in changes)
    assert kinds == [("added", "goal"), ("changed", "goal")]
    changed = next(fields for kind, _w, _t, fields in changes if kind == "changed")
    assert [(str(label), str(old), str(new)) for label, old, new in changed] == [("status", "Active", "Achieved")]


def test_first_version_is_initial_and_needs_an_active_goal(alice, cm, plan):
    with pytest.raises(ActionError, match="at least one active goal"):
        issued(cm, plan)
    built(cm, plan)
    with pytest.raises(ActionError, match="first version"):
        issued(cm, plan, kind="review")
    issued(cm, plan)
    with pytest.raises(ActionError, match="already has its initial"):
        issued(cm, plan)


def test_goal_rules(alice, bob, cm, plan):
    with pytest.raises(ActionError, match="own words"):
        actions.save_goal(cm, plan, {**GOAL, "own_words": "  "})
    goal = built(cm, plan)
    with pytest.raises(ActionError, match="why the goal is removed"):
        actions.save_goal(cm, plan, {**GOAL, "status": "removed"}, goal=goal, version=goal.version)
    removed = actions.save_goal(cm, plan, {**GOAL, "status": "removed", "status_reason": "Wants another trade."},
                                goal=goal, version=goal.version)
    assert removed.status == Goal.Status.REMOVED
    with pytest.raises(StaleEdit):  # the version the form was built on is gone
        actions.save_goal(cm, plan, {**GOAL, "framing": "late"}, goal=goal, version=goal.version)
    assert Goal.objects.get(pk=goal.pk).framing == GOAL["framing"]


def test_goal_links_only_to_the_persons_own_ratings(alice, cm, plan, tiny_rating):
    other_person_rating, own_rating = tiny_rating(alice.person(family="Other")), tiny_rating(plan.person)
    goal = actions.save_goal(cm, plan, GOAL, [own_rating.pk])
    assert list(goal.links.values_list("rating_id", flat=True)) == [own_rating.pk]
    with pytest.raises(ActionError, match="another person"):
        actions.save_goal(cm, plan, GOAL, [other_person_rating.pk])


def test_the_prisoners_response_is_recorded_once(alice, cm, plan):
    built(cm, plan)
    version = issued(cm, plan)
    with pytest.raises(ActionError, match="comment"):
        actions.record_response(cm, version, response="not_agreed", comment="", interpreter_used=False,
                                responded_on=date.today())
    actions.record_response(cm, version, response="not_agreed", comment="Ne želim taj kurs.", interpreter_used=True,
                            responded_on=date.today())
    with pytest.raises(ActionError, match="already recorded"):
        actions.record_response(cm, version, response="agreed", comment="", interpreter_used=False,
                                responded_on=date.today())
    version.refresh_from_db()
    assert (version.response, version.response_comment) == ("not_agreed", "Ne želim taj kurs.")


def test_countersigning_where_the_service_requires_it(alice, cm, plan):
    PlanSettings.objects.create(service=alice.service, countersign_required=True)
    built(cm, plan)
    version = issued(cm, plan)
    assert version.awaiting_countersignature
    assert list(queries.awaiting_countersignature(alice.governor)) == [version]
    with pytest.raises(PermissionDenied):
        actions.countersign(cm, version)  # a case manager is not a supervisor
    actions.countersign(alice.governor, version)
    version.refresh_from_db()
    assert version.countersigned_by == alice.governor.user and not version.awaiting_countersignature
    with pytest.raises(ActionError, match="does not await"):
        actions.countersign(alice.governor, version)


def test_review_interval_is_shorter_for_specific_groups(alice, cm, audit_context):
    ordinary = plan_of(with_history(alice, alice.person()))
    first_timer = plan_of(alice.person(family="Новак"))
    for plan in (ordinary, first_timer):
        built(cm, plan)
        issued(cm, plan)
        plan.refresh_from_db()
    assert ordinary.review_due == date.today() + timedelta(days=182)
    assert first_timer.review_due == date.today() + timedelta(days=91)


def test_pre_release_review_comes_before_the_interval(alice, cm, audit_context):
    person = with_history(alice, alice.person())
    episode = person.current_episode
    episode.expected_release = date.today() + timedelta(days=120)
    episode.save()
    plan = plan_of(person)
    built(cm, plan)
    issued(cm, plan)
    plan.refresh_from_db()
    assert (plan.review_due, plan.due_kind) == (date.today() + timedelta(days=30), DueKind.PRE_RELEASE)


def test_events_bring_the_review_forward_never_back(alice, cm, plan):
    built(cm, plan)
    issued(cm, plan)
    plan.refresh_from_db()
    assert plan.review_due == date.today() + timedelta(days=182)
    people_actions.transfer(alice.governor, plan.episode, establishment=alice.prison2, transferred_on=date.today())
    plan.refresh_from_db()
    assert (plan.review_due, plan.due_kind) == (date.today() + timedelta(days=14), DueKind.TRANSFER)
    assert "Prison Two" in plan.due_note
    people_actions.transfer(alice.governor, plan.episode, establishment=alice.prison, transferred_on=date.today())
    plan.refresh_from_db()
    assert plan.review_due == date.today() + timedelta(days=14)  # not put back
    people_actions.release(alice.governor, plan.episode, released_on=date.today())
    plan.refresh_from_db()
    assert (plan.review_due, plan.due_kind) == (date.today(), DueKind.CLOSURE)
    issued(cm, plan, kind="closure")
    plan.refresh_from_db()
    assert plan.closed_on == date.today() and plan.review_due is None
    with pytest.raises(ActionError, match="closed"):
        actions.save_goal(cm, plan, GOAL)


def test_a_countersigned_assessment_brings_the_review_forward(alice, cm, plan, tiny_rating):
    built(cm, plan)
    issued(cm, plan)
    tiny_rating(plan.person)  # countersigns an assessment of this person
    plan.refresh_from_db()
    assert (plan.review_due, plan.due_kind) == (date.today() + timedelta(days=14), DueKind.ASSESSMENT)


def test_plan_page_shows_group_prompts_and_configured_areas(alice, cm, login, audit_context):
    juvenile = alice.person(family="Младић", born=date.today() - timedelta(days=16 * 365))
    plan = plan_of(juvenile)
    client = login(cm)
    page = client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Involve parents or guardians" in page and "every 91 days" in page
    GroupPrompt.objects.create(service=alice.service, group="juvenile", text="Call the social worker first.")
    NeedArea.objects.create(service=alice.service, code="school", label="Schooling")
    page = client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Call the social worker first." in page and "Involve parents or guardians" not in page
    form = client.get(reverse("plans:add_goal", args=[plan.pk])).content.decode()
    assert "Schooling" in form and "Accommodation" not in form


def test_build_a_plan_through_the_pages(alice, cm, login, audit_context):
    plan = plan_of(alice.person())
    client = login(cm)
    response = client.post(reverse("plans:add_goal", args=[plan.pk]), {**GOAL, "status": "active"})
    assert response.status_code == 302
    goal = Goal.objects.get(plan=plan)
    response = client.post(reverse("plans:add_step", args=[plan.pk, goal.pk]),
                           {**STEP, "due_on": ""})
    assert response.status_code == 302
    step = Step.objects.get(goal=goal)
    client.post(reverse("plans:add_note", args=[plan.pk, step.pk]), {"text": "Asked about the course."})
    plan.refresh_from_db()
    response = client.post(reverse("plans:issue", args=[plan.pk]), {
        "version": plan.version, "kind": "initial", "issued_on": date.today().isoformat(), "summary": "Agreed goals."})
    assert response.status_code == 302 and response["Location"].endswith("/versions/1/")
    response = client.post(reverse("plans:respond", args=[plan.pk, 1]), {
        "response": "agreed", "comment": "", "responded_on": date.today().isoformat()})
    assert PlanVersion.objects.get(plan=plan).response == "agreed"
    version_page = client.get(reverse("plans:version", args=[plan.pk, 1])).content.decode()
    assert "Agreed goals." in version_page and GOAL["own_words"] in version_page
    page = client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert GOAL["own_words"] in page and "Asked about the course." in page
    actions_seen = set(AuditEvent.objects.filter(person_id=plan.person_id).values_list("action", flat=True))
    assert {"plans.goal.save", "plans.step.save", "plans.step.note", "plans.version.issue",
            "plans.version.response", "plans.plan.view"} <= actions_seen


def test_stale_goal_form_is_refused_with_a_message(alice, cm, login, plan):
    goal = built(cm, plan)
    client = login(cm)
    stale = goal.version
    actions.save_goal(cm, plan, {**GOAL, "framing": "Someone else's change"}, goal=goal, version=goal.version)
    response = client.post(reverse("plans:edit_goal", args=[plan.pk, goal.pk]),
                           {**GOAL, "framing": "Mine", "version": stale})
    assert response.status_code == 200 and "Someone else saved this record" in response.content.decode()
    assert Goal.objects.get(pk=goal.pk).framing == "Someone else's change"


def test_due_lists_for_the_case_manager_and_the_establishment(alice, cm, login, audit_context):
    mine = alice.person(admitted=date.today())
    people_actions.assign(alice.governor, mine, cm.user, "case_manager")
    other = alice.person(family="Other", admitted=date.today())
    far = alice.person(family="Far", admitted=date.today() - timedelta(days=400))  # overdue initial plan
    assert [p.person_id for p in queries.due(cm, mine=True)] == [mine.pk]
    everyone = [p.person_id for p in queries.due(alice.governor, establishment=alice.prison)]
    assert everyone[0] == far.pk and {mine.pk, other.pk} <= set(everyone)
    page = login(cm).get(reverse("plans:due")).content.decode()
    assert mine.family_name in page


def test_other_services_plan_is_404_and_roles_without_plans_are_refused(alice, bob, login, nobody, audit_context):
    with bob.acting():
        theirs = plan_of(bob.person())
    ours = plan_of(alice.person())
    assert login(alice.member(Role.CASE_MANAGER)).get(reverse("plans:detail", args=[theirs.pk])).status_code == 404
    assert login(alice.member(Role.FRONTLINE_OFFICER)).get(reverse("plans:detail", args=[ours.pk])).status_code == 403
    assert login(alice.member(Role.OVERSIGHT)).get(reverse("plans:detail", args=[ours.pk])).status_code == 200
    assert login(alice.member(Role.OVERSIGHT)).get(reverse("plans:add_goal", args=[ours.pk])).status_code == 403
    assert login(nobody).get(reverse("plans:detail", args=[ours.pk])).status_code in (403, 404)


def test_plan_document_in_the_prisoners_language(alice, cm, login, plan):
    goal = built(cm, plan)
    actions.save_step(cm, goal, {**STEP, "what": "Të regjistrohet në kursin e saldimit çdo javë"})
    issued(cm, plan)
    client = login(cm)
    html = client.get(reverse("plans:document", args=[plan.pk, 1]) + "?lang=sq").content.decode()
    with translation.override("sq"):
        heading = gettext("Your sentence plan")
    assert 'lang="sq"' in html and heading in html and heading != "Your sentence plan"
    response = client.get(reverse("plans:document_pdf", args=[plan.pk, 1]) + "?lang=sr")
    assert response["Content-Type"] == "application/pdf"
    text = pdfcheck.text(response.content)
    assert "Петровић" in text and GOAL["own_words"] in text and "saldimit çdo javë" in text
    fonts = pdfcheck.embedded_fonts(response.content)  # the app's Noto Sans, on a server without it
    assert {"Doc-Noto-Sans-Cyrillic", "Doc-Noto-Sans-Cyrillic-Bold", "Doc-Noto-Sans-Latin"} <= fonts, fonts
    assert not pdfcheck.foreign_fonts(response.content), fonts
    assert AuditEvent.objects.filter(action="plans.plan.document", person_id=plan.person_id).count() == 2
