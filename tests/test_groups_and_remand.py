"""Specific groups as the law defines them, untried detainees and their plans, and the prisoner's
language (issue 10, items 13, 19 and 20).

- Young adult is an age band *today* (the service's, default 18-21), not the age at admission;
  juvenile is under 18 or serving a juvenile sanction; first-time ignores a remand that ended
  without a conviction. `groups_of` (Python) and `filter_group` (SQL) agree at every boundary.
- No plan opens on a remand admission; a remand support plan without offence-focused areas and
  without a clock may be opened by hand; a sentence starts the ordinary clock.
- The main language is a structured field; documents default to it.
"""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from reintegra.core.access import ActionError
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.people import actions as people_actions
from reintegra.people.models import Person
from reintegra.plans import actions as plan_actions
from reintegra.plans import queries as plan_queries
from reintegra.plans.models import DueKind, Plan

DAY = date(2025, 6, 15)  # the "today" of the boundary tests: fixed, so no 29 February surprises
GOAL = {"own_words": "Хоћу да зовем децу сваке недеље.", "framing": "", "motivation": "preparing",
        "status": "active", "status_reason": ""}


def _birthday(years, on=DAY):
    return on.replace(year=on.year - years)


def _groups(alice, person, day=DAY):
    """(groups_of, filter_group) for the juvenile and young adult groups of one person, on `day`."""
    from reintegra.people.groups import Group, filter_group, for_groups, groups_of

    loaded = for_groups(Person.objects.filter(pk=person.pk)).get()
    in_python = {g for g in groups_of(loaded, day) if g in (Group.JUVENILE, Group.YOUNG_ADULT)}
    in_sql = {g for g in (Group.JUVENILE, Group.YOUNG_ADULT)
              if filter_group(Person.objects.filter(pk=person.pk), g, alice.service, day).exists()}
    return in_python, in_sql


def _remand(alice, admitted, family="Притвор", born=date(1990, 3, 3), **extra):
    person = alice.person(family=family, born=born, place=False)
    people_actions.admit(alice.governor, person, establishment=alice.prison, admitted_on=admitted,
                         legal_status="remand", offences=[{"description": "Robbery", "category": "property"}],
                         **extra)
    person.refresh_from_db()
    return person


# --- 19. specific groups ------------------------------------------------------------------------------

def test_a_36_year_old_admitted_at_20_is_not_a_young_adult(alice):
    person = alice.person(family="Тридесетшест", born=_birthday(36, date.today()) - timedelta(days=10),
                          admitted=_birthday(16, date.today()))
    assert person.current_episode.age_at_admission == 20
    python, sql = _groups(alice, person, date.today())
    assert python == sql == set()


@pytest.mark.parametrize(("label", "born", "admitted", "expected"), [
    ("the day before the 18th birthday", _birthday(18) + timedelta(days=1), DAY - timedelta(days=30), {"juvenile"}),
    ("the 18th birthday", _birthday(18), DAY - timedelta(days=30), {"young_adult"}),
    ("the day before the 22nd birthday, admitted at 21", _birthday(22) + timedelta(days=1),
     DAY - timedelta(days=10), {"young_adult"}),
    ("the 22nd birthday, admitted at 19", _birthday(22), _birthday(3), set()),
])
def test_young_adult_band_boundaries_agree_in_python_and_sql(alice, label, born, admitted, expected):
    person = alice.person(family="Граница", born=born, admitted=admitted)
    python, sql = _groups(alice, person)
    assert python == sql == expected, label


def test_a_birthday_on_29_february_turns_18_on_1_march(alice):
    person = alice.person(family="Преступна", born=date(2004, 2, 29), admitted=date(2021, 5, 5))
    assert _groups(alice, person, date(2022, 2, 28)) == ({"juvenile"}, {"juvenile"})
    assert _groups(alice, person, date(2022, 3, 1)) == ({"young_adult"}, {"young_adult"})


