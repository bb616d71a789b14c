"""Permission checks shared by actions and views.

Missing and forbidden objects look the same from outside (404); a missing role permission on a
page of one's own service is a plain refusal (403).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
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


def found_or_404(obj):
    """`obj`, or 404 when the lookup found nothing."""
    if obj is None:
        raise Http404
    return obj


def one_or_404(queryset, pk, *, visible=None):
    """Row `pk` of `queryset` (already narrowed to the member's service and rights), or 404.

    A malformed id, another service's row and a row the member may not see all answer the same.
    `visible(row)` adds a check that is cheaper on the one row than in the query (its person's
    visibility, say).
    """
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    row = found_or_404(queryset.filter(pk=pk).first())
    if visible is not None and not visible(row):
        raise Http404
    return row
