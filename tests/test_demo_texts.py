"""The demo's texts come from data files; languages that share a wording fall back, and Serbian Latin
is derived from Serbian Cyrillic -- so each demo page stays in its own script."""

import re

import pytest

from reintegra.demo import texts

CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN_LETTERS = re.compile("[A-Za-zČčĆćŠšŽžĐđ]{3,}")


def leaves(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from leaves(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from leaves(value)


def parts(namespace):
    return {key: value for key, value in vars(namespace).items() if key not in ("languages", "programmes")}


@pytest.mark.parametrize("loaded", [texts.plans, texts.decisions, texts.people], ids=["plans", "decisions", "people"])
def test_every_language_has_every_text_in_its_own_script(loaded):
    namespace = loaded()
    for name, per_language in parts(namespace).items():
        shapes = {language: len(list(leaves(value))) for language, value in per_language.items()}
        assert len(set(shapes.values())) == 1, (name, shapes)  # nothing is missing in any language
        for language in ("sr-latn", "bs", "hr", "cnr", "sq", "en"):
            if language in per_language:
                assert not [t for t in leaves(per_language[language]) if CYRILLIC.search(t)], (name, language)
        for language in ("sr", "mk"):
            # Cyrillic, apart from codes (step owners) and the "(demo)" mark of the invented laws
            words = [t for t in leaves(per_language[language]) if not CYRILLIC.search(t)]
            assert all(t.isidentifier() for t in words), (name, language, words[:3])


def test_programmes_carry_every_language():
    plans = texts.plans()
    for programme in plans.programmes:
        for field in ("name", "description", "provider"):
            assert list(programme[field]) == plans.languages
            assert not CYRILLIC.search(programme[field]["sr-latn"])
            assert CYRILLIC.search(programme[field]["sr"])


def test_a_shared_wording_is_written_once_and_falls_back():
    data = texts.read("plan_texts.yaml")
    assert data.fallback == {"hr": "bs", "cnr": "bs"} and data.transliterate == {"sr-latn": "sr"}
    step = data.data["goals"]["accommodation"][0]["steps"][0]["what"]
    assert "cnr" not in step and "sr-latn" not in step
    assert data.text(step, "cnr") == step["bs"]
    assert data.text(step, "sr-latn") == texts.serbian_latin(step["sr"])


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Љубица", "Ljubica"), ("ЉУБИЦА", "LJUBICA"), ("Џафер", "Džafer"), ("Његош", "Njegoš"),
    ("Ђорђевић", "Đorđević"), ("ћерка, чешаљ, шума, жена", "ćerka, češalj, šuma, žena"), ("(demo) 87", "(demo) 87"),
])
def test_serbian_latin_is_letter_for_letter(cyrillic, latin):
    assert texts.serbian_latin(cyrillic) == latin


def test_a_fallback_cycle_or_a_missing_wording_is_refused():
    with pytest.raises(ValueError, match="cycle"):
        texts.Texts({"languages": ["bs", "hr", "cnr"], "fallback": {"hr": "cnr", "cnr": "hr"}})
    data = texts.Texts({"languages": ["bs", "hr"], "fallback": {"hr": "bs"}, "greeting": {"hr": "Bok"}})
    with pytest.raises(ValueError, match="lacks"):
        data.check()


def test_names_keep_their_shape():
    names = texts.names()
    for code, shares in names.name_shares.items():
        assert abs(sum(share for _, share in shares) - 1) < 1e-9, code
        assert all(name_set in names.name_sets for name_set, _ in shares)
        assert code in names.services and code in names.establishments and code in names.probation_offices
    macedonian = names.name_sets["mk"]
    assert len(macedonian["family"]) == len(macedonian["family_female"])
    assert all(f.endswith(("ска", "ва")) for f in macedonian["family_female"])
