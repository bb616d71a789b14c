"""Assessment pages. Views parse input, call one query or action, and render."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from reintegra.core import audit
from reintegra.core.access import ActionError, StaleEdit, require
from reintegra.core.queries import establishment_filter
from reintegra.core.texts import localised
from reintegra.people import actions as people_actions
from reintegra.people import audit_codes as people_audit
from reintegra.people import queries as people_queries

from . import actions, audit_codes, perms, queries
from .forms import AddendumForm, AssessmentForm, ReturnForm, StartForm
from .models import trigger_label


def person_section(request, person):
    """The person page's assessment section: latest judgement per instrument, review due, history."""
    membership = request.membership
    if not membership.has(perms.VIEW_ASSESSMENT):
        return None
    history = queries.for_person(membership, person, summaries=True)
    return {"template": "assessments/_person_section.html", "history": history,
            "latest": queries.latest_per_instrument(history), "can_assess": membership.has(perms.ASSESS)}


def _audit_listing(membership, listing, assessments):
    """A list of assessments names persons: it is on the record, like a search."""
    people_actions.record_listing(membership, {"assessments": listing}, (a.person_id for a in assessments))


@login_required
def home(request):
    """An assessor's work: drafts, assessments awaiting my countersignature, my reviews due."""
    membership = request.membership
    require(membership, perms.VIEW_ASSESSMENT)
    lists = {"drafts": list(queries.drafts(membership)[:25]),
             "to_countersign": list(queries.awaiting_countersignature(membership)[:25]),
             "due": list(queries.due(membership, mine=True)[:25])}
    _audit_listing(membership, "home", [a for rows in lists.values() for a in rows])
    return render(request, "assessments/home.html", lists)


@login_required
def due_list(request):
    """Reviews due and overdue in an establishment (governors, oversight, assessors)."""
    membership = request.membership
    require(membership, perms.VIEW_ASSESSMENT)
    establishments, chosen = establishment_filter(request, membership.service_id)
    page = Paginator(queries.due(membership, establishment=chosen), 50).get_page(request.GET.get("page"))
    _audit_listing(membership, "due", page.object_list)
    return render(request, "assessments/due.html", {"rows": page.object_list, "page": page,
                                                    "establishments": establishments, "chosen": chosen})


@login_required
def start(request, person_pk):
    membership = request.membership
    require(membership, perms.ASSESS)
    person = people_queries.person_for_update(membership, person_pk)
    audit.record_form_read(request, people_audit.PERSON_VIEW, obj=person, person_id=person.pk)
    form = StartForm(request.POST or None, instruments=queries.startable_instruments(membership),
                     initial={"assessed_on": date.today()})
    if request.method == "POST" and form.is_valid():
        try:
            assessment = actions.start(membership, person, form.instruments[form.cleaned_data["instrument"]],
                                       form.cleaned_data["assessed_on"])
            return redirect("assessments:edit", pk=assessment.pk)
        except ActionError as error:
            form.add_error(None, error.message)
    return render(request, "assessments/start.html", {"form": form, "person": person})


@login_required
def detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_ASSESSMENT)
    assessment = queries.assessment_or_404(membership, pk)
    audit.record(audit_codes.ASSESSMENT_VIEW, service=membership.service, obj=assessment, person_id=assessment.person_id)
    return render(request, "assessments/detail.html", _detail_context(membership, assessment))


