"""A case manager builds a plan with the prisoner, refers to a programme; attendance is recorded."""

import re
from datetime import date

import pytest

from reintegra.core.roles import Role
from reintegra.programmes import actions as programme_actions
from reintegra.programmes.models import Attendance, Referral

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-Secret-123"


def sign_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_build_a_plan_refer_and_record_attendance(page, alice, check_accessibility):
    programme = programme_actions.save_programme(alice.member(Role.SERVICE_ADMIN), {
        "code": "WELD", "name": {"en": "Welding workshop"}, "description": {}, "kind": "vocational",
        "provider": "Education department", "establishment": alice.prison, "target_groups": [], "eligibility": "",
        "languages": ["sr"], "capacity": 8, "sessions_planned": 12, "duration_weeks": 6, "evidence": "promising",
        "evidence_note": "", "active": True})
    person = alice.person(family="Јовановић", given="Стефан", admitted=date(2025, 3, 1))
    cm = alice.member(Role.CASE_MANAGER)

    sign_in(page, cm.user.username)
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("link", name=re.compile("^Custody from")).click()
    page.get_by_role("heading", name="Sentence plan").wait_for()
    check_accessibility(page)

    page.get_by_role("link", name="Add a goal").click()
    page.get_by_label("Area of need").select_option("ete")
    page.get_by_label("The goal in the prisoner's own words").fill("Хоћу да научим занат и нађем посао.")
    page.get_by_label("Preparing to act").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Хоћу да научим занат и нађем посао.", exact=True).wait_for()

    page.get_by_role("link", name=re.compile("^Add a step")).click()
    page.get_by_label("What").fill("Welding course")
    page.get_by_label("Programme").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name=re.compile("^Refer to a programme")).click()
    page.get_by_label("Programme", exact=True).select_option(str(programme.pk))
    page.get_by_label("Why this programme, for this person").fill("Wants a trade; the workshop has places.")
    check_accessibility(page)
    page.get_by_role("button", name="Refer").click()
    page.get_by_text("Referred, awaiting a decision").wait_for()

    page.get_by_role("link", name="Decide on the referral").click()
    page.get_by_label("Accept onto the waiting list").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("number 1 on the waiting list").wait_for()
    page.get_by_role("link", name="Enrol").click()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Enrolled", exact=True).first.wait_for()

    page.goto(f"/programmes/{programme.pk}/")
    check_accessibility(page)
    page.get_by_role("link", name="Record a session and attendance").click()
    page.get_by_label("Topic").fill("Safety first")
    page.get_by_role("group", name="Јовановић, Стефан").get_by_label("Attended").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("1 of 1 attended").wait_for()

    referral = Referral.objects.get(person=person)
    assert referral.status == Referral.Status.ENROLLED and referral.step.what == "Welding course"
    assert Attendance.objects.get(referral=referral).status == "present"

    page.goto(f"/plans/{referral.step.goal.plan_id}/")
    page.get_by_role("link", name="Issue a plan version").click()
    page.get_by_label("Summary of the discussion with the prisoner").fill("Goals agreed in the interview.")
    page.get_by_role("button", name="Issue the version").click()
    page.get_by_role("link", name="Record the prisoner's response").click()
    page.get_by_label("Agreed").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Agreed", exact=True).wait_for()
    check_accessibility(page)
