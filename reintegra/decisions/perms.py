"""Permissions of decisions and the roles that hold them (see `core.registry`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.registry import permission
from reintegra.core.roles import Role as R

VIEW_DECISIONS = permission("decisions.view_decision", _("Read decisions, measures and separation logs of visible persons"),
                            R.CASE_MANAGER, R.SECURITY_OFFICER, R.GOVERNOR, R.FRONTLINE_OFFICER, R.PROBATION_OFFICER, R.OVERSIGHT)
PROPOSE_DECISION = permission("decisions.propose_decision", _("Propose a decision (where the decision type allows the role)"),
                              R.CASE_MANAGER, R.SECURITY_OFFICER, R.GOVERNOR)
DECIDE = permission("decisions.decide", _("Decide, change or return proposals; review measures (where the decision type allows the role)"),
                    R.GOVERNOR)
LOG_SEPARATION = permission("decisions.log_separation", _("Keep the daily separation log"),
                            R.SECURITY_OFFICER, R.GOVERNOR, R.FRONTLINE_OFFICER)
