"""Login, MFA, lockout, idle expiry, language choice and the security headers."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from reintegra.core.roles import Role

PASSWORD = "pw-Secret-123"


def _current_code(secret):
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _login(client, username, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": username, "password": password})


def test_login_without_mfa_when_not_required(alice, client):
    response = _login(client, alice.member(Role.GOVERNOR).user.username)
    assert response.status_code == 302
    assert client.get("/", follow=True).status_code == 200


def test_mfa_required_sends_staff_to_enrolment(alice, client, settings):
    settings.MFA_REQUIRED = True
    _login(client, alice.member(Role.GOVERNOR).user.username)
    response = client.get(reverse("people:search"))
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")


def test_login_with_totp_second_factor(alice, client, settings):
    settings.MFA_REQUIRED = True
    user = alice.member(Role.GOVERNOR).user
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    response = _login(client, user.username)
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("people:search")).status_code == 302  # not in yet
    assert client.post(reverse("mfa_authenticate"), {"code": "000000"}).status_code == 200  # wrong code
    response = client.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})
    assert response.status_code == 302
    assert client.get(reverse("people:search")).status_code == 200


def test_lockout_after_repeated_failures(alice, client):
    username = alice.member(Role.GOVERNOR).user.username
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, username, "wrong-password")
    response = _login(client, username)  # even the right password is refused now
    assert response.status_code in (403, 429)
    assert "Account locked" in response.content.decode()
    assert client.get(reverse("people:search")).status_code == 302


def test_sign_up_is_closed(client, db):
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200 and "closed" in response.content.decode().lower()


def test_admin_login_goes_through_the_same_flow(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_idle_session_expires(alice, client):
    _login(client, alice.member(Role.GOVERNOR).user.username)
    assert client.get(reverse("people:search")).status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert client.get(reverse("people:search")).status_code == 302


def test_activity_renews_the_idle_window(alice, client, monkeypatch):
    from reintegra.core import middleware

    _login(client, alice.member(Role.GOVERNOR).user.username)
    client.get(reverse("people:search"))
    first = Session.objects.get().expire_date
    clock = [middleware.time.time() + 120]
    monkeypatch.setattr(middleware.time, "time", lambda: clock[0])
    client.get(reverse("people:search"))
    assert Session.objects.get().expire_date > first  # renewed after a minute of activity
    renewed = Session.objects.get().expire_date
    clock[0] += 10
    client.get(reverse("people:search"))
    assert Session.objects.get().expire_date == renewed  # not rewritten within the minute


def test_language_choice_is_remembered_on_the_account(alice, client):
    user = alice.member(Role.GOVERNOR).user
    _login(client, user.username)
    client.post(reverse("set_language"), {"language": "mk", "next": "/people/"})
    user.refresh_from_db()
    assert user.preferred_language == "mk"
    other_device = client.__class__()
    _login(other_device, user.username)
    page = other_device.get(reverse("people:search")).content.decode()
    assert '<html lang="mk"' in page


def test_unknown_language_is_refused(alice, login):
    client = login(alice.member(Role.GOVERNOR))
    client.post(reverse("set_language"), {"language": "xx"})
    user = alice.member(Role.GOVERNOR).user
    user.refresh_from_db()
    assert user.preferred_language == ""


def test_csp_forbids_inline_script_and_style(alice, login):
    response = login(alice.member(Role.GOVERNOR)).get(reverse("people:search"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy


def _clean_environ():
    """The environment a production process would have: none of the test runner's switches."""
    test_only = {"REINTEGRA_SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    return {k: v for k, v in os.environ.items() if k not in test_only}


def test_check_deploy_is_clean_for_production_settings(tmp_path):
    env = {**_clean_environ(), "REINTEGRA_SECRET_KEY": "x" * 30 + "-production-like-secret-" + "y" * 30,
           "REINTEGRA_DATA_DIR": str(tmp_path), "REINTEGRA_TESTING": "0", "REINTEGRA_DEBUG": "0",
           "REINTEGRA_DEMO": "0", "REINTEGRA_ALLOWED_HOSTS": "reintegra.example.org"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = _clean_environ()
    env.update({"REINTEGRA_DATA_DIR": str(tmp_path), "REINTEGRA_TESTING": "0", "REINTEGRA_DEBUG": "0",
                "REINTEGRA_DEMO": "0"})
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "REINTEGRA_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("path", ["/", "/people/", "/accounts/login/"])
def test_pages_have_no_inline_scripts_or_styles(alice, login, path):
    import re

    body = login(alice.member(Role.GOVERNOR)).get(path, follow=True).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body.replace('type="application/json"', "src")), path
    assert " style=" not in body and "<style" not in body
