"""Reads of sentence plans: only for visible persons, with everything a page shows in fixed queries."""

from datetime import date, timedelta

from django.db.models import Prefetch
from django.http import Http404

from reintegra.assessments import queries as assessment_queries
from reintegra.assessments.models import Rating
from reintegra.core.access import found_or_404, one_or_404
from reintegra.core.texts import localised
from reintegra.people.groups import LABELS as GROUP_LABELS
from reintegra.people.groups import for_groups, groups_of
from reintegra.people.models import Person
from reintegra.people.queries import sees_person, visible_persons

from . import perms
from .models import (
    DEFAULT_AREAS,
    DEFAULT_PROMPTS,
    OFFENCE_FOCUSED_AREAS,
    Goal,
    GoalLink,
    GroupPrompt,
    NeedArea,
    Plan,
    PlanKind,
    PlanSettings,
    PlanVersion,
    Step,
    StepNote,
)

DUE_WITHIN_DAYS = 30


def need_areas(service_id, kind=PlanKind.SENTENCE):
    """(code, label) of the service's areas of need: its own list, or the default one; for a remand
    support plan without the offence-focused ones."""
    own = list(NeedArea.objects.filter(service_id=service_id))
    if own:
        return [(a.code, a.label) for a in own if not (kind == PlanKind.REMAND_SUPPORT and a.offence_focused)]
    return [(code, label) for code, label in DEFAULT_AREAS.items()
            if not (kind == PlanKind.REMAND_SUPPORT and code in OFFENCE_FOCUSED_AREAS)]


def offence_focused_areas(service_id) -> set[str]:
    """The codes of the areas a remand support plan never has (the service's list, or the defaults')."""
    own = list(NeedArea.objects.filter(service_id=service_id).values_list("code", "offence_focused"))
    if own:
        return {code for code, focused in own if focused}
    return set(OFFENCE_FOCUSED_AREAS)


def prompts_for(service_id, groups):
    """The service's prompts (or the defaults) for each of the person's specific groups."""
    own = {}
    for prompt in GroupPrompt.objects.filter(service_id=service_id, group__in=groups):
        own.setdefault(prompt.group, []).append(prompt.text)
    return [(GROUP_LABELS[g], own.get(g.value) or DEFAULT_PROMPTS[g]) for g in groups]


def groups_of_person(membership, person_id):
    """The specific groups of a person the caller already sees (the plan page's prompts and interval)."""
    person = for_groups(Person.objects.filter(pk=person_id)).get()
    return groups_of(person)


def visible_plans(membership):
    if not membership.has(perms.VIEW_PLAN):
        return Plan.objects.none()
    return Plan.objects.filter(service_id=membership.service_id,
                               person_id__in=visible_persons(membership).values("pk"))


def _links():
    return Prefetch("links", queryset=GoalLink.objects.select_related(
        "rating__assessment__instrument").defer("rating__assessment__instrument__definition"))


def plan_or_404(membership, pk):
    """One plan with its goals, steps, notes and versions."""
    if not membership.has(perms.VIEW_PLAN):
        raise Http404
    steps = Step.objects.prefetch_related(Prefetch("notes", queryset=StepNote.objects.select_related("author")))
    # One plan: check its one person is visible rather than building the whole visible set.
    return one_or_404(
        Plan.objects.filter(service_id=membership.service_id)
            .select_related("person", "episode__establishment", "episode__unit")
            .prefetch_related(Prefetch("goals", queryset=Goal.objects.prefetch_related(
                _links(), Prefetch("steps", queryset=steps))),
                Prefetch("versions", queryset=PlanVersion.objects.select_related("issued_by",
                                                                                 "countersigned_by"))),
        pk, visible=lambda plan: sees_person(membership, plan.person_id))


def goal_or_404(plan, pk):
    return one_or_404(Goal.objects.filter(plan=plan), pk)


def step_or_404(plan, pk):
    return one_or_404(Step.objects.filter(goal__plan=plan).select_related("goal"), pk)


def version_or_404(plan, number):
    return found_or_404(next((v for v in plan.versions.all() if str(v.number) == str(number)), None))


def plans_of_person(membership, person):
    """The person page's section: the person's plans, the current episode's first."""
    if not membership.has(perms.VIEW_PLAN):
        return []
    return list(Plan.objects.filter(service_id=membership.service_id, person=person)
                .select_related("episode").prefetch_related("goals", "versions")
                .order_by("closed_on", "-episode__admitted_on"))


def due(membership, *, mine=False, establishment=None, today=None):
    """Open plans whose next version is due within DUE_WITHIN_DAYS or overdue, soonest first."""
    today = today or date.today()
    qs = visible_plans(membership).filter(closed_on__isnull=True,
                                          review_due__lte=today + timedelta(days=DUE_WITHIN_DAYS))
    if mine:
        qs = qs.filter(person__assignments__user_id=membership.user_id, person__assignments__ended_on__isnull=True)
    if establishment:
        qs = qs.filter(episode__establishment=establishment)
    return qs.select_related("person", "episode__establishment").order_by("review_due", "pk")


def awaiting_countersignature(membership):
    if not membership.has(perms.COUNTERSIGN_PLAN):
        return PlanVersion.objects.none()
    plans = visible_plans(membership).values("pk")
    return (PlanVersion.objects.filter(service_id=membership.service_id, plan_id__in=plans,
                                       countersign_required=True, countersigned_at__isnull=True)
            .exclude(issued_by_id=membership.user_id)
            .select_related("plan__person", "issued_by").order_by("issued_on", "pk"))


def linkable_ratings(membership, person):
    """Needs and protective factors a goal may address: the ratings of the person's current
    (submitted or countersigned) assessments the member may read, as (rating id, label)."""
    current = assessment_queries.latest_per_instrument(assessment_queries.for_person(membership, person))
    ratings = Rating.objects.filter(assessment__in=current).exclude(value="").select_related(
        "assessment__instrument")
    choices = []
    for rating in ratings:
        instrument = rating.assessment.instrument
        item = next((i for _, i in instrument.items() if i["code"] == rating.item), None)
        if item is None:
            continue
        scale = {v["code"]: localised(v["label"]) for v in instrument.definition["scales"][item["scale"]]["values"]}
        choices.append((rating.pk, f"{instrument.code} {rating.item}: {localised(item['text'])} — "
                                   f"{scale.get(rating.value, rating.value)}"))
    return choices


def settings_of(service_id):
    return PlanSettings.of(service_id)


def referral_context(person, step_id):
    """For a programme referral: the step it comes from (if any), the open plan and its other open goals."""
    step = Step.objects.filter(pk=step_id, goal__plan__person=person).select_related("goal__plan").first() \
        if str(step_id).isdigit() else None
    plan = Plan.objects.filter(person=person, closed_on__isnull=True).first()
    goals = Goal.objects.filter(plan=plan, status__in=[Goal.Status.ACTIVE, Goal.Status.FUTURE]) if plan \
        else Goal.objects.none()
    if step:
        goals = goals.exclude(pk=step.goal_id)
    return step, plan, goals
