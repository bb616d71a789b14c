"""Permissions of plans and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_PLAN = permission("plans.view_plan", _("Read sentence plans of visible persons"),
                       R.CASE_MANAGER, R.ASSESSOR, R.GOVERNOR, R.PROBATION_OFFICER, R.OVERSIGHT)
MANAGE_PLAN = permission("plans.manage_plan", _("Build and review sentence plans with the prisoner; refer to programmes"),
                         R.CASE_MANAGER)
COUNTERSIGN_PLAN = permission("plans.countersign_plan", _("Countersign plan versions as supervisor"),
                              R.GOVERNOR)
