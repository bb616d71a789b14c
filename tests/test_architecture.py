"""The architecture of DESIGN.md, checked on the code: each rule here fails when someone breaks it.

- The app order (import-linter contracts in pyproject.toml), reverse relations included.
- Every tenant table fails closed outside a scope (from the installed apps, not a hand list).
- Views, forms and serializers neither query a manager (`.objects`) nor write: reads go through queries,
  writes through actions.
"""

import ast
import contextvars
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django_scopes import scope
from django_scopes.exceptions import ScopeError

ROOT = Path(settings.BASE_DIR)
APP_DIR = ROOT / "reintegra"
PROJECT_APPS = [c for c in apps.get_app_configs() if c.name.startswith("reintegra.")]
WRITES = {"save", "create", "update", "delete", "bulk_create", "bulk_update", "get_or_create", "update_or_create",
          "add", "remove", "set", "clear"}


def _layers():
    """App labels from the top of DESIGN's table (core) down, as the import contract lists them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"][0]
    return [layer.removeprefix("reintegra.") for layer in reversed(config["layers"]) if layer.startswith("reintegra.")]


def test_imports_follow_the_app_order():
    """An app imports core and the apps above it in DESIGN's table, never one below; demo and bench
    sit above every app."""
    run = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache", "--no-logo"],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]


def test_the_contract_lists_every_project_app():
    assert sorted(_layers()) == sorted(c.label for c in PROJECT_APPS)


def _reverse_names_of_lower_apps():
    """{upper app: {names}}: the reverse accessors and query names that models of lower apps give to
    models of `upper` (a Referral's `person` gives Person `referrals`). Using one from the upper app
    is a dependency no import shows."""
    order = {label: i for i, label in enumerate(_layers())}
    names = {label: set() for label in order}
    for model in apps.get_models():
        lower = model._meta.app_label
        if lower not in order:
            continue
        for field in model._meta.get_fields():
            target = field.related_model if field.is_relation and field.concrete else None
            if target is None or field.remote_field.hidden:
                continue
            upper = target._meta.app_label
            if upper in order and order[upper] < order[lower]:
                for above in (label for label, i in order.items() if i < order[lower]):
                    names[above] |= {field.remote_field.get_accessor_name(), field.related_query_name()}
    return names


def _uses(path, names, namespaces):
    """Where a Python file or template reaches through one of `names` (an attribute, a lookup string
    such as "-referrals__referred_on" or "referrals" in a prefetch, a keyword lookup), or links to a
    page of a lower app (`reverse("programmes:…")`, `{% url 'programmes:…' %}`)."""
    text = path.read_text()
    found = []
    links = re.compile(r"""['"]({}):""".format("|".join(map(re.escape, namespaces)))) if namespaces else None
    if path.suffix == ".py":
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Attribute) and node.attr in names:
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if names & set(node.value.lstrip("-").split("__")):
                    found.append(f"{path.name}:{node.lineno} {node.value!r}")
            elif isinstance(node, ast.keyword) and node.arg and names & set(node.arg.split("__")[:1]):
                found.append(f"{path.name}:{node.value.lineno} {node.arg}=")
    else:
        for name in names:
            found += [f"{path.name}: .{name}" for _ in re.finditer(rf"\.{re.escape(name)}\b", text)]
    if links:
        found += [f"{path.name}: link to {m.group(1)}:" for m in links.finditer(text)]
    return found


@pytest.mark.parametrize("app", [c for c in PROJECT_APPS if c.label != "demo"], ids=lambda c: c.label)
def test_no_reverse_relation_into_a_lower_app(app):
    """plans reading `person.referrals` depends on programmes as surely as an import would."""
    names = _reverse_names_of_lower_apps()[app.label]
    order = _layers()
    lower = set(order[order.index(app.label) + 1:])
    sources = [p for p in Path(app.path).rglob("*") if p.suffix in (".py", ".html") and "migrations" not in p.parts]
    found = [use for path in sources for use in _uses(path, names, lower)]
    assert not found, f"{app.label} reaches into apps below it: {found}"


def _tenant_models():
    return [model for config in PROJECT_APPS for model in config.get_models()
            if "service" in {f.name for f in model._meta.get_fields()}]


def test_every_tenant_model_fails_closed_outside_a_scope():
    """Every manager of every table with a service refuses to build a query when no scope is active."""
    checked, open_ = 0, []

    def no_service_scope(manager):
        with scope(service=None):  # django-scopes alone reads this as "every service"
            return manager.filter(pk=0)

    for model in _tenant_models():
        for manager in model._meta.managers:
            for attempt in (lambda m=manager: m.filter(pk=0), lambda m=manager: no_service_scope(m)):
                try:
                    contextvars.Context().run(attempt)  # a fresh context: no scope at all
                    open_.append(f"{model._meta.label}.{manager.name}")
                except ScopeError:
                    checked += 1
    assert not open_, f"tenant tables readable outside a scope (use TenantModel): {open_}"
    assert checked >= 70, checked  # every tenant table of the apps, counted from the installed apps


def _python_files(*names):
    return sorted(p for n in names for p in APP_DIR.rglob(n) if "migrations" not in p.parts)


PRESENTATION = _python_files("views.py", "forms.py", "serializers.py")


def _receiver(node):
    """The dotted text of what a method is called on (`Goal.objects`, `self.initial`)."""
    return ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""


@pytest.mark.parametrize("path", PRESENTATION, ids=lambda p: str(p.relative_to(APP_DIR)))
def test_views_and_forms_neither_query_nor_write(path):
    """Reads go through queries (scoped, audited, no N+1), writes through actions (checked, audited)."""
    tree = ast.parse(path.read_text())
    orm = [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
           if isinstance(node, ast.Attribute) and node.attr == "objects"]
    writes = [f"{path.name}:{node.lineno} {_receiver(node)}.{node.func.attr}()" for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITES
              and _receiver(node) not in ("self.initial", "initial", "data", "context")]
    assert not orm, f"{path.name} queries the ORM directly: {orm}"
    assert not writes, f"{path.name} writes directly: {writes}"