def test_young_adult_needs_no_custody_and_the_band_is_the_services(alice, bob):
    from reintegra.people.models import PeopleSettings

    free = alice.person(family="Слободан", born=_birthday(20) - timedelta(days=40), place=False)
    older = alice.person(family="Старији", born=_birthday(23) - timedelta(days=40), admitted=DAY - timedelta(days=9))
    assert _groups(alice, free) == ({"young_adult"}, {"young_adult"})  # age today, whether in custody or not
    assert _groups(alice, older) == (set(), set())
    with bob.acting():
        PeopleSettings.objects.create(service=bob.service, young_adult_to_age=24)
    assert _groups(alice, older) == (set(), set())  # another service's band changes nothing here
    PeopleSettings.objects.create(service=alice.service, young_adult_from_age=18, young_adult_to_age=24)
    assert _groups(alice, older) == ({"young_adult"}, {"young_adult"})


def test_a_juvenile_sanction_makes_a_juvenile_whatever_the_age(alice, audit_context):
    person = alice.person(family="Малолетнички", born=_birthday(19, date.today()) - timedelta(days=5), place=False)
    episode = people_actions.admit(alice.governor, person, establishment=alice.prison, legal_status="sentenced",
                                   admitted_on=date.today() - timedelta(days=200), juvenile_sanction=True)
    assert _groups(alice, person, date.today()) == ({"juvenile"}, {"juvenile"})
    people_actions.release(alice.governor, episode, released_on=date.today())
    assert _groups(alice, person, date.today()) == ({"young_adult"}, {"young_adult"})  # no longer serving it


def test_first_time_ignores_a_remand_that_ended_without_a_conviction(alice, audit_context):
    from reintegra.people.groups import Group, filter_group, for_groups, groups_of

    today = date.today()
    acquitted = _remand(alice, today - timedelta(days=900), family="Ослобођени")
    people_actions.release(alice.governor, acquitted.current_episode, released_on=today - timedelta(days=700))
    people_actions.admit(alice.governor, acquitted, establishment=alice.prison, legal_status="sentenced",
                         admitted_on=today - timedelta(days=30))
    convicted = _remand(alice, today - timedelta(days=900), family="Осуђени")
    people_actions.change_legal_status(alice.governor, convicted.current_episode, legal_status="sentenced",
                                       changed_on=today - timedelta(days=800))
    people_actions.release(alice.governor, convicted.current_episode, released_on=today - timedelta(days=700))
    people_actions.admit(alice.governor, convicted, establishment=alice.prison, legal_status="sentenced",
                         admitted_on=today - timedelta(days=30))
    loaded = {p.pk: p for p in for_groups(Person.objects.all())}
    assert Group.FIRST_TIME in groups_of(loaded[acquitted.pk])
    assert Group.FIRST_TIME not in groups_of(loaded[convicted.pk])
    first_time = set(filter_group(Person.objects.all(), Group.FIRST_TIME, alice.service))
    assert acquitted in first_time and convicted not in first_time


def test_the_search_filter_shows_the_same_young_adults(alice, login):
    today = date.today()
    young = alice.person(family="Млади", born=_birthday(20, today), admitted=today - timedelta(days=5))
    alice.person(family="Бивши", born=_birthday(36, today), admitted=_birthday(16, today))  # admitted at 20
    page = login(alice.member(Role.CASE_MANAGER)).get(reverse("people:search"), {"group": "young_adult"})
    assert [p.pk for p in page.context["page"].object_list] == [young.pk]
    assert [str(g) for g in page.context["page"].object_list[0].groups] == ["young_adult", "first_time"]


# --- 13. untried detainees ----------------------------------------------------------------------------

@pytest.fixture
def cm(alice):
    return alice.member(Role.CASE_MANAGER)


