"""A TOTP code is good for one use, whether it was typed to enrol the authenticator or to sign in.

allauth refuses a code seen twice through a mark in the cache (shared by the node's workers: see
CACHES in settings), but only when the code signs in, and the mark lasts one 30-second period
while a code is accepted over `MFA_TOTP_TOLERANCE` periods either side of its own. So the code typed
on the enrolment page signed the user in once more, and a code that signed in could be replayed
in the last periods of its validity. These forms (MFA_FORMS) mark every accepted code with allauth's
own key for as long as the code can still be accepted.
"""

from allauth.mfa import app_settings
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.forms import ActivateTOTPForm
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import cache


def acceptance_window() -> int:
    """Seconds during which a code may still be accepted after it was first typed."""
    return (2 * app_settings.TOTP_TOLERANCE + 1) * app_settings.TOTP_PERIOD


def spend_totp_code(user, code):
    """Record `code` as used by `user` under the key allauth checks before it accepts a code."""
    key = TOTP(Authenticator(user=user, type=Authenticator.Type.TOTP))._get_used_cache_key(code)
    cache.set(key, "y", timeout=acceptance_window())


class EnrolmentForm(ActivateTOTPForm):
    """The code that proves the new authenticator works is spent: it cannot sign in afterwards."""

    def clean_code(self):
        code = super().clean_code()
        spend_totp_code(self.user, code)
        return code


class _SpendsTOTPCode:
    def clean_code(self):
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP:
            spend_totp_code(self.user, code)  # the mark allauth set lasts one period only
        return code


class SignInForm(_SpendsTOTPCode, AuthenticateForm):
    pass


class ReauthenticationForm(_SpendsTOTPCode, ReauthenticateForm):
    pass
