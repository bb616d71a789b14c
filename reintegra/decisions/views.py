"""Decision pages. Views parse input, call one query or action, and render."""

import csv as csvlib
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from reintegra.core import audit, documents
from reintegra.core.access import ActionError, require
from reintegra.core.queries import establishment_filter
from reintegra.core.queries import establishments as establishments_of
from reintegra.core.viewhelpers import form_page
from reintegra.people import actions as people_actions
from reintegra.people import audit_codes as people_audit
from reintegra.people import queries as people_queries
from reintegra.people.visibility import StaffScope, staff_scope

from . import actions, audit_codes, perms, queries, rules
from . import register as register_query
from .forms import (
    AppealForm,
    DecideForm,
    DecisionContentForm,
    HearingForm,
    ProposalForm,
    RegisterFilterForm,
    ReviewForm,
    SeparationDayForm,
)
from .models import Appeal, Decision, DecisionSettings


def person_section(request, person):
    membership = request.membership
    if not membership.has(perms.VIEW_DECISIONS):
        return None
    return {"template": "decisions/_person_section.html", "decisions": queries.timeline(membership, person),
            "can_propose": membership.has(perms.PROPOSE_DECISION) and bool(queries.proposable_types(membership))}


@login_required
def dashboard(request):
    """Overdue and due reviews, proposals to decide, measures past their maximum, separations."""
    membership = request.membership
    require(membership, perms.VIEW_DECISIONS)
    establishments, chosen = establishment_filter(request, membership.service_id)
    if chosen is None and "establishment" not in request.GET and staff_scope(membership) != StaffScope.SERVICE:
        chosen = membership.organisation.establishment if membership.organisation.kind != "headquarters" else None
    board = queries.dashboard(membership, establishment=chosen)
    shown = {d.person_id for key in ("to_decide", "overdue", "due_soon", "beyond_maximum", "separations",
                                      "long_separations") for d in board[key]}
    people_actions.record_listing(membership, {"decisions": "dashboard", "establishment": chosen.pk if chosen else None},
                                  shown)
    return render(request, "decisions/dashboard.html", {**board, "establishments": establishments,
                                                        "chosen": chosen})


def _caption(person):
    return person.full_name


@login_required
def register(request, csv=False):
    """Every measure, classification and separation of a period, with the counts inspectors ask for;
    as a page or as CSV. Both are on the record as a listing of the persons in them."""
    membership = request.membership
    require(membership, perms.VIEW_DECISIONS)
    today = date.today()
    form = RegisterFilterForm(request.GET or {"since": today.replace(day=1) - timedelta(days=365), "until": today},
                              establishments=establishments_of(membership.service_id),
                              types=queries.types_of(membership.service_id))
    rows, totals = ([], None)
    if form.is_valid():
        data = form.cleaned_data
        rows, totals = register_query.register(membership, data["since"], data["until"],
                                               establishment=data["establishment"],
                                               type_id=data["type"].pk if data["type"] else None)
        people_actions.record_listing(membership, {"decisions": "register", "format": "csv" if csv else "page",
                                                   **{k: v for k, v in data.items() if v}},
                                      (d.person_id for d in rows))
    if csv and form.is_valid():
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="register-{data["since"]}-{data["until"]}.csv"'
        writer = csvlib.writer(response)
        writer.writerow(register_query.CSV_HEADER)
        writer.writerows(register_query.csv_rows(rows))
        return response
    outcomes = dict(Appeal.Outcome.choices)
    return render(request, "decisions/register.html", {
        "form": form, "rows": rows, "totals": totals, "query": request.GET.urlencode(),
        "appeal_outcomes": [(outcomes[o], n) for o, n in sorted(totals.appeals.items())] if totals else []})


