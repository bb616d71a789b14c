from datetime import date

from django.conf import settings

from .roles import Perm


def shell(request):
    """What the page shell needs: who acts for which organisation, and what they may open."""
    membership = getattr(request, "membership", None)
    return {
        "membership": membership,
        "memberships": getattr(request, "memberships", []),
        "can": {perm.name.lower(): bool(membership and membership.has(perm)) for perm in Perm},
        "demo": settings.DEMO,
        "today": date.today(),
    }
