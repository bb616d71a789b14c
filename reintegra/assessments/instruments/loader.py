"""Read, check and store instrument files (docs/instruments.md).

Errors name the line and the path in the file, so whoever maintains an instrument can fix it without
reading code. Nothing is stored unless the whole file is valid, and no file names a special category
(religion, belief, ethnicity) in an item's code or text, in any of its languages (special_categories.py).
"""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from jsonschema import Draft202012Validator

from . import special_categories

SCHEMA_PATH = Path(__file__).with_name("instrument.schema.json")
SHIPPED = sorted(path for path in Path(__file__).parent.glob("*.yaml") if path != special_categories.WORDS_PATH)
CATEGORY_LABELS = {"religion": gettext_lazy("religion"), "belief": gettext_lazy("belief"),
                   "ethnicity": gettext_lazy("ethnicity")}


@dataclass(frozen=True)
class Problem:
    line: int | None
    path: str
    message: str

    def __str__(self):
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.path or '(top)'}: {self.message}"


class InstrumentError(Exception):
    def __init__(self, problems):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@cache
def _validator():
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))


def _path(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _line_index(node, parts=(), index=None):
    """Map each path in the YAML document to the line it starts on (1-based)."""
    index = {} if index is None else index
    index[tuple(parts)] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _line_index(value, (*parts, key.value), index)
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            _line_index(value, (*parts, i), index)
    return index


def parse(text: str):
    """The document and a path→line index; a YAML syntax error is a Problem too."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InstrumentError([Problem(mark.line + 1 if mark else None, "", f"not valid YAML: {error}")]) from None
    if not isinstance(data, dict):
        raise InstrumentError([Problem(1, "", "the file must describe one instrument (a mapping)")])
    return data, _line_index(node)


def _meaning(data):
    """Checks the schema cannot express. Yields (path parts, message)."""
    languages = set(data["languages"])

    def texts(value, parts):
        if isinstance(value, dict) and value and set(value) <= {"en", "sq", "sr", "sr-latn", "bs", "hr", "cnr", "mk"} \
                and all(isinstance(v, str) for v in value.values()):
            for missing in sorted(languages - set(value)):
                yield parts, f'missing translation for "{missing}"'
            for extra in sorted(set(value) - languages):
                yield parts, f'text in "{extra}", which is not a declared language'
        elif isinstance(value, dict):
            for key, child in value.items():
                yield from texts(child, (*parts, key))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                yield from texts(child, (*parts, i))

    yield from texts({k: v for k, v in data.items() if k not in ("languages",)}, ())

    def duplicates(options, parts, what):
        seen = set()
        for i, option in enumerate(options):
            if option["code"] in seen:
                yield (*parts, i, "code"), f'duplicate {what} code "{option["code"]}"'
            seen.add(option["code"])

    for name, scale in data["scales"].items():
        yield from duplicates(scale["values"], ("scales", name, "values"), "scale value")
    yield from duplicates(data["domains"], ("domains",), "domain")
    yield from duplicates(data["summary"]["judgements"], ("summary", "judgements"), "judgement")
    yield from duplicates(data["review"].get("triggers", []), ("review", "triggers"), "trigger")
    seen_items = set()
    for d, domain in enumerate(data["domains"]):
        for i, item in enumerate(domain["items"]):
            parts = ("domains", d, "items", i)
            if item["code"] in seen_items:
                yield (*parts, "code"), f'duplicate item code "{item["code"]}"'
            seen_items.add(item["code"])
            if item["scale"] not in data["scales"]:
                yield (*parts, "scale"), f'unknown scale "{item["scale"]}" (declared: {", ".join(data["scales"])})'
    yield from fenced(data)


def fenced(data):
    """Items whose code or text (in any language the file carries) names a special category: religion,
    belief, ethnicity are never rating items (DESIGN.md invariant 5). Yields (path parts, message)."""

    def refusal(code, found):
        categories = dict.fromkeys(str(CATEGORY_LABELS.get(f.category, f.category)) for f in found)
        return _('item "%(item)s" is about %(categories)s (%(words)s): religion, belief and ethnicity are never '
                 "rating items (DESIGN.md invariant 5); describe the behaviour to rate instead") % {
            "item": code, "categories": ", ".join(categories), "words": ", ".join(f'"{f.words}"' for f in found)}

    for d, domain in enumerate(data["domains"]):
        for i, item in enumerate(domain["items"]):
            parts = ("domains", d, "items", i)
            if found := special_categories.in_code(item["code"]):
                yield (*parts, "code"), refusal(item["code"], found)
            for language, text in item["text"].items():
                if found := special_categories.in_text(text, language):
                    yield (*parts, "text", language), refusal(item["code"], found)


def check(text: str) -> dict:
    """The validated instrument, or InstrumentError listing every problem found."""
    data, lines = parse(text)

    def line_of(parts):
        parts = tuple(parts)
        while parts and parts not in lines:
            parts = parts[:-1]
        return lines.get(parts)

    problems = [Problem(line_of(e.absolute_path), _path(e.absolute_path), e.message)
                for e in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))]
    if not problems:
        problems = [Problem(line_of(parts), _path(parts), message) for parts, message in _meaning(data)]
    if problems:
        raise InstrumentError(sorted(problems, key=lambda p: (p.line or 0, p.path)))
    return data


def checksum(data) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@transaction.atomic
def store(data):
    """Store a checked instrument version. Returns (instrument, created). A stored version never changes."""
    from ..models import Instrument

    refused = [Problem(None, _path(parts), message) for parts, message in fenced(data)]
    if refused:  # the same net for a file checked elsewhere (a bundle from the hub, say)
        raise InstrumentError(refused)
    digest = checksum(data)
    existing = Instrument.objects.filter(code=data["code"], version=data["version"]).first()
    if existing:
        if existing.checksum != digest:
            raise InstrumentError([Problem(None, "version", (
                f'{data["code"]} version {data["version"]} is already stored with different content; '
                "a stored version never changes: give this one a new version number"))])
        return existing, False
    instrument = Instrument.objects.create(
        code=data["code"], version=data["version"], status=data["status"], restricted=data["licence"]["restricted"],
        certification=data["certification"], review_interval_days=data["review"]["interval_days"],
        languages=data["languages"], definition=data, checksum=digest,
    )
    return instrument, True


def import_file(path) -> tuple:
    return store(check(Path(path).read_text(encoding="utf-8")))
