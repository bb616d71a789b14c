"""Permissions of assessments and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_ASSESSMENT = permission("assessments.view_assessment", _("Read assessments of visible persons"),
                             R.CASE_MANAGER, R.ASSESSOR, R.SECURITY_OFFICER, R.GOVERNOR, R.PROBATION_OFFICER, R.OVERSIGHT)
ASSESS = permission("assessments.assess", _("Carry out assessments (with a valid certification for the instrument)"),
                    R.CASE_MANAGER, R.ASSESSOR)
COUNTERSIGN = permission("assessments.countersign", _("Countersign or return others' assessments (with a valid certification)"),
                         R.ASSESSOR)
VIEW_INSTRUMENTS = permission("assessments.view_instruments", _("See the instrument library"),
                              R.CASE_MANAGER, R.ASSESSOR, R.SERVICE_ADMIN)
