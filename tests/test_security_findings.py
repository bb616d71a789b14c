"""Findings of the independent security review (issue 11, item 9): the lockout under any casing of a user
name, `Cache-Control: no-store` on what a signed-in user receives, limits on free texts and dates, the
language cookie over HTTPS, and a TOTP code good for one use only (the enrolment code included).

Each test failed on the code the review tried."""

import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, TOTP, format_hotp_value, hotp_value
from django.conf import settings
from django.urls import reverse

from reintegra.core.access import ActionError
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.core.validation import LONG_TEXT
from reintegra.decisions import actions as decision_actions
from reintegra.decisions.models import Decision, DecisionType, LegalBasis
from reintegra.people import actions as people_actions
from reintegra.people.models import Offence, Person
from reintegra.plans import actions as plan_actions
from reintegra.plans.models import Goal, Plan, Step, StepNote
from reintegra.programmes import actions as programme_actions
from reintegra.programmes.models import Programme, Referral

PASSWORD = "pw-Secret-123"
MEGABYTE = "A" * (1024 * 1024)
TODAY = date.today()


def _login(client, username, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": username, "password": password})


def _locked_out(response):
    return response.status_code in (403, 429) and "Account locked" in response.content.decode()


# --- (a) the lockout counts and blocks every casing of a name -----------------------------------------

def test_failures_under_mixed_casings_lock_the_account(alice, client):
    username = alice.member(Role.GOVERNOR).user.username  # al1-governor
    casings = [username, username.upper(), username.title(), username.capitalize(), f"  {username.swapcase()} "]
    assert len(set(casings)) == settings.AXES_FAILURE_LIMIT == 5
    for typed in casings:
        _login(client, typed, "wrong-password")
    for typed in (username, username.upper()):  # even the right password, in any casing
        assert _locked_out(_login(client, typed))
    assert client.get(reverse("people:search")).status_code == 302


def test_a_locked_account_cannot_sign_in_with_another_casing(alice, client):
    username = alice.member(Role.GOVERNOR).user.username
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, username, "wrong-password")
    assert _locked_out(_login(client, username.upper()))
    assert _locked_out(_login(client, username.title()))
    assert client.get(reverse("people:search")).status_code == 302


