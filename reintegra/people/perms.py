"""Permissions of people and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_PERSON = permission("people.view_person", _("See person records (within the person scope)"),
                         R.CASE_MANAGER, R.ASSESSOR, R.SECURITY_OFFICER, R.GOVERNOR, R.FRONTLINE_OFFICER, R.PROBATION_OFFICER, R.OVERSIGHT)
ADD_PERSON = permission("people.add_person", _("Register a person"),
                        R.CASE_MANAGER, R.GOVERNOR)
CHANGE_PERSON = permission("people.change_person", _("Edit identity and identifiers"),
                           R.CASE_MANAGER, R.GOVERNOR, R.PROBATION_OFFICER)
MANAGE_CUSTODY = permission("people.manage_custody", _("Record admissions, offences, transfers and releases"),
                            R.CASE_MANAGER, R.GOVERNOR)
MANAGE_CASELOAD = permission("people.manage_caseload", _("Assign case managers and co-workers"),
                             R.GOVERNOR)
