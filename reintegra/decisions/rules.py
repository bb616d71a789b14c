"""The rules a decision must meet, kept apart from the writes so that views can explain them too."""

from datetime import date

from django.utils.translation import gettext as _

from reintegra.core.access import ActionError
from reintegra.core.models import Organisation
from reintegra.core.validation import check_values

from . import clock, separation
from .evidence import KINDS
from .models import MANDELA_DAYS, Category, Decision, DecisionSettings, Evidence, Level


def level_of(membership) -> Level:
    """A member at service headquarters decides at the highest level."""
    if membership.organisation.kind == Organisation.Kind.HEADQUARTERS:
        return Level.HEADQUARTERS
    return Level.ESTABLISHMENT


def is_vulnerable(person, decision, on: date) -> bool:
    """Juveniles (under the service's age), and pregnant or nursing women: their separation needs an
    explicit justification and the highest level."""
    return person.age(on) < DecisionSettings.of(decision.service_id).juvenile_age or decision.pregnant_or_nursing


def required_level(decision, person) -> Level:
    if decision.type.decide_level == Level.HEADQUARTERS:
        return Level.HEADQUARTERS
    if decision.type.is_separation and is_vulnerable(person, decision, decision.starts_on):
        return Level.HEADQUARTERS
    if decision.type.is_separation and planned_separation_days(decision) > \
            DecisionSettings.of(decision.service_id).separation_max_days:
        return Level.HEADQUARTERS
    if decision.extends_id and exceeds_maximum(decision):
        return Level.HEADQUARTERS
    return Level.ESTABLISHMENT


def chain_start(decision):
    """The first day of a measure and the measures it extends (a separation episode)."""
    start = decision.starts_on
    previous = decision.extends
    while previous is not None:
        start = previous.starts_on
        previous = previous.extends
    return start


def exceeds_maximum(decision) -> bool:
    maximum = decision.type.max_duration_days
    if not maximum or decision.ends_on is None:
        return False
    return (decision.ends_on - chain_start(decision)).days + 1 > maximum


def days_in_force(decision, today=None) -> int:
    """Consecutive days from the start of the episode (extensions included) to its end or today."""
    today = today or date.today()
    last = min(decision.ended_on or today, today)
    return max(0, (last - chain_start(decision)).days + 1)


def consecutive_separation_days(decision, today=None) -> int:
    """The person's consecutive days in separation up to this decision's last day (or today), across
    every separation decision of theirs, joined as `separation.stretches` joins them."""
    today = today or date.today()
    settings = DecisionSettings.of(decision.service_id)
    spans = separation.spans_of(decision.service_id, [decision.person_id], today).get(decision.person_id, [])
    day = min(decision.ended_on or today, today)
    stretch = separation.stretch_of(spans, settings.separation_gap_days, day)
    return stretch.days if stretch else 0


def _other_separations(decision, today):
    """The person's other separations as planned; the one this decision extends stops where it starts."""
    spans = separation.spans_of(decision.service_id, [decision.person_id], today, planned=True)
    return [(start, min(end, decision.starts_on) if pk == decision.extends_id else end, pk)
            for start, end, pk in spans.get(decision.person_id, []) if pk != decision.pk]


def planned_separation_days(decision, today=None) -> int:
    """How long the person's separation would last with this decision carried out to its end."""
    today = today or date.today()
    gap = DecisionSettings.of(decision.service_id).separation_gap_days
    own = (decision.starts_on, decision.ends_on or decision.starts_on, decision.pk)
    others = [s for s in _other_separations(decision, today) if s[1] != date.max]
    return separation.stretch_of([*others, own], gap, decision.starts_on).days


def check_separation(decision, today=None):
    """No two separations of a person on the same day; the statutory maximum is a stop that only a
    legal basis allowing an extension can pass (and then `required_level` asks for headquarters)."""
    today = today or date.today()
    own_end = decision.ends_on or date.max
    for start, end, pk in _other_separations(decision, today):
        if start <= own_end and decision.starts_on <= end and pk != decision.extends_id:
            raise ActionError(_("This person is already separated on some of these days (decision %(n)s): end or "
                                "extend that separation instead.") % {"n": pk}, "starts_on")
    maximum = DecisionSettings.of(decision.service_id).separation_max_days
    if planned_separation_days(decision, today) > maximum and not decision.legal_basis.allows_extension:
        raise ActionError(_("This would keep the person separated beyond the statutory maximum of %(n)s "
                            "consecutive days, and the legal basis chosen does not allow an extension.")
                          % {"n": maximum}, "ends_on")


def separation_flags(decision, today=None):
    """(consecutive days of the person, past Mandela's 15 days, past the service's statutory maximum)."""
    days = consecutive_separation_days(decision, today)
    maximum = DecisionSettings.of(decision.service_id).separation_max_days
    return days, days > MANDELA_DAYS, days > maximum


CLASSIFICATION_REVIEW_DAYS = 365  # a classification's clock when its type sets none


def review_interval(decision_type) -> int | None:
    if decision_type.review_interval_days:
        return decision_type.review_interval_days
    return CLASSIFICATION_REVIEW_DAYS if decision_type.category == Category.CLASSIFICATION else None


