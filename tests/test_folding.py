import pytest

from reintegra.people.folding import fold, normalise_identifier, tokens


@pytest.mark.parametrize("written", ["Ђорђевић", "Đorđević", "Djordjevic", "Dordevic", "ĐORĐEVIĆ", "Đorđević "])
def test_serbian_scripts_and_diacritics_meet(written):
    assert fold(written) == "dordevic"


@pytest.mark.parametrize(("a", "b"), [
    ("Ѓорѓиевски", "Gjorgjievski"),   # Macedonian ѓ
    ("Ќосевска", "Kjosevska"),        # Macedonian ќ
    ("Џафер", "Džafer"),              # џ / dž
    ("Шаќири", "Šakiri"),
    ("Çela", "Cela"),                 # Albanian ç
    ("Hoxhë", "Hoxhe"),               # Albanian ë
    ("Љубица", "Ljubica"),
    ("Његош", "Njegoš"),
    ("Жељко", "Zeljko"),
    ("Ćosić", "Čosić"),
])
def test_pairs_fold_to_the_same_key(a, b):
    assert fold(a) == fold(b)


def test_different_names_stay_apart():
    assert fold("Petrović") != fold("Pavlović")


def test_tokens_split_on_punctuation():
    assert tokens("Hadžić-Mehmedović, Selma") == ["hadzic", "mehmedovic", "selma"]


def test_identifiers_normalise_case_spaces_and_dashes():
    assert normalise_identifier("rs-2024 0017") == normalise_identifier("RS20240017")


@pytest.mark.parametrize(("a", "b"), [("Hoxha", "Хоџа"), ("Shala", "Шала"), ("Zhuri", "Жури")])
def test_albanian_digraphs_meet_cyrillic(a, b):
    assert fold(a) == fold(b)
