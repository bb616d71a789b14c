"""Every URL × every role: allowed (200), refused for the role (403), or not visible (404)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from reintegra.assessments import perms as assessments_perms
from reintegra.core import perms as core_perms
from reintegra.core.registry import granted, permissions_markdown
from reintegra.core.roles import Role
from reintegra.decisions import perms as decisions_perms
from reintegra.people import actions
from reintegra.people import perms as people_perms
from reintegra.plans import perms as plans_perms
from reintegra.plans.models import Plan
from reintegra.programmes import perms as programmes_perms

# name, needed permission, whether it is about one person (True: the URL takes the person; "plan": their plan)
URLS = [
    ("people:search", people_perms.VIEW_PERSON, False),
    ("people:caseload", people_perms.VIEW_PERSON, False),
    ("people:create", people_perms.ADD_PERSON, False),
    ("audit", core_perms.VIEW_AUDIT, False),
    ("api-persons", people_perms.VIEW_PERSON, False),
    ("people:detail", people_perms.VIEW_PERSON, True),
    ("api-person", people_perms.VIEW_PERSON, True),
    ("people:edit", people_perms.CHANGE_PERSON, True),
    ("people:add_identifier", people_perms.CHANGE_PERSON, True),
    ("people:admit", people_perms.MANAGE_CUSTODY, True),
    ("people:add_offence", people_perms.MANAGE_CUSTODY, True),
    ("people:transfer", people_perms.MANAGE_CUSTODY, True),
    ("people:release", people_perms.MANAGE_CUSTODY, True),
    ("people:add_prior", people_perms.MANAGE_CUSTODY, True),
    ("people:assign", people_perms.MANAGE_CASELOAD, True),
    ("assessments:home", assessments_perms.VIEW_ASSESSMENT, False),
    ("assessments:due", assessments_perms.VIEW_ASSESSMENT, False),
    ("assessments:instruments", assessments_perms.VIEW_INSTRUMENTS, False),
    ("assessments:start", assessments_perms.ASSESS, True),
    ("plans:due", plans_perms.VIEW_PLAN, False),
    ("plans:detail", plans_perms.VIEW_PLAN, "plan"),
    ("plans:add_goal", plans_perms.MANAGE_PLAN, "plan"),
    ("plans:issue", plans_perms.MANAGE_PLAN, "plan"),
    ("programmes:catalogue", programmes_perms.VIEW_PROGRAMMES, False),
    ("programmes:create", programmes_perms.MANAGE_CATALOGUE, False),
    ("programmes:refer", plans_perms.MANAGE_PLAN, True),
    ("decisions:dashboard", decisions_perms.VIEW_DECISIONS, False),
    ("decisions:propose", decisions_perms.PROPOSE_DECISION, True),
]


def expected(role, perm, about_person):
    if perm not in granted(role):
        return 403
    if about_person and people_perms.VIEW_PERSON not in granted(role):
        return 404
    return 200


@pytest.mark.parametrize("role", list(Role))
def test_every_url_for_every_role(alice, bob, login, role):
    person = alice.person(place=alice.wing)
    # Probation officers see their caseload only: put this person on it.
    actions.assign(alice.governor, person, alice.member(Role.PROBATION_OFFICER).user, "co_worker")
    client = login(alice.member(role))
    plan = Plan.objects.get(person=person)
    for name, perm, about_person in URLS:
        url = reverse(name, args=[{True: person.pk, "plan": plan.pk}[about_person]] if about_person else [])
        status = client.get(url).status_code
        assert status == expected(role, perm, about_person), f"{role} {name}: {status}"


def test_home_sends_each_role_somewhere_useful(alice, login):
    for role in Role:
        response = login(alice.member(role)).get("/")
        assert response.status_code in (200, 302), role


def test_organisation_scope_hides_persons_placed_elsewhere(alice, login):
    elsewhere = alice.person(place=alice.prison2)
    client = login(alice.member(Role.CASE_MANAGER))  # works in prison one
    assert client.get(reverse("people:detail", args=[elsewhere.pk])).status_code == 404
    actions.assign(alice.governor, elsewhere, alice.member(Role.CASE_MANAGER).user, "co_worker")
    assert client.get(reverse("people:detail", args=[elsewhere.pk])).status_code == 200


def test_frontline_officer_sees_only_their_wing(alice, login):
    in_wing = alice.person(place=alice.wing)
    same_prison_no_unit = alice.person(family="Other", place=alice.prison)
    client = login(alice.member(Role.FRONTLINE_OFFICER))
    assert client.get(reverse("people:detail", args=[in_wing.pk])).status_code == 200
    assert client.get(reverse("people:detail", args=[same_prison_no_unit.pk])).status_code == 404


def test_oversight_sees_the_whole_service_read_only(alice, login):
    person = alice.person(place=alice.prison2)
    client = login(alice.member(Role.OVERSIGHT))
    assert client.get(reverse("people:detail", args=[person.pk])).status_code == 200
    assert client.post(reverse("people:edit", args=[person.pk]), {}).status_code == 403


def test_permissions_doc_agrees_with_the_code():
    with translation.override("en"):
        text = permissions_markdown()
    assert (Path(settings.BASE_DIR) / "docs" / "permissions.md").read_text() == text, \
        "docs/permissions.md is stale: run `reintegra permissions_doc`"
