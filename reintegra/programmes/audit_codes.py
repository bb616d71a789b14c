"""Audit action codes of programmes (typed, with their labels; see `core.audit.register`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.audit import register

PROGRAMME_SAVE = register("programmes.programme.save", _("Saved a programme in the catalogue"))
PROGRAMME_VIEW = register("programmes.programme.view", _("Viewed a programme's participants"))
REFERRAL_CREATE = register("programmes.referral.create", _("Referred a person to a programme"))
REFERRAL_DECIDE = register("programmes.referral.decide", _("Decided on a programme referral"))
REFERRAL_ENROL = register("programmes.referral.enrol", _("Enrolled a person in a programme"))
REFERRAL_END = register("programmes.referral.end", _("Ended a person's programme"))
SESSION_RECORD = register("programmes.session.record", _("Recorded a programme session and attendance"))
