from datetime import date

from django.conf import settings

from . import registry


def shell(request):
    """What the page shell needs: who acts for which organisation, what they may do and open.

    `can.<codename>` answers for every registered permission ("plans.manage_plan" is `can.manage_plan`).
    """
    membership = getattr(request, "membership", None)
    return {
        "membership": membership,
        "memberships": getattr(request, "memberships", []),
        "can": {p.codename: bool(membership and membership.has(p.code)) for p in registry.PERMISSIONS.values()},
        "navigation": registry.navigation_for(membership),
        "demo": settings.DEMO,
        "today": date.today(),
    }
