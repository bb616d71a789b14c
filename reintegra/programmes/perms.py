"""Permissions of programmes and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_PROGRAMMES = permission("programmes.view_programme", _("See the programme catalogue, occupancy and waiting lists"),
                             R.CASE_MANAGER, R.ASSESSOR, R.GOVERNOR, R.FRONTLINE_OFFICER, R.SERVICE_ADMIN, R.PROBATION_OFFICER, R.OVERSIGHT)
RUN_PROGRAMMES = permission("programmes.run_programme", _("Decide referrals, enrol, record sessions, attendance and outcomes"),
                            R.CASE_MANAGER, R.ASSESSOR, R.GOVERNOR)
MANAGE_CATALOGUE = permission("programmes.manage_catalogue", _("Add and edit programmes in the catalogue"),
                              R.GOVERNOR, R.SERVICE_ADMIN)
