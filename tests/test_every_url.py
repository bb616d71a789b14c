"""Every page of every app, asked for by someone who should get nothing: never a server error, never data.

The URLs come from the URL configuration itself, so a page added by a new app is covered without
being listed. Object ids point at real objects of Alice's service (the worst case: the lookup finds
something), and at ids that exist nowhere.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from reintegra.core.roles import Role

SKIP_PREFIXES = ("accounts/", "admin/", "i18n/", "__test__/")
PUBLIC = {"api-schema", "api-docs"}  # the API's description holds no data


def _patterns(resolver=None, prefix="", namespace=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern) and entry.name:
            route = prefix + str(entry.pattern)
            if not route.startswith(SKIP_PREFIXES):
                yield route, f"{namespace}{entry.name}"


ROUTES = sorted(set(_patterns()))


def _url(route, pk):
    """The route with every <int:…> converter filled in with `pk`."""
    import re

    path = re.sub(r"<int:\w+>", str(pk), route.lstrip("^").rstrip("$"))
    assert "<" not in path, f"a converter this test does not fill: {route}"
    return "/" + path


def test_the_project_has_the_pages_this_test_walks():
    names = {name for _, name in ROUTES}
    assert {"decisions:decide", "decisions:resubmit", "decisions:appeal", "plans:edit_goal",
            "programmes:referral", "people:detail"} <= names


@pytest.mark.parametrize("route,name", ROUTES, ids=[name for _, name in ROUTES])
def test_no_membership_gets_a_refusal_not_a_server_error(route, name, alice, nobody, login, client):
    """A signed-in user without any membership: 403 (or a redirect), whatever the id, GET or POST."""
    person = alice.person()
    client = login(nobody)
    for pk in (person.pk, 999999):
        url = _url(route, pk)
        for method in (client.get, client.post):
            response = method(url)
            allowed = (200, 302, 403, 404, 405) if name in PUBLIC else (302, 403, 404, 405)
            assert response.status_code in allowed, (method.__name__, url, response.status_code)
            assert person.family_name not in response.content.decode(), url


@pytest.mark.parametrize("route,name", ROUTES, ids=[name for _, name in ROUTES])
def test_another_services_member_never_gets_a_server_error(route, name, alice, bob, login):
    """Bob's governor asking for Alice's objects: refused or 404, never 500, never her person's name."""
    person = alice.person(family="Алисић")
    client = login(bob.member(Role.GOVERNOR))
    url = _url(route, person.pk)
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code < 500, (method.__name__, url, response.status_code)
        assert "Алисић" not in response.content.decode(), url
