"""Script- and diacritic-agnostic keys for name search.

Names are stored as written; search compares folded keys, so Ђорђевић, Đorđević, Djordjevic and
Dordevic all meet at "dordevic". Folding is deliberately lossy (dj -> d, gj -> g, sh -> s, ...): a
missed match costs a case manager more than a few extra candidates in a ranked list.
"""

import re
import unicodedata

# Serbian and Macedonian Cyrillic to Latin, then to ASCII.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "ѓ": "gj", "е": "e", "ж": "z",
    "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "ќ": "kj", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    # Russian/Bulgarian letters met in aliases and foreign names.
    "ё": "e", "й": "j", "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "є": "je", "і": "i", "ї": "ji",
}
# Latin letters that Unicode decomposition does not reduce to ASCII.
_LATIN = {"đ": "dj", "ð": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
# Digraphs that one spelling (Albanian, an English-style transliteration) writes where another uses
# one letter with a diacritic: Hoxha = Хоџа, Shala = Шала, Zhuri = Журi.
_LOOSE = (("dzh", "dz"), ("xh", "dz"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("dj", "d"), ("gj", "g"),
          ("kj", "k"))
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """A lowercase ASCII key of `text`, words separated by single spaces."""
    text = (text or "").lower()
    text = "".join(_CYRILLIC.get(ch, _LATIN.get(ch, ch)) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for digraph, simple in _LOOSE:
        text = text.replace(digraph, simple)
    return _NON_ALNUM.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    return [t for t in fold(text).split(" ") if t]


def normalise_identifier(value: str) -> str:
    """Identifiers compare without case, spaces, dashes or slashes (and in Latin letters)."""
    return fold(value).replace(" ", "").upper()
