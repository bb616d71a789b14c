"""Persons, identifiers, custody episodes, offences, prior convictions and caseloads.

Everything here is a recorded fact (DESIGN.md invariant 4); professional opinion lives in later apps.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reintegra.core.models import Organisation, ServiceSettings, TenantModel

from .folding import fold, normalise_identifier, tokens


def years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class Sex(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")


OTHER_LANGUAGE = "other"
# The person's main language: one the application writes documents in, or another one named in words.
LANGUAGE_CHOICES = [*settings.LANGUAGES, (OTHER_LANGUAGE, _("Another language"))]


class PeopleSettings(ServiceSettings):
    """A service's rules on persons. Without a row, the defaults below apply.

    Young adults are an age band at the current date (DESIGN.md's specific groups): from the lower
    age, up to and including the upper one. Juveniles (under 18, or serving a juvenile sanction) are
    never young adults, whatever the band.
    """

    young_adult_from_age = models.PositiveSmallIntegerField(_("young adult: from age"), default=18)
    young_adult_to_age = models.PositiveSmallIntegerField(
        _("young adult: up to and including age"), default=21,
        help_text=_("A person is a young adult from their birthday at the lower age until the day before "
                    "their birthday at one more than this age."))

    class Meta:
        verbose_name = _("person settings")
        verbose_name_plural = _("person settings")
        constraints = [
            models.CheckConstraint(condition=Q(young_adult_from_age__gte=18), name="young_adult_from_adulthood"),
            models.CheckConstraint(condition=Q(young_adult_to_age__gte=models.F("young_adult_from_age")),
                                   name="young_adult_band_not_empty"),
        ]


class Person(TenantModel):
    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100)
    fathers_name = models.CharField(_("father's name"), max_length=100, blank=True)
    aliases = models.TextField(_("aliases"), blank=True, help_text=_("One per line, as written."))
    date_of_birth = models.DateField(_("date of birth"))
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices)
    citizenship = models.CharField(
        _("citizenship"), max_length=64, blank=True, help_text=_("Country codes, comma separated, e.g. RS, BA")
    )
    # The main language is structured (documents default to it); `languages` keeps, as written, the
    # other languages the person speaks.
    language = models.CharField(
        _("main language"), max_length=10, blank=True, choices=LANGUAGE_CHOICES,
        help_text=_("Documents for the person are written in it by default."))
    language_other = models.CharField(
        _("the other language"), max_length=60, blank=True,
        help_text=_("When the main language is another language: which one, e.g. Romani, Turkish."))
    languages = models.CharField(
        _("languages spoken"), max_length=100, blank=True, help_text=_("e.g. Serbian, Albanian")
    )
    interpreter_needed = models.BooleanField(_("interpreter needed"), default=False)
    # Folded keys for script-agnostic search and ranking, kept in step with the names by save(),
    # which also keeps the person's NameTokens (every folded word of every name) in step.
    family_key = models.CharField(max_length=100, editable=False)
    given_key = models.CharField(max_length=100, editable=False)
    # Where the person is now (the open custody episode's unit or establishment), kept by the actions:
    # "who is in my establishment" is one indexed prefix match on the path.
    current_episode = models.ForeignKey(
        "CustodyEpisode", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    location = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    location_path = models.CharField(max_length=255, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        indexes = [
            models.Index(fields=["service", "family_key", "given_key"]),
            models.Index(fields=["service", "date_of_birth"]),
            models.Index(fields=["service", "location_path"]),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.family_key = fold(self.family_name)
        self.given_key = fold(self.given_name)
        super().save(*args, **kwargs)
        words = self.name_tokens()
        stored = set(NameToken.objects.filter(person=self).values_list("token", flat=True))
        if stored != words:
            NameToken.objects.filter(person=self).exclude(token__in=words).delete()
            NameToken.objects.bulk_create(
                [NameToken(service_id=self.service_id, person=self, token=t) for t in sorted(words - stored)])

    def name_tokens(self) -> set[str]:
        return {t for name in (self.family_name, self.given_name, self.fathers_name, self.aliases) for t in tokens(name)}

    @property
    def full_name(self):
        return f"{self.family_name}, {self.given_name}"

    def age(self, on=None):
        return years_between(self.date_of_birth, on or date.today())

    @property
    def language_label(self):
        """The main language as the person page shows it ("" when not recorded)."""
        if self.language == OTHER_LANGUAGE:
            return self.language_other or str(_("Another language"))
        return self.get_language_display() if self.language else ""


class NameToken(TenantModel):
    """One folded word of a person's names: search is an indexed prefix range over these."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["service", "token"])]

    def __str__(self):
        return self.token


class Identifier(TenantModel):
    class Kind(models.TextChoices):
        PRISON_NUMBER = "prison_number", _("Prison number")
        NATIONAL_ID = "national_id", _("National identity number")
        PASSPORT = "passport", _("Passport")
        COURT_CASE = "court_case", _("Court case number")
        OTHER = "other", _("Other")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="identifiers")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    value = models.CharField(_("value"), max_length=64)
    value_key = models.CharField(max_length=64, editable=False)

    class Meta:
        verbose_name = _("identifier")
        verbose_name_plural = _("identifiers")
        constraints = [
            models.UniqueConstraint(fields=["service", "kind", "value_key"], name="identifier_unique")
        ]
        indexes = [models.Index(fields=["service", "value_key"]), models.Index(fields=["service", "person"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def save(self, *args, **kwargs):
        self.value_key = normalise_identifier(self.value)
        super().save(*args, **kwargs)


class LegalStatus(models.TextChoices):
    REMAND = "remand", _("Remand (pre-trial)")
    CONVICTED_NOT_FINAL = "convicted_not_final", _("Convicted, appeal pending")
    SENTENCED = "sentenced", _("Sentenced")
    OTHER = "other", _("Other detention")


# Untried detainees (Mandela Rules 111-120): presumed innocent, so no sentence plan and no plan clock.
# A person convicted at first instance whose appeal is pending has been tried: the ordinary rules apply.
UNTRIED = frozenset({LegalStatus.REMAND})


def is_untried(legal_status) -> bool:
    return legal_status in UNTRIED


class CustodyEpisode(TenantModel):
    """One continuous stay in custody, from admission to release, across transfers."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="episodes")
    establishment = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    admitted_on = models.DateField(_("admission date"))
    released_on = models.DateField(_("release date"), null=True, blank=True)
    legal_status = models.CharField(_("legal status"), max_length=24, choices=LegalStatus.choices)
    # When the legal status changed during the custody (a remand detainee sentenced): the date the
    # current status took effect. Empty: the status recorded at admission.
    legal_status_since = models.DateField(_("legal status since"), null=True, blank=True, editable=False)
    sentence_years = models.PositiveSmallIntegerField(_("years"), null=True, blank=True)
    sentence_months = models.PositiveSmallIntegerField(_("months"), null=True, blank=True)
    sentence_days = models.PositiveSmallIntegerField(_("days"), null=True, blank=True)
    life_sentence = models.BooleanField(_("life sentence"), default=False)
    expected_release = models.DateField(_("expected release"), null=True, blank=True)
    earliest_release = models.DateField(_("earliest release (conditional)"), null=True, blank=True)
    juvenile_sanction = models.BooleanField(
        _("juvenile sanction"), default=False,
        help_text=_("Juvenile imprisonment or an institutional educational measure: the person counts as a "
                    "juvenile while serving it, whatever their age."))
    age_at_admission = models.PositiveSmallIntegerField(editable=False)

    class Meta:
        ordering = ["-admitted_on"]
        verbose_name = _("custody episode")
        verbose_name_plural = _("custody episodes")
        constraints = [
            models.UniqueConstraint(
                fields=["person"], condition=Q(released_on__isnull=True), name="one_open_episode"
            ),
            models.CheckConstraint(
                condition=Q(released_on__isnull=True) | Q(released_on__gte=models.F("admitted_on")),
                name="release_after_admission",
            ),
        ]
        indexes = [models.Index(fields=["service", "establishment", "released_on"]),
                   models.Index(fields=["service", "person"])]

    def __str__(self):
        return f"{self.admitted_on} – {self.released_on or '…'}"

    def save(self, *args, **kwargs):
        self.age_at_admission = years_between(self.person.date_of_birth, self.admitted_on)
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.released_on is None

    @property
    def placement(self):
        return self.unit or self.establishment

    @property
    def is_untried(self):
        return is_untried(self.legal_status)


class OffenceCategory(models.TextChoices):
    VIOLENT = "violent", _("Violence against the person")
    PROPERTY = "property", _("Property")
    DRUGS = "drugs", _("Drugs")
    SEXUAL = "sexual", _("Sexual")
    TERRORISM = "terrorism", _("Terrorism / violent extremism related")
    ORGANISED_CRIME = "organised_crime", _("Organised crime")
    FRAUD = "fraud", _("Fraud and corruption")
    TRAFFIC = "traffic", _("Traffic")
    PUBLIC_ORDER = "public_order", _("Public order")
    OTHER = "other", _("Other")


class Offence(TenantModel):
    episode = models.ForeignKey(CustodyEpisode, on_delete=models.CASCADE, related_name="offences")
    description = models.CharField(_("offence"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=OffenceCategory.choices)
    legal_reference = models.CharField(_("law and article"), max_length=100, blank=True)
    committed_on = models.DateField(_("date committed"), null=True, blank=True)

    class Meta:
        verbose_name = _("offence")
        verbose_name_plural = _("offences")
        indexes = [models.Index(fields=["service", "episode"])]

    def __str__(self):
        return self.description


class Transfer(TenantModel):
    episode = models.ForeignKey(CustodyEpisode, on_delete=models.CASCADE, related_name="transfers")
    transferred_on = models.DateField(_("transfer date"))
    from_placement = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    to_placement = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["-transferred_on", "-pk"]
        indexes = [models.Index(fields=["service", "episode"])]

    def __str__(self):
        return f"{self.transferred_on}: {self.from_placement_id} → {self.to_placement_id}"


class PriorConviction(TenantModel):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="prior_convictions")
    year = models.PositiveSmallIntegerField(_("year"))
    description = models.CharField(_("offence"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=OffenceCategory.choices)
    custodial = models.BooleanField(_("custodial sentence"), default=False)

    class Meta:
        ordering = ["-year"]
        indexes = [models.Index(fields=["service", "person"])]

    def __str__(self):
        return f"{self.year}: {self.description}"


class CaseAssignment(TenantModel):
    class Kind(models.TextChoices):
        CASE_MANAGER = "case_manager", _("Case manager")
        CO_WORKER = "co_worker", _("Co-worker")

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments")
    kind = models.CharField(_("as"), max_length=16, choices=Kind.choices)
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["kind", "started_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"], condition=Q(ended_on__isnull=True, kind="case_manager"),
                name="one_case_manager",
            ),
            models.UniqueConstraint(
                fields=["person", "user"], condition=Q(ended_on__isnull=True), name="one_open_assignment",
            ),
        ]
        indexes = [models.Index(fields=["service", "user", "ended_on"]), models.Index(fields=["service", "person"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.user_id}"
