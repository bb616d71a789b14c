from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "reintegra.programmes"
    label = "programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from reintegra.people import sections

        from .views import person_section

        sections.register(30, person_section)
