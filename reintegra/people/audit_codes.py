"""Audit action codes of people (typed, with their labels; see `core.audit.register`)."""

from django.utils.translation import gettext_lazy as _

from reintegra.core.audit import register

PERSON_VIEW = register("people.person.view", _("Viewed a person record"))
PERSON_SEARCH = register("people.person.search", _("Searched or listed persons"), about_persons=True)
PERSON_CREATE = register("people.person.create", _("Registered a person"))
PERSON_UPDATE = register("people.person.update", _("Edited a person"))
IDENTIFIER_ADD = register("people.identifier.add", _("Added an identifier"))
CUSTODY_ADMIT = register("people.custody.admit", _("Recorded an admission"))
CUSTODY_TRANSFER = register("people.custody.transfer", _("Recorded a transfer"))
CUSTODY_LEGAL_STATUS = register("people.custody.legal_status", _("Recorded a change of legal status"))
CUSTODY_RELEASE = register("people.custody.release", _("Recorded a release"))
OFFENCE_ADD = register("people.offence.add", _("Recorded an offence"))
PRIOR_ADD = register("people.prior.add", _("Recorded a prior conviction"))
CASELOAD_ASSIGN = register("people.caseload.assign", _("Assigned to a caseload"))
CASELOAD_END = register("people.caseload.end", _("Ended a caseload assignment"))
