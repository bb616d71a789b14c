
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from . import actions, audit, perms, registry
from .access import ActionError, require
from .forms import AuditFilterForm
from .queries import audit_events
from .roles import Role


@login_required
def home(request):
    membership = request.membership
    if membership is None:
        return render(request, "core/no_access.html", status=403)
    landing = registry.home_url(membership)
    return redirect(landing) if landing else render(request, "core/home.html")


def _safe_next(request):
    target = request.POST.get("next", "/")
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if allowed else "/"


@login_required
@require_POST
def switch_membership(request):
    try:
        chosen = actions.switch_membership(request, request.POST.get("membership"))
        messages.success(request, str(chosen))
    except ActionError as error:
        messages.error(request, error.message)
    return redirect("home")


def set_language(request):
    """Django's set_language, which also remembers the choice on the user's account."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        actions.save_language(request.user, request.POST.get("language", ""))
    except ActionError as error:
        messages.error(request, error.message)
        return redirect(_safe_next(request))
    return django_set_language(request)


@login_required
def audit_log(request):
    membership = request.membership
    require(membership, perms.VIEW_AUDIT)
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = audit_events(membership.service_id, include_confidential=membership.role == Role.OVERSIGHT,
                          **{k: v for k, v in filters.items() if v})
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    page.object_list = audit.redact_for(membership, page.object_list)
    audit.record(audit.AUDIT_VIEW, service=membership.service,
                 changes={"filters": {k: str(v) for k, v in filters.items() if v}, "page": page.number})
    return render(request, "core/audit_log.html", {
        "form": form, "page": page,
    })
