from datetime import date

import pytest
from django.urls import reverse

from reintegra.core.roles import Role
from reintegra.people import actions


@pytest.fixture
def people(alice):
    return {
        "latin": alice.person(family="Đorđević", given="Milica", born=date(1988, 2, 3), sex="F"),
        "cyrillic": alice.person(family="Јовановић", given="Марко", born=date(1990, 5, 17)),
        "mk": alice.person(family="Ѓорѓиевски", given="Стефан", born=date(1985, 7, 7)),
        "sq": alice.person(family="Hoxha", given="Arbër", born=date(1992, 12, 1)),
    }


def _search(client, q, **params):
    response = client.get(reverse("people:search"), {"q": q, **params})
    assert response.status_code == 200
    return [p.pk for p in response.context["page"].object_list]


@pytest.mark.parametrize(("query", "who"), [
    ("Ђорђевић", "latin"), ("djordjevic", "latin"), ("dordevic milica", "latin"),
    ("Jovanovic", "cyrillic"), ("jovanović marko", "cyrillic"), ("JOVAN", "cyrillic"),
    ("Gjorgjievski", "mk"), ("gorgievski", "mk"), ("Хоџа", "sq"), ("Arber", "sq"),
])
def test_search_finds_across_scripts(alice, people, login, query, who):
    assert _search(login(alice.member(Role.CASE_MANAGER)), query) == [people[who].pk]


def test_search_by_date_of_birth_and_identifier(alice, people, login):
    client = login(alice.member(Role.CASE_MANAGER))
    assert _search(client, "17.05.1990") == [people["cyrillic"].pk]
    assert _search(client, "1990-05-17") == [people["cyrillic"].pk]
    assert _search(client, "marko 1990") == [people["cyrillic"].pk]
    actions.add_identifier(alice.governor, people["sq"], "prison_number", "AL1-2024-0042")
    assert _search(client, "al1-2024-0042") == [people["sq"].pk]


def test_search_ranks_family_name_matches_first(alice, login):
    given = alice.person(family="Adamović", given="Petar")
    family = alice.person(family="Petrović", given="Ana")
    exact = alice.person(family="Petar", given="Zoran")
    assert _search(login(alice.member(Role.CASE_MANAGER)), "petar") == [exact.pk, given.pk]
    assert family.pk not in _search(login(alice.member(Role.CASE_MANAGER)), "petar")


def test_search_filters_by_group_and_establishment(alice, people, login):
    elsewhere = alice.person(family="Elsewhere", place=alice.prison2)
    client = login(alice.member(Role.GOVERNOR))
    assert _search(client, "", group="female") == [people["latin"].pk]
    assert _search(client, "", establishment=alice.prison2.pk) == []  # the governor is in prison one
    client = login(alice.member(Role.OVERSIGHT))
    assert _search(client, "", establishment=alice.prison2.pk) == [elsewhere.pk]


def test_htmx_search_returns_only_the_results(alice, people, login):
    response = login(alice.member(Role.CASE_MANAGER)).get(reverse("people:search"), {"q": "hoxha"},
                                                           HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="results"') and "<html" not in body


def test_bad_search_input_is_harmless(alice, people, login):
    client = login(alice.member(Role.CASE_MANAGER))
    assert _search(client, "%_'\"; DROP TABLE") == []
    assert client.get(reverse("people:search"), {"group": "nonsense", "establishment": "x"}).status_code == 200
    assert client.get(reverse("people:search"), {"page": "999"}).status_code == 200