@login_required
def propose(request, person_pk):
    membership = request.membership
    require(membership, perms.PROPOSE_DECISION)
    person = people_queries.person_for_update(membership, person_pk)
    # Choosing a type and the proposal form both name the person.
    audit.record_form_read(request, people_audit.PERSON_VIEW, obj=person, person_id=person.pk)
    types = queries.proposable_types(membership)
    if "type" not in request.GET:
        return render(request, "decisions/choose_type.html", {"person": person, "types": types})
    decision_type = queries.type_or_404(membership, request.GET["type"])
    form = ProposalForm(request.POST or None, **_content_kwargs(membership, person, decision_type),
                        assessments=queries.assessments_of(membership, person))
    return form_page(request, form, lambda: actions.propose(membership, person, decision_type, form.content(),
                                                            form.evidence()),
                     title=_("Propose: %(type)s") % {"type": decision_type.name}, caption=_caption(person),
                     back=reverse("people:detail", args=[person.pk]), submit=_("Propose"),
                     done=lambda d: reverse("decisions:detail", args=[d.pk]))


def _content_kwargs(membership, person, decision_type):
    return {"decision_type": decision_type, "service_id": membership.service_id,
            "legal_bases": queries.legal_bases(membership.service_id),
            "measures": queries.measures_in_force(person), "female": person.sex == "F"}


@login_required
def detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_DECISIONS)
    decision = queries.decision_or_404(membership, pk)
    audit.record(audit_codes.DECISION_VIEW, service=membership.service, obj=decision, person_id=decision.person_id)
    context = {"decision": decision, "person": decision.person, "type": decision.type,
               "documents_languages": documents.LANGUAGES,
               "document_language": people_queries.document_language(decision.person, None, membership.service),
               "can_decide": (membership.has(perms.DECIDE) and decision.status == Decision.Status.PROPOSED
                              and membership.role in decision.type.decide_roles
                              and decision.proposed_by_id != membership.user_id),
               "can_resubmit": (decision.status == Decision.Status.RETURNED
                                and decision.proposed_by_id == membership.user_id),
               "can_record": membership.has(perms.PROPOSE_DECISION),
               "can_review": (membership.has(perms.DECIDE) and decision.in_force and decision.type.is_reviewed
                              and membership.role in decision.type.decide_roles
                              and (decision.decided_by_id != membership.user_id or decision.type.review_by_decider)),
               "can_log": membership.has(perms.LOG_SEPARATION) and decision.type.is_separation
               and decision.status != Decision.Status.PROPOSED}
    if decision.type.is_separation and decision.status not in (Decision.Status.PROPOSED, Decision.Status.REJECTED):
        context["days"], context["past_mandela"], context["past_statutory"] = rules.separation_flags(decision)
        context["missing"] = _missing_days(decision)
    return render(request, "decisions/detail.html", context)


def _missing_days(decision):
    """Days of the separation with less than the service's minimum of meaningful contact, without a
    health-care visit, without the governor's visit (a day not logged lacks all three)."""
    minimum = DecisionSettings.of(decision.service_id).min_contact_hours
    logged = {d.day: d for d in decision.separation_days.all()}
    last = min(decision.ended_on or date.today(), date.today())
    days = [decision.starts_on + timedelta(days=i) for i in range((last - decision.starts_on).days + 1)]
    return {"contact": [d for d in days if d not in logged or logged[d].contact_hours < minimum],
            "medical": [d for d in days if d not in logged or not logged[d].medical_visit],
            "governor": [d for d in days if d not in logged or not logged[d].governor_visit],
            "min_hours": minimum}


def _decision_form(request, pk, perm, form, write, title, *, initial=None, form_kwargs=None, **kwargs):
    membership = request.membership
    require(membership, perm)
    decision = queries.decision_or_404(membership, pk)
    audit.record_form_read(request, audit_codes.DECISION_VIEW, obj=decision, person_id=decision.person_id)
    form = form(request.POST or None, initial={"version": decision.version, **(initial or {})},
                **(form_kwargs(membership, decision) if form_kwargs else {}))
    return form_page(request, form, lambda: write(membership, decision, form.cleaned_data, form),
                     title=title, caption=f"{_caption(decision.person)} · {decision.type}",
                     back=reverse("decisions:detail", args=[decision.pk]), **kwargs)


