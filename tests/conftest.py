"""Shared fixtures: two services (Alice's and Bob's) with staff in every role, and persons in each.

Every tenancy test uses both services and a user with no role at all, as DESIGN.md asks. Test code
runs inside the tenant scope of the service it acts for, as a request does: Alice's when the test
uses her service, else Bob's, else none (then a tenant query fails closed). Acting for the other
service takes `with bob.acting():`. Only building a service (the node operator's set-up) is unscoped.
"""

import contextvars
import time
from contextlib import contextmanager
from datetime import date

import pytest
from django_scopes import scope, scopes_disabled

from reintegra.core import audit
from reintegra.core.models import Membership, Organisation, Service, User
from reintegra.core.roles import Role
from reintegra.people import actions
from reintegra.people.models import LegalStatus, Sex


@pytest.fixture(autouse=True)
def _test_settings(settings):
    from django.core.cache import cache
    from django.utils import translation

    # A request activates its user's language in the thread and nothing deactivates it (a server
    # activates one per request anyway): every test starts in English, whatever ran before it.
    translation.activate("en")
    cache.clear()  # allauth's rate limits and used TOTP codes live in the cache
    settings.MFA_REQUIRED = False  # the MFA tests switch it on
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def acting_for(request):
    """The tenant scope of the service the test acts for (see the module's docstring)."""
    tenant = next((request.getfixturevalue(name) for name in ("alice", "bob") if name in request.fixturenames), None)
    if tenant is None:
        yield None
        return
    with tenant.acting():
        yield tenant


@pytest.fixture
def outside_scope():
    """Run a callable as cron or a worker runs a command: in a fresh context, with no tenant scope,
    so a command that forgets to open its scopes fails here as it would in production."""
    return lambda fn, *args, **kwargs: contextvars.Context().run(fn, *args, **kwargs)


class Tenant:
    """One service with HQ, two establishments (one with units), a probation office and staff."""

    def __init__(self, code, name):
        with scopes_disabled():
            self._build(code, name)

    @contextmanager
    def acting(self):
        """Run the block inside this service's scope, as the middleware does for a request."""
        with scope(service=self.service.pk):
            yield

    def _build(self, code, name):
        self.service = Service.objects.create(code=code, name=name, country="RS", languages=["sr", "sr-latn"])
        s = self.service
        self.hq = Organisation.objects.create(service=s, kind="headquarters", code=f"{code}HQ", name=f"{name} HQ")
        self.prison = Organisation.objects.create(service=s, parent=self.hq, kind="establishment",
                                                  code=f"{code}P1", name=f"{name} Prison One")
        self.wing = Organisation.objects.create(service=s, parent=self.prison, kind="unit", code="A", name="Wing A")
        self.prison2 = Organisation.objects.create(service=s, parent=self.hq, kind="establishment",
                                                   code=f"{code}P2", name=f"{name} Prison Two")
        self.probation = Organisation.objects.create(service=s, parent=self.hq, kind="probation_office",
                                                     code=f"{code}PO", name=f"{name} Probation")
        self.members = {}
        for role in Role:
            org = {Role.FRONTLINE_OFFICER: self.wing, Role.PROBATION_OFFICER: self.probation}.get(role)
            if org is None:
                org = self.prison if role in (Role.CASE_MANAGER, Role.ASSESSOR, Role.SECURITY_OFFICER,
                                              Role.GOVERNOR) else self.hq
            user = User.objects.create_user(username=f"{code.lower()}-{role.value}", password="pw-Secret-123")
            self.members[role] = Membership.objects.create(user=user, organisation=org, role=role)
        self.governor = self.members[Role.GOVERNOR]

    def member(self, role):
        return self.members[Role(role)]

    def person(self, family="Петровић", given="Марко", born=date(1990, 5, 17), sex=Sex.MALE, place=None,
               admitted=date(2024, 1, 10), **extra):
        with self.acting():
            return self._person(family, given, born, sex, place, admitted, **extra)

    def _person(self, family, given, born, sex, place, admitted, **extra):
        person = actions.create_person(self.governor, {
            "family_name": family, "given_name": given, "date_of_birth": born, "sex": sex, **extra,
        })
        if place is not False:
            actions.admit(self.governor, person, establishment=(place or self.wing).establishment,
                          unit=place if (place or self.wing).kind == "unit" else None,
                          admitted_on=admitted, legal_status=LegalStatus.SENTENCED,
                          offences=[{"description": "Robbery", "category": "property"}])
        person.refresh_from_db()
        return person


@pytest.fixture
def alice(db):
    return Tenant("AL1", "Alice Service")


@pytest.fixture
def bob(db):
    return Tenant("BO1", "Bob Service")


@pytest.fixture
def nobody(db):
    return User.objects.create_user(username="nobody", password="pw-Secret-123")


@pytest.fixture
def login(client):
    """Log a member in and make that membership the active one."""

    def _login(membership_or_user):
        user = getattr(membership_or_user, "user", membership_or_user)
        client.force_login(user)
        session = client.session
        session["_active"] = int(time.time())  # as after a first page: no idle-renewal write per request
        if isinstance(membership_or_user, Membership):
            session["membership_id"] = membership_or_user.pk
        session.save()
        return client

    return _login


@pytest.fixture
def ruled(alice, audit_context):
    """Alice's legal bases and decision types, and a governor at headquarters (decisions tests)."""
    from decisions_setup import Rules

    return Rules(alice)


@pytest.fixture
def officer(alice):
    return alice.member(Role.SECURITY_OFFICER)


@pytest.fixture
def audit_context():
    token = audit.set_context(audit.RequestContext(request_id="test"))
    yield
    audit.reset_context(token)


@pytest.fixture
def tiny_rating(alice):
    """A function: countersign a small assessment of a person, return one of its ratings with a value."""
    from datetime import timedelta
    from pathlib import Path

    from reintegra.assessments import actions as assessment_actions
    from reintegra.assessments.instruments import loader
    from reintegra.assessments.models import Certification

    instrument = loader.import_file(Path(__file__).parent / "fixtures" / "tiny-open.yaml")[0]
    author = alice.member(Role.ASSESSOR)
    second = Membership.objects.create(user=alice.member(Role.CASE_MANAGER).user, organisation=alice.prison,
                                       role=Role.ASSESSOR)
    for member in (author, second):
        Certification.objects.create(service=alice.service, user=member.user, module="T-OPEN",
                                     valid_until=date.today() + timedelta(days=365))

    def make(person):
        assessment = assessment_actions.start(author, person, instrument)
        assessment = assessment_actions.save_draft(
            author, assessment, assessment.version,
            {"sources": ["interview"], "judgement": "high", "key_factors": "k", "rationale": "r", "disclosed": True},
            {"A1": ("low", "", ""), "A2": ("high", "", "Said so."), "B1": ("", "No information", "")}, [])
        assessment = assessment_actions.submit(author, assessment, assessment.version)
        assessment_actions.countersign(second, assessment)
        return assessment.ratings.get(item="A2")

    return make
