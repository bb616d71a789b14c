"""Programme pages. Views parse input, call one query or action, and render."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from reintegra.core import audit
from reintegra.core.access import require
from reintegra.core.queries import establishment_filter
from reintegra.core.viewhelpers import form_page
from reintegra.people import audit_codes as people_audit
from reintegra.people import queries as people_queries
from reintegra.plans import perms as plans_perms
from reintegra.plans import queries as plan_queries

from . import actions, audit_codes, perms, queries
from .forms import DecisionForm, EndForm, EnrolForm, ProgrammeForm, ReferralForm, SessionForm, WithdrawForm
from .models import Programme, Referral


def person_section(request, person):
    membership = request.membership
    if not membership.has(perms.VIEW_PROGRAMMES):
        return None
    return {"template": "programmes/_person_section.html", "referrals": queries.of_person(membership, person),
            "can_refer": membership.has(plans_perms.MANAGE_PLAN)}


@login_required
def catalogue(request):
    """The catalogue with occupancy and waiting lists, per establishment."""
    membership = request.membership
    require(membership, perms.VIEW_PROGRAMMES)
    establishments, chosen = establishment_filter(request, membership.service_id)
    kind = request.GET.get("kind") if request.GET.get("kind") in Programme.Kind.values else None
    programmes = list(queries.catalogue(membership, establishment=chosen, kind=kind))
    return render(request, "programmes/catalogue.html", {
        "programmes": programmes, "establishments": establishments, "chosen": chosen, "kind": kind,
        "kinds": Programme.Kind.choices,
        "totals": {"capacity": sum(p.capacity for p in programmes if p.active),
                   "enrolled": sum(p.enrolled for p in programmes), "waiting": sum(p.waiting for p in programmes)},
    })


@login_required
def detail(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_PROGRAMMES)
    programme = queries.programme_or_404(membership, pk)
    lists, hidden = queries.participants(membership, programme)
    shown = [r.person_id for rows in lists.values() for r in rows]
    audit.record(audit_codes.PROGRAMME_VIEW, service=membership.service, obj=programme, changes={"shown": shown})
    return render(request, "programmes/detail.html", {
        "programme": programme, "referred": lists[Referral.Status.REFERRED],
        "waiting": lists[Referral.Status.WAITING], "enrolled": lists[Referral.Status.ENROLLED], "hidden": hidden,
        "sessions": queries.sessions(programme), "can_run": membership.has(perms.RUN_PROGRAMMES),
    })


@login_required
def edit(request, pk=None):
    membership = request.membership
    require(membership, perms.MANAGE_CATALOGUE)
    programme = queries.programme_or_404(membership, pk) if pk else None
    form = ProgrammeForm(request.POST or None, instance=programme, service_id=membership.service_id)
    return form_page(
        request, form, lambda: actions.save_programme(membership, form.translated(), programme,
                                                      form.cleaned_data.get("version")),
        title=_("Change a programme") if programme else _("Add a programme"),
        back=reverse("programmes:detail", args=[pk]) if pk else reverse("programmes:catalogue"),
        done=lambda p: reverse("programmes:detail", args=[p.pk]))


@login_required
def refer(request, person_pk):
    """Refer a person, from a plan step (?step=) or directly; the open goals of their plan may be linked."""
    membership = request.membership
    require(membership, plans_perms.MANAGE_PLAN)
    person = people_queries.person_for_update(membership, person_pk)
    audit.record_form_read(request, people_audit.PERSON_VIEW, obj=person, person_id=person.pk)
    step, plan, goals = plan_queries.referral_context(person, request.GET.get("step", ""))
    form = ReferralForm(request.POST or None, programmes=queries.catalogue(membership, active_only=True),
                        goals=goals)
    back = reverse("plans:detail", args=[plan.pk]) if plan else reverse("people:detail", args=[person.pk])

    def write():
        data = form.cleaned_data
        return actions.refer(membership, person, data["programme"], reason=data["reason"], step=step,
                             goals=list(data.get("goals") or []))
    return form_page(request, form, write, title=_("Refer to a programme"),
                     caption=person.full_name, intro=step.what if step else "",
                     back=back, done=lambda r: reverse("programmes:referral", args=[r.pk]),
                     submit=_("Refer"))


@login_required
def referral(request, pk):
    membership = request.membership
    require(membership, perms.VIEW_PROGRAMMES)
    current = queries.referral_or_404(membership, pk)
    audit.record(people_audit.PERSON_VIEW, service=membership.service, obj=current, person_id=current.person_id)
    runs = membership.has(perms.RUN_PROGRAMMES)
    return render(request, "programmes/referral.html", {
        "referral": current, "person": current.person, "programme": current.programme,
        "position": actions.waiting_position(current) if current.status == Referral.Status.WAITING else None,
        "can_decide": runs and current.status == Referral.Status.REFERRED,
        "can_enrol": runs and current.status == Referral.Status.WAITING,
        "can_end": runs and current.status == Referral.Status.ENROLLED,
        "can_withdraw": membership.has(plans_perms.MANAGE_PLAN) and current.status in (Referral.Status.REFERRED,
                                                                                Referral.Status.WAITING),
    })


def _referral_form(request, pk, perm, form, write, title, **kwargs):
    membership = request.membership
    require(membership, perm)
    current = queries.referral_or_404(membership, pk)
    # Like the referral's page, a form on it reads the person's record.
    audit.record_form_read(request, people_audit.PERSON_VIEW, obj=current, person_id=current.person_id)
    form = form(request.POST or None, **kwargs.pop("form_kwargs", lambda r: {})(current))
    back = reverse("programmes:referral", args=[current.pk])
    return form_page(request, form, lambda: write(membership, current, form.cleaned_data, form), title=title,
                     caption=f"{current.person.full_name} · {current.programme}",
                     back=back, **kwargs)


@login_required
def decide(request, pk):
    return _referral_form(request, pk, perms.RUN_PROGRAMMES, DecisionForm, title=_("Decide on the referral"),
                          write=lambda m, r, d, f: actions.decide(m, r, accept=d["decision"] == "accept",
                                                                  reason=d["reason"]))


@login_required
def enrol(request, pk):
    return _referral_form(request, pk, perms.RUN_PROGRAMMES, EnrolForm, title=_("Enrol"),
                          write=lambda m, r, d, f: actions.enrol(m, r, **d))


@login_required
def withdraw(request, pk):
    return _referral_form(request, pk, plans_perms.MANAGE_PLAN, WithdrawForm, title=_("Withdraw the referral"),
                          write=lambda m, r, d, f: actions.withdraw(m, r, d["reason"]))


@login_required
def end(request, pk):
    return _referral_form(
        request, pk, perms.RUN_PROGRAMMES, EndForm, title=_("End of programme"),
        form_kwargs=lambda r: {"links": list(r.goals.all())},
        write=lambda m, r, d, f: actions.end(m, r, status=d["status"], ended_on=d["ended_on"], reason=d["reason"],
                                             report=d["report"], outcomes=f.outcomes()))


@login_required
def session(request, pk):
    membership = request.membership
    require(membership, perms.RUN_PROGRAMMES)
    programme = queries.programme_or_404(membership, pk)
    enrolled, visible = queries.enrolled(membership, programme)
    if request.method == "GET":  # the attendance form lists the participants, like the programme's page
        audit.record(audit_codes.PROGRAMME_VIEW, service=membership.service, obj=programme,
                     changes={"shown": sorted(visible)})
    form = SessionForm(request.POST or None, enrolled=enrolled, visible=visible)

    def write():
        data = form.cleaned_data
        return actions.record_session(membership, programme, held_on=data["held_on"], topic=data["topic"],
                                      facilitator=data["facilitator"], marks=form.marks())
    return form_page(request, form, write, title=_("Record a session and attendance"), caption=programme.title(),
                     back=reverse("programmes:detail", args=[programme.pk]))
