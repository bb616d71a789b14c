"""What each app brings to the shell, declared by the app itself: core never lists another app's things.

An app registers, when Django loads it (`AppConfig.ready()` imports its `perms` module and calls
`navigation`/`home_page`):
- its permissions and the roles that hold them (`permission`), which make the permission matrix
  and `docs/permissions.md`;
- facts about each role that other apps define (`role_facet`: the person scope of `people`), shown
  in the same document;
- its navigation entries (`navigation`) and the home page of a role (`home_page`).

Audit action codes have their own registry in `audit.register`, person-page sections in
`people.sections`, need-to-know branches in `people.visibility`: each lives where it is used.
Registering the same thing twice is a programming error and stops the node at start-up.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from .roles import Role


@dataclass(frozen=True)
class Permission:
    code: str  # "<app label>.<codename>"
    label: object  # lazily translated
    roles: frozenset

    @property
    def codename(self) -> str:
        return self.code.split(".", 1)[1]


PERMISSIONS: dict[str, Permission] = {}
_granted: dict[Role, frozenset] = {}


def permission(code: str, label, *roles: Role) -> str:
    """Declare a permission and the roles holding it; returns the code, the constant apps check."""
    app_label, _, codename = code.partition(".")
    if not codename or code in PERMISSIONS:
        raise ImproperlyConfigured(f"permission {code!r} is malformed or registered twice")
    if any(p.codename == codename for p in PERMISSIONS.values()):
        raise ImproperlyConfigured(f"permission codename {codename!r} is taken (templates read can.{codename})")
    PERMISSIONS[code] = Permission(code, label, frozenset(Role(r) for r in roles))
    _granted.clear()
    return code


def granted(role) -> frozenset:
    """The codes a role holds (cached: asked on every permission check)."""
    role = Role(role)
    if role not in _granted:
        _granted[role] = frozenset(p.code for p in PERMISSIONS.values() if role in p.roles)
    return _granted[role]


def holds(role, code: str) -> bool:
    if code not in PERMISSIONS:
        raise ImproperlyConfigured(f"unregistered permission {code!r}")
    return code in granted(role)


def permissions_in_app_order() -> list[Permission]:
    """By the order of INSTALLED_APPS, then in the order each app declared them."""
    order = {config.label: i for i, config in enumerate(apps.get_app_configs())}
    declared = list(PERMISSIONS.values())
    return sorted(declared, key=lambda p: (order.get(p.code.split(".")[0], len(order)), declared.index(p)))


@dataclass(frozen=True)
class RoleFacet:
    title: str
    by_role: dict
    notes: tuple


FACETS: list[RoleFacet] = []


def role_facet(title: str, by_role: dict, notes=()):
    FACETS.append(RoleFacet(title, {Role(r): v for r, v in by_role.items()}, tuple(notes)))


@dataclass(frozen=True)
class NavEntry:
    order: int
    label: object
    url_name: str
    shown: Callable  # membership -> bool


NAVIGATION: list[NavEntry] = []


def navigation(order: int, label, url_name: str, shown: Callable):
    if any(entry.url_name == url_name for entry in NAVIGATION):
        raise ImproperlyConfigured(f"navigation entry {url_name!r} registered twice")
    NAVIGATION.append(NavEntry(order, label, url_name, shown))
    NAVIGATION.sort(key=lambda entry: entry.order)


def navigation_for(membership) -> list[tuple[object, str]]:
    if membership is None:
        return []
    return [(entry.label, reverse(entry.url_name)) for entry in NAVIGATION if entry.shown(membership)]


_person_visibility: list = []


def person_visibility(function):
    """`function(membership, ids)` returns which of the person ids the member may see (with ids None:
    whether the member sees any person at all). People registers it; core asks it without importing
    people (the audit viewer's need-to-know)."""
    if _person_visibility:
        raise ImproperlyConfigured("person visibility registered twice")
    _person_visibility.append(function)


def visible_person_ids(membership, ids):
    if not _person_visibility:
        return set() if ids is not None else False
    return _person_visibility[0](membership, ids)


HOME_PAGES: dict[Role, tuple[int, str]] = {}


def home_page(url_name: str, *roles: Role, priority: int = 0):
    """The page a role lands on; where several apps offer one, the highest priority wins."""
    for role in roles:
        role = Role(role)
        held = HOME_PAGES.get(role)
        if held and held[0] == priority and held[1] != url_name:
            raise ImproperlyConfigured(f"two home pages of priority {priority} for {role}: {held[1]}, {url_name}")
        if held is None or priority > held[0]:
            HOME_PAGES[role] = (priority, url_name)


def home_url(membership) -> str | None:
    held = HOME_PAGES.get(Role(membership.role))
    return reverse(held[1]) if held else None


def permissions_markdown() -> str:
    """docs/permissions.md, rendered from the registrations (a test keeps the file in agreement)."""
    declared = permissions_in_app_order()
    lines = [
        "# Roles and permissions",
        "",
        "Generated from the permissions each app registers (`reintegra/<app>/perms.py`) by",
        "`reintegra permissions_doc`; a test fails when this file and the code disagree. A member acts",
        "for one organisation at a time; the person scope says which persons of the service that member",
        "sees. Persons of another service are never visible (they answer 404).",
        "",
        "| role | " + "".join(f"{f.title} | " for f in FACETS) + " | ".join(f"`{p.code}`" for p in declared) + " |",
        "|---|" + "---|" * len(FACETS) + "---|" * len(declared),
    ]
    for role in Role:
        facets = "".join(f"{f.by_role[role]} | " for f in FACETS)
        marks = " | ".join("yes" if role in p.roles else "" for p in declared)
        lines.append(f"| {role.value} | {facets}{marks} |")
    lines += ["", "## Permissions", ""]
    lines += [f"- `{p.code}`: {p.label}" for p in declared]
    for facet in FACETS:
        lines += ["", f"## {facet.title.capitalize()}s", "", *facet.notes]
    lines.append("")
    return "\n".join(lines)
