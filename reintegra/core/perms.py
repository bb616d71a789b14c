"""Permissions of core and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_AUDIT = permission("core.view_audit", _("Read the audit trail"),
                        R.SERVICE_ADMIN, R.OVERSIGHT)
MANAGE_SERVICE = permission("core.manage_service", _("Administer the service (users, configuration)"),
                            R.SERVICE_ADMIN)
