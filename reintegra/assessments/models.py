"""Instruments as versioned data, certifications, assessments with their ratings and addenda.

Professional opinion lives here, apart from the recorded facts of `people` (DESIGN.md invariant 4).
An instrument never computes anything: the assessor's judgement and rationale are the result.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reintegra.core.models import ServiceSettings, TenantModel
from reintegra.core.texts import localised
from reintegra.people.models import Person

TRIGGERS = {"transfer": _("Transfer to another establishment or unit"), "new_conviction": _("New conviction")}
DECISION_TRIGGER = "decision:"


def trigger_label(code: str) -> str:
    """A re-assessment trigger of `review.reassess_on` in words: `transfer`, `new_conviction` or
    `decision:<decision type code>`."""
    if code.startswith(DECISION_TRIGGER):
        return _("Decision of type %(code)s") % {"code": code.removeprefix(DECISION_TRIGGER)}
    return str(TRIGGERS.get(code, code))


class Instrument(models.Model):
    """One version of an instrument. Shared by all services of the node (the regional library)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        RETIRED = "retired", _("Retired")

    code = models.CharField(_("code"), max_length=40)
    version = models.CharField(_("version"), max_length=20)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    restricted = models.BooleanField(_("restricted to certified assessors"), default=False)
    certification = models.CharField(_("certification required"), max_length=40)
    review_interval_days = models.PositiveIntegerField(_("review interval (days)"))
    languages = models.JSONField(default=list)
    definition = models.JSONField(help_text=_("The validated instrument file."))
    checksum = models.CharField(max_length=64, editable=False)
    imported_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["code", "-imported_at"]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="instrument_version_unique")]

    def __str__(self):
        return f"{self.code} {self.version}"

    def name(self, language=None):
        return localised(self.definition["name"], language)

    def items(self):
        """(domain, item) pairs in the instrument's order."""
        return [(domain, item) for domain in self.definition["domains"] for item in domain["items"]]

    def item_codes(self):
        return [item["code"] for _, item in self.items()]

    def scale_values(self, scale):
        return [value["code"] for value in self.definition["scales"][scale]["values"]]

    def judgement_codes(self):
        return [option["code"] for option in self.definition["summary"]["judgements"]]

    def reassess_on(self):
        """The events that bring a current assessment's review forward (`review.reassess_on`)."""
        return self.definition["review"].get("reassess_on", [])


class AssessmentSettings(ServiceSettings):
    """A service's assessment rules. Without a row, the defaults below apply."""

    reassess_within_days = models.PositiveSmallIntegerField(
        _("re-assessment due within (days) after a trigger the instrument lists (a transfer, a new conviction, "
          "a decision)"), default=14)

    class Meta:
        verbose_name = _("assessment settings")
        verbose_name_plural = _("assessment settings")


class Certification(TenantModel):
    """Minimal for now: a user may assess with an instrument until a date (the training app grows it)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certifications")
    module = models.CharField(_("certification"), max_length=40)
    valid_until = models.DateField(_("valid until"))

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        indexes = [models.Index(fields=["service", "user", "module"])]

    def __str__(self):
        return f"{self.module} → {self.valid_until}"


class Assessment(TenantModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, awaiting countersignature")
        RETURNED = "returned", _("Returned with comments")
        COUNTERSIGNED = "countersigned", _("Countersigned")
        SUPERSEDED = "superseded", _("Superseded")

    class Source(models.TextChoices):
        INTERVIEW = "interview", _("Interview with the person")
        FILE = "file", _("File review")
        AGENCIES = "agencies", _("Information from other agencies")
        OBSERVATION = "observation", _("Observation by staff")
        OTHER = "other", _("Other")

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="assessments")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="assessments")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    assessed_on = models.DateField(_("date of assessment"))
    sources = models.JSONField(_("sources used"), default=list)
    sources_note = models.CharField(_("other sources"), max_length=300, blank=True)
    interpreter_used = models.BooleanField(_("interpreter used"), default=False)
    judgement = models.CharField(_("overall professional judgement"), max_length=40, blank=True)
    key_factors = models.TextField(_("key factors"), blank=True)
    rationale = models.TextField(_("rationale"), blank=True)
    prisoner_view = models.TextField(_("the person's view"), blank=True)
    disclosed = models.BooleanField(_("disclosed to the person"), null=True)
    not_disclosed_reason = models.TextField(_("why not disclosed"), blank=True)
    review_due = models.DateField(_("next review due"), null=True, blank=True)
    review_trigger = models.CharField(_("review brought forward by"), max_length=60, blank=True)
    review_note = models.CharField(_("about the trigger"), max_length=200, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    countersigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                                         blank=True, related_name="+")
    countersigned_at = models.DateTimeField(null=True, blank=True)
    return_comments = models.TextField(_("comments on return"), blank=True)
    superseded_by = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-assessed_on", "-pk"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        indexes = [
            models.Index(fields=["service", "person", "instrument"]),
            models.Index(fields=["service", "status", "review_due"]),
            models.Index(fields=["service", "assessor", "status"]),
        ]

    def __str__(self):
        return f"{self.instrument} · {self.assessed_on}"

    def judgement_text(self):
        """The chosen judgement option's label in the user's language."""
        for option in self.instrument.definition["summary"]["judgements"]:
            if option["code"] == self.judgement:
                return localised(option["label"])
        return ""

    def review_trigger_label(self):
        return trigger_label(self.review_trigger) if self.review_trigger else ""

    def source_labels(self):
        labels = dict(self.Source.choices)
        return [str(labels.get(code, code)) for code in self.sources]

    @property
    def is_editable(self):
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    @property
    def is_current(self):
        return self.status in (self.Status.SUBMITTED, self.Status.COUNTERSIGNED)


class Rating(TenantModel):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="ratings")
    item = models.CharField(max_length=40)
    value = models.CharField(max_length=40, blank=True)
    not_rated_reason = models.CharField(_("reason not rated"), max_length=300, blank=True)
    evidence = models.TextField(_("evidence"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assessment", "item"], name="rating_unique")]
        indexes = [models.Index(fields=["service", "assessment"])]

    def __str__(self):
        return f"{self.item}: {self.value or '—'}"


class IndividualFactor(TenantModel):
    class Kind(models.TextChoices):
        RISK = "risk", _("Risk")
        PROTECTIVE = "protective", _("Protective")
        NEED = "need", _("Need")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="individual_factors")
    slot = models.PositiveSmallIntegerField()
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    description = models.TextField(_("description"))

    class Meta:
        ordering = ["slot"]
        constraints = [models.UniqueConstraint(fields=["assessment", "slot"], name="factor_slot_unique")]
        indexes = [models.Index(fields=["service", "assessment"])]

    def __str__(self):
        return self.description[:40]


class Addendum(TenantModel):
    """A dated correction or addition to a submitted assessment, which itself never changes."""

    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="addenda")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("addendum"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("addendum")
        verbose_name_plural = _("addenda")
        indexes = [models.Index(fields=["service", "assessment"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d}: {self.text[:40]}"
