"""Find the words that make an instrument item about religion, belief or ethnicity (DESIGN.md invariant 5).

The word lists are data (`special_categories.yaml`, beside this file, which explains what is listed and
what is deliberately not). A text is compared with the list of its own language, word by word and as
written: folding diacritics would make the Albanian "kishë" (church) the verb "kishe" (you had). An
item code is ASCII whatever the language, so it is folded (people/folding.py) and compared with every
list; there, terms shorter than four letters are ignored, as codes abbreviate ("FE1").

A net, not a review: a pack can still describe a special category in words no list has.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from reintegra.people.folding import fold

WORDS_PATH = Path(__file__).with_name("special_categories.yaml")
_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
SHORTEST_IN_CODES = 4


@dataclass(frozen=True)
class Term:
    category: str
    parts: tuple[str, ...]  # each a word, or a stem ending in "*"

    def matches_at(self, words, i) -> bool:
        if i + len(self.parts) > len(words):
            return False
        return all(words[i + k].startswith(part[:-1]) if part.endswith("*") else words[i + k] == part
                   for k, part in enumerate(self.parts))


@dataclass(frozen=True)
class Found:
    category: str
    words: str  # as written in the text


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _terms(entries, category="") -> tuple[Term, ...]:
    return tuple(Term(category, tuple(_normal(entry).split())) for entry in entries)


@cache
def _lists():
    data = yaml.safe_load(WORDS_PATH.read_text(encoding="utf-8"))
    by_language = {}
    for category, languages in data["categories"].items():
        for language, entries in languages.items():
            by_language.setdefault(language, []).extend(_terms(entries, category))
    allowed = {language: _terms(entries) for language, entries in data.get("allowed", {}).items()}
    in_codes = []
    for terms in by_language.values():
        for term in terms:
            parts = tuple(fold(part.rstrip("*")) + ("*" if part.endswith("*") else "") for part in term.parts)
            if all(" " not in part and len(part.rstrip("*")) >= SHORTEST_IN_CODES for part in parts):
                in_codes.append(Term(term.category, parts))
    return {k: tuple(v) for k, v in by_language.items()}, allowed, tuple(dict.fromkeys(in_codes))


def _scan(words, terms, allowed=()):
    """Each distinct (category, words) a term finds in `words`, outside the allowed phrases."""
    exempt = set()
    for i in range(len(words)):
        for phrase in allowed:
            if phrase.matches_at(words, i):
                exempt.update(range(i, i + len(phrase.parts)))
    found = []
    for i in range(len(words)):
        if i in exempt:
            continue
        for term in terms:
            if term.matches_at(words, i):
                found.append((term.category, i, i + len(term.parts)))
                break
    return found


def in_text(text: str, language: str) -> list[Found]:
    """What `text`, written in `language`, says about a special category."""
    by_language, allowed, _codes = _lists()
    text = unicodedata.normalize("NFC", text)
    spans = [match.span() for match in _WORD.finditer(text)]
    words = [text[start:end].casefold() for start, end in spans]
    hits = _scan(words, by_language.get(language, ()), allowed.get(language, ()))
    return list(dict.fromkeys(Found(category, text[spans[first][0]:spans[last - 1][1]])
                              for category, first, last in hits))


def in_code(code: str) -> list[Found]:
    """What an item code (ASCII, any language, camelCase or with separators) says about one."""
    _languages, _allowed, terms = _lists()
    words = re.findall(r"[a-z]+", fold(_CAMEL.sub(" ", code)))
    return list(dict.fromkeys(Found(category, " ".join(words[start:end])) for category, start, end in
                              _scan(words, terms)))
