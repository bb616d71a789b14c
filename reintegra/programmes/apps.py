from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "reintegra.programmes"
    label = "programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from reintegra.core.registry import navigation
        from reintegra.people import sections

        from . import audit_codes, perms, plan_parts  # noqa: F401  (audit codes register on import)
        from .views import person_section

        navigation(60, _("Programmes"), "programmes:catalogue", lambda m: m.has(perms.VIEW_PROGRAMMES))
        sections.register(30, person_section)
        plan_parts.register()