def test_no_plan_opens_on_a_remand_admission(alice, audit_context):
    detainee = _remand(alice, date.today() - timedelta(days=3))
    sentenced = alice.person(family="Осуђен", admitted=date.today() - timedelta(days=3))
    assert not Plan.objects.filter(person=detainee).exists()
    assert Plan.objects.get(person=sentenced).kind == "sentence"


def test_a_remand_support_plan_has_no_offence_focused_areas_and_no_clock(alice, cm, audit_context):
    from reintegra.plans.models import NeedArea

    detainee = _remand(alice, date.today() - timedelta(days=40))
    plan = plan_actions.open_plan(cm, detainee.current_episode)
    assert (plan.kind, plan.review_due) == ("remand_support", None)
    areas = dict(plan_queries.need_areas(alice.service.pk, plan.kind))
    assert "thinking" not in areas and "disengagement" not in areas and "family" in areas
    with pytest.raises(ActionError, match="offence-focused") as refused:
        plan_actions.save_goal(cm, plan, {**GOAL, "area": "disengagement"})
    assert refused.value.field == "area"
    goal = plan_actions.save_goal(cm, plan, {**GOAL, "area": "family"})
    plan_actions.save_step(cm, goal, {"what": "Phone card", "owner": "case_manager", "owner_detail": "",
                                      "due_on": None, "status": "planned"})
    plan.refresh_from_db()
    version = plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=date.today(),
                                         summary="Wants help with family contact.")
    plan.refresh_from_db()
    assert (version.plan_kind, version.next_review_due, plan.review_due) == ("remand_support", None, None)
    people_actions.transfer(alice.governor, plan.episode, establishment=alice.prison2, transferred_on=date.today())
    plan.refresh_from_db()
    assert plan.review_due is None  # no clock to bring forward on remand
    assert plan_queries.due(alice.governor).filter(pk=plan.pk).count() == 0
    NeedArea.objects.create(service=alice.service, code="family", label="Family")
    NeedArea.objects.create(service=alice.service, code="victims", label="Victim awareness", offence_focused=True)
    assert [code for code, _ in plan_queries.need_areas(alice.service.pk, plan.kind)] == ["family"]
    with pytest.raises(ActionError, match="offence-focused"):
        plan_actions.save_goal(cm, plan, {**GOAL, "area": "victims"})


def test_a_sentence_starts_the_ordinary_clock_of_the_remand_support_plan(alice, cm, audit_context):
    detainee = _remand(alice, date.today() - timedelta(days=90))
    plan = plan_actions.open_plan(cm, detainee.current_episode)
    goal = plan_actions.save_goal(cm, plan, {**GOAL, "area": "family"})
    plan_actions.save_step(cm, goal, {"what": "Visits", "owner": "family", "owner_detail": "", "due_on": None,
                                      "status": "planned"})
    plan.refresh_from_db()
    plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=date.today() - timedelta(days=60),
                               summary="Support on remand.")
    sentenced_on = date.today() - timedelta(days=5)
    people_actions.change_legal_status(alice.governor, detainee.current_episode, legal_status="sentenced",
                                       changed_on=sentenced_on, sentence_years=3,
                                       expected_release=date.today() + timedelta(days=1000))
    plan.refresh_from_db()
    assert (plan.kind, plan.sentenced_on) == ("sentence", sentenced_on)
    assert (plan.review_due, plan.due_kind) == (sentenced_on + timedelta(days=28), DueKind.INITIAL)
    assert AuditEvent.objects.filter(action="plans.plan.sentenced", person_id=detainee.pk).exists()
    with pytest.raises(ActionError, match="first version"):  # the sentence plan starts with its initial version
        plan_actions.issue_version(cm, plan, plan.version, kind="review", issued_on=date.today(), summary="s")
    with pytest.raises(ActionError, match="between the sentence and today"):
        plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=sentenced_on - timedelta(days=1),
                                   summary="s")
    issued = plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=date.today(),
                                        summary="The sentence plan.")
    assert issued.plan_kind == "sentence" and issued.next_review_due == date.today() + timedelta(days=91)
    assert plan_actions.save_goal(cm, plan, {**GOAL, "area": "thinking"}).area == "thinking"


