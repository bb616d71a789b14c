"""Texts that carry their own translations (instrument items, programme names): a map of language
codes to texts, stored as data rather than in the catalogues."""

from django.utils.translation import get_language


def localised(texts: dict, language=None) -> str:
    """A text map's entry in the user's language, else English, else the first one given."""
    if not texts:
        return ""
    language = language or get_language() or "en"
    return texts.get(language) or texts.get(language.split("-")[0]) or texts.get("en") or next(iter(texts.values()))
