"""Tenancy (Service, Organisation), users and memberships, and the audit trail."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from django_scopes.manager import DisabledQuerySet
from django_scopes.state import get_scope

from .registry import holds
from .roles import Role


class Service(models.Model):
    """The tenant: one national or entity prison/probation administration."""

    code = models.CharField(_("code"), max_length=16, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 code"))
    languages = models.JSONField(_("languages"), default=list)
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Belgrade")
    young_adult_age = models.PositiveSmallIntegerField(
        _("young adult: age at admission under"), default=21
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name


class _NoServiceIsNoScope(models.Manager):
    """django-scopes reads `scope(service=None)` as "no filter": every service's rows. A tenant table
    must never be read that way (a request with no service, a job with a missing id), so here a
    service of None fails closed like a missing scope."""

    def get_queryset(self):
        current = get_scope()
        if current.get("_enabled", True) and "service" in current and current["service"] is None:
            return DisabledQuerySet(self.model, using=self._db, missing_scopes={"service"})
        return super().get_queryset()


def tenant_manager():
    return ScopedManager(_manager_class=_NoServiceIsNoScope, service="service")


class TenantModel(models.Model):
    """Base of every table a service owns: its service, and a manager that fails closed.

    Outside a scope (`django_scopes.scope(service=…)`, which the middleware opens per request) a
    query raises instead of returning rows, so a forgotten filter cannot leak another service's data.
    `service_id` leads the composite indexes, ready for distribution by service.
    """

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")

    objects = tenant_manager()

    class Meta:
        abstract = True


class ServiceSettings(models.Model):
    """Base of an app's per-service rules: one row per service, or the field defaults when absent."""

    service = models.OneToOneField(Service, on_delete=models.CASCADE, related_name="%(app_label)s_settings")

    objects = tenant_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return str(self.service)

    @classmethod
    def of(cls, service_id):
        return cls.objects.filter(service_id=service_id).first() or cls(service_id=service_id)


class Organisation(TenantModel):
    """A node of a service's tree: headquarters, establishments with units, probation offices."""

    class Kind(models.TextChoices):
        HEADQUARTERS = "headquarters", _("Service headquarters")
        ESTABLISHMENT = "establishment", _("Establishment")
        UNIT = "unit", _("Unit")
        PROBATION_OFFICE = "probation_office", _("Probation office")

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="organisations")
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    # Materialised path of codes ("/HQ/KPZ1/A/"): a subtree is one indexed prefix match.
    path = models.CharField(max_length=255, editable=False)

    class Meta:
        ordering = ["path"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="org_code_unique")]
        indexes = [models.Index(fields=["service", "path"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.path = (self.parent.path if self.parent else "/") + self.code + "/"
        super().save(*args, **kwargs)

    def clean(self):
        if self.parent and self.parent.service_id != self.service_id:
            raise ValidationError(_("The parent organisation belongs to another service."))
        if "/" in self.code:
            raise ValidationError({"code": _("A code cannot contain '/'.")})

    @property
    def establishment(self):
        """The establishment a unit belongs to (itself for an establishment)."""
        node = self
        while node.kind == self.Kind.UNIT and node.parent_id:
            node = node.parent
        return node


class User(AbstractUser):
    preferred_language = models.CharField(_("preferred language"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.username


class Membership(TenantModel):
    """A user acts for one organisation in one role; a user may hold several."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="memberships")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="memberships", editable=False)
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="membership_unique")
        ]
        indexes = [models.Index(fields=["service", "organisation"])]

    def __str__(self):
        return f"{self.get_role_display()} · {self.organisation}"

    def save(self, *args, **kwargs):
        # The service always follows the organisation, so scoping by service cannot drift.
        self.service_id = self.organisation.service_id
        super().save(*args, **kwargs)

    def has(self, perm: str) -> bool:
        """Whether this membership's role holds a registered permission (`<app>.perms`)."""
        return self.is_active and holds(self.role, perm)


class AuditEvent(TenantModel):
    """One link of a service's hash chain. Never updated or deleted (PostgreSQL enforces it)."""

    seq = models.BigIntegerField()
    at = models.DateTimeField()
    actor = models.ForeignKey(User, on_delete=models.PROTECT, null=True, related_name="+")
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    # A plain id, not a foreign key: core sits above people, and an audit row must outlive any record.
    person_id = models.BigIntegerField(null=True)
    request_id = models.CharField(max_length=64, blank=True)
    ip = models.GenericIPAddressField(null=True)
    reason = models.TextField(blank=True)
    changes = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["-seq"]
        constraints = [models.UniqueConstraint(fields=["service", "seq"], name="audit_seq_unique")]
        indexes = [
            models.Index(fields=["service", "person_id", "-seq"]),
            models.Index(fields=["service", "actor", "-seq"]),
        ]

    def __str__(self):
        return f"{self.service_id}#{self.seq} {self.action}"


class AuditChainHead(models.Model):
    """The last link of each service's chain; locking it serialises appends."""

    service = models.OneToOneField(Service, on_delete=models.PROTECT, primary_key=True, related_name="+")
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)

    objects = tenant_manager()

    def __str__(self):
        return f"{self.service_id}#{self.seq}"
