"""Audit action codes of decisions (typed, with their labels; see `core.audit.register`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.audit import register

DECISION_VIEW = register("decisions.decision.view", _("Viewed a decision"))
DECISION_PROPOSE = register("decisions.decision.propose", _("Proposed a decision"))
DECISION_DECIDE = register("decisions.decision.decide", _("Decided on a proposal"))
DECISION_HEARING = register("decisions.decision.hearing", _("Recorded the person's hearing and disclosure"))
DECISION_APPEAL = register("decisions.decision.appeal", _("Recorded an appeal"))
DECISION_REVIEW = register("decisions.decision.review", _("Reviewed a measure"))
DECISION_UNDER_REVIEW = register("decisions.decision.under_review",
                                 _("Put a measure under review at once (a health professional's objection)"))
DECISION_END = register("decisions.decision.end", _("Ended a measure on release"))
DECISION_NOTICE = register("decisions.decision.notice", _("Produced a decision notice for the person"))
SEPARATION_LOG = register("decisions.separation.log", _("Recorded a day of the separation log"))
REVIEW_REMINDERS = register("decisions.reminders.send", _("Sent review reminders"))
