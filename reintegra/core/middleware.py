"""Request plumbing: who acts, for which organisation, inside which tenant scope."""

import re
import time
import uuid

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_cache_control
from django_scopes import scope, scopes_disabled

from . import audit
from .queries import memberships_of
from .roles import Role

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def client_ip(request):
    if settings.TRUST_FORWARDED_FOR and request.headers.get("X-Forwarded-For"):
        return request.headers["X-Forwarded-For"].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR") or None


class IdleTimeoutMiddleware:
    """Renew a signed-in session's expiry on activity, writing the session at most once a minute.

    Saving on every request (SESSION_SAVE_EVERY_REQUEST) would add a database write to every page;
    the idle limit only needs minute precision.
    """

    RENEW_AFTER = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if now - request.session.get("_active", 0) >= self.RENEW_AFTER:
                request.session["_active"] = now  # marks the session modified: saved with a new expiry
        return self.get_response(request)


class PrivateResponsesMiddleware:
    """Every response to a signed-in user is `Cache-Control: no-store, private`, static files apart.

    Pages, API answers and PDFs carry person data; without it a browser keeps them on disk and a shared
    or reverse proxy may keep and serve them again (back button after sign-out, a kiosk in a prison
    office). Deciding per response rather than per view means a new page cannot forget it. Static
    files (WhiteNoise answers them before this runs; the path check covers a finder fallback) hold
    no person data and stay cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith(settings.STATIC_URL):
            patch_cache_control(response, no_store=True, private=True)
        return response


class UserLanguageMiddleware:
    """A signed-in user's saved language wins over the browser's, on any device."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.preferred_language and user.preferred_language != request.LANGUAGE_CODE:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class MandatoryMFAMiddleware:
    """With MFA_REQUIRED, a signed-in user without an authenticator can only enrol one."""

    ALLOWED = ("/accounts/", "/i18n/", "/static/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (settings.MFA_REQUIRED and user.is_authenticated and not request.path.startswith(self.ALLOWED)
                and not request.session.get("mfa_enrolled")):
            if not Authenticator.objects.filter(user=user).exists():
                return redirect("mfa_activate_totp")
            request.session["mfa_enrolled"] = True
        return self.get_response(request)


class MembershipScopeMiddleware:
    """Pick the membership the user acts for and run the view inside that service's scope.

    Tenant tables use django-scopes managers, which raise instead of returning data when no scope
    is active: a forgotten filter fails loudly rather than leaking another service's records.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.headers.get("X-Request-ID", "")
        request.request_id = header if _REQUEST_ID.match(header) else uuid.uuid4().hex
        request.memberships, request.membership = [], None
        user = request.user
        if user.is_authenticated:
            request.memberships = memberships_of(user)
            active = request.session.get("membership_id")
            request.membership = next(
                (m for m in request.memberships if m.pk == active),
                request.memberships[0] if request.memberships else None,
            )
        request.service = request.membership.service if request.membership else None
        token = audit.set_context(audit.RequestContext(
            actor=user if user.is_authenticated else None, request_id=request.request_id, ip=client_ip(request),
            confidential=request.membership is not None and request.membership.role == Role.OVERSIGHT,
        ))
        try:
            if user.is_authenticated and user.is_superuser and request.path.startswith("/admin/"):
                context = scopes_disabled()  # the node operator's admin spans services by design
            else:
                context = scope(service=request.service.pk if request.service else [])
            with context:
                response = self.get_response(request)
        finally:
            audit.reset_context(token)
        response["X-Request-ID"] = request.request_id
        return response
