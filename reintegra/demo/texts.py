"""The demo region's texts and names, read from the YAML files in `data/`.

Why data files: the demo needs some two thousand short texts in the region's eight languages (plan
goals and steps, decision reasons, programme descriptions) and a few hundred names. Kept as Python
literals they were 3,500 lines that a translator had to edit as code; as data each text keeps its
translations side by side, where a reviewer sees a missing or drifting one.

Why fallbacks: Bosnian, Croatian and Montenegrin share many sentences word for word, and Serbian Latin
is the exact transliteration of Serbian Cyrillic. A text is stored once per distinct wording, and each
file declares how the other languages get theirs:

* `fallback: {cnr: bs}` -- a Montenegrin text that is not written out is the Bosnian one;
* `transliterate: {sr-latn: sr}` -- Serbian Latin is derived letter by letter from Serbian Cyrillic
  (the standard one-to-one mapping, so a Latin page shows no Cyrillic).

A "text" in a file is a mapping whose keys are all language codes of that file; everything else
(codes, numbers, lists, mappings keyed by codes) is structure shared by all languages.

Pure: no Django imports, so settings, the bench and scripts can load it as well.
"""

from functools import cache
from pathlib import Path
from types import SimpleNamespace

import yaml

DATA = Path(__file__).with_name("data")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Serbian Cyrillic to Latin (the official Latin alphabet, one letter or digraph per letter).
_SERBIAN_LATIN = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџш",
    ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s",
     "t", "ć", "u", "f", "h", "c", "č", "dž", "š"], strict=True))


def serbian_latin(text: str) -> str:
    """Serbian Cyrillic written in Serbian Latin; a capital digraph is Lj, or LJ inside capitals."""
    out = []
    for i, ch in enumerate(text):
        latin = _SERBIAN_LATIN.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif ch.islower():
            out.append(latin)
        else:
            neighbours = text[i + 1:i + 2] + text[max(i - 1, 0):i]
            all_caps = len(latin) > 1 and any(c.isalpha() and c.isupper() for c in neighbours)
            out.append(latin.upper() if all_caps else latin.capitalize())
    return "".join(out)



class Texts:
    """One data file: its languages, how the unwritten ones are resolved, and its texts."""

    def __init__(self, data: dict, source: str = "?"):
        self.source = source
        self.languages = list(data.pop("languages"))
        self.fallback = dict(data.pop("fallback", None) or {})
        self.transliterate = dict(data.pop("transliterate", None) or {})
        self.data = data
        derived = set(self.fallback) | set(self.transliterate)
        unknown = (derived | set(self.fallback.values()) | set(self.transliterate.values())) - set(self.languages)
        if unknown:
            raise ValueError(f"{source}: fallback or transliteration names unknown languages {sorted(unknown)}")
        if set(self.fallback) & set(self.transliterate):
            raise ValueError(f"{source}: a language is both a fallback and a transliteration")
        for language in self.transliterate:
            if self.transliterate[language] != "sr" or language != "sr-latn":
                raise ValueError(f"{source}: only sr-latn is transliterated (from sr), not {language}")
        self.required = [lang for lang in self.languages if lang not in derived]
        for language in self.fallback:
            self._chain(language)  # refuses a cycle now rather than on the first lookup

    def _chain(self, language):
        seen = [language]
        while language in self.fallback:
            language = self.fallback[language]
            if language in seen:
                raise ValueError(f"{self.source}: fallback cycle {' -> '.join([*seen, language])}")
            seen.append(language)
        return seen

    def is_text(self, node) -> bool:
        return isinstance(node, dict) and bool(node) and set(node) <= set(self.languages) \
            and all(isinstance(v, str) for v in node.values())

    def text(self, node: dict, language: str) -> str:
        """The text of `node` in `language`: its own wording, else the transliteration or fallback."""
        if language in node:
            return node[language]
        if language in self.transliterate:
            return serbian_latin(self.text(node, self.transliterate[language]))
        if language in self.fallback:
            return self.text(node, self.fallback[language])
        raise KeyError(f"{self.source}: a text has no {language!r} wording: {node}")

    def check(self, node=None, path="") -> None:
        """Every text carries the languages that nothing else supplies."""
        node = self.data if node is None else node
        if self.is_text(node):
            missing = [lang for lang in self.required if lang not in node]
            if missing:
                raise ValueError(f"{self.source}: {path} lacks {missing}")
        elif isinstance(node, dict):
            for key, value in node.items():
                self.check(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check(value, f"{path}[{i}]")

    def localised(self, node, language: str):
        """`node` with every text replaced by its wording in `language`."""
        if self.is_text(node):
            return self.text(node, language)
        if isinstance(node, dict):
            return {key: self.localised(value, language) for key, value in node.items()}
        if isinstance(node, list):
            return [self.localised(value, language) for value in node]
        return node

    def per_language(self, key: str) -> dict:
        """{language: the part `key` in that language} -- what a seeder picks from."""
        return {language: self.localised(self.data[key], language) for language in self.languages}

    def translated(self, node):
        """`node` with every text as {language: wording} for all the file's languages (stored as such)."""
        if self.is_text(node):
            return {language: self.text(node, language) for language in self.languages}
        if isinstance(node, dict):
            return {key: self.translated(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self.translated(value) for value in node]
        return node


def read(name: str) -> Texts:
    with (DATA / name).open(encoding="utf-8") as handle:
        texts = Texts(yaml.load(handle, Loader=_Loader), name)  # noqa: S506 (a safe loader)
    texts.check()
    return texts


@cache
def plans() -> SimpleNamespace:
    """Goals (per language and area of need), notes, summaries, the prisoner's comments, session
    topics -- each {language: ...} -- and the programme catalogue with all its translations."""
    texts = read("plan_texts.yaml")
    parts = {key: texts.per_language(key) for key in texts.data if key != "programmes"}
    return SimpleNamespace(languages=texts.languages, programmes=texts.translated(texts.data["programmes"]), **parts)


@cache
def decisions() -> SimpleNamespace:
    """Legal bases, decision type names, reasons and the other texts of decisions, each {language: ...}."""
    texts = read("decision_texts.yaml")
    return SimpleNamespace(languages=texts.languages, **{key: texts.per_language(key) for key in texts.data})


@cache
def people() -> SimpleNamespace:
    """Texts about persons (the names of main languages documents are not written in), each {language: ...}."""
    texts = read("person_texts.yaml")
    return SimpleNamespace(languages=texts.languages, **{key: texts.per_language(key) for key in texts.data})


@cache
def names() -> SimpleNamespace:
    """Name sets, each service's mix of them, the administrations, establishments, probation offices
    and offence samples."""
    with (DATA / "names.yaml").open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)  # noqa: S506 (a safe loader)
    for name_set in data["name_sets"].values():
        pairs = name_set.pop("family_pairs", None)  # (masculine, feminine): the two cannot drift apart
        if pairs:
            name_set["family"], name_set["family_female"] = [m for m, _f in pairs], [f for _m, f in pairs]
        name_set.setdefault("family_female", None)
    data["name_shares"] = {code: list(shares.items()) for code, shares in data["name_shares"].items()}
    return SimpleNamespace(**data)
