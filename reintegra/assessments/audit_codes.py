"""Audit action codes of assessments (typed, with their labels; see `core.audit.register`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.audit import register

ASSESSMENT_VIEW = register("assessments.assessment.view", _("Viewed an assessment"))
ASSESSMENT_START = register("assessments.assessment.start", _("Started an assessment"))
ASSESSMENT_SAVE = register("assessments.assessment.save", _("Saved an assessment draft"))
ASSESSMENT_SUBMIT = register("assessments.assessment.submit", _("Submitted an assessment"))
ASSESSMENT_COUNTERSIGN = register("assessments.assessment.countersign", _("Countersigned an assessment"))
ASSESSMENT_RETURN = register("assessments.assessment.return", _("Returned an assessment with comments"))
ASSESSMENT_ADDENDUM = register("assessments.assessment.addendum", _("Added an addendum to an assessment"))
ASSESSMENT_REVIEW_DUE = register("assessments.assessment.review_due",
                                 _("Brought an assessment's review forward after a re-assessment trigger"))