def test_a_sentence_opens_the_plan_of_a_detainee_without_one(alice, audit_context):
    detainee = _remand(alice, date.today() - timedelta(days=200))
    sentenced_on = date.today() - timedelta(days=2)
    people_actions.change_legal_status(alice.governor, detainee.current_episode, legal_status="convicted_not_final",
                                       changed_on=sentenced_on, sentence_years=2)
    plan = Plan.objects.get(person=detainee)
    assert (plan.kind, plan.sentenced_on, plan.review_due) == ("sentence", sentenced_on,
                                                               sentenced_on + timedelta(days=28))
    people_actions.change_legal_status(alice.governor, detainee.current_episode, legal_status="sentenced",
                                       changed_on=date.today())
    plan.refresh_from_db()
    assert plan.review_due == sentenced_on + timedelta(days=28)  # the conviction becoming final changes nothing
    detainee.current_episode.refresh_from_db()
    assert detainee.current_episode.sentence_years == 2  # kept when not given again


def test_legal_status_change_rules(alice, bob, audit_context):
    detainee = _remand(alice, date(2025, 1, 10))
    episode = detainee.current_episode
    change = people_actions.change_legal_status
    with pytest.raises(ActionError, match="already"):
        change(alice.governor, episode, legal_status="remand", changed_on=date(2025, 2, 1))
    with pytest.raises(ActionError, match="between"):
        change(alice.governor, episode, legal_status="sentenced", changed_on=date(2025, 1, 9))
    with pytest.raises(ActionError, match="between"):
        change(alice.governor, episode, legal_status="sentenced", changed_on=date.today() + timedelta(days=1))
    with pytest.raises(ActionError, match="expected release"):
        change(alice.governor, episode, legal_status="sentenced", changed_on=date(2025, 2, 1),
               expected_release=date(2024, 1, 1))
    from django.core.exceptions import PermissionDenied
    with pytest.raises(PermissionDenied):
        change(alice.member(Role.FRONTLINE_OFFICER), episode, legal_status="sentenced", changed_on=date(2025, 2, 1))
    change(alice.governor, episode, legal_status="sentenced", changed_on=date(2025, 2, 1))
    episode.refresh_from_db()
    assert (episode.legal_status, episode.legal_status_since) == ("sentenced", date(2025, 2, 1))
    assert AuditEvent.objects.filter(action="people.custody.legal_status", person_id=detainee.pk).count() == 1
    people_actions.release(alice.governor, episode, released_on=date(2025, 3, 1))
    with pytest.raises(ActionError, match="ended"):
        change(alice.governor, episode, legal_status="other", changed_on=date(2025, 3, 1))


def test_releasing_a_remand_detainee_makes_the_support_plan_due_for_closure(alice, cm, audit_context):
    detainee = _remand(alice, date.today() - timedelta(days=30))
    plan = plan_actions.open_plan(cm, detainee.current_episode)
    people_actions.release(alice.governor, detainee.current_episode, released_on=date.today())
    plan.refresh_from_db()
    assert (plan.review_due, plan.due_kind) == (date.today(), DueKind.CLOSURE)


