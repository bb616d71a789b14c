from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "reintegra.plans"
    label = "plans"
    verbose_name = _("Sentence plans")

    def ready(self):
        from reintegra.core.registry import navigation
        from reintegra.people import sections

        from . import actions, audit_codes, perms  # noqa: F401  (custody and assessment receivers, audit codes)
        from .views import person_section

        navigation(50, _("Plans"), "plans:due", lambda m: m.has(perms.VIEW_PLAN))
        sections.register(20, person_section)
