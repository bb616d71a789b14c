from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "reintegra.decisions"
    label = "decisions"
    verbose_name = _("Decisions")

    def ready(self):
        from reintegra.people import sections

        from . import actions  # noqa: F401  (connects the release receiver)
        from .views import person_section

        sections.register(40, person_section)
