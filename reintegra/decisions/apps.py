from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "reintegra.decisions"
    label = "decisions"
    verbose_name = _("Decisions")

    def ready(self):
        from reintegra.core.registry import holds, home_page, navigation
        from reintegra.core.roles import Role
        from reintegra.people import sections

        from . import actions, audit_codes, perms  # noqa: F401  (the release receiver, audit codes)
        from .views import person_section

        navigation(70, _("Decisions"), "decisions:dashboard", lambda m: m.has(perms.VIEW_DECISIONS))
        home_page("decisions:dashboard", Role.OVERSIGHT, *(r for r in Role if holds(r, perms.DECIDE)), priority=10)
        sections.register(40, person_section)
