"""Individualised sentence plans: one living plan per custody episode, built with the prisoner.

The goals and steps are the living plan; a PlanVersion is a dated snapshot of them that the prisoner
responds to (DESIGN.md invariant 6: their own words, their agreement or disagreement). The review
clock lives on the plan: the date the next version is due and why.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reintegra.assessments.models import Rating
from reintegra.core.models import ServiceSettings, TenantModel
from reintegra.people.groups import Group
from reintegra.people.models import CustodyEpisode, Person

# The default areas of need; a service may configure its own list (NeedArea).
DEFAULT_AREAS = {
    "accommodation": _("Accommodation"),
    "ete": _("Education, training and employment"),
    "finance": _("Finance"),
    "family": _("Family and relationships"),
    "health": _("Health and wellbeing"),
    "substance_use": _("Substance use"),
    "thinking": _("Thinking and behaviour"),
    "disengagement": _("Attitudes and disengagement from violence"),
    "identity": _("Identity, belonging and meaning"),
}

# The default areas that work on the offence itself: the thinking and behaviour that led to it, and
# attitudes supporting violence. An untried detainee is presumed innocent, so a remand support plan
# never has goals in them. The others are needs whoever has them (a home, work, money, family,
# health, substance use, belonging) and stay open to a remand detainee who asks for support.
OFFENCE_FOCUSED_AREAS = frozenset({"thinking", "disengagement"})

# What a plan for a person of a specific group should consider, unless the service configures its own.
DEFAULT_PROMPTS = {
    Group.JUVENILE: [_("Involve parents or guardians in building and reviewing the plan."),
                     _("Continue schooling: name the education goal and who arranges it.")],
    Group.YOUNG_ADULT: [_("Education, vocational training and a first job after release."),
                        _("Peers and mentoring: who supports the person, and who draws them back.")],
    Group.FEMALE: [_("Children and caring responsibilities: contact, and who cares for them now."),
                   _("Experience of violence or abuse, and gender-specific support.")],
    Group.FIRST_TIME: [_("Keep family, work and community ties alive during the sentence."),
                       _("Keep the person apart from criminal networks in allocation and activities.")],
}


class PlanSettings(ServiceSettings):
    """A service's planning rules. Without a row, the defaults below apply."""

    initial_due_days = models.PositiveSmallIntegerField(_("initial plan due within (days of admission)"), default=28)
    review_interval_days = models.PositiveSmallIntegerField(_("plan review interval (days)"), default=182)
    group_review_interval_days = models.PositiveSmallIntegerField(
        _("review interval for juvenile, young adult, female and first-time prisoners (days)"), default=91)
    event_review_days = models.PositiveSmallIntegerField(
        _("review within (days) after an event such as a transfer or a new assessment"), default=14)
    pre_release_days = models.PositiveSmallIntegerField(_("pre-release review (days before release)"), default=90)
    countersign_required = models.BooleanField(_("a supervisor countersigns each version"), default=False)

    class Meta:
        verbose_name = _("plan settings")
        verbose_name_plural = _("plan settings")


class NeedArea(TenantModel):
    """A service's own list of areas of need; it replaces the default list when present."""

    code = models.CharField(_("code"), max_length=40)
    label = models.CharField(_("label"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    offence_focused = models.BooleanField(
        _("offence-focused"), default=False,
        help_text=_("Works on the offence itself: never offered in a remand support plan."))

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("area of need")
        verbose_name_plural = _("areas of need")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="need_area_unique")]

    def __str__(self):
        return self.label


