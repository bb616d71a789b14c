"""Decisions under the rule of law: allocation, classification, restrictive measures and their lifting.

People decide (DESIGN.md invariant 1): a decision records who proposed it, who decided it, on which
legal basis, with reasons in words, the evidence (an assessment may support but never be the only
ground), proportionality and the less restrictive alternatives considered. The prisoner is heard
(invariant 6) and the clocks are kept (invariant 7): every measure has a review date, a maximum
duration, and separation is counted in days with a daily log of human contact and medical visits.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reintegra.assessments.models import Assessment
from reintegra.core.models import Organisation, ServiceSettings, TenantModel
from reintegra.people.models import CustodyEpisode, Person

from . import evidence

MANDELA_DAYS = 15  # Nelson Mandela Rules 43–44: separation beyond 15 consecutive days is prolonged.


class DecisionSettings(ServiceSettings):
    """A service's statutory limits. Without a row, the defaults below apply."""

    separation_max_days = models.PositiveSmallIntegerField(_("statutory maximum of separation (days)"), default=30)
    juvenile_age = models.PositiveSmallIntegerField(
        _("separating a person under this age needs the highest level"), default=18)
    due_soon_days = models.PositiveSmallIntegerField(_("reviews shown as due within (days)"), default=7)
    appeal_body = models.CharField(_("where the person can appeal"), max_length=200, blank=True,
                                   help_text=_("Printed on the decision notice, e.g. the competent court."))
    appeal_days = models.PositiveSmallIntegerField(_("days to lodge an appeal"), default=8)
    urgent_hearing_hours = models.PositiveSmallIntegerField(
        _("hours within which a person is heard after an urgent measure"), default=48)
    separation_gap_days = models.PositiveSmallIntegerField(
        _("separations less than this many days apart count as one"), default=1,
        help_text=_("1: only separations that follow each other without a free day are joined in the count."))
    min_contact_hours = models.DecimalField(
        _("minimum hours of meaningful human contact a day"), max_digits=3, decimal_places=1, default=2,
        help_text=_("A logged day with fewer hours counts as a day without meaningful contact."))

    class Meta:
        verbose_name = _("decision settings")
        verbose_name_plural = _("decision settings")


class LegalBasis(TenantModel):
    law = models.CharField(_("law"), max_length=200)
    article = models.CharField(_("article"), max_length=60)
    text = models.TextField(_("text of the provision"))
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    allows_extension = models.BooleanField(
        _("allows separation beyond the statutory maximum"), default=False,
        help_text=_("Only then can a new decision at the highest level continue a separation past the maximum."))

    class Meta:
        ordering = ["law", "article"]
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")

    def __str__(self):
        return f"{self.law}, {self.article}"

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Category(models.TextChoices):
    ALLOCATION = "allocation", _("Allocation or placement")
    CLASSIFICATION = "classification", _("Security classification")
    MEASURE = "measure", _("Restrictive measure")
    LIFTING = "lifting", _("Lifting a measure")


class Level(models.TextChoices):
    ESTABLISHMENT = "establishment", _("Establishment")
    HEADQUARTERS = "headquarters", _("Service headquarters")


class ExternalBody(models.TextChoices):
    COURT = "court", _("Court")
    PROSECUTOR = "prosecutor", _("Prosecutor")


class DecisionType(TenantModel):
    """What may be decided, by whom, on which legal bases, and on which clock (configured per service)."""

    code = models.CharField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    is_separation = models.BooleanField(_("separation from other prisoners"), default=False)
    propose_roles = models.JSONField(_("roles that may propose"), default=list)
    decide_roles = models.JSONField(_("roles that may decide"), default=list)
    decide_level = models.CharField(_("decided at"), max_length=16, choices=Level.choices,
                                    default=Level.ESTABLISHMENT)
    review_interval_days = models.PositiveSmallIntegerField(_("review interval (days)"), null=True, blank=True)
    max_duration_days = models.PositiveSmallIntegerField(_("maximum duration (days)"), null=True, blank=True)
    legal_bases = models.ManyToManyField(LegalBasis, blank=True, related_name="decision_types",
                                         verbose_name=_("legal bases that may ground it"))
    review_by_decider = models.BooleanField(
        _("the decision-maker may also review it"), default=False,
        help_text=_("Only where the service's law says so: otherwise a measure is reviewed by someone else."))
    detainee_body = models.CharField(
        _("for untried detainees, decided by"), max_length=12, choices=ExternalBody.choices, blank=True,
        help_text=_("Where the law gives the decision on a remand detainee to a court or prosecutor."))
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["category", "name"]
        verbose_name = _("decision type")
        verbose_name_plural = _("decision types")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="decision_type_unique")]

    def __str__(self):
        return self.name

    @property
    def is_measure(self):
        return self.category == Category.MEASURE

    @property
    def is_reviewed(self):
        """Measures and classifications run on a review clock."""
        return self.category in (Category.MEASURE, Category.CLASSIFICATION)