def _detail_context(membership, assessment, **extra):
    ratings = {r.item: r for r in assessment.ratings.all()}
    instrument = assessment.instrument
    domains = []
    # A restricted instrument's items are not shown to the uncertified: its texts are licensed content
    # (and queries.assessment_or_404 has not loaded the ratings).
    for domain, item in instrument.items() if assessment.items_visible else ():
        if not domains or domains[-1]["domain"] is not domain:
            domains.append({"domain": domain, "name": localised(domain["name"]), "items": []})
        rating = ratings.get(item["code"])
        scale = {v["code"]: localised(v["label"]) for v in instrument.definition["scales"][item["scale"]]["values"]}
        domains[-1]["items"].append({"item": item, "text": localised(item["text"]), "rating": rating,
                                     "label": scale.get(rating.value) if rating and rating.value else ""})
    is_author = assessment.assessor_id == membership.user_id
    certified = queries.is_certified(membership, instrument)
    return {
        "assessment": assessment, "domains": domains, "judgement_label": assessment.judgement_text(),
        "notice": localised(instrument.definition.get("notice", {})),
        "can_edit": is_author and assessment.is_editable and membership.has(perms.ASSESS),
        "can_countersign": (not is_author and certified and membership.has(perms.COUNTERSIGN)
                            and assessment.status == assessment.Status.SUBMITTED),
        "can_add_addendum": actions.may_add_addendum(membership, assessment),
        "return_form": extra.pop("return_form", ReturnForm()),
        "addendum_form": extra.pop("addendum_form", AddendumForm()),
        "previous": _previous(membership, assessment) if assessment.items_visible else None,
        **extra,
    }


def _previous(membership, assessment):
    """The assessment before this one (same person, already visible, and instrument code)."""
    return queries.readable_of_person(membership, assessment.person_id).filter(
        person_id=assessment.person_id, instrument__code=assessment.instrument.code,
        assessed_on__lte=assessment.assessed_on,
    ).exclude(pk=assessment.pk).exclude(status__in=["draft", "returned"]).order_by("-assessed_on", "-pk").first()


@login_required
def edit(request, pk):
    membership = request.membership
    require(membership, perms.ASSESS)
    assessment = queries.assessment_or_404(membership, pk)
    if not (assessment.assessor_id == membership.user_id and assessment.is_editable):
        messages.error(request, _("A submitted assessment cannot be changed; add a dated addendum instead."))
        return redirect("assessments:detail", pk=assessment.pk)
    if not assessment.items_visible:  # a licensed instrument, and the author's certification has lapsed
        messages.error(request, _("You need a valid certification for %(instrument)s (%(code)s) to do this.")
                       % {"instrument": assessment.instrument.name(), "code": assessment.instrument.certification})
        return redirect("assessments:detail", pk=assessment.pk)
    audit.record_form_read(request, audit_codes.ASSESSMENT_VIEW, obj=assessment, person_id=assessment.person_id)
    form = AssessmentForm(request.POST or None, assessment=assessment)
    missing = []
    if request.method == "POST" and form.is_valid():
        try:
            fields, ratings, factors = form.values()
            assessment = actions.save_draft(membership, assessment, form.cleaned_data["version"], fields, ratings,
                                            factors)
            if "submit" in request.POST:
                actions.submit(membership, assessment, assessment.version)
                messages.success(request, _("Assessment submitted for countersignature."))
                return redirect("assessments:detail", pk=assessment.pk)
            if request.htmx:  # autosave: tell the page the new version, nothing else
                return render(request, "assessments/_saved.html", {"assessment": assessment})
            messages.success(request, _("Draft saved."))
            return redirect("assessments:edit", pk=assessment.pk)
        except actions.AssessmentInvalid as error:
            for key, message in error.problems.items():
                field = key if key in form.fields else f"{key}-value" if f"{key}-value" in form.fields else None
                form.add_error(field, message)
            if "submit" in request.POST:  # the draft was saved; show what stops the submission
                assessment = queries.assessment_or_404(membership, pk)
                form = _rebind(form, assessment)
                missing = list(error.problems.items())
        except StaleEdit as error:
            form.add_error(None, error.message)
        except ActionError as error:
            form.add_error(None, error.message)
    if request.htmx:  # autosave could not save: say so where the page shows the save status
        problem = form.non_field_errors()[0] if form.non_field_errors() else ""
        return render(request, "assessments/_saved.html", {"assessment": assessment, "failed": True,
                                                           "problem": problem})
    return render(request, "assessments/edit.html", {
        "form": form, "assessment": assessment, "missing": missing,
        "notice": localised(assessment.instrument.definition.get("notice", {})),
    })


def _rebind(form, assessment):
    """After saving the draft, keep the user's input but with the new version number."""
    data = form.data.copy()
    data["version"] = assessment.version
    rebound = AssessmentForm(data, assessment=assessment)
    rebound.is_valid()
    for field, errors in form.errors.items():
        for error in errors:
            rebound.add_error(field if field != "__all__" else None, error)
    return rebound