class GroupPrompt(TenantModel):
    """A service's prompts for a specific group; they replace the default prompts of that group."""

    group = models.CharField(_("group"), max_length=16, choices=[(g.value, g.value) for g in Group])
    text = models.CharField(_("prompt"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["group", "order"]
        verbose_name = _("group prompt")
        verbose_name_plural = _("group prompts")

    def __str__(self):
        return self.text


class DueKind(models.TextChoices):
    INITIAL = "initial", _("Initial plan")
    REVIEW = "review", _("Scheduled review")
    ASSESSMENT = "assessment", _("New assessment")
    TRANSFER = "transfer", _("Transfer")
    DISCIPLINARY = "disciplinary", _("Disciplinary finding")
    PRE_RELEASE = "pre_release", _("Pre-release review")
    CLOSURE = "closure", _("Release: close the plan")


class PlanKind(models.TextChoices):
    SENTENCE = "sentence", _("Sentence plan")
    # For an untried detainee who asks for support: no offence-focused areas and no review clock.
    REMAND_SUPPORT = "remand_support", _("Remand support plan")


class Plan(TenantModel):
    Kind = PlanKind

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="plans")
    episode = models.OneToOneField(CustodyEpisode, on_delete=models.PROTECT, related_name="plan")
    kind = models.CharField(_("kind of plan"), max_length=16, choices=PlanKind.choices, default=PlanKind.SENTENCE)
    # A remand detainee's plan becomes a sentence plan on the day the sentence is recorded, and the
    # ordinary clock runs from that day instead of the admission.
    sentenced_on = models.DateField(_("sentence plan since"), null=True, blank=True)
    review_due = models.DateField(_("next version due"), null=True, blank=True)
    due_kind = models.CharField(_("why"), max_length=16, choices=DueKind.choices, default=DueKind.INITIAL)
    due_note = models.CharField(_("note"), max_length=200, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("sentence plan")
        verbose_name_plural = _("sentence plans")
        indexes = [models.Index(fields=["service", "closed_on", "review_due"]),
                   models.Index(fields=["service", "person"])]

    def __str__(self):
        return f"{self.person} {self.episode}"

    @property
    def is_open(self):
        return self.closed_on is None

    @property
    def is_remand_support(self):
        return self.kind == PlanKind.REMAND_SUPPORT

    @property
    def clock_from(self):
        """The day the ordinary clock started: the sentence for a former remand detainee, else the
        admission; None while the plan is a remand support plan (it has no clock)."""
        if self.is_remand_support:
            return None
        return self.sentenced_on or self.episode.admitted_on


class Motivation(models.TextChoices):
    NOT_YET = "not_yet", _("Not yet considering change")
    THINKING = "thinking", _("Thinking about it")
    PREPARING = "preparing", _("Preparing to act")
    ACTING = "acting", _("Acting on it")
    MAINTAINING = "maintaining", _("Keeping it up")


class Goal(TenantModel):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        FUTURE = "future", _("Future")
        ACHIEVED = "achieved", _("Achieved")
        REMOVED = "removed", _("Removed")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    area = models.CharField(_("area of need"), max_length=40)
    own_words = models.TextField(_("the goal in the prisoner's own words"))
    framing = models.TextField(_("the case manager's framing"), blank=True)
    motivation = models.CharField(_("motivation and readiness"), max_length=16, choices=Motivation.choices)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    status_reason = models.TextField(_("why removed"), blank=True)
    addresses = models.ManyToManyField(Rating, through="GoalLink", related_name="+", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        indexes = [models.Index(fields=["service", "plan"])]

    def __str__(self):
        return self.own_words[:60]


class GoalLink(TenantModel):
    """A goal addresses a need or protective factor rated in an assessment."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="links")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["goal", "rating"], name="goal_link_unique")]
        indexes = [models.Index(fields=["service", "goal"])]

    def __str__(self):
        return f"{self.goal_id} → {self.rating_id}"


class Step(TenantModel):
    class Owner(models.TextChoices):
        CASE_MANAGER = "case_manager", _("Case manager")
        STAFF = "staff", _("Staff (role)")
        PROGRAMME = "programme", _("Programme")
        PARTNER = "partner", _("Partner organisation")
        PRISONER = "prisoner", _("The prisoner")
        FAMILY = "family", _("Family")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        NOT_DONE = "not_done", _("Not done")
        CANCELLED = "cancelled", _("Cancelled")

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    what = models.CharField(_("what"), max_length=300)
    owner = models.CharField(_("who"), max_length=16, choices=Owner.choices)
    owner_detail = models.CharField(_("who exactly"), max_length=200, blank=True,
                                    help_text=_("A role, a partner organisation or a family member."))
    due_on = models.DateField(_("by when"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PLANNED)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        indexes = [models.Index(fields=["service", "goal"])]

    def __str__(self):
        return self.what

    @property
    def is_overdue(self):
        return bool(self.due_on) and self.due_on < date.today() and self.status in (self.Status.PLANNED,
                                                                                      self.Status.IN_PROGRESS)


class StepNote(TenantModel):
    """A dated progress note on a step (recorded fact: who wrote what, when)."""

    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    written_at = models.DateTimeField(auto_now_add=True)
    text = models.TextField(_("progress note"))

    class Meta:
        ordering = ["written_at", "pk"]
        indexes = [models.Index(fields=["service", "step"])]

    def __str__(self):
        return self.text[:60]


class PlanVersion(TenantModel):
    """A dated snapshot of the plan, and the prisoner's response to it."""

    class Kind(models.TextChoices):
        INITIAL = "initial", _("Initial")
        REVIEW = "review", _("Review")
        TRANSFER = "transfer", _("Transfer")
        PRE_RELEASE = "pre_release", _("Pre-release")
        CLOSURE = "closure", _("Closure")

    class Response(models.TextChoices):
        AGREED = "agreed", _("Agreed")
        NOT_AGREED = "not_agreed", _("Did not agree")
        COULD_NOT_ANSWER = "could_not_answer", _("Could not answer")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    # The kind of plan the version was issued as: a remand support plan's versions stay so after a sentence.
    plan_kind = models.CharField(_("kind of plan"), max_length=16, choices=PlanKind.choices,
                                 default=PlanKind.SENTENCE)
    issued_on = models.DateField(_("date"))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    summary = models.TextField(_("summary of the discussion with the prisoner"))
    snapshot = models.JSONField(default=dict)
    next_review_due = models.DateField(_("next plan review due"), null=True, blank=True)
    response = models.CharField(_("the prisoner's response"), max_length=16, choices=Response.choices, blank=True)
    response_comment = models.TextField(_("the prisoner's comment"), blank=True)
    response_on = models.DateField(_("response recorded on"), null=True, blank=True)
    interpreter_used = models.BooleanField(_("interpreter used"), default=False)
    countersign_required = models.BooleanField(default=False)
    countersigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="+")
    countersigned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_unique"),
            models.CheckConstraint(condition=~Q(response="") | Q(response_on__isnull=True),
                                   name="response_date_only_with_response"),
        ]
        indexes = [models.Index(fields=["service", "plan"])]

    def __str__(self):
        return f"v{self.number} ({self.kind})"

    @property
    def awaiting_countersignature(self):
        return self.countersign_required and self.countersigned_at is None
