from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "reintegra.people"
    label = "people"
    verbose_name = _("People")

    def ready(self):
        from reintegra.core.registry import holds, home_page, navigation
        from reintegra.core.roles import Role

        from . import audit_codes, perms, visibility  # noqa: F401  (audit codes register on import)

        visibility.register()
        navigation(10, _("My caseload"), "people:caseload", lambda m: m.has(perms.VIEW_PERSON))
        navigation(20, _("Find a person"), "people:search", lambda m: m.has(perms.VIEW_PERSON))
        navigation(30, _("Register a person"), "people:create", lambda m: m.has(perms.ADD_PERSON))
        home_page("people:caseload", Role.CASE_MANAGER, Role.PROBATION_OFFICER, priority=20)
        home_page("people:search", *(r for r in Role if holds(r, perms.VIEW_PERSON)))