@login_required
def decide(request, pk):
    membership = request.membership
    require(membership, perms.DECIDE)  # before any lookup: no membership is a refusal, not an error
    decision = queries.decision_or_404(membership, pk)
    initial = {f: getattr(decision, f) for f in actions.CONTENT}

    def write(m, d, data, form):
        changes = form.changes(d)
        if changes and data["outcome"] != "change":
            raise ActionError(_("You changed the proposal: choose to decide with the changes, or undo them."),
                              "outcome")
        return actions.decide(m, d, data["version"], outcome=data["outcome"], note=data["note"], changes=changes)
    return _decision_form(request, pk, perms.DECIDE, DecideForm, title=_("Decide on the proposal"), initial=initial,
                          form_kwargs=lambda m, d: _content_kwargs(m, d.person, d.type), write=write)


@login_required
def resubmit(request, pk):
    def kwargs(membership, decision):
        return _content_kwargs(membership, decision.person, decision.type)

    membership = request.membership
    require(membership, perms.PROPOSE_DECISION)
    decision = queries.decision_or_404(membership, pk)
    initial = {f: getattr(decision, f) for f in actions.CONTENT}
    return _decision_form(
        request, pk, perms.PROPOSE_DECISION, DecisionContentForm, title=_("Revise the proposal"), initial=initial,
        form_kwargs=kwargs, submit=_("Propose again"),
        write=lambda m, d, data, form: actions.resubmit(m, d, data["version"],
                                                  {k: v for k, v in data.items() if k != "version"}))


@login_required
def hearing(request, pk):
    return _decision_form(
        request, pk, perms.PROPOSE_DECISION, HearingForm, title=_("The person heard and informed"),
        write=lambda m, d, data, form: actions.record_hearing(m, d, data.pop("version"), **data))


@login_required
def appeal(request, pk, appeal_pk=None):
    """Lodge an appeal, or (with appeal_pk) record the outcome of one."""
    membership = request.membership
    require(membership, perms.PROPOSE_DECISION)
    existing = queries.appeal_or_404(membership, pk, appeal_pk) if appeal_pk else None
    initial = {"lodged_on": existing.lodged_on, "body": existing.body} if existing \
        else {"body": DecisionSettings.of(membership.service_id).appeal_body}
    return _decision_form(request, pk, perms.PROPOSE_DECISION, AppealForm, title=_("Appeal"), initial=initial,
                          write=lambda m, d, data, form: actions.record_appeal(m, d, appeal=existing, **data))


@login_required
def review(request, pk):
    return _decision_form(
        request, pk, perms.DECIDE, ReviewForm, title=_("Review the measure"),
        write=lambda m, d, data, form: actions.review(m, d, data.pop("version"), **data))


@login_required
def log_day(request, pk):
    return _decision_form(
        request, pk, perms.LOG_SEPARATION, SeparationDayForm, title=_("Separation log: one day"),
        write=lambda m, d, data, form: actions.log_separation_day(m, d, **data))


@login_required
def notice(request, pk, pdf=False):
    """The decision notice for the person, in a language chosen for them."""
    membership = request.membership
    require(membership, perms.VIEW_DECISIONS)
    decision = queries.decision_or_404(membership, pk)
    language = people_queries.document_language(decision.person, request.GET.get("lang"), membership.service)
    audit.record(audit_codes.DECISION_NOTICE, service=membership.service, obj=decision, person_id=decision.person_id,
                 changes={"language": language, "format": "pdf" if pdf else "html"})
    return documents.respond(request, "decisions/notice.html", {
        "decision": decision, "person": decision.person, "settings": DecisionSettings.of(membership.service_id),
        "evidence": list(decision.evidence.all()),
        "basis": decision.basis_as_decided,
    }, language=language, pdf=pdf, filename=f"decision-{decision.pk}-{language}.pdf")
