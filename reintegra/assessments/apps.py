from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "reintegra.assessments"
    label = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from reintegra.core.registry import navigation
        from reintegra.people import sections

        from . import actions, audit_codes, perms  # noqa: F401  (custody receivers, audit codes register on import)
        from .views import person_section

        navigation(40, _("Assessments"), "assessments:home", lambda m: m.has(perms.VIEW_ASSESSMENT))
        navigation(41, _("Instrument library"), "assessments:instruments",
                   lambda m: m.has(perms.VIEW_INSTRUMENTS) and not m.has(perms.VIEW_ASSESSMENT))
        sections.register(10, person_section)