def check_deciding_body(decision, person):
    """Where the law gives the decision on an untried detainee to a court or prosecutor, the node only
    records that external decision, with its reference."""
    episode = decision.episode if decision.episode_id else person.current_episode
    external = decision.type.detainee_body and episode is not None and episode.legal_status == "remand"
    if external and (decision.external_body != decision.type.detainee_body or not decision.external_reference.strip()):
        raise ActionError(_("For an untried detainee this decision is taken by the %(body)s: record it as their "
                            "decision, with its reference.") % {"body": decision.type.get_detainee_body_display()},
                          "external_reference")
    if not external and decision.external_body:
        raise ActionError(_("Only a decision on an untried detainee of this type is taken outside the service."),
                          "external_body")


# The texts and dates of a decision's content, held to the limits of `core.validation`.
LIMITED = ("reasons", "proportionality", "alternatives", "vulnerability_justification", "classification",
           "urgent_reason", "backdating_reason", "external_reference", "starts_on", "ends_on", "review_due")


def check_content(decision, person, evidence):
    """Reasons, legal basis, evidence, proportionality, dates and the vulnerable-person rule."""
    check_values(Decision, {field: getattr(decision, field) for field in LIMITED})
    for item in evidence:
        check_values(Evidence, {"reference": item.reference, "description": item.description,
                                "withheld_reason": item.withheld_reason})
    if not decision.reasons.strip():
        raise ActionError(_("A decision needs its reasons in words."), "reasons")
    basis = decision.legal_basis if decision.legal_basis_id else None
    if basis is None or basis.service_id != decision.service_id:
        raise ActionError(_("A decision needs a legal basis."), "legal_basis")
    if not basis.valid_on(decision.starts_on):
        raise ActionError(_("This legal basis is not in force on the start date."), "legal_basis")
    if not decision.type.legal_bases.filter(pk=basis.pk).exists():
        raise ActionError(_("This legal basis cannot ground this type of decision: choose one of the bases "
                          "listed for the type."), "legal_basis")
    if not evidence:
        raise ActionError(_("Name the evidence the decision rests on."), "evidence")
    if any(item.kind not in KINDS for item in evidence):
        raise ActionError(_("Choose a kind of evidence from the list."), "evidence")
    if any(KINDS[item.kind].links_assessment and not item.assessment_id for item in evidence):
        raise ActionError(_("Choose the assessment."), "evidence")
    if all(KINDS[item.kind].professional_opinion for item in evidence):
        raise ActionError(_("An assessment may support a decision but can never be its only ground: add other "
                            "evidence."), "evidence")
    category = decision.type.category
    if category in (Category.MEASURE, Category.ALLOCATION, Category.CLASSIFICATION) \
            and not decision.proportionality.strip():
        raise ActionError(_("Say why the decision is necessary and proportionate."), "proportionality")
    if category == Category.MEASURE and not decision.alternatives.strip():
        raise ActionError(_("Say which less restrictive alternatives were considered."), "alternatives")
    if category == Category.ALLOCATION and decision.placement is None:
        raise ActionError(_("Choose the establishment or unit."), "placement")
    if category == Category.CLASSIFICATION and not decision.classification.strip():
        raise ActionError(_("Enter the security classification."), "classification")
    if category == Category.LIFTING and decision.lifts is None:
        raise ActionError(_("Choose the measure to lift."), "lifts")
    if decision.ends_on and decision.ends_on < decision.starts_on:
        raise ActionError(_("The end date is before the start date."), "ends_on")
    if decision.starts_on < date.today() and not decision.backdating_reason.strip():
        raise ActionError(_("The decision starts before today: say why it is backdated."), "backdating_reason")
    check_deciding_body(decision, person)
    if decision.type.is_reviewed:
        if decision.review_due is None:
            raise ActionError(_("This decision needs a review date."), "review_due")
        latest = clock.latest_review(decision.starts_on, review_interval(decision.type))
        if latest and decision.review_due > latest:
            raise ActionError(_("The review can be at the latest %(date)s.") % {"date": latest.isoformat()},
                              "review_due")
        if decision.review_due < decision.starts_on:
            raise ActionError(_("The review date is before the start date."), "review_due")
        if decision.type.max_duration_days and decision.ends_on is None:
            raise ActionError(_("This measure has a maximum duration: give its end date."), "ends_on")
    if decision.pregnant_or_nursing and person.sex != "F":
        raise ActionError(_("Only a woman can be recorded as pregnant or nursing."), "pregnant_or_nursing")
    if decision.type.is_separation and is_vulnerable(person, decision, decision.starts_on) \
            and not decision.vulnerability_justification.strip():
        raise ActionError(_("Separating a juvenile, or a pregnant or nursing woman, needs an explicit "
                            "justification."), "vulnerability_justification")
    if decision.extends_id is None and decision.type.max_duration_days and exceeds_maximum(decision):
        raise ActionError(_("The end date is beyond the maximum duration of %(n)s days.")
                          % {"n": decision.type.max_duration_days}, "ends_on")
    if decision.type.is_separation:
        check_separation(decision)
