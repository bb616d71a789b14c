from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "reintegra.assessments"
    label = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from reintegra.people import sections

        from .views import person_section

        sections.register(10, person_section)
