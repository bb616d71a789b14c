"""Sentence plan pages. Views parse input, call one query or action, and render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from reintegra.core import audit, documents
from reintegra.core.access import ActionError, require
from reintegra.core.queries import establishment_filter
from reintegra.core.viewhelpers import form_page
from reintegra.people import actions as people_actions
from reintegra.people import queries as people_queries

from . import actions, audit_codes, parts, perms, queries, snapshots
from .forms import GoalForm, IssueForm, NoteForm, ResponseForm, StepForm


def person_section(request, person):
    """The person page's plan section: the current plan's clock and goals, and earlier plans."""
    membership = request.membership
    if not membership.has(perms.VIEW_PLAN):
        return None
    plans = queries.plans_of_person(membership, person)
    episode = person.current_episode
    return {"template": "plans/_person_section.html", "plans": plans,
            "untried": episode is not None and episode.is_untried,
            "can_open": (membership.has(perms.MANAGE_PLAN) and episode is not None
                         and not any(p.episode_id == episode.pk for p in plans))}


@login_required
def due_list(request):
    """Plans due and overdue: the member's caseload, or an establishment's; versions to countersign."""
    membership = request.membership
    require(membership, perms.VIEW_PLAN)
    establishments, chosen = establishment_filter(request, membership.service_id)
    mine = chosen is None and membership.has(perms.MANAGE_PLAN)
    page = Paginator(queries.due(membership, mine=mine, establishment=chosen), 50).get_page(request.GET.get("page"))
    to_countersign = list(queries.awaiting_countersignature(membership)[:50])
    people_actions.record_listing(membership, {"plans": "due"},
                                  [p.person_id for p in page.object_list] + [v.plan.person_id for v in to_countersign])
    return render(request, "plans/due.html", {"page": page, "rows": page.object_list, "mine": mine,
                                              "establishments": establishments, "chosen": chosen,
                                              "to_countersign": to_countersign})


@login_required
@require_POST
def open_plan(request, person_pk):
    membership = request.membership
    require(membership, perms.MANAGE_PLAN)
    person = people_queries.person_for_update(membership, person_pk)
    try:
        if person.current_episode is None:
            raise ActionError(_("This person is not in custody."))
        plan = actions.open_plan(membership, person.current_episode)
        return redirect("plans:detail", pk=plan.pk)
    except ActionError as error:
        messages.error(request, error.message)
        return redirect("people:detail", pk=person.pk)


@login_required
def detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_PLAN)
    plan = queries.plan_or_404(membership, pk)
    audit.record(audit_codes.PLAN_VIEW, service=membership.service, obj=plan, person_id=plan.person_id)
    areas = dict(queries.need_areas(plan.service_id))
    versions = list(plan.versions.all())
    groups = plan.person.groups = queries.groups_of_person(membership, plan.person_id)
    goals = list(plan.goals.all())
    facts = parts.step_facts(plan, membership)
    for goal in goals:
        goal.area_label = areas.get(goal.area, goal.area)
        for step in goal.steps.all():
            step.facts = [fact for by_step in facts.values() for fact in by_step.get(step.pk, [])]
            step.links = parts.step_links(membership, plan, step) if plan.is_open else []
    return render(request, "plans/detail.html", {
        "plan": plan, "person": plan.person, "goals": goals,
        "versions": versions, "groups": groups, "prompts": queries.prompts_for(plan.service_id, groups),
        "settings": queries.settings_of(plan.service_id),
        # What changed compares goals and steps only, so the plan as it stands needs no step facts.
        "changes": snapshots.changes(versions[0].snapshot if versions else {}, snapshots.take(plan, {}), areas),
        "sections": parts.sections(membership, plan),
        "can_manage": membership.has(perms.MANAGE_PLAN) and plan.is_open,
    })


def _editable_plan(request, pk):
    """The plan a form edits (goal, step, note, version, response); opening the form reads it."""
    membership = request.membership
    require(membership, perms.MANAGE_PLAN)
    plan = queries.plan_or_404(membership, pk)
    audit.record_form_read(request, audit_codes.PLAN_VIEW, obj=plan, person_id=plan.person_id)
    return membership, plan


def _caption(plan):
    return plan.person.full_name


@login_required
def goal(request, pk, goal_pk=None):
    membership, plan = _editable_plan(request, pk)
    existing = queries.goal_or_404(plan, goal_pk) if goal_pk else None
    initial = {}
    if existing:
        initial = {f: getattr(existing, f) for f in snapshots.GOAL_FIELDS}
        initial["version"] = existing.version
        initial["addresses"] = list(existing.links.values_list("rating_id", flat=True))
    form = GoalForm(request.POST or None, initial=initial, areas=queries.need_areas(plan.service_id, plan.kind),
                    ratings=queries.linkable_ratings(membership, plan.person))

    def write():
        data = form.cleaned_data
        return actions.save_goal(membership, plan, {f: data[f] for f in snapshots.GOAL_FIELDS},
                                 data.get("addresses", []), goal=existing, version=data.get("version"))
    return form_page(request, form, write, title=_("Change a goal") if existing else _("Add a goal"),
                     caption=_caption(plan), back=reverse("plans:detail", args=[plan.pk]))


@login_required
def step(request, pk, goal_pk=None, step_pk=None):
    membership, plan = _editable_plan(request, pk)
    existing = queries.step_or_404(plan, step_pk) if step_pk else None
    parent = existing.goal if existing else queries.goal_or_404(plan, goal_pk)
    form = StepForm(request.POST or None, instance=existing,
                    initial={"version": existing.version} if existing else {})

    def write():
        data = form.cleaned_data
        return actions.save_step(membership, parent, {f: data[f] for f in snapshots.STEP_FIELDS},
                                 step=existing, version=data.get("version"))
    return form_page(request, form, write, title=_("Change a step") if existing else _("Add a step"),
                     caption=parent.own_words[:80], back=reverse("plans:detail", args=[plan.pk]))


@login_required
def note(request, pk, step_pk):
    membership, plan = _editable_plan(request, pk)
    target = queries.step_or_404(plan, step_pk)
    form = NoteForm(request.POST or None)
    return form_page(request, form, lambda: actions.add_step_note(membership, target, form.cleaned_data["text"]),
                     title=_("Add a progress note"), caption=target.what,
                     back=reverse("plans:detail", args=[plan.pk]))


@login_required
def issue(request, pk):
    membership, plan = _editable_plan(request, pk)
    kind = "review" if plan.versions.all() else "initial"
    form = IssueForm(request.POST or None, initial={"version": plan.version, "kind": kind})

    def write():
        data = form.cleaned_data
        return actions.issue_version(membership, plan, data["version"], kind=data["kind"],
                                     issued_on=data["issued_on"], summary=data["summary"])
    return form_page(request, form, write, title=_("Issue a plan version"), caption=_caption(plan),
                     intro=_("The goals and steps as they stand now become a dated version for the prisoner "
                             "to respond to."),
                     back=reverse("plans:detail", args=[plan.pk]), submit=_("Issue the version"),
                     done=lambda v: reverse("plans:version", args=[plan.pk, v.number]))


@login_required
def version(request, pk, number):
    membership = request.membership
    require(membership, perms.VIEW_PLAN)
    plan = queries.plan_or_404(membership, pk)
    shown = queries.version_or_404(plan, number)
    audit.record(audit_codes.PLAN_VIEW, service=membership.service, obj=shown, person_id=plan.person_id)
    areas = dict(queries.need_areas(plan.service_id))
    previous = next((v for v in plan.versions.all() if v.number < shown.number), None)
    return render(request, "plans/version.html", {
        "plan": plan, "person": plan.person, "shown": shown, "goals": snapshots.display(shown.snapshot, areas),
        "changes": snapshots.changes(previous.snapshot, shown.snapshot, areas) if previous else None,
        "previous": previous, "document_languages": documents.LANGUAGES,
        "document_language": people_queries.document_language(plan.person, None, plan.service),
        "can_respond": membership.has(perms.MANAGE_PLAN) and not shown.response,
        "can_countersign": (membership.has(perms.COUNTERSIGN_PLAN) and shown.awaiting_countersignature
                            and shown.issued_by_id != membership.user_id),
    })


@login_required
def respond(request, pk, number):
    membership, plan = _editable_plan(request, pk)
    shown = queries.version_or_404(plan, number)
    form = ResponseForm(request.POST or None)
    back = reverse("plans:version", args=[plan.pk, shown.number])
    return form_page(request, form, lambda: actions.record_response(membership, shown, **form.cleaned_data),
                     title=_("Record the prisoner's response"), caption=_caption(plan), back=back)


@login_required
@require_POST
def countersign(request, pk, number):
    membership = request.membership
    require(membership, perms.COUNTERSIGN_PLAN)
    plan = queries.plan_or_404(membership, pk)
    try:
        actions.countersign(membership, queries.version_or_404(plan, number))
        messages.success(request, _("Countersigned."))
    except ActionError as error:
        messages.error(request, error.message)
    return redirect("plans:version", pk=plan.pk, number=number)


@login_required
def document(request, pk, number, pdf=False):
    """The plan for the prisoner, in a language chosen for them: a print view, or a PDF."""
    membership = request.membership
    require(membership, perms.VIEW_PLAN)
    plan = queries.plan_or_404(membership, pk)
    shown = queries.version_or_404(plan, number)
    language = people_queries.document_language(plan.person, request.GET.get("lang"), plan.service)
    audit.record(audit_codes.PLAN_DOCUMENT, service=membership.service, obj=shown, person_id=plan.person_id,
                 changes={"language": language, "format": "pdf" if pdf else "html"})
    goals = snapshots.display(shown.snapshot, dict(queries.need_areas(plan.service_id)))  # lazy labels
    return documents.respond(request, "plans/document.html", {
        "plan": plan, "person": plan.person, "shown": shown, "goals": goals,
    }, language=language, pdf=pdf, filename=f"plan-{plan.pk}-v{shown.number}-{language}.pdf")
