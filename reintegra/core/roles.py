"""The roles of DESIGN.md §1. What each role may do is registered by the apps
(`core.registry.permission`); which persons it sees, by `people.visibility`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CASE_MANAGER = "case_manager", _("Case manager")
    ASSESSOR = "assessor", _("Assessor")
    SECURITY_OFFICER = "security_officer", _("Security officer")
    GOVERNOR = "governor", _("Governor")
    FRONTLINE_OFFICER = "frontline_officer", _("Frontline officer")
    TRAINER = "trainer", _("Trainer")
    SERVICE_ADMIN = "service_admin", _("Service administrator")
    PROBATION_OFFICER = "probation_officer", _("Probation officer")
    PARTNER = "partner", _("Partner")
    OVERSIGHT = "oversight", _("Oversight")
    RESEARCHER = "researcher", _("Researcher")
    REGIONAL_COORDINATOR = "regional_coordinator", _("Regional coordinator")