def test_sign_in_still_ignores_casing_and_a_success_resets_every_casing(alice, client):
    username = alice.member(Role.GOVERNOR).user.username
    for typed in [username.upper(), username.title(), username, username.capitalize()]:
        _login(client, typed, "wrong-password")
    assert _login(client, username.upper()).status_code == 302  # signed in: the count starts again
    client.post(reverse("account_logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, username.title(), "wrong-password")
    assert _login(client, username).status_code == 302


# --- (b) what a signed-in user receives is never stored ------------------------------------------------

def _issued_plan(alice, cm):
    person = alice.person()
    people_actions.add_prior_conviction(alice.governor, person, year=2015, description="Theft", category="property")
    plan = Plan.objects.get(person=person)
    goal = plan_actions.save_goal(cm, plan, {"area": "ete", "own_words": "Хоћу да завршим школу.", "framing": "",
                                             "motivation": "preparing", "status": "active", "status_reason": ""})
    plan_actions.save_step(cm, goal, {"what": "Welding course", "owner": "programme", "owner_detail": "",
                                      "due_on": None, "status": "planned"})
    plan.refresh_from_db()
    plan_actions.issue_version(cm, plan, plan.version, kind="initial", issued_on=TODAY, summary="Discussed.")
    return person, plan


def test_every_response_to_a_signed_in_user_is_no_store(alice, login, audit_context):
    cm = alice.member(Role.CASE_MANAGER)
    person, plan = _issued_plan(alice, cm)
    client = login(cm)
    urls = [reverse("people:caseload"), reverse("people:search"), reverse("people:detail", args=[person.pk]),
            reverse("people:edit", args=[person.pk]), reverse("plans:detail", args=[plan.pk]),
            reverse("plans:document_pdf", args=[plan.pk, 1]), reverse("api-persons"),
            reverse("api-person", args=[person.pk]), reverse("account_change_password")]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
        assert {"no-store", "private"} <= directives, (url, response.get("Cache-Control"))
    assert client.get(reverse("plans:document_pdf", args=[plan.pk, 1]))["Content-Type"] == "application/pdf"
    static = client.get(settings.STATIC_URL + "reintegra/app.css")
    assert static.status_code == 200 and "no-store" not in static.get("Cache-Control", "")


def test_a_redirect_or_an_error_to_a_signed_in_user_is_no_store_too(alice, bob, login, audit_context):
    with bob.acting():
        theirs = bob.person()
    client = login(alice.member(Role.CASE_MANAGER))
    missing = client.get(reverse("people:detail", args=[theirs.pk]))  # another service's person: 404
    assert missing.status_code == 404 and "no-store" in missing["Cache-Control"]
    home = client.get("/")
    assert home.status_code == 302 and "no-store" in home["Cache-Control"]
    forbidden = login(alice.member(Role.FRONTLINE_OFFICER)).get(reverse("people:create"))
    assert forbidden.status_code == 403 and "no-store" in forbidden["Cache-Control"]


# --- (c) limits on texts and dates, whatever the path ------------------------------------------------

@pytest.fixture
def contact_type(alice, audit_context):
    basis = LegalBasis.objects.create(service=alice.service, law="Law on sanctions", article="145",
                                      text="Measures of order.", valid_from=date(2020, 1, 1))
    kind = DecisionType.objects.create(service=alice.service, code="contact", name="Contact", category="measure",
                                       propose_roles=["security_officer"], decide_roles=["governor"],
                                       review_interval_days=30, max_duration_days=90)
    kind.legal_bases.set([basis])
    return kind, basis


def _proposal(alice, contact_type, person, **data):
    kind, basis = contact_type
    content = {"legal_basis": basis, "reasons": "Passed a phone to a visitor.", "starts_on": TODAY,
               "ends_on": TODAY + timedelta(days=30), "proportionality": "For the shortest time.",
               "alternatives": "A warning was tried.", **data}
    return decision_actions.propose(alice.member(Role.SECURITY_OFFICER), person, kind, content,
                                    [{"kind": "incident", "reference": "INC-1", "description": "Seen on camera."}])


def _person_data(**extra):
    return {"family_name": "Petrović", "given_name": "Marko", "date_of_birth": date(1990, 5, 17), "sex": "M",
            **extra}


def test_a_megabyte_of_text_is_refused_by_the_actions_and_nothing_is_saved(alice, contact_type, audit_context):
    cm = alice.member(Role.CASE_MANAGER)
    person = alice.person()
    plan = Plan.objects.get(person=person)
    goal = plan_actions.save_goal(cm, plan, {"area": "ete", "own_words": "Work.", "framing": "",
                                             "motivation": "acting", "status": "active", "status_reason": ""})
    step = plan_actions.save_step(cm, goal, {"what": "CV", "owner": "prisoner", "owner_detail": "", "due_on": None,
                                             "status": "planned"})
    programme = programme_actions.save_programme(alice.member(Role.SERVICE_ADMIN), {
        "code": "CBT-1", "name": {"en": "Think first"}, "description": {}, "kind": "cognitive_behavioural",
        "provider": "Psychology service", "establishment": alice.prison, "target_groups": [], "eligibility": "",
        "languages": ["sr"], "capacity": 2, "sessions_planned": 10, "duration_weeks": 5, "evidence": "promising",
        "evidence_note": "", "active": True})
    events = AuditEvent.objects.count()
    attempts = [
        ("aliases", lambda: people_actions.create_person(alice.governor, _person_data(aliases=MEGABYTE)), Person, 1),
        ("own_words", lambda: plan_actions.save_goal(cm, plan, {"area": "ete", "own_words": MEGABYTE, "framing": "",
                                                                "motivation": "acting", "status": "active",
                                                                "status_reason": ""}), Goal, 1),
        ("text", lambda: plan_actions.add_step_note(cm, step, MEGABYTE), StepNote, 0),
        ("reason", lambda: programme_actions.refer(cm, person, programme, reason=MEGABYTE, step=step), Referral, 0),
        ("eligibility", lambda: programme_actions.save_programme(alice.member(Role.SERVICE_ADMIN), {
            **{f: getattr(programme, f) for f in programme_actions.CATALOGUE_FIELDS}, "name": {"en": "Think first"},
            "eligibility": MEGABYTE}, programme, programme.version), Programme, 1),
        ("reasons", lambda: _proposal(alice, contact_type, person, reasons=MEGABYTE), Decision, 0),
        ("description", lambda: people_actions.add_offence(alice.governor, person.current_episode,
                                                           description=MEGABYTE, category="property"), Offence, 1),
    ]
    for field, attempt, model, count in attempts:
        with pytest.raises(ActionError) as refused:
            attempt()
        assert refused.value.field == field
        assert "too long" in refused.value.message and "at most" in refused.value.message, refused.value.message
        assert model.objects.count() == count, field
    assert AuditEvent.objects.count() == events  # not in the audit chain either
    programme.refresh_from_db()
    assert programme.eligibility == ""
    just_enough = "Б" * LONG_TEXT  # the limit itself is accepted
    assert plan_actions.add_step_note(cm, step, just_enough).text == just_enough


def test_a_megabyte_through_the_page_is_refused_with_a_message(alice, login, audit_context):
    person = alice.person()
    client = login(alice.governor)
    response = client.post(reverse("people:edit", args=[person.pk]), {
        "version": person.version, "family_name": person.family_name, "given_name": person.given_name,
        "date_of_birth": "1990-05-17", "sex": "M", "aliases": MEGABYTE})
    assert response.status_code == 200
    assert f"at most {LONG_TEXT} characters" in response.content.decode().replace(",", "")
    person.refresh_from_db()
    assert person.aliases == "" and person.version == 1
    page = client.get(reverse("people:edit", args=[person.pk])).content.decode()
    assert f'maxlength="{LONG_TEXT}"' in page  # the browser stops typing at the limit


def test_implausible_dates_are_refused(alice, contact_type, audit_context):
    cm = alice.member(Role.CASE_MANAGER)
    with pytest.raises(ActionError, match="Enter a date between") as refused:
        people_actions.create_person(alice.governor, _person_data(date_of_birth=date(1, 1, 1)))
    assert refused.value.field == "date_of_birth"
    assert not Person.objects.exists()
    older = people_actions.create_person(alice.governor, _person_data(date_of_birth=date(1931, 2, 3)))
    assert older.date_of_birth.year == 1931  # an old person is not implausible
    person = alice.person()
    episode = person.current_episode
    for committed_on in (date(9999, 12, 31), TODAY + timedelta(days=1), date(1899, 1, 1)):
        with pytest.raises(ActionError, match="Enter a date between") as refused:
            people_actions.add_offence(alice.governor, episode, description="Theft", category="property",
                                       committed_on=committed_on)
        assert refused.value.field == "committed_on"
    assert Offence.objects.filter(episode=episode).count() == 1  # the one of the admission
    with pytest.raises(ActionError, match="Enter a date between") as refused:
        people_actions.change_legal_status(alice.governor, episode, legal_status="convicted_not_final",
                                           changed_on=TODAY, expected_release=date(9999, 12, 31))
    assert refused.value.field == "expected_release"
    plan = Plan.objects.get(person=person)
    goal = plan_actions.save_goal(cm, plan, {"area": "ete", "own_words": "Work.", "framing": "",
                                             "motivation": "acting", "status": "active", "status_reason": ""})
    with pytest.raises(ActionError, match="Enter a date between"):
        plan_actions.save_step(cm, goal, {"what": "CV", "owner": "prisoner", "owner_detail": "",
                                          "due_on": date(9999, 12, 31), "status": "planned"})
    assert not Step.objects.exists()
    with pytest.raises(ActionError, match="Enter a date between") as refused:
        _proposal(alice, contact_type, person, ends_on=date(9999, 12, 31))
    assert refused.value.field == "ends_on" and not Decision.objects.exists()


def test_an_implausible_birth_date_through_the_page_is_refused(alice, login, audit_context):
    person = alice.person()
    response = login(alice.governor).post(reverse("people:edit", args=[person.pk]), {
        "version": person.version, "family_name": person.family_name, "given_name": person.given_name,
        "date_of_birth": "0001-01-01", "sex": "M"})
    assert response.status_code == 200 and "Enter a date between" in response.content.decode()
    person.refresh_from_db()
    assert person.date_of_birth == date(1990, 5, 17)


# --- (d) the language cookie over HTTPS; a TOTP code is used once --------------------------------------

def test_the_language_cookie_is_secure_httponly_and_lax_over_https(tmp_path):
    """Production settings (HTTPS on by default), in a process of their own: the cookie set by
    "Change language" is only sent over HTTPS, hidden from scripts, and not sent on cross-site posts."""
    script = (
        "import json, django\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "response = Client().post('/i18n/setlang/', {'language': 'sq', 'next': '/'}, secure=True)\n"
        "cookie = response.cookies['django_language']\n"
        "print(json.dumps({'value': cookie.value, 'secure': bool(cookie['secure']),"
        " 'httponly': bool(cookie['httponly']), 'samesite': cookie['samesite']}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REINTEGRA_HTTPS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "reintegra.settings", "REINTEGRA_SECRET_KEY": "s" * 60,
                "REINTEGRA_DATA_DIR": str(tmp_path), "REINTEGRA_TESTING": "0", "REINTEGRA_DEBUG": "0",
                "REINTEGRA_DEMO": "0", "REINTEGRA_ALLOWED_HOSTS": "testserver"})
    result = subprocess.run([sys.executable, "-c", script], cwd=settings.BASE_DIR, env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    cookie = json.loads(result.stdout.strip().splitlines()[-1])
    assert cookie == {"value": "sq", "secure": True, "httponly": True, "samesite": "Lax"}


def _code(secret, counter):
    return format_hotp_value(hotp_value(secret, counter))


def _mfa_sign_in(client, username, code):
    """Password, then the code; True when the second step let the user in."""
    response = _login(client, username)
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    return client.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302


def test_the_code_typed_to_enrol_cannot_sign_in(alice, client, settings):
    settings.MFA_REQUIRED = True
    user = alice.member(Role.GOVERNOR).user
    _login(client, user.username)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})  # allauth asks before enrolment
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    counter = int(time.time()) // 30
    enrolment_code = _code(secret, counter)
    assert client.post(reverse("mfa_activate_totp"), {"code": enrolment_code}).status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    client.post(reverse("account_logout"))
    assert not _mfa_sign_in(client, user.username, enrolment_code)  # refused: it was spent on enrolment
    assert client.get(reverse("people:search")).status_code == 302
    client.post(reverse("account_logout"))
    assert _mfa_sign_in(client, user.username, _code(secret, counter + 1))  # the next code works
    assert client.get(reverse("people:search")).status_code == 200


def test_a_sign_in_code_stays_spent_while_it_is_still_valid(alice, client, settings, monkeypatch):
    """allauth's own mark lasted one 30-second period while the code is accepted for three."""
    settings.MFA_REQUIRED = True
    user = alice.member(Role.GOVERNOR).user
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(user, secret)
    start = (int(time.time()) // 30) * 30 + 1  # the first second of a period
    clock = [start]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    code = _code(secret, start // 30)
    assert _mfa_sign_in(client, user.username, code)
    client.post(reverse("account_logout"))
    clock[0] = start + 35  # past allauth's mark; the code is still within the tolerance
    assert not _mfa_sign_in(client, user.username, code)
