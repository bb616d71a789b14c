"""Programme catalogue per service, and each person's way through a programme.

A referral (usually from a plan step) is accepted onto an ordered waiting list or declined with a
reason; from the list a person is enrolled while places are free; sessions record attendance (a
recorded fact); the programme ends completed, dropped out or removed, with an outcome per linked goal.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reintegra.core.models import Organisation, TenantModel
from reintegra.core.texts import localised
from reintegra.people.groups import LABELS as GROUP_LABELS
from reintegra.people.groups import Group
from reintegra.people.models import Person
from reintegra.plans.models import Goal, Step


class Programme(TenantModel):
    class Kind(models.TextChoices):
        DISENGAGEMENT = "disengagement", _("Disengagement / exit work")
        COGNITIVE_BEHAVIOURAL = "cognitive_behavioural", _("Cognitive-behavioural")
        EDUCATION = "education", _("Education")
        VOCATIONAL = "vocational", _("Vocational training")
        WORK = "work", _("Work")
        RELIGIOUS_COUNSELLING = "religious_counselling", _("Religious counselling")
        MENTORING = "mentoring", _("Mentoring")
        FAMILY = "family", _("Family")
        SPORT_CULTURE = "sport_culture", _("Sport and culture")
        HEALTH = "health", _("Health")

    class Evidence(models.TextChoices):
        EVALUATED = "evaluated", _("Evaluated, shown effective")
        PROMISING = "promising", _("Promising (early evaluation)")
        THEORY = "theory", _("Theory-based, not yet evaluated")
        NONE = "none", _("No evidence base recorded")

    code = models.CharField(_("code"), max_length=32)
    name = models.JSONField(_("name"), help_text=_("The name in each language, keyed by language code."))
    description = models.JSONField(_("description"), default=dict, blank=True)
    kind = models.CharField(_("type"), max_length=24, choices=Kind.choices)
    provider = models.CharField(_("provider organisation"), max_length=200)
    establishment = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                      verbose_name=_("delivered in"))
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    eligibility = models.TextField(_("eligibility notes"), blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(_("places"))
    sessions_planned = models.PositiveSmallIntegerField(_("sessions"), default=1)
    duration_weeks = models.PositiveSmallIntegerField(_("duration (weeks)"), default=1)
    evidence = models.CharField(_("evidence base"), max_length=12, choices=Evidence.choices, default=Evidence.NONE)
    evidence_note = models.TextField(_("evidence notes"), blank=True)
    active = models.BooleanField(_("taking referrals"), default=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["code"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="programme_code_unique")]
        indexes = [models.Index(fields=["service", "establishment"])]

    def __str__(self):
        return self.title()

    def title(self, language=None):
        return localised(self.name, language)

    def summary(self, language=None):
        return localised(self.description, language)

    @property
    def target_group_labels(self):
        return [str(GROUP_LABELS[Group(g)]) for g in self.target_groups if g in Group.__members__.values()]

    @property
    def language_names(self):
        names = dict(settings.LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]


class Referral(TenantModel):
    """A person's way through one programme, from referral to the end-of-programme report."""

    class Status(models.TextChoices):
        REFERRED = "referred", _("Referred, awaiting a decision")
        DECLINED = "declined", _("Declined")
        WAITING = "waiting", _("On the waiting list")
        ENROLLED = "enrolled", _("Enrolled")
        COMPLETED = "completed", _("Completed")
        DROPPED_OUT = "dropped_out", _("Dropped out")
        REMOVED = "removed", _("Removed from the programme")
        WITHDRAWN = "withdrawn", _("Referral withdrawn")

    OPEN = (Status.REFERRED, Status.WAITING, Status.ENROLLED)
    ENDINGS = (Status.COMPLETED, Status.DROPPED_OUT, Status.REMOVED)

    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="referrals")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="referrals")
    step = models.ForeignKey(Step, on_delete=models.SET_NULL, null=True, blank=True, related_name="referrals")
    referred_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    referred_on = models.DateField(_("referred on"))
    reason = models.TextField(_("why this programme"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REFERRED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    queued_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    enrolled_on = models.DateField(_("enrolled on"), null=True, blank=True)
    out_of_turn_reason = models.TextField(_("why enrolled ahead of others on the list"), blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.TextField(_("reason"), blank=True)
    report = models.TextField(_("end-of-programme report"), blank=True)

    class Meta:
        ordering = ["-referred_on", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        constraints = [models.UniqueConstraint(
            fields=["programme", "person"], condition=Q(status__in=["referred", "waiting", "enrolled"]),
            name="one_open_referral_per_programme")]
        indexes = [models.Index(fields=["service", "person"]),
                   models.Index(fields=["service", "programme", "status", "queued_at"])]

    def __str__(self):
        return f"{self.person} → {self.programme}"

    @property
    def is_open(self):
        return self.status in self.OPEN


class ReferralGoal(TenantModel):
    """A plan goal the programme serves, and at the end the programme's outcome for it."""

    class Outcome(models.TextChoices):
        ACHIEVED = "achieved", _("Goal achieved")
        PROGRESS = "progress", _("Clear progress")
        SOME = "some", _("Some progress")
        NONE = "none", _("No progress")
        UNKNOWN = "unknown", _("Cannot be judged")

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="goals")
    goal = models.ForeignKey(Goal, on_delete=models.PROTECT, related_name="referral_links")
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["referral", "goal"], name="referral_goal_unique")]
        indexes = [models.Index(fields=["service", "referral"])]

    def __str__(self):
        return f"{self.referral_id} → {self.goal_id}: {self.outcome}"


class ProgrammeSession(TenantModel):
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="sessions")
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    facilitator = models.CharField(_("facilitator"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["service", "programme", "held_on"])]

    def __str__(self):
        return f"{self.programme} {self.held_on}"


class Attendance(TenantModel):
    class Status(models.TextChoices):
        PRESENT = "present", _("Attended")
        EXCUSED = "excused", _("Absent with a reason")
        ABSENT = "absent", _("Absent without a reason")

    session = models.ForeignKey(ProgrammeSession, on_delete=models.CASCADE, related_name="attendance")
    referral = models.ForeignKey(Referral, on_delete=models.PROTECT, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=8, choices=Status.choices)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "referral"], name="attendance_unique")]
        indexes = [models.Index(fields=["service", "referral"]), models.Index(fields=["service", "session"])]

    def __str__(self):
        return f"{self.session_id} {self.referral_id}: {self.status}"
