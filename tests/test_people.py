"""Registering and editing persons, custody facts, derived groups and caseloads."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from reintegra.core.roles import Role
from reintegra.people import actions
from reintegra.people.models import CaseAssignment, Person

FORM = {"family_name": "Hadžić", "given_name": "Emir", "fathers_name": "Sead", "aliases": "",
        "date_of_birth": "1991-03-04", "sex": "M", "citizenship": "BA", "languages": "Bosnian",
        "prison_number": "AL-2025-0001"}


def test_register_a_person_with_prison_number(alice, login):
    client = login(alice.member(Role.CASE_MANAGER))
    response = client.post(reverse("people:create"), FORM)
    person = Person.objects.get(family_name="Hadžić")
    assert response.status_code == 302 and response["Location"] == reverse("people:detail", args=[person.pk])
    assert person.identifiers.get().value == "AL-2025-0001"
    assert person.service == alice.service


def test_duplicate_warning_across_scripts_then_confirm(alice, login):
    alice.person(family="Хаџић", given="Емир", born=date(1991, 3, 4))
    client = login(alice.member(Role.CASE_MANAGER))
    response = client.post(reverse("people:create"), FORM)
    assert response.status_code == 200
    assert "A person with the same date of birth" in response.content.decode()
    assert Person.objects.filter(family_name="Hadžić").count() == 0
    response = client.post(reverse("people:create"), {**FORM, "not_a_duplicate": "on"})
    assert response.status_code == 302
    assert Person.objects.filter(family_name="Hadžić").count() == 1


def test_invalid_form_changes_nothing_and_explains(alice, login):
    client = login(alice.member(Role.CASE_MANAGER))
    count = Person.objects.count()
    response = client.post(reverse("people:create"), {**FORM, "date_of_birth": "2999-01-01", "family_name": ""})
    body = response.content.decode()
    assert response.status_code == 200 and Person.objects.count() == count
    assert "govuk-error-summary" in body and "This field is required." in body


def test_future_birth_date_is_refused_by_the_action(alice):
    from reintegra.core.access import ActionError

    with pytest.raises(ActionError):
        actions.create_person(alice.governor, {"family_name": "X", "given_name": "Y", "sex": "M",
                                               "date_of_birth": date.today() + timedelta(days=1)})


def test_validation_messages_in_the_users_language(alice, login):
    user = alice.member(Role.CASE_MANAGER).user
    user.preferred_language = "sr"
    user.save()
    response = login(alice.member(Role.CASE_MANAGER)).post(reverse("people:create"), {**FORM, "family_name": ""})
    body = response.content.decode()
    assert "Ово поље се мора попунити." in body  # Django's own "This field is required." in Serbian


def test_stale_edit_is_refused_and_nothing_is_overwritten(alice, login):
    person = alice.person(family="Nikolić", given="Ivan")
    first, second = login(alice.member(Role.CASE_MANAGER)), None
    url = reverse("people:edit", args=[person.pk])
    form = {"family_name": "Nikolić", "given_name": "Ivan", "date_of_birth": "1990-05-17", "sex": "M",
            "citizenship": "", "languages": "", "aliases": "", "fathers_name": "", "version": person.version}
    assert first.post(url, {**form, "given_name": "Ivo"}).status_code == 302  # the first editor saves
    second = first  # the same stale form, submitted again by a second editor
    response = second.post(url, {**form, "given_name": "Jovan"})
    assert response.status_code == 200
    assert "Someone else saved this record" in response.content.decode()
    person.refresh_from_db()
    assert person.given_name == "Ivo" and person.version == 2


def test_admission_transfer_release_keep_location(alice, audit_context):
    person = alice.person(place=False)
    assert person.location == alice.governor.organisation  # registered there, not yet placed
    episode = actions.admit(alice.governor, person, establishment=alice.prison, unit=alice.wing,
                            admitted_on=date(2024, 2, 1), legal_status="remand")
    person.refresh_from_db()
    assert person.location == alice.wing and person.location_path == alice.wing.path
    actions.transfer(alice.governor, episode, establishment=alice.prison2, transferred_on=date(2024, 3, 1))
    person.refresh_from_db()
    assert person.location == alice.prison2 and episode.transfers.count() == 1
    actions.release(alice.governor, episode, released_on=date(2024, 6, 1))
    person.refresh_from_db()
    assert person.current_episode is None and person.location == alice.prison2  # stays with the last placement


def test_second_open_episode_and_foreign_placement_are_refused(alice, bob):
    from reintegra.core.access import ActionError

    person = alice.person()
    with pytest.raises(ActionError):
        actions.admit(alice.governor, person, establishment=alice.prison, admitted_on=date(2024, 5, 1),
                      legal_status="remand")
    released = alice.person(family="Free", place=False)
    with pytest.raises(ActionError):
        actions.admit(alice.governor, released, establishment=bob.prison, admitted_on=date(2024, 5, 1),
                      legal_status="remand")


def test_admission_form_reports_bad_dates(alice, login):
    person = alice.person(place=False)
    client = login(alice.member(Role.CASE_MANAGER))
    response = client.post(reverse("people:admit", args=[person.pk]), {
        "establishment": alice.prison.pk, "admitted_on": "2024-05-01", "legal_status": "sentenced",
        "expected_release": "2023-01-01"})
    assert response.status_code == 200
    assert "The expected release is before the admission." in response.content.decode()
    person.refresh_from_db()
    assert person.current_episode is None


def test_groups_are_derived(alice):
    from reintegra.people.groups import Group, filter_group, for_groups, groups_of
    from reintegra.people.models import PeopleSettings

    today = date.today()
    juvenile = alice.person(family="Young", born=today.replace(year=today.year - 16), admitted=today)
    woman = alice.person(family="Woman", sex="F", born=date(1980, 1, 1))
    repeat = alice.person(family="Repeat", born=date(1975, 1, 1))
    actions.add_prior_conviction(alice.governor, repeat, year=2001, description="Theft", category="property")
    young_adult = alice.person(family="Twenty", born=today.replace(year=today.year - 21, day=1) - timedelta(days=1),
                               admitted=today.replace(year=today.year - 2, day=1))
    people = {p.family_name: p for p in for_groups(Person.objects.all())}
    assert Group.JUVENILE in groups_of(people["Young"])
    assert Group.FEMALE in groups_of(people["Woman"])
    assert Group.FIRST_TIME in groups_of(people["Woman"])
    assert Group.FIRST_TIME not in groups_of(people["Repeat"])
    assert Group.YOUNG_ADULT in groups_of(people["Twenty"])
    base = Person.objects.filter(service=alice.service)
    assert set(filter_group(base, Group.JUVENILE, alice.service)) == {juvenile}
    assert set(filter_group(base, Group.FEMALE, alice.service)) == {woman}
    assert repeat not in set(filter_group(base, Group.FIRST_TIME, alice.service))
    assert set(filter_group(base, Group.YOUNG_ADULT, alice.service)) == {young_adult}
    PeopleSettings.objects.create(service=alice.service, young_adult_from_age=18, young_adult_to_age=20)
    assert set(filter_group(base, Group.YOUNG_ADULT, alice.service)) == set()


def test_assigning_a_new_case_manager_hands_over(alice, login):
    person = alice.person()
    first = alice.member(Role.CASE_MANAGER).user
    second_member = alice.member(Role.ASSESSOR)
    actions.assign(alice.governor, person, first, "case_manager")
    actions.assign(alice.governor, person, second_member.user, "case_manager")
    open_ = CaseAssignment.objects.filter(person=person, ended_on__isnull=True)
    assert [a.user for a in open_] == [second_member.user]
    response = login(alice.member(Role.CASE_MANAGER)).get(reverse("people:caseload"))
    assert person not in response.context["persons"]


def test_caseload_lists_own_persons_only(alice, login):
    mine, other = alice.person(family="Mine"), alice.person(family="NotMine")
    actions.assign(alice.governor, mine, alice.member(Role.CASE_MANAGER).user, "case_manager")
    response = login(alice.member(Role.CASE_MANAGER)).get(reverse("people:caseload"))
    assert [p.pk for p in response.context["persons"]] == [mine.pk]
    assert other.pk not in [p.pk for p in response.context["persons"]]
    assert '<strong class="app-badge app-badge--first-time">First-time</strong>' in response.content.decode()


def test_assigning_someone_from_another_service_is_refused(alice, bob, login):
    person = alice.person()
    client = login(alice.governor)
    response = client.post(reverse("people:assign", args=[person.pk]),
                           {"user": bob.member(Role.CASE_MANAGER).user.pk, "kind": "case_manager"})
    assert response.status_code == 200
    assert not CaseAssignment.objects.filter(person=person).exists()


def test_duplicate_identifier_is_a_clear_error(alice, login):
    one, two = alice.person(family="One"), alice.person(family="Two")
    actions.add_identifier(alice.governor, one, "national_id", "123 456")
    response = login(alice.governor).post(reverse("people:add_identifier", args=[two.pk]),
                                          {"kind": "national_id", "value": "123-456"})
    assert "already recorded" in response.content.decode()
    assert two.identifiers.count() == 0
