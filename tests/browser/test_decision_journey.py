"""A security officer proposes a separation and hears the person; the governor decides it; another governor
reviews it, the person heard again; in Chromium."""

import re
from datetime import date, timedelta

import pytest

from reintegra.core.models import Membership, User
from reintegra.core.roles import Role
from reintegra.decisions.models import Decision, DecisionType, LegalBasis

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-Secret-123"


def sign_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_propose_decide_and_review(page, alice, check_accessibility):
    basis = LegalBasis.objects.create(service=alice.service, law="Law on the Execution of Sanctions", article="Art. 145",
                                      text="Measures to keep order and safety.", valid_from=date(2020, 1, 1))
    kind = DecisionType.objects.create(service=alice.service, code="sep", name="Separation", category="measure",
                                       is_separation=True, propose_roles=["security_officer"],
                                       decide_roles=["governor"], review_interval_days=7, max_duration_days=30)
    kind.legal_bases.add(basis)
    reviewer = User.objects.create_user(username="al1-director", password=PASSWORD)
    Membership.objects.create(user=reviewer, organisation=alice.hq, role=Role.GOVERNOR)
    person = alice.person(family="Kovačević", given="Emir")

    sign_in(page, alice.member(Role.SECURITY_OFFICER).user.username)
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("link", name="Propose a decision").click()
    page.get_by_label(re.compile("^Separation")).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Legal basis").select_option(str(basis.pk))
    page.get_by_label("Reasons").fill("Threatened two cell mates with a blade on the day of the incident.")
    page.get_by_label("Why the decision is necessary and proportionate").fill("The shortest time to investigate.")
    page.get_by_label("Less restrictive alternatives considered").fill("A move of wing: the threats followed him.")
    page.get_by_label("Until").fill((date.today() + timedelta(days=10)).isoformat())
    page.get_by_label("Evidence 1: kind").select_option("incident")
    page.get_by_label("Evidence 1: what it shows").fill("Incident report of the wing officer.")
    check_accessibility(page)
    page.get_by_role("button", name="Propose").click()
    page.get_by_text("Proposed", exact=True).wait_for()
    check_accessibility(page)
    page.get_by_role("link", name="Record the hearing and disclosure").click()
    page.get_by_label("Heard: made representations").check()
    page.get_by_label("Heard on").fill(date.today().isoformat())
    page.get_by_label("The person's representations, in their words").fill("Nisam nikome prijetio.")
    check_accessibility(page)
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Nisam nikome prijetio.").wait_for()
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, alice.governor.user.username)
    page.wait_for_url(re.compile(r"/decisions/$"))  # the governor's home: the decisions dashboard
    check_accessibility(page)
    page.get_by_role("link", name=re.compile("Kovačević, Emir")).first.click()
    page.get_by_role("link", name="Decide on the proposal").click()
    page.get_by_label("Decide as proposed").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Decided, in force").wait_for()
    assert page.get_by_role("link", name="Review the measure").count() == 0  # not by the one who decided
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, "al1-director")
    page.goto(f"/decisions/{Decision.objects.get(person=person).pk}/")
    page.get_by_role("link", name="Review the measure").click()
    page.get_by_label("Continue the measure").check()
    page.get_by_label("Heard: declined to make representations").check()
    page.get_by_label("Reasons").fill("Investigation still open; contact kept daily.")
    page.get_by_label("Next review of the measure due").fill((date.today() + timedelta(days=5)).isoformat())
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Under review", exact=True).wait_for()
    check_accessibility(page)
    decision = Decision.objects.get(person=person)
    assert decision.status == Decision.Status.UNDER_REVIEW and decision.decided_by == alice.governor.user
    assert decision.reviews.count() == 1
