"""A case manager's first journeys in a real browser, with an accessibility check on every page."""

import re
import time
from datetime import date

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from reintegra.core.roles import Role
from reintegra.people import actions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-Secret-123"


def sign_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


@pytest.fixture
def case_manager(alice):
    member = alice.member(Role.CASE_MANAGER)
    latin = alice.person(family="Đorđević", given="Milica", born=date(1988, 2, 3), sex="F")
    cyrillic = alice.person(family="Јовановић", given="Марко", born=date(1990, 5, 17))
    for person in (latin, cyrillic):
        actions.assign(alice.governor, person, member.user, "case_manager")
    return member


def test_search_across_scripts_open_person_switch_language(page, case_manager, check_accessibility):
    page.goto("/accounts/login/")
    check_accessibility(page)
    sign_in(page, case_manager.user.username)
    page.wait_for_url(re.compile(r"/people/caseload/$"))
    assert page.get_by_role("heading", name="My caseload").is_visible()
    check_accessibility(page)

    page.get_by_role("link", name="Find a person").click()
    search = page.get_by_label("Name, identifier or date of birth")
    search.fill("Ђорђевић")  # Cyrillic query, Latin record
    page.get_by_role("button", name="Search").click()
    results = page.locator("#results")
    results.get_by_role("link", name="Đorđević, Milica").wait_for()
    check_accessibility(page)

    search.fill("Jovanovic")  # Latin query, Cyrillic record; htmx updates as the user types
    results.get_by_role("link", name="Јовановић, Марко").wait_for()
    assert "Đorđević" not in results.inner_text()

    results.get_by_role("link", name="Јовановић, Марко").click()
    page.get_by_role("heading", name="Јовановић, Марко").wait_for()
    assert page.get_by_text("Recorded facts", exact=True).is_visible()
    check_accessibility(page)

    page.get_by_label("Language").select_option("sr")  # submits by itself
    page.wait_for_function("document.documentElement.lang === 'sr'")
    assert page.get_by_role("heading", name="Јовановић, Марко").is_visible()
    check_accessibility(page)


def test_sign_in_with_a_second_factor(page, case_manager, settings, check_accessibility):
    settings.MFA_REQUIRED = True
    secret = generate_totp_secret()
    TOTP.activate(case_manager.user, secret)
    sign_in(page, case_manager.user.username)
    page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
    check_accessibility(page)
    page.get_by_label(re.compile("code", re.I)).fill(format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    page.wait_for_url(re.compile(r"/people/caseload/$"))


def test_mandatory_mfa_enrolment(page, case_manager, settings, check_accessibility):
    settings.MFA_REQUIRED = True
    sign_in(page, case_manager.user.username)
    # Enrolling a factor is a sensitive change: allauth asks for the password once more first.
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    check_accessibility(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/accounts/2fa/totp/activate"))
    check_accessibility(page)
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label(re.compile("Authenticator code", re.I)).fill(
        format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    page.get_by_role("button", name=re.compile("Activate", re.I)).click()
    page.goto("/people/caseload/")
    assert page.get_by_role("heading", name="My caseload").is_visible()


def test_register_a_person_with_errors_then_success(page, alice, case_manager, check_accessibility):
    sign_in(page, case_manager.user.username)
    page.wait_for_url(re.compile(r"/people/caseload/$"))
    page.get_by_role("link", name="Register a person").click()
    page.get_by_role("button", name="Save").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "There is a problem" in summary.inner_text()
    check_accessibility(page)
    page.get_by_label("Family name").fill("Hoxha")
    page.get_by_label("Given name").fill("Arbër")
    page.get_by_label("Date of birth").fill("1992-12-01")
    page.get_by_label("Sex").select_option("M")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("heading", name="Hoxha, Arbër").wait_for()
    check_accessibility(page)
