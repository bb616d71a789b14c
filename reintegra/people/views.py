"""Person pages. Views parse input, call one query or action, and render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.queries import service_staff
from reintegra.core.viewhelpers import attempt

from . import actions, audit_codes, perms, queries, sections
from .forms import (
    AdmissionForm,
    AssignmentForm,
    IdentifierForm,
    LegalStatusForm,
    NewPersonForm,
    OffenceForm,
    PersonForm,
    PriorConvictionForm,
    ReleaseForm,
    SearchForm,
    TransferForm,
)

PAGE_SIZE = 25


@login_required
def caseload(request):
    membership = request.membership
    require(membership, perms.VIEW_PERSON)
    persons = queries.decorate(list(queries.caseload(membership)))
    actions.record_listing(membership, {"caseload": "own"}, (p.pk for p in persons))
    return render(request, "people/caseload.html", {"persons": persons})


@login_required
def search(request):
    membership = request.membership
    require(membership, perms.VIEW_PERSON)
    form = SearchForm(request.GET or None, service_id=membership.service_id)
    data = form.cleaned_data if form.is_valid() else {}
    results = queries.search_persons(
        membership, data.get("q", ""), group=data.get("group") or None,
        establishment_id=data["establishment"].pk if data.get("establishment") else None,
    )
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    queries.decorate(page.object_list)
    actions.record_listing(membership, data, (p.pk for p in page.object_list), page=page.number)
    template = "people/_results.html" if request.htmx else "people/search.html"
    return render(request, template, {"form": form, "page": page})


@login_required
def person_detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_PERSON)
    person = queries.person_or_404(membership, pk)
    audit.record(audit_codes.PERSON_VIEW, service=membership.service, obj=person, person_id=person.pk)
    return render(request, "people/person_detail.html", {
        "person": person, "sections": sections.collect(request, person),
    })


@login_required
def person_create(request):
    membership = request.membership
    require(membership, perms.ADD_PERSON)
    form = NewPersonForm(request.POST or None)
    duplicates = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        candidates = queries.possible_duplicates(
            membership.service_id, data["given_name"], data["family_name"], data["date_of_birth"]
        )
        visible = set(queries.visible_persons(membership).filter(pk__in=[p.pk for p in candidates])
                      .values_list("pk", flat=True))
        duplicates = [p if p.pk in visible else None for p in candidates]
        if duplicates and not data["not_a_duplicate"]:
            form.add_error("not_a_duplicate", _("A person with the same date of birth and a similar name "
                                                "already exists. Check the list, then confirm."))
        else:
            person = attempt(form, lambda: actions.create_person(membership, data, data["prison_number"]))
            if person:
                messages.success(request, _("Person registered."))
                return redirect("people:detail", pk=person.pk)
    return render(request, "people/person_form.html", {
        "form": form, "duplicates": duplicates, "hidden_duplicates": duplicates.count(None),
    })


@login_required
def person_edit(request, pk):
    membership = request.membership
    require(membership, perms.CHANGE_PERSON)
    person = queries.person_for_update(membership, pk)
    audit.record_form_read(request, audit_codes.PERSON_VIEW, obj=person, person_id=person.pk)
    form = PersonForm(request.POST or None, instance=person, initial={"version": person.version})
    if request.method == "POST":
        saved = attempt(form, lambda: actions.update_person(
            membership, person, form.cleaned_data, form.cleaned_data.get("version")))
        if saved:
            messages.success(request, _("Changes saved."))
            return redirect("people:detail", pk=person.pk)
    return render(request, "people/person_form.html", {"form": form, "person": person})


def _person_form_view(request, pk, perm, form_class, write, title, form_kwargs=None, prepare=None):
    """The small forms on a person (identifier, admission, transfer, ...) share one shape."""
    membership = request.membership
    require(membership, perm)
    person = queries.person_for_update(membership, pk)
    audit.record_form_read(request, audit_codes.PERSON_VIEW, obj=person, person_id=person.pk)
    form = form_class(request.POST or None, **(form_kwargs or {}))
    if prepare:
        prepare(form, membership, person)
    if request.method == "POST" and attempt(form, lambda: write(membership, person, form)):
        messages.success(request, _("Saved."))
        return redirect("people:detail", pk=person.pk)
    return render(request, "people/person_subform.html", {"form": form, "person": person, "title": title})


def _placements(form, membership, person):
    form.set_placements(membership.service_id)


def _open_episode(person):
    episode = person.current_episode
    if episode is None:
        raise ActionError(_("This person is not in custody."))
    return episode


@login_required
def add_identifier(request, pk):
    return _person_form_view(
        request, pk, perms.CHANGE_PERSON, IdentifierForm, title=_("Add an identifier"),
        write=lambda m, p, f: actions.add_identifier(m, p, f.cleaned_data["kind"], f.cleaned_data["value"]),
    )


@login_required
def admit(request, pk):
    def write(membership, person, form):
        data = dict(form.cleaned_data)
        return actions.admit(
            membership, person, establishment=data.pop("establishment"), unit=data.pop("unit"),
            offences=form.offences(), **data,
        )
    return _person_form_view(request, pk, perms.MANAGE_CUSTODY, AdmissionForm, write,
                             _("Record an admission"), prepare=_placements)


@login_required
def add_offence(request, pk):
    return _person_form_view(
        request, pk, perms.MANAGE_CUSTODY, OffenceForm, title=_("Record an offence"),
        write=lambda m, p, f: actions.add_offence(m, _open_episode(p), **f.cleaned_data),
    )


@login_required
def legal_status(request, pk):
    def write(membership, person, form):
        return actions.change_legal_status(membership, _open_episode(person), legal_status=form.cleaned_data[
            "legal_status"], changed_on=form.cleaned_data["changed_on"], **form.sentence())

    def prepare(form, membership, person):
        episode = person.current_episode
        if episode is not None and not form.is_bound:  # the sentence as recorded, to change or complete
            form.initial = {**form.initial, **{f: getattr(episode, f) for f in form._meta.fields}}
    return _person_form_view(request, pk, perms.MANAGE_CUSTODY, LegalStatusForm, write,
                             _("Record a change of legal status"), prepare=prepare)


@login_required
def transfer(request, pk):
    def write(membership, person, form):
        return actions.transfer(membership, _open_episode(person), **form.cleaned_data)
    return _person_form_view(request, pk, perms.MANAGE_CUSTODY, TransferForm, write,
                             _("Record a transfer"), prepare=_placements)


@login_required
def release(request, pk):
    return _person_form_view(
        request, pk, perms.MANAGE_CUSTODY, ReleaseForm, title=_("Record a release"),
        write=lambda m, p, f: actions.release(m, _open_episode(p), **f.cleaned_data),
    )


@login_required
def add_prior(request, pk):
    return _person_form_view(
        request, pk, perms.MANAGE_CUSTODY, PriorConvictionForm, title=_("Record a prior conviction"),
        write=lambda m, p, f: actions.add_prior_conviction(m, p, **f.cleaned_data),
    )


@login_required
def assign(request, pk):
    membership = request.membership
    return _person_form_view(
        request, pk, perms.MANAGE_CASELOAD, AssignmentForm, title=_("Assign to a caseload"),
        form_kwargs={"staff": service_staff(membership.service_id) if membership else None},
        write=lambda m, p, f: actions.assign(m, p, f.cleaned_data["user"], f.cleaned_data["kind"]),
    )


@login_required
@require_POST
def end_assignment(request, pk, assignment_pk):
    membership = request.membership
    require(membership, perms.MANAGE_CASELOAD)
    person = queries.person_for_update(membership, pk)
    assignment = queries.open_assignment_or_404(person, assignment_pk)
    try:
        actions.end_assignment(membership, assignment)
        messages.success(request, _("Assignment ended."))
    except ActionError as error:
        messages.error(request, error.message)
    return redirect("people:detail", pk=person.pk)


