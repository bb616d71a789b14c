"""Audit action codes of plans (typed, with their labels; see `core.audit.register`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.audit import register

PLAN_OPEN = register("plans.plan.open", _("Opened a sentence plan"))
PLAN_SENTENCED = register("plans.plan.sentenced", _("Started the sentence plan clock after a sentence"))
PLAN_VIEW = register("plans.plan.view", _("Viewed a sentence plan"))
PLAN_GOAL = register("plans.goal.save", _("Saved a plan goal"))
PLAN_STEP = register("plans.step.save", _("Saved a plan step"))
PLAN_NOTE = register("plans.step.note", _("Added a progress note to a plan step"))
PLAN_ISSUE = register("plans.version.issue", _("Issued a plan version"))
PLAN_RESPONSE = register("plans.version.response", _("Recorded the prisoner's response to a plan"))
PLAN_COUNTERSIGN = register("plans.version.countersign", _("Countersigned a plan version"))
PLAN_REVIEW_DUE = register("plans.plan.review_due", _("Brought a plan review forward"))
PLAN_DOCUMENT = register("plans.plan.document", _("Produced a plan document for the prisoner"))
