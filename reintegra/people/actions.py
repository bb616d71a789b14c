"""Every write to person data: check permission, validate, save, audit — in one transaction."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from reintegra.core import audit
from reintegra.core.access import ActionError, require
from reintegra.core.editing import locked, locked_for_edit
from reintegra.core.models import Organisation
from reintegra.core.validation import birth_window, check_date, check_values

from . import audit_codes, perms, signals
from .models import (
    LANGUAGE_CHOICES,
    OTHER_LANGUAGE,
    CaseAssignment,
    CustodyEpisode,
    Identifier,
    LegalStatus,
    Offence,
    Person,
    PriorConviction,
    Transfer,
)

PERSON_FIELDS = ["given_name", "family_name", "fathers_name", "aliases", "date_of_birth", "sex",
                 "citizenship", "language", "language_other", "languages", "interpreter_needed"]
SENTENCE_FIELDS = ["sentence_years", "sentence_months", "sentence_days", "life_sentence", "expected_release",
                   "earliest_release", "juvenile_sanction"]
EPISODE_FIELDS = ["admitted_on", "legal_status", *SENTENCE_FIELDS]


def _values(obj, fields):
    return {f: getattr(obj, f) for f in fields}


def record_listing(membership, filters: dict, person_ids, page=None):
    """A list of persons (a search, a caseload, a due list, a dashboard, an API page) reads each of them:
    one event with what was asked, which page, and who was shown."""
    changes = {"filters": {k: v if isinstance(v, str | int) else str(v) for k, v in filters.items()
                           if v not in (None, "")},
               "shown": sorted(set(person_ids))}
    if page is not None:
        changes["page"] = page
    audit.record(audit_codes.PERSON_SEARCH, service=membership.service, changes=changes)


def _check_person(data):
    if data["date_of_birth"] > date.today():
        raise ActionError(_("The date of birth cannot be in the future."), "date_of_birth")
    check_values(Person, data, windows={"date_of_birth": birth_window()})


def _check_language(data, current=None):
    """The main language is a code the application knows, or "another language" named in words (the
    name is kept only then). `current`: the person as stored, for an edit that changes one of the two."""
    language = data.get("language", current.language if current else "") or ""
    if language not in {code for code, _label in LANGUAGE_CHOICES} | {""}:
        raise ActionError(_("Choose the person's main language from the list, or another language."), "language")
    other = (data.get("language_other", current.language_other if current else "") or "").strip()
    if language == OTHER_LANGUAGE and not other:
        raise ActionError(_("Name the person's main language."), "language_other")
    if "language" in data or "language_other" in data:
        data["language"], data["language_other"] = language, other if language == OTHER_LANGUAGE else ""


@transaction.atomic
def create_person(membership, data: dict, prison_number: str = ""):
    require(membership, perms.ADD_PERSON)
    _check_person(data)
    data = dict(data)
    _check_language(data)
    # Until an admission places them, a new person belongs to the registering member's organisation.
    org = membership.organisation
    person = Person(service_id=membership.service_id, location=org, location_path=org.path,
                    **{f: data[f] for f in PERSON_FIELDS if f in data})
    person.save()
    audit.record(audit_codes.PERSON_CREATE, service=membership.service, obj=person, person_id=person.pk,
                 changes={"after": _values(person, PERSON_FIELDS)})
    if prison_number:
        add_identifier(membership, person, Identifier.Kind.PRISON_NUMBER, prison_number, _perm=perms.ADD_PERSON)
    return person


@transaction.atomic
def update_person(membership, person, data: dict, version: int):
    """Optimistic locking: the edit applies only to the version the user saw."""
    require(membership, perms.CHANGE_PERSON)
    _check_person(data)
    current = locked_for_edit(Person.objects.filter(service_id=membership.service_id), person, version)
    data = dict(data)
    _check_language(data, current)
    before = _values(current, PERSON_FIELDS)
    for field in PERSON_FIELDS:
        if field in data:
            setattr(current, field, data[field])
    current.version += 1
    current.save()
    if before["date_of_birth"] != current.date_of_birth:
        for episode in current.episodes.all():  # age at admission follows the corrected birth date
            episode.save(update_fields=["age_at_admission"])
    audit.record(audit_codes.PERSON_UPDATE, service=membership.service, obj=current, person_id=current.pk,
                 changes=audit.diff(before, _values(current, PERSON_FIELDS)))
    return current


@transaction.atomic
def add_identifier(membership, person, kind, value, _perm=perms.CHANGE_PERSON):
    require(membership, _perm)
    check_values(Identifier, {"value": value})
    identifier = Identifier(service_id=membership.service_id, person=person, kind=kind, value=value.strip())
    if not identifier.value:
        raise ActionError(_("Enter the identifier."), "value")
    try:
        with transaction.atomic():
            identifier.save()
    except IntegrityError:
        raise ActionError(_("This identifier is already recorded for a person in this service."), "value") \
            from None
    audit.record(audit_codes.IDENTIFIER_ADD, service=membership.service, obj=identifier, person_id=person.pk,
                 changes={"after": {"kind": kind, "value": identifier.value}})
    return identifier


def _placement(membership, establishment, unit):
    if establishment.service_id != membership.service_id or establishment.kind != Organisation.Kind.ESTABLISHMENT:
        raise ActionError(_("Choose an establishment of this service."), "establishment")
    if unit and not unit.path.startswith(establishment.path):
        raise ActionError(_("The unit does not belong to the chosen establishment."), "unit")


def _place(person, episode):
    """Keep the person's denormalised placement in step with the episode.

    After a release the location stays the last placement: the record remains with the establishment
    that released the person (and with their caseload) instead of becoming visible to no one.
    """
    placement = episode.placement
    Person.objects.filter(pk=person.pk).update(
        current_episode=episode if episode.is_open else None, location=placement, location_path=placement.path,
    )


@transaction.atomic
def admit(membership, person, *, establishment, unit=None, offences=(), **data):
    require(membership, perms.MANAGE_CUSTODY)
    _placement(membership, establishment, unit)
    check_values(CustodyEpisode, data)
    for offence in offences:
        _check_offence(offence)
    if CustodyEpisode.objects.filter(person=person, released_on__isnull=True).exists():
        raise ActionError(_("This person is already in custody; record a release or a transfer instead."))
    if data["admitted_on"] < person.date_of_birth:
        raise ActionError(_("The admission date is before the date of birth."), "admitted_on")
    if data["admitted_on"] > date.today():
        raise ActionError(_("The admission date cannot be in the future."), "admitted_on")
    episode = CustodyEpisode(service_id=membership.service_id, person=person, establishment=establishment,
                             unit=unit, **{f: data.get(f) for f in EPISODE_FIELDS if f in data})
    episode.save()
    for offence in offences:
        Offence.objects.create(service_id=membership.service_id, episode=episode, **offence)
    _place(person, episode)
    audit.record(audit_codes.CUSTODY_ADMIT, service=membership.service, obj=episode, person_id=person.pk,
                 changes={"after": {**_values(episode, EPISODE_FIELDS), "placement": str(episode.placement),
                                    "offences": [o["description"] for o in offences]}})
    signals.admitted.send(sender=CustodyEpisode, membership=membership, episode=episode)
    return episode


def _check_offence(data):
    """An offence is committed by today (and, like any date, not before `EVENT_EARLIEST`)."""
    check_values(Offence, data)
    check_date(data.get("committed_on"), "committed_on", latest=date.today())


def _check_release_dates(episode, expected, earliest):
    if expected and expected < episode.admitted_on:
        raise ActionError(_("The expected release is before the admission."), "expected_release")
    if expected and earliest and earliest > expected:
        raise ActionError(_("The earliest release is after the expected release."), "earliest_release")


@transaction.atomic
def change_legal_status(membership, episode, *, legal_status, changed_on, **sentence):
    """A change of legal status during the custody: a remand detainee convicted or sentenced, a
    conviction becoming final. The sentence (`SENTENCE_FIELDS`) is recorded with it; lower apps
    react (a sentence plan's clock starts when an untried detainee is sentenced)."""
    unknown = set(sentence) - set(SENTENCE_FIELDS)
    if unknown:
        raise TypeError(f"unknown sentence fields {sorted(unknown)}")
    require(membership, perms.MANAGE_CUSTODY)
    check_values(CustodyEpisode, sentence)
    episode = locked(CustodyEpisode.objects.filter(service_id=membership.service_id), episode)
    if not episode.is_open:
        raise ActionError(_("This custody episode has ended."))
    if legal_status not in LegalStatus.values:
        raise ActionError(_("Choose the legal status."), "legal_status")
    if legal_status == episode.legal_status:
        raise ActionError(_("This is already the person's legal status."), "legal_status")
    since = episode.legal_status_since or episode.admitted_on
    if changed_on < since or changed_on > date.today():
        raise ActionError(_("The date must be between the current legal status's start and today."), "changed_on")
    _check_release_dates(episode, sentence.get("expected_release", episode.expected_release),
                         sentence.get("earliest_release", episode.earliest_release))
    fields = ["legal_status", "legal_status_since", *SENTENCE_FIELDS]
    before = _values(episode, fields)
    previous = episode.legal_status
    episode.legal_status, episode.legal_status_since = legal_status, changed_on
    for field in SENTENCE_FIELDS:  # what is not given stays as recorded
        if field in sentence:
            setattr(episode, field, sentence[field])
    episode.save(update_fields=fields)
    audit.record(audit_codes.CUSTODY_LEGAL_STATUS, service=membership.service, obj=episode,
                 person_id=episode.person_id, changes=audit.diff(before, _values(episode, fields)))
    signals.legal_status_changed.send(sender=CustodyEpisode, membership=membership, episode=episode,
                                      previous=previous, changed_on=changed_on)
    return episode


@transaction.atomic
def add_offence(membership, episode, **data):
    require(membership, perms.MANAGE_CUSTODY)
    _check_offence(data)
    offence = Offence.objects.create(service_id=membership.service_id, episode=episode, **data)
    audit.record(audit_codes.OFFENCE_ADD, service=membership.service, obj=offence, person_id=episode.person_id,
                 changes={"after": data})
    if episode.legal_status != LegalStatus.REMAND:
        signals.convicted.send(sender=Offence, membership=membership, episode=episode, offence=offence)
    return offence


@transaction.atomic
def transfer(membership, episode, *, establishment, unit=None, transferred_on, reason=""):
    require(membership, perms.MANAGE_CUSTODY)
    _placement(membership, establishment, unit)
    check_values(Transfer, {"reason": reason})
    episode = locked(CustodyEpisode.objects.filter(service_id=membership.service_id), episode)
    if not episode.is_open:
        raise ActionError(_("This custody episode has ended."))
    if transferred_on < episode.admitted_on or transferred_on > date.today():
        raise ActionError(_("The transfer date must be between the admission and today."), "transferred_on")
    origin, target = episode.placement, unit or establishment
    if origin == target:
        raise ActionError(_("The person is already placed there."), "establishment")
    move = Transfer.objects.create(service_id=membership.service_id, episode=episode, transferred_on=transferred_on,
                                   from_placement=origin, to_placement=target, reason=reason)
    episode.establishment, episode.unit = establishment, unit
    episode.save(update_fields=["establishment", "unit"])
    _place(episode.person, episode)
    audit.record(audit_codes.CUSTODY_TRANSFER, service=membership.service, obj=move, person_id=episode.person_id,
                 changes={"before": str(origin), "after": str(target), "on": transferred_on, "reason": reason})
    signals.transferred.send(sender=CustodyEpisode, membership=membership, episode=episode, transfer=move)
    return move


@transaction.atomic
def release(membership, episode, *, released_on):
    require(membership, perms.MANAGE_CUSTODY)
    episode = locked(CustodyEpisode.objects.filter(service_id=membership.service_id), episode)
    if not episode.is_open:
        raise ActionError(_("This custody episode has already ended."))
    if released_on < episode.admitted_on or released_on > date.today():
        raise ActionError(_("The release date must be between the admission and today."), "released_on")
    episode.released_on = released_on
    episode.save(update_fields=["released_on"])
    _place(episode.person, episode)
    audit.record(audit_codes.CUSTODY_RELEASE, service=membership.service, obj=episode, person_id=episode.person_id,
                 changes={"after": {"released_on": released_on}})
    signals.released.send(sender=CustodyEpisode, membership=membership, episode=episode)
    return episode


@transaction.atomic
def add_prior_conviction(membership, person, **data):
    require(membership, perms.MANAGE_CUSTODY)
    check_values(PriorConviction, data)
    if data["year"] > date.today().year or data["year"] < person.date_of_birth.year:
        raise ActionError(_("The year must be between the year of birth and this year."), "year")
    prior = PriorConviction.objects.create(service_id=membership.service_id, person=person, **data)
    audit.record(audit_codes.PRIOR_ADD, service=membership.service, obj=prior, person_id=person.pk, changes={"after": data})
    return prior


@transaction.atomic
def assign(membership, person, user, kind):
    """Assign a case manager (replacing the current one) or add a co-worker."""
    require(membership, perms.MANAGE_CASELOAD)
    if not user.memberships.filter(service_id=membership.service_id, is_active=True).exists():
        raise ActionError(_("This user does not work for this service."), "user")
    today = date.today()
    open_ = CaseAssignment.objects.select_for_update().filter(person=person, ended_on__isnull=True)
    if open_.filter(user=user).exists():
        raise ActionError(_("This user is already assigned to this person."), "user")
    ended = []
    if kind == CaseAssignment.Kind.CASE_MANAGER:
        for previous in open_.filter(kind=kind):
            previous.ended_on = today
            previous.save(update_fields=["ended_on"])
            ended.append(previous.user.get_username())
    assignment = CaseAssignment.objects.create(
        service_id=membership.service_id, person=person, user=user, kind=kind, started_on=today
    )
    audit.record(audit_codes.CASELOAD_ASSIGN, service=membership.service, obj=assignment, person_id=person.pk,
                 changes={"after": {"user": user.get_username(), "kind": kind}, "ended": ended})
    return assignment


@transaction.atomic
def end_assignment(membership, assignment):
    require(membership, perms.MANAGE_CASELOAD)
    if assignment.ended_on:
        raise ActionError(_("This assignment has already ended."))
    assignment.ended_on = date.today()
    assignment.save(update_fields=["ended_on"])
    audit.record(audit_codes.CASELOAD_END, service=membership.service, obj=assignment, person_id=assignment.person_id,
                 changes={"after": {"user": assignment.user.get_username(), "ended_on": assignment.ended_on}})
    return assignment