def test_the_pages_show_remand_and_the_clock_start(alice, cm, login, audit_context):
    detainee = _remand(alice, date.today() - timedelta(days=60))
    client = login(cm)
    page = client.get(reverse("people:detail", args=[detainee.pk])).content.decode()
    assert "untried: presumed innocent" in page and "Open a remand support plan" in page
    assert client.post(reverse("plans:open", args=[detainee.pk])).status_code == 302
    plan = Plan.objects.get(person=detainee)
    page = client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Remand support plan" in page and "no review clock" in page
    form = client.get(reverse("plans:add_goal", args=[plan.pk])).content.decode()
    assert "Accommodation" in form and "Thinking and behaviour" not in form
    governor = login(alice.governor)
    response = governor.post(reverse("people:legal_status", args=[detainee.pk]), {
        "legal_status": "sentenced", "changed_on": (date.today() - timedelta(days=1)).isoformat(),
        "sentence_years": "4", "expected_release": (date.today() + timedelta(days=1400)).isoformat()})
    assert response.status_code == 302
    page = login(cm).get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Sentence plan" in page and "the plan clock runs from that day" in page
    page = client.get(reverse("people:detail", args=[detainee.pk])).content.decode()
    assert "since" in page and "clock from the sentence" in page and "untried: presumed innocent" not in page


# --- 20. the prisoner's language ----------------------------------------------------------------------

def _person(alice, **language):
    return people_actions.create_person(alice.governor, {
        "family_name": "Krasniqi", "given_name": "Arbër", "date_of_birth": date(1990, 1, 1), "sex": "M", **language})


def test_the_main_language_is_a_known_code_or_another_named_one(alice, audit_context):
    person = _person(alice, language="sq", language_other="ignored", interpreter_needed=True)
    assert (person.language, person.language_other, person.language_label) == ("sq", "", "Albanian")
    with pytest.raises(ActionError) as refused:
        _person(alice, language="xx")
    assert refused.value.field == "language"
    with pytest.raises(ActionError) as refused:
        _person(alice, language="other", language_other=" ")
    assert refused.value.field == "language_other"
    romani = _person(alice, language="other", language_other="Romani")
    assert romani.language_label == "Romani"
    turkish = people_actions.update_person(alice.governor, romani, {  # an edit of the name alone
        "date_of_birth": romani.date_of_birth, "language_other": "Turkish"}, romani.version)
    assert (turkish.language, turkish.language_other) == ("other", "Turkish")
    romani = turkish
    changed = people_actions.update_person(alice.governor, romani, {
        "date_of_birth": romani.date_of_birth, "language": "mk", "language_other": "Romani"}, romani.version)
    assert (changed.language, changed.language_other) == ("mk", "")


def test_the_person_page_shows_the_main_language_and_the_interpreter(alice, login, audit_context):
    person = _person(alice, language="other", language_other="Romani", interpreter_needed=True)
    page = login(alice.member(Role.CASE_MANAGER)).get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "Main language" in page and "Romani" in page and "Interpreter needed" in page


def test_documents_default_to_the_persons_language(alice, cm, login, audit_context):
    from reintegra.people.queries import document_language

    person = _person(alice, language="sq")
    people_actions.admit(alice.governor, person, establishment=alice.prison, legal_status="sentenced",
                         admitted_on=date.today() - timedelta(days=10))
    plan = Plan.objects.get(person=person)
    goal = plan_actions.save_goal(cm, plan, {**GOAL, "area": "family"})
    plan_actions.save_step(cm, goal, {"what": "Visits", "owner": "family", "owner_detail": "", "due_on": None,
                                      "status": "planned"})
    plan.refresh_from_db()
    plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=date.today(), summary="s")
    client = login(cm)
    document = reverse("plans:document", args=[plan.pk, 1])
    assert 'lang="sq"' in client.get(document).content.decode()  # the service's languages are sr, sr-latn
    assert 'lang="sr"' in client.get(document, {"lang": "sr"}).content.decode()
    assert 'lang="sq"' in client.get(document, {"lang": "xx"}).content.decode()  # unknown: the person's
    version_page = client.get(reverse("plans:version", args=[plan.pk, 1])).content.decode()
    assert '<option value="sq" selected>' in version_page
    assert document_language(Person(language="other", language_other="Romani"), None, alice.service) == "sr"
    assert document_language(Person(language=""), None, alice.service) == "sr"
    assert document_language(Person(language="mk"), "en", alice.service) == "en"
