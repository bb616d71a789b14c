"""Another service's objects answer 404 on every person URL; a user with no role is refused."""

import pytest
from django.urls import reverse

from reintegra.core.roles import Role

PERSON_URLS = ["people:detail", "people:edit", "people:add_identifier", "people:admit", "people:add_offence",
               "people:transfer", "people:release", "people:add_prior", "people:assign"]


@pytest.mark.parametrize("name", PERSON_URLS)
def test_other_services_person_is_404_for_get_and_post(alice, bob, login, name):
    theirs = bob.person()
    client = login(alice.member(Role.GOVERNOR))
    url = reverse(name, args=[theirs.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"family_name": "X"}).status_code == 404


def test_missing_person_and_foreign_person_look_the_same(alice, bob, login):
    theirs = bob.person()
    client = login(alice.member(Role.GOVERNOR))
    foreign = client.get(reverse("people:detail", args=[theirs.pk]))
    missing = client.get(reverse("people:detail", args=[theirs.pk + 1000]))
    assert foreign.status_code == missing.status_code == 404
    assert theirs.family_name not in foreign.content.decode()
    assert foreign.templates[0].name == missing.templates[0].name == "404.html"


def test_end_assignment_of_other_service_is_404(alice, bob, login):
    from reintegra.people import actions

    theirs = bob.person()
    with bob.acting():
        assignment = actions.assign(bob.governor, theirs, bob.member(Role.CASE_MANAGER).user, "case_manager")
    client = login(alice.member(Role.GOVERNOR))
    url = reverse("people:end_assignment", args=[theirs.pk, assignment.pk])
    assert client.post(url).status_code == 404
    assignment.refresh_from_db()
    assert assignment.ended_on is None


def test_search_never_lists_another_services_persons(alice, bob, login):
    alice.person(family="Jovanović", given="Ana")
    bob.person(family="Jovanović", given="Bojana")
    response = login(alice.member(Role.GOVERNOR)).get(reverse("people:search"), {"q": "jovanovic"})
    assert "Ana" in response.content.decode()
    assert "Bojana" not in response.content.decode()


def test_api_other_services_person_is_404(alice, bob, login):
    theirs = bob.person()
    client = login(alice.member(Role.GOVERNOR))
    assert client.get(f"/api/v1/persons/{theirs.pk}/").status_code == 404
    listing = client.get("/api/v1/persons/").json()
    assert theirs.pk not in [p["id"] for p in listing["results"]]


def test_user_with_no_role_sees_no_access_page_and_no_person(alice, nobody, login):
    mine = alice.person()
    client = login(nobody)
    home = client.get("/")
    assert home.status_code == 403
    assert "No access yet" in home.content.decode()
    assert client.get(reverse("people:detail", args=[mine.pk])).status_code == 403
    assert client.get(reverse("people:search")).status_code == 403
    assert client.get("/api/v1/persons/").status_code == 403


def test_anonymous_is_sent_to_login(alice, client):
    person = alice.person()
    response = client.get(reverse("people:detail", args=[person.pk]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_switching_to_a_membership_of_someone_else_is_refused(alice, bob, login):
    client = login(alice.member(Role.GOVERNOR))
    client.post(reverse("switch_membership"), {"membership": bob.member(Role.GOVERNOR).pk})
    assert client.session.get("membership_id") == alice.member(Role.GOVERNOR).pk


def test_switching_membership_changes_service(alice, bob, login):
    from reintegra.core.models import Membership

    user = alice.member(Role.GOVERNOR).user
    other = Membership.objects.create(user=user, organisation=bob.prison, role=Role.GOVERNOR)
    theirs = bob.person()
    client = login(alice.member(Role.GOVERNOR))
    assert client.get(reverse("people:detail", args=[theirs.pk])).status_code == 404
    client.post(reverse("switch_membership"), {"membership": other.pk})
    assert client.get(reverse("people:detail", args=[theirs.pk])).status_code == 200


def test_queries_outside_any_scope_fail_closed(alice, bob):
    """Code that forgets its scope (a command, a task, a receiver) raises instead of reading every service."""
    import contextvars

    from django_scopes import scope
    from django_scopes.exceptions import ScopeError

    from reintegra.people.models import Person

    alice.person()
    bob.person()
    assert Person.objects.count() == 1  # the test acts for Alice's service: Bob's person is not there
    for query in (lambda: list(Person.objects.all()), lambda: Person.objects.count(),
                  lambda: Person.objects.filter(service=bob.service).first()):
        with pytest.raises(ScopeError):
            contextvars.Context().run(query)  # a fresh context: no scope at all, as in a new thread
    with scope(service=None), pytest.raises(ScopeError):  # django-scopes alone would read every service
        Person.objects.count()
