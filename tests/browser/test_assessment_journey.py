"""An assessment completed by one certified assessor and countersigned by another, in Chromium."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Certification
from reintegra.core.models import Membership
from reintegra.core.roles import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-Secret-123"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "tiny-open.yaml"


def sign_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_complete_and_countersign(page, alice, check_accessibility):
    loader.import_file(FIXTURE)
    author = alice.member(Role.ASSESSOR)
    colleague = Membership.objects.create(user=alice.member(Role.CASE_MANAGER).user, organisation=alice.prison,
                                          role=Role.ASSESSOR)
    for member in (author, colleague):
        Certification.objects.create(service=alice.service, user=member.user, module="T-OPEN",
                                     valid_until=date.today() + timedelta(days=30))
    person = alice.person(family="Kovačević", given="Emina", sex="F")

    sign_in(page, author.user.username)
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("link", name="Start an assessment").click()
    page.get_by_label(re.compile("Tiny open instrument")).check()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("heading", name="Complete the assessment").wait_for()
    check_accessibility(page)

    page.get_by_label("Interview with the person").check()
    page.locator("#item-A1").get_by_label("Low").check()
    page.locator("#item-A2").get_by_label("High").check()
    page.locator("#item-A2").get_by_label(re.compile("^Evidence")).fill("Said so in interview.")
    page.locator("#item-B1").get_by_label("Not rated", exact=True).check()
    page.locator("#item-B1").get_by_label(re.compile("^Why not rated")).fill("No information yet.")
    page.get_by_label("High concern").check()
    page.get_by_label("Key factors").fill("Item two.")
    page.get_by_label("Rationale").fill("Interview and file agree.")
    page.locator("#id_disclosed_0").check()
    page.get_by_role("button", name="Submit for countersignature").click()
    page.get_by_text("Assessment submitted for countersignature.").wait_for()
    assert page.get_by_text("Submitted, awaiting countersignature").first.is_visible()
    check_accessibility(page)

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, colleague.user.username)
    page.wait_for_url(re.compile(r"/people/caseload/$"))  # home of the case-manager role
    page.get_by_label("Acting for").select_option(str(colleague.pk))  # submits by itself
    page.wait_for_url(re.compile(r"/people/$"))  # home of the assessor role
    page.goto("/assessments/")
    check_accessibility(page)
    page.get_by_role("link", name="Kovačević, Emina").first.click()
    page.get_by_role("button", name="Countersign this assessment").click()
    page.get_by_text("Assessment countersigned.").wait_for()
    assert page.get_by_text("Countersigned by").is_visible()
    check_accessibility(page)
