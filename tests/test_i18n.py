"""Every user-facing string is translated in every locale, and the compiled catalogues are current."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "reintegra" / "locale"
LOCALES = ["sq", "sr", "sr_Latn", "bs", "hr", "cnr", "mk"]


def test_every_project_language_has_a_catalogue():
    expected = {code.replace("-latn", "_Latn") for code, _ in settings.LANGUAGES} - {"en"}
    assert expected == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_catalogue_is_complete(locale):
    po = polib.pofile(str(LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{locale}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{locale}: fuzzy {fuzzy[:10]}"
    assert "fuzzy" not in po.metadata_as_entry().flags


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalogue_is_current(locale, tmp_path):
    folder = LOCALE_DIR / locale / "LC_MESSAGES"
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(folder / "django.po")], check=True)
    assert compiled.read_bytes() == (folder / "django.mo").read_bytes(), \
        f"{locale}: django.mo is stale: run `make messages`"


def test_catalogues_contain_every_string_in_the_code(tmp_path):
    """Extract the strings afresh from a copy of the code: nothing may be missing from the catalogue."""
    copy = tmp_path / "reintegra"
    shutil.copytree(Path(settings.BASE_DIR) / "reintegra", copy,
                    ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo"))
    subprocess.run([sys.executable, "-m", "django", "makemessages", "-l", "sq", "--no-location", "--no-obsolete"],
                   cwd=copy, check=True, capture_output=True,
                   env={"PYTHONPATH": str(tmp_path), "DJANGO_SETTINGS_MODULE": "reintegra.settings",
                        "REINTEGRA_TESTING": "1", "REINTEGRA_DATA_DIR": str(tmp_path / "var"),
                        "PATH": "/usr/bin:/bin"})
    fresh = {(e.msgctxt, e.msgid) for e in polib.pofile(str(copy / "locale" / "sq" / "LC_MESSAGES" / "django.po"))}
    current = {(e.msgctxt, e.msgid) for e in polib.pofile(str(LOCALE_DIR / "sq" / "LC_MESSAGES" / "django.po"))}
    missing = sorted(m for _, m in fresh - current)
    assert not missing, f"strings not in the catalogues (run `make messages`): {missing[:10]}"
