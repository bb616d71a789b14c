from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "reintegra.plans"
    label = "plans"
    verbose_name = _("Sentence plans")

    def ready(self):
        from reintegra.people import sections

        from . import actions  # noqa: F401  (connects the custody and assessment receivers)
        from .views import person_section

        sections.register(20, person_section)
