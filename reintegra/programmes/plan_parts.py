"""What programmes brings to a sentence plan (registered in `plans.parts`): the referrals made from
each step, the link to refer from a step, and the person's programmes on the plan page."""

from django.urls import reverse
from django.utils.translation import gettext as _

from reintegra.plans import parts
from reintegra.plans import perms as plans_perms
from reintegra.plans.models import Step

from . import perms
from .queries import of_person, referrals_of_plan


def programme_entry(code, name, status) -> dict:
    """A referral as a plan version's snapshot keeps it (under "programmes")."""
    return {"code": code, "name": name, "status": status}


def referrals_by_step(plan, membership):
    """All of them for the version's record (membership None); on a page, for those who see programmes."""
    if membership is not None and not membership.has(perms.VIEW_PROGRAMMES):
        return {}
    found = {}
    for referral in referrals_of_plan(plan):
        found.setdefault(referral.step_id, []).append(parts.StepFact(
            snapshot=programme_entry(referral.programme.code, referral.programme.name, referral.status),
            label=f"{referral.programme.title()}: {referral.get_status_display()}",
            url=reverse("programmes:referral", args=[referral.pk])))
    return found


def refer_link(membership, plan, step):
    if step.owner == Step.Owner.PROGRAMME and plan.is_open and membership.has(plans_perms.MANAGE_PLAN) \
            and membership.has(perms.VIEW_PROGRAMMES):
        return _("Refer to a programme"), f"{reverse('programmes:refer', args=[plan.person_id])}?step={step.pk}"
    return None


def programmes_section(membership, plan):
    if not membership.has(perms.VIEW_PROGRAMMES):
        return None
    return {"template": "programmes/_plan_section.html", "referrals": of_person(membership, plan.person)}


def register():
    parts.register_step_facts("programmes", referrals_by_step)
    parts.register_step_link(refer_link)
    parts.register_section(30, programmes_section)
