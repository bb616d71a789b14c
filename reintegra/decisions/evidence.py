"""The kinds of evidence a decision may cite, registered by the apps that keep such records.

Decisions registers what it knows today: assessments (a professional opinion: invariant 1 lets it
support a decision, never be its only ground) and records cited by reference. An app further down
(concern reports, partner reports) registers its own kind in its AppConfig.ready(); `decisions`
never imports it. The stored value is the kind's code, so a kind's label can change freely.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class EvidenceKind:
    code: str
    label: object
    professional_opinion: bool = False  # may support a decision, never be its only ground
    links_assessment: bool = False  # cites one of the person's assessments rather than a reference


KINDS: dict[str, EvidenceKind] = {}


_provisional: set[str] = set()


def register_kind(code: str, label, *, professional_opinion=False, links_assessment=False,
                  provisional=False) -> str:
    """A kind registered `provisional` (cited by reference until its app exists) is replaced by the
    app that brings the records; any other second registration stops the node."""
    if (code in KINDS and code not in _provisional) or len(code) > 12:
        raise ImproperlyConfigured(f"evidence kind {code!r} is registered twice or longer than 12 characters")
    KINDS[code] = EvidenceKind(code, label, professional_opinion, links_assessment)
    (_provisional.add if provisional else _provisional.discard)(code)
    return code


def choices():
    return [(kind.code, kind.label) for kind in KINDS.values()]


def label(code: str):
    kind = KINDS.get(code)
    return kind.label if kind else code


ASSESSMENT = register_kind("assessment", _("Assessment"), professional_opinion=True, links_assessment=True)
# Cited by reference until the concerns module registers concern reports with a link of their own.
CONCERN = register_kind("concern", _("Concern report"), provisional=True)
INCIDENT = register_kind("incident", _("Incident report"))
DOCUMENT = register_kind("document", _("Document"))
STATEMENT = register_kind("statement", _("Statement or hearing record"))
