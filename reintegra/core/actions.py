"""Writes of core data."""

from django.conf import settings
from django.utils.translation import gettext as _

from . import audit
from .access import ActionError


def switch_membership(request, membership_id):
    """Act for another of the user's own memberships; anything else is refused the same way."""
    chosen = next((m for m in request.memberships if str(m.pk) == str(membership_id)), None)
    if chosen is None:
        raise ActionError(_("You do not hold that role."))
    request.session["membership_id"] = chosen.pk
    audit.record(audit.MEMBERSHIP_SWITCH, service=chosen.service, obj=chosen,
                 changes={"after": {"organisation": chosen.organisation.code, "role": chosen.role}})
    return chosen


def save_language(user, code):
    if code not in dict(settings.LANGUAGES):
        raise ActionError(_("Unknown language."))
    if user.is_authenticated and user.preferred_language != code:
        user.preferred_language = code
        user.save(update_fields=["preferred_language"])