class Decision(TenantModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        RETURNED = "returned", _("Returned to the proposer")
        DECIDED = "decided", _("Decided, in force")
        UNDER_REVIEW = "under_review", _("Under review")
        ENDED = "ended", _("Ended (no longer in force)")
        REJECTED = "rejected", _("Not decided")

    class Hearing(models.TextChoices):
        NOT_ASKED = "not_asked", _("Not yet heard")
        HEARD = "heard", _("Heard: made representations")
        DECLINED = "declined", _("Heard: declined to make representations")

    IN_FORCE = (Status.DECIDED, Status.UNDER_REVIEW)

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="decisions")
    episode = models.ForeignKey(CustodyEpisode, on_delete=models.PROTECT, related_name="decisions")
    type = models.ForeignKey(DecisionType, on_delete=models.PROTECT, related_name="decisions",
                             verbose_name=_("type of decision"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROPOSED)
    legal_basis = models.ForeignKey(LegalBasis, on_delete=models.PROTECT, related_name="decisions",
                                    verbose_name=_("legal basis"))
    reasons = models.TextField(_("reasons"))
    proportionality = models.TextField(_("why the decision is necessary and proportionate"))
    alternatives = models.TextField(_("less restrictive alternatives considered"), blank=True)
    pregnant_or_nursing = models.BooleanField(_("the person is pregnant or nursing"), default=False)
    vulnerability_justification = models.TextField(
        _("justification for separating a juvenile, or a pregnant or nursing woman"), blank=True)
    placement = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                  verbose_name=_("establishment or unit"))
    classification = models.CharField(_("security classification"), max_length=60, blank=True)
    lifts = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="lifted_by",
                              verbose_name=_("measure lifted"))
    extends = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="extended_by",
                                verbose_name=_("measure extended"))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    review_due = models.DateField(_("review of the measure due"), null=True, blank=True)
    urgent_reason = models.TextField(
        _("why it cannot wait for the person to be heard"), blank=True,
        help_text=_("Only for an urgent measure: the person must then be heard within the service's hours."))
    backdating_reason = models.TextField(_("why the decision starts before the day it is taken"), blank=True)
    # As the law read when decided: a later edit of the basis never changes a past decision.
    basis_law = models.CharField(_("law"), max_length=200, blank=True)
    basis_article = models.CharField(_("article"), max_length=60, blank=True)
    basis_text = models.TextField(_("text of the provision"), blank=True)
    external_body = models.CharField(_("decided by"), max_length=12, choices=ExternalBody.choices, blank=True)
    external_reference = models.CharField(_("reference of the court or prosecutor's decision"), max_length=120,
                                          blank=True)
    carried_out_on = models.DateField(_("carried out on"), null=True, blank=True)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    decided_level = models.CharField(max_length=16, choices=Level.choices, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("note by the decision-maker"), blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.TextField(_("why it ended"), blank=True)
    # The prisoner's voice and disclosure.
    hearing = models.CharField(_("the person heard"), max_length=12, choices=Hearing.choices,
                               default=Hearing.NOT_ASKED)
    heard_on = models.DateField(_("heard on"), null=True, blank=True)
    hearing_due_by = models.DateTimeField(_("to be heard by"), null=True, blank=True)
    informed_on = models.DateField(_("date the person was informed"), null=True, blank=True)
    representations = models.TextField(_("the person's representations"), blank=True)
    interpreter_used = models.BooleanField(_("interpreter used"), default=False)
    copy_given = models.BooleanField(_("copy given to the person"), null=True)
    copy_withheld_reason = models.TextField(_("why a copy was withheld"), blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        indexes = [models.Index(fields=["service", "person"]),
                   models.Index(fields=["service", "status", "review_due"]),
                   models.Index(fields=["service", "episode"]),  # an establishment's decisions, via its episodes
                   models.Index(fields=["service", "type", "status", "starts_on"])]  # the dashboard's measures
        constraints = [models.CheckConstraint(condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                                              name="decision_ends_after_start")]

    def __str__(self):
        return f"{self.type} · {self.starts_on}"

    @property
    def in_force(self):
        return self.status in self.IN_FORCE

    @property
    def basis_as_decided(self) -> dict:
        """Law, article and text as they read when decided (the snapshot); for a proposal, as they read now."""
        if self.basis_law:
            return {"law": self.basis_law, "article": self.basis_article, "text": self.basis_text}
        basis = self.legal_basis
        return {"law": basis.law, "article": basis.article, "text": basis.text}

    @property
    def backdated(self):
        decided = self.decided_at.date() if self.decided_at else None
        return decided is not None and self.starts_on < decided

    @property
    def heard(self):
        return self.hearing in (self.Hearing.HEARD, self.Hearing.DECLINED)


class Evidence(TenantModel):
    """One item a decision rests on; its kind is one of `evidence.KINDS`, registered by the apps."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=12)
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    reference = models.CharField(_("reference"), max_length=200, blank=True)
    description = models.TextField(_("what it shows"))
    withheld_reason = models.TextField(
        _("why its gist is not disclosed to the person"), blank=True,
        help_text=_("Empty: the notice gives the person the gist of this evidence."))

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        indexes = [models.Index(fields=["service", "decision"])]

    def __str__(self):
        return f"{self.kind_label}: {self.reference}"

    @property
    def kind_label(self):
        return evidence.label(self.kind)


class Review(TenantModel):
    class Outcome(models.TextChoices):
        CONTINUE = "continue", _("Continue the measure")
        END = "end", _("End the measure")

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField(_("date of review"))
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    reasons = models.TextField(_("reasons"))
    person_heard = models.CharField(_("the person heard"), max_length=12, blank=True,
                                    choices=[(Decision.Hearing.HEARD.value, Decision.Hearing.HEARD.label),
                                             (Decision.Hearing.DECLINED.value, Decision.Hearing.DECLINED.label)])
    representations = models.TextField(_("the person's representations"), blank=True)
    next_review_due = models.DateField(_("next review of the measure due"), null=True, blank=True)

    class Meta:
        ordering = ["-reviewed_on", "-pk"]
        indexes = [models.Index(fields=["service", "decision"])]

    def __str__(self):
        return f"{self.decision_id} {self.reviewed_on}"


class Appeal(TenantModel):
    class Outcome(models.TextChoices):
        PENDING = "pending", _("Pending")
        UPHELD = "upheld", _("Appeal upheld: decision overturned")
        PARTLY = "partly", _("Appeal partly upheld")
        DISMISSED = "dismissed", _("Appeal dismissed")
        WITHDRAWN = "withdrawn", _("Appeal withdrawn")

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="appeals")
    lodged_on = models.DateField(_("lodged on"))
    body = models.CharField(_("appeal body"), max_length=200)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.PENDING)
    outcome_on = models.DateField(_("outcome date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-lodged_on"]
        indexes = [models.Index(fields=["service", "decision"])]

    def __str__(self):
        return f"{self.body} {self.lodged_on}"


class SeparationDay(TenantModel):
    """One day of a separation: meaningful human contact (hours, with whom) and the medical visit."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="separation_days")
    day = models.DateField(_("day"))
    contact_hours = models.DecimalField(_("hours of meaningful human contact"), max_digits=4, decimal_places=1)
    contact_with = models.CharField(_("with whom"), max_length=200, blank=True)
    medical_visit = models.BooleanField(_("medical visit"), default=False)
    medical_by = models.CharField(_("by whom"), max_length=200, blank=True)
    governor_visit = models.BooleanField(_("visit by the governor or a person acting for the governor"),
                                         default=False)
    governor_visit_by = models.CharField(_("visit by"), max_length=200, blank=True)
    health_objection = models.TextField(
        _("a health professional's objection to continued separation"), blank=True,
        help_text=_("Recorded in the professional's words; it puts the measure under review at once."))
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-day"]
        verbose_name = _("separation log day")
        verbose_name_plural = _("separation log")
        constraints = [models.UniqueConstraint(fields=["decision", "day"], name="separation_day_unique")]
        indexes = [models.Index(fields=["service", "decision", "day"])]

    def __str__(self):
        return f"{self.decision_id} {self.day}"


class Reminder(TenantModel):
    """Written by the daily task: a review that is overdue or due soon, for the governor's dashboard."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="reminders")
    day = models.DateField()
    overdue = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["decision", "day"], name="reminder_unique")]
        indexes = [models.Index(fields=["service", "day"])]

    def __str__(self):
        return f"{self.decision_id} {self.day}"
