"""The real OpenAPI schema, fuzzed with schemathesis against the WSGI application.

Every generated request must get a response that matches the schema, never a server error; a
person of another service must never appear.
"""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings

from reintegra.core.roles import Role
from reintegra.wsgi import application  # noqa: E402  (pytest-django has configured Django by now)

# The schema as served by the app itself (no database needed to produce it).
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


SESSION = {}
SIGNED_IN = "signed-in"  # placeholder put on cases at generation, swapped for the real session at call


@schema.auth()
class SessionAuth:
    """Schemathesis signs every case in, except those where it tests what happens without auth."""

    def get(self, case, context):
        return SIGNED_IN

    def set(self, case, data, context):
        case.cookies = {**(case.cookies or {}), "sessionid": data}


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Called as plain WSGI, each request would close the database connection at its end (as in
    production), which on PostgreSQL ends the test's transaction; Django's own test client
    disconnects the same handlers."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def session_cookie(alice, bob):
    for i in range(3):
        alice.person(family=f"Петровић{i}")
        bob.person(family=f"Bobić{i}")
    client = Client()
    client.force_login(alice.member(Role.GOVERNOR).user)
    SESSION["id"] = client.cookies["sessionid"].value


@schema.parametrize()
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_api_conforms_to_its_schema(case, session_cookie, bob):
    if (case.cookies or {}).get("sessionid") == SIGNED_IN:
        case.cookies["sessionid"] = SESSION["id"]
    response = case.call()
    assert response.status_code < 500
    case.validate_response(response)
    assert "Bobić" not in response.text
