"""Need-to-know: which persons of the service a member may see.

`visible_persons` is the union of the *branches* apps register. `people` registers the staff scopes
(by role: the organisation's persons, the caseload, the whole service, none); a lower app widens
access with a branch of its own (a partner's grants, break-glass, a probation caseload) without
`people` importing it. A branch looks at a membership and answers with a filter on Person, with
`EVERYONE` (the whole service) or with None (nothing from this branch); an empty `Q()` also means
nothing, never "no filter". Every answer is confined to the member's own service here, whatever a
branch returns.
"""

from collections.abc import Callable
from enum import StrEnum

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

from reintegra.core.models import Organisation
from reintegra.core.registry import person_visibility, role_facet
from reintegra.core.roles import Role

from . import perms
from .models import CaseAssignment, Person

EVERYONE = object()

_branches: dict[str, Callable] = {}


def register_branch(name: str, branch: Callable):
    if name in _branches:
        raise ImproperlyConfigured(f"need-to-know branch {name!r} registered twice")
    _branches[name] = branch


def visible_persons(membership):
    qs = Person.objects.filter(service_id=membership.service_id)
    if not membership.is_active:
        return qs.none()
    allowed = Q()
    granted = False
    for branch in _branches.values():
        answer = branch(membership)
        if answer is EVERYONE:
            return qs
        if answer is not None and answer != Q():
            allowed |= answer
            granted = True
    return qs.filter(allowed) if granted else qs.none()


class StaffScope(StrEnum):
    """Which persons of the service a staff role sees."""

    ORGANISATION = "organisation"  # persons placed in the member's organisation (and below) + own caseload
    CASELOAD = "caseload"  # only persons on the member's own caseload
    SERVICE = "service"  # every person of the service (read-only oversight)
    NONE = "none"  # no person records from the staff scopes


STAFF_SCOPE: dict[Role, StaffScope] = {
    Role.CASE_MANAGER: StaffScope.ORGANISATION,
    Role.ASSESSOR: StaffScope.ORGANISATION,
    Role.SECURITY_OFFICER: StaffScope.ORGANISATION,
    Role.GOVERNOR: StaffScope.ORGANISATION,
    Role.FRONTLINE_OFFICER: StaffScope.ORGANISATION,
    Role.TRAINER: StaffScope.NONE,
    Role.SERVICE_ADMIN: StaffScope.NONE,
    Role.PROBATION_OFFICER: StaffScope.CASELOAD,
    Role.PARTNER: StaffScope.NONE,
    Role.OVERSIGHT: StaffScope.SERVICE,
    Role.RESEARCHER: StaffScope.NONE,
    Role.REGIONAL_COORDINATOR: StaffScope.NONE,
}


def staff_scope(membership) -> StaffScope:
    if not membership.has(perms.VIEW_PERSON):
        return StaffScope.NONE
    return STAFF_SCOPE[Role(membership.role)]


def own_caseload(membership):
    """Ids of the member's open assignments: an indexed IN (...) the database can start from."""
    return CaseAssignment.objects.filter(
        service_id=membership.service_id, user_id=membership.user_id, ended_on__isnull=True
    ).values("person_id")


def staff_branch(membership):
    scope = staff_scope(membership)
    org = membership.organisation
    if scope == StaffScope.SERVICE or (
        scope == StaffScope.ORGANISATION and org.kind == Organisation.Kind.HEADQUARTERS
    ):
        return EVERYONE
    if scope == StaffScope.ORGANISATION:
        return Q(location_path__startswith=org.path) | Q(pk__in=own_caseload(membership))
    if scope == StaffScope.CASELOAD:
        return Q(pk__in=own_caseload(membership))
    return None


def visible_ids(membership, ids):
    """Which of `ids` the member sees; with ids None, whether they see any person at all."""
    if ids is None:
        return any(branch(membership) not in (None, Q()) for branch in _branches.values())
    if not ids:
        return set()
    return set(visible_persons(membership).filter(pk__in=ids).values_list("pk", flat=True))


def register():
    register_branch("staff", staff_branch)
    person_visibility(visible_ids)
    role_facet("person scope", {role: scope.value for role, scope in STAFF_SCOPE.items()}, notes=[
        "- `organisation`: persons currently placed in the member's organisation or any unit below it,",
        "  plus the member's own caseload. A membership at service headquarters covers the whole service.",
        "- `caseload`: only persons the member is assigned to.",
        "- `service`: every person of the service, read-only (oversight).",
        "- `none`: no person records from the staff scopes (partners will see persons through grants).",
    ])
