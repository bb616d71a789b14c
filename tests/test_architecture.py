"""The layering rules of DESIGN.md, checked on the source."""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django_scopes import scope
from django_scopes.exceptions import ScopeError

APP_DIR = Path(settings.BASE_DIR) / "reintegra"
VIEW_FILES = sorted(APP_DIR.rglob("views.py"))
WRITES = {"save", "create", "update", "delete", "bulk_create", "bulk_update", "get_or_create", "update_or_create"}


@pytest.mark.parametrize("path", VIEW_FILES, ids=lambda p: str(p.relative_to(APP_DIR)))
def test_views_do_not_write_directly(path):
    """Views call actions; a .save()/.create()/.update() in a view would skip audit and checks."""
    tree = ast.parse(path.read_text())
    calls = [node.func.attr for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITES]
    assert not calls, f"{path.name} writes directly: {calls}"


TENANT_APPS = {"people"}


def test_every_tenant_model_is_scoped():
    """A table with service_id uses the fail-closed scoped manager: outside a scope it raises."""
    checked = 0
    with scope():  # a scope with no service in it
        for model in apps.get_models():
            fields = {f.name for f in model._meta.get_fields()}
            if "service" in fields and model._meta.app_label in TENANT_APPS | {"core"}:
                with pytest.raises(ScopeError):
                    list(model.objects.all())
                checked += 1
    assert checked >= 10


def test_core_does_not_import_domain_apps():
    for path in (APP_DIR / "core").rglob("*.py"):
        source = path.read_text()
        assert "reintegra.people" not in source and "from reintegra.demo" not in source, path