@login_required
@require_POST
def countersign(request, pk):
    membership = request.membership
    require(membership, perms.COUNTERSIGN)
    assessment = queries.assessment_or_404(membership, pk)
    try:
        actions.countersign(membership, assessment)
        messages.success(request, _("Assessment countersigned."))
    except ActionError as error:
        messages.error(request, error.message)
    return redirect("assessments:detail", pk=assessment.pk)


def _form_on_detail(request, pk, perm, form_class, form_key, write, done):
    """A small form posted from the assessment page; on an error the page shows it again."""
    membership = request.membership
    require(membership, perm)
    assessment = queries.assessment_or_404(membership, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            write(membership, assessment, form.cleaned_data)
            messages.success(request, done)
            return redirect("assessments:detail", pk=assessment.pk)
        except ActionError as error:  # a banner: the form may not be on the page in this state
            messages.error(request, error.message)
    return render(request, "assessments/detail.html", _detail_context(membership, assessment, **{form_key: form}))


@login_required
@require_POST
def return_to_author(request, pk):
    return _form_on_detail(
        request, pk, perms.COUNTERSIGN, ReturnForm, "return_form",
        lambda m, a, data: actions.return_to_author(m, a, data["comments"]), _("Assessment returned to its author."),
    )


@login_required
@require_POST
def add_addendum(request, pk):
    return _form_on_detail(
        request, pk, perms.ASSESS, AddendumForm, "addendum_form",
        lambda m, a, data: actions.add_addendum(m, a, data["text"]), _("Addendum added."),
    )


@login_required
def compare(request, pk, other_pk):
    membership = request.membership
    require(membership, perms.VIEW_ASSESSMENT)
    first = queries.assessment_or_404(membership, other_pk)
    second = queries.assessment_or_404(membership, pk)
    if first.person_id != second.person_id or first.instrument.code != second.instrument.code:
        messages.error(request, _("Only assessments of the same person with the same instrument can be compared."))
        return redirect("assessments:detail", pk=second.pk)
    if not (first.items_visible and second.items_visible):
        messages.error(request, _("The items of this licensed instrument are shown only to assessors certified "
                                  "for it."))
        return redirect("assessments:detail", pk=second.pk)
    # One read of the person's record, naming both assessments it showed.
    audit.record(audit_codes.ASSESSMENT_VIEW, service=membership.service, obj=second, person_id=second.person_id,
                 changes={"compared_with": first.pk})
    return render(request, "assessments/compare.html", {
        "first": first, "second": second, "rows": queries.compare(first, second),
    })


@login_required
def instrument_list(request):
    membership = request.membership
    require(membership, perms.VIEW_INSTRUMENTS)
    return render(request, "assessments/instruments.html", {"instruments": queries.instruments(membership)})


@login_required
def instrument_detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_INSTRUMENTS)
    instrument = queries.instrument_or_404(membership, pk)
    language = request.GET.get("lang")
    if language not in instrument.languages:
        language = None
    return render(request, "assessments/instrument_detail.html", {
        "instrument": instrument, "language": language, "view": _instrument_view(instrument, language),
    })


def _instrument_view(instrument, language):
    d = instrument.definition

    def text(texts):
        return localised(texts, language)

    return {
        "name": text(d["name"]), "description": text(d.get("description", {})), "notice": text(d.get("notice", {})),
        "scales": {name: [text(v["label"]) for v in scale["values"]] for name, scale in d["scales"].items()},
        "domains": [{"name": text(domain["name"]), "items": [
            {"code": i["code"], "type": i["type"], "scale": i["scale"], "text": text(i["text"]),
             "guidance": text(i.get("guidance", {})), "evidence_required": i.get("evidence_required", False)}
            for i in domain["items"]]} for domain in d["domains"]],
        "judgements": [text(o["label"]) for o in d["summary"]["judgements"]],
        "triggers": [text(t["label"]) for t in d["review"].get("triggers", [])],
        "reassess_on": [trigger_label(code) for code in d["review"].get("reassess_on", [])],
        "licence": d["licence"],
    }
