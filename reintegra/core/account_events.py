"""Sign-in, sign-out, failed sign-ins, lockouts and MFA changes enter the audit chain.

An account is not owned by one service: a user may be a member of several. The event goes into the
chain of every service the user holds an active membership in, so each service's auditor sees what
happened to the accounts that can open its records. A failure for a user name that matches no account
goes nowhere: there is no service to attribute it to (axes keeps the attempt for the lockout).

The receivers are connected in CoreConfig.ready(). Events carry the client's IP (from the request, as
the middleware reads it) and the account's name; never a password (Django hands failed-sign-in
receivers cleansed credentials, and only the user name is kept from them).
"""

from allauth.mfa.models import Authenticator

from . import audit
from .middleware import client_ip
from .queries import services_of, user_named

_MFA_CODES = {
    ("added", Authenticator.Type.TOTP): audit.TOTP_ACTIVATE,
    ("removed", Authenticator.Type.TOTP): audit.TOTP_DEACTIVATE,
    ("added", Authenticator.Type.RECOVERY_CODES): audit.RECOVERY_CODES_GENERATE,
    ("reset", Authenticator.Type.RECOVERY_CODES): audit.RECOVERY_CODES_GENERATE,
    ("removed", Authenticator.Type.RECOVERY_CODES): audit.RECOVERY_CODES_DELETE,
}


def record_for_account(action, user, request=None, *, actor=None, changes=None):
    """One event in the chain of each service `user` is an active member of."""
    if user is None or user.pk is None:
        return
    services = services_of(user)
    if not services:
        return
    current = audit.current_context()
    token = audit.set_context(audit.RequestContext(
        actor=current.actor,
        request_id=getattr(request, "request_id", "") or current.request_id,
        ip=(client_ip(request) if request is not None else None) or current.ip,
    ))
    try:
        for service in services:
            audit.record(action, service=service, actor=actor, changes={"account": user.get_username(),
                                                                        **(changes or {})})
    finally:
        audit.reset_context(token)


def on_signed_in(sender, request, user, **kwargs):
    record_for_account(audit.SIGN_IN, user, request, actor=user)


def on_signed_out(sender, request, user, **kwargs):
    record_for_account(audit.SIGN_OUT, user, request, actor=user)


def on_sign_in_failed(sender, credentials, request=None, **kwargs):
    # The attempt is not the account holder's act: no actor, the account named in the changes.
    record_for_account(audit.SIGN_IN_FAILED, user_named((credentials or {}).get("username")), request)


def on_second_factor_failed(sender, request, user, authenticator, reauthentication=False, **kwargs):
    """A wrong code after a right password: a failed sign-in (or re-authentication) too."""
    record_for_account(audit.SIGN_IN_FAILED, user, request,
                       changes={"stage": "reauthentication" if reauthentication else "second factor"})


def on_locked_out(sender, request, username, ip_address=None, **kwargs):
    record_for_account(audit.LOCKED_OUT, user_named(username), request)


def _on_authenticator(change):
    def receiver(sender, request, user, authenticator, **kwargs):
        action = _MFA_CODES.get((change, authenticator.type))
        if action:  # MFA_SUPPORTED_TYPES holds TOTP and recovery codes only
            record_for_account(action, user, request, actor=user)
    return receiver


on_authenticator_added = _on_authenticator("added")
on_authenticator_removed = _on_authenticator("removed")
on_authenticator_reset = _on_authenticator("reset")


def connect():
    from allauth.account.signals import user_logged_in, user_logged_out
    from allauth.mfa.signals import (
        authentication_failed,
        authenticator_added,
        authenticator_removed,
        authenticator_reset,
    )
    from axes.signals import user_locked_out
    from django.contrib.auth.signals import user_login_failed

    uid = "reintegra.core.account_events"
    user_logged_in.connect(on_signed_in, dispatch_uid=f"{uid}.signed_in")
    user_logged_out.connect(on_signed_out, dispatch_uid=f"{uid}.signed_out")
    user_login_failed.connect(on_sign_in_failed, dispatch_uid=f"{uid}.failed")
    authentication_failed.connect(on_second_factor_failed, dispatch_uid=f"{uid}.second_factor_failed")
    user_locked_out.connect(on_locked_out, dispatch_uid=f"{uid}.locked_out")
    authenticator_added.connect(on_authenticator_added, dispatch_uid=f"{uid}.mfa_added")
    authenticator_removed.connect(on_authenticator_removed, dispatch_uid=f"{uid}.mfa_removed")
    authenticator_reset.connect(on_authenticator_reset, dispatch_uid=f"{uid}.mfa_reset")
