"""Permission checks shared by actions and views.

Missing and forbidden objects look the same from outside (404); a missing role permission on a
page of one's own service is a plain refusal (403).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


class ActionError(Exception):
    """A write refused for a reason the user can fix; the message is already translated."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class StaleEdit(ActionError):
    def __init__(self):
        super().__init__(
            _("Someone else saved this record after you opened it. Your changes were not saved: "
              "reload the page to see the current version, then make your changes again.")
        )


def require(membership, perm: str):
    if membership is None or not membership.has(perm):
        raise PermissionDenied(_("Your role does not allow this."))
