"""Every read of person data goes through here: scoped to the member's service and to
`visibility.visible_persons`, the single definition of need-to-know for person records."""

import re
from datetime import date, datetime

from django.db.models import Case, IntegerField, Prefetch, Q, Value, When

from reintegra.core import documents
from reintegra.core.access import one_or_404

from .folding import normalise_identifier, tokens
from .groups import Group, filter_group, for_groups, groups_of
from .models import CaseAssignment, CustodyEpisode, Identifier, NameToken, Person, Transfer
from .visibility import StaffScope, own_caseload, staff_scope, visible_persons


def _with_listing(qs):
    return for_groups(qs).select_related("location")


def sees_person(membership, person_id) -> bool:
    """One person's visibility: cheaper than joining the whole visible set into a query for one row."""
    return visible_persons(membership).filter(pk=person_id).exists()


def person_or_404(membership, pk):
    """The person page: one person with everything the page shows, in a fixed number of queries."""
    qs = _with_listing(visible_persons(membership)).select_related(
        "current_episode__establishment", "current_episode__unit"
    ).prefetch_related(
        "identifiers",
        "prior_convictions",
        Prefetch(
            "episodes",
            queryset=CustodyEpisode.objects.select_related("establishment", "unit").prefetch_related(
                "offences", Prefetch("transfers", queryset=Transfer.objects.select_related("from_placement",
                                                                                           "to_placement")),
            ),
        ),
        Prefetch(
            "assignments",
            queryset=CaseAssignment.objects.filter(ended_on__isnull=True).select_related("user"),
            to_attr="open_assignments",
        ),
    )
    person = one_or_404(qs, pk)
    person.groups = groups_of(person)
    return person


def person_for_update(membership, pk):
    """A visible person, plain, for an action to change."""
    return one_or_404(visible_persons(membership), pk)


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%Y.", "%d/%m/%Y")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _parse_date(text):
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def search_persons(membership, query="", group=None, establishment_id=None):
    """Ranked search by name (any script), identifier or date of birth, plus list filters.

    Words that are dates or years filter the date of birth; other words must all occur in the
    folded names; an identifier typed alone also matches exactly. Best matches first: family name
    equal to a word, then starting with one, then given name, then alphabetical.
    """
    qs = visible_persons(membership)
    if group:
        qs = filter_group(qs, Group(group), membership.service)
    if establishment_id:
        qs = qs.filter(current_episode__establishment_id=establishment_id)

    words, name_words = query.split(), []
    for word in words:
        day = _parse_date(word)
        if day:
            qs = qs.filter(date_of_birth=day)
        elif _YEAR.match(word):
            qs = qs.filter(date_of_birth__year=int(word))
        else:
            name_words.extend(tokens(word))

    if name_words:
        by_name = Q()
        for token in name_words:
            by_name &= Q(pk__in=_starting_with(membership.service_id, token))
        if len(words) == 1:
            # An identifier typed alone: looked up first, so the name filter stays free of an OR
            # that would make the planner expect thousands of rows.
            exact = list(Identifier.objects.filter(service_id=membership.service_id,
                                                   value_key=normalise_identifier(words[0]))
                         .values_list("person_id", flat=True)[:50])
            if exact:
                by_name = Q(pk__in=exact)
        qs = qs.filter(by_name)
        first = name_words[0]
        qs = qs.annotate(
            rank=Case(
                When(family_key=first, then=Value(0)),
                When(family_key__startswith=first, then=Value(1)),
                When(given_key__startswith=first, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        ).order_by("rank", "family_key", "given_key", "pk")
    else:
        qs = qs.order_by("family_key", "given_key", "pk")
    return _with_listing(qs)


def _after(prefix):
    """The smallest word above every word that starts with `prefix` (folded words are [0-9a-z])."""
    stem = prefix.rstrip("z")
    if not stem:
        return None
    return stem[:-1] + ("a" if stem[-1] == "9" else chr(ord(stem[-1]) + 1))


def _starting_with(service_id, prefix):
    """Persons with a name word starting with `prefix`: an index range, not a scan of every name."""
    words = NameToken.objects.filter(service_id=service_id, token__gte=prefix)
    upper = _after(prefix)
    if upper:
        words = words.filter(token__lt=upper)
    return words.values("person_id")


def caseload(membership):
    """The member's open assignments, with what the caseload page shows.

    A member's own caseload is visible to them by definition (every person scope that reads persons
    includes it), so the query starts from the assignments alone.
    """
    if staff_scope(membership) == StaffScope.NONE:
        return Person.objects.none()
    return (
        _with_listing(Person.objects.filter(service_id=membership.service_id, pk__in=own_caseload(membership)))
        .select_related("current_episode__establishment", "current_episode__unit")
        .order_by("family_key", "given_key", "pk")
    )


def decorate(persons, today=None):
    """Attach the derived groups to each listed person (no queries: needs _with_listing)."""
    today = today or date.today()
    for person in persons:
        person.groups = groups_of(person, today)
    return persons


def document_language(person, requested, service):
    """The language of a document for the person (a plan, a decision notice): the one asked for if
    the application has it, else the person's main language if it has that, else the service's."""
    if requested in {code for code, _name in documents.LANGUAGES}:
        return requested
    return documents.language_for(person.language, service)


def possible_duplicates(service_id, given_name, family_name, date_of_birth, exclude_pk=None):
    """Persons of the service with the same date of birth and a similar name in any script."""
    family = tokens(family_name)
    given = tokens(given_name)
    qs = Person.objects.filter(service_id=service_id, date_of_birth=date_of_birth)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    similar = Q()
    if family:
        similar |= Q(family_key__startswith=family[0][:4])
    if given:
        similar |= Q(given_key__startswith=given[0][:4])
    return list(qs.filter(similar)[:10]) if family or given else []


def open_assignment_or_404(person, pk):
    return one_or_404(CaseAssignment.objects.filter(person=person, ended_on__isnull=True).select_related("user"), pk)
