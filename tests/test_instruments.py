"""Instrument files: schema and meaning checks with line numbers, all-or-nothing import, versions."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Instrument

FIXTURES = Path(__file__).parent / "fixtures"
OPEN = (FIXTURES / "tiny-open.yaml").read_text()


def _problems(text):
    with pytest.raises(loader.InstrumentError) as error:
        loader.check(text)
    return [str(p) for p in error.value.problems]


def _edit(change):
    data = yaml.safe_load(OPEN)
    change(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_fixture_is_valid():
    assert loader.check(OPEN)["code"] == "T-OPEN"


def test_shipped_instruments_are_valid_and_complete_in_every_locale():
    from django.conf import settings

    locales = {code for code, _ in settings.LANGUAGES}
    assert loader.SHIPPED, "the project ships its demonstration instruments"
    for path in loader.SHIPPED:
        data = loader.check(path.read_text())
        assert set(data["languages"]) == locales, path.name
        assert "not validated" in data["notice"]["en"].lower()


def test_yaml_syntax_error_names_the_line():
    assert _problems(OPEN.replace("  level:\n", "  level:\n   - [unclosed\n", 1))[0].startswith("line ")


def test_duplicate_item_code_names_line_and_path():
    problems = _problems(OPEN.replace("      - code: A2", "      - code: A1"))
    assert any(p.startswith("line 26: domains[0].items[1].code: duplicate item code") for p in problems), problems


def test_missing_translation_for_a_declared_language():
    problems = _problems(OPEN.replace("text: {en: Item two, sr: Ставка два}", "text: {en: Item two}"))
    assert problems == ['line 30: domains[0].items[1].text: missing translation for "sr"']


def test_unknown_scale_value_reference():
    problems = _problems(OPEN.replace("        scale: level\n        text: {en: Item three", "        scale: nope\n        text: {en: Item three"))
    assert any("unknown scale \"nope\"" in p and "domains[1].items[0].scale" in p for p in problems), problems


def test_judgement_options_missing():
    problems = _problems(_edit(lambda d: d["summary"].update(judgements=[])))
    assert any(p.startswith("line") and "summary.judgements" in p for p in problems), problems


def test_a_formula_is_not_part_of_the_format():
    problems = _problems(_edit(lambda d: d.update(scoring={"total": "sum(items)"})))
    assert any("scoring" in p and "Additional properties" in p for p in problems), problems


def test_not_a_mapping():
    assert "mapping" in _problems("- just\n- a list\n")[0]


@pytest.mark.django_db
def test_import_is_all_or_nothing_and_versions_are_immutable(tmp_path, capsys):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(OPEN)
    bad.write_text(OPEN.replace("code: A2", "code: A1"))
    with pytest.raises(SystemExit):
        call_command("instruments", "import", str(bad))
    assert Instrument.objects.count() == 0
    assert "duplicate item code" in capsys.readouterr().err
    call_command("instruments", "import", str(good))
    call_command("instruments", "import", str(good))  # same content again: unchanged
    assert Instrument.objects.count() == 1
    good.write_text(OPEN.replace("Item one", "Item one reworded"))
    with pytest.raises(SystemExit):
        call_command("instruments", "import", str(good))
    assert "new version number" in capsys.readouterr().err
    good.write_text(OPEN.replace('version: "1"', 'version: "2"').replace("Item one", "Item one reworded"))
    call_command("instruments", "import", str(good))
    assert list(Instrument.objects.order_by("version").values_list("version", flat=True)) == ["1", "2"]


@pytest.mark.django_db
def test_validate_command_reports_and_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "x.yaml"
    path.write_text(OPEN.replace("type: risk", "type: score"))
    with pytest.raises(SystemExit) as exit_:
        call_command("instruments", "validate", str(path))
    assert exit_.value.code == 1
    assert "domains[0].items[1].type" in capsys.readouterr().err
    assert Instrument.objects.count() == 0
    with pytest.raises(SystemExit):
        call_command("instruments", "validate", str(tmp_path / "missing.yaml"))


def test_shipped_instruments_rate_no_special_category():
    """DESIGN.md invariant 5: religion, ethnicity and belief are never rating items."""
    fenced = ("relig", "ethnic", "faith", "belief", "mosque", "church", "pray", "ideolog", "nation", "political")
    for path in loader.SHIPPED:
        for domain in loader.check(path.read_text())["domains"]:
            for item in domain["items"]:
                text = item["text"]["en"].lower()
                assert not any(word in text for word in fenced), (path.name, item["code"], text)
