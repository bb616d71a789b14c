"""Roles and the permission matrix, kept in code (docs/permissions.md is generated from here).

A role grants permissions (what a member may do) and a person scope (which persons they may see).
Later issues add permissions; partners will get their persons from explicit grants, which is why
the person scope is a named rule and not a flag.
"""

from enum import StrEnum

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


class Perm(StrEnum):
    VIEW_PERSON = "people.view_person"
    ADD_PERSON = "people.add_person"
    CHANGE_PERSON = "people.change_person"
    MANAGE_CUSTODY = "people.manage_custody"
    MANAGE_CASELOAD = "people.manage_caseload"
    VIEW_ASSESSMENT = "assessments.view_assessment"
    ASSESS = "assessments.assess"
    COUNTERSIGN = "assessments.countersign"
    VIEW_INSTRUMENTS = "assessments.view_instruments"
    VIEW_PLAN = "plans.view_plan"
    MANAGE_PLAN = "plans.manage_plan"
    COUNTERSIGN_PLAN = "plans.countersign_plan"
    VIEW_PROGRAMMES = "programmes.view_programme"
    RUN_PROGRAMMES = "programmes.run_programme"
    MANAGE_CATALOGUE = "programmes.manage_catalogue"
    VIEW_DECISIONS = "decisions.view_decision"
    PROPOSE_DECISION = "decisions.propose_decision"
    DECIDE = "decisions.decide"
    LOG_SEPARATION = "decisions.log_separation"
    VIEW_AUDIT = "core.view_audit"
    MANAGE_SERVICE = "core.manage_service"


class PersonScope(StrEnum):
    """Which persons of the service a member sees."""

    ORGANISATION = "organisation"  # persons placed in the member's organisation (and below) + own caseload
    CASELOAD = "caseload"  # only persons on the member's own caseload
    SERVICE = "service"  # every person of the service (read-only oversight)
    NONE = "none"  # no person records (partners get grants in a later issue)


P = Perm
MATRIX: dict[Role, frozenset[Perm]] = {
    Role.CASE_MANAGER: frozenset({P.VIEW_PERSON, P.ADD_PERSON, P.CHANGE_PERSON, P.MANAGE_CUSTODY,
                                  P.VIEW_ASSESSMENT, P.ASSESS, P.VIEW_INSTRUMENTS, P.VIEW_PLAN, P.MANAGE_PLAN,
                                  P.VIEW_PROGRAMMES, P.RUN_PROGRAMMES, P.VIEW_DECISIONS, P.PROPOSE_DECISION}),
    Role.ASSESSOR: frozenset({P.VIEW_PERSON, P.VIEW_ASSESSMENT, P.ASSESS, P.COUNTERSIGN, P.VIEW_INSTRUMENTS,
                              P.VIEW_PLAN, P.VIEW_PROGRAMMES, P.RUN_PROGRAMMES}),
    Role.SECURITY_OFFICER: frozenset({P.VIEW_PERSON, P.VIEW_ASSESSMENT, P.VIEW_DECISIONS, P.PROPOSE_DECISION,
                                      P.LOG_SEPARATION}),
    Role.GOVERNOR: frozenset(
        {P.VIEW_PERSON, P.ADD_PERSON, P.CHANGE_PERSON, P.MANAGE_CUSTODY, P.MANAGE_CASELOAD, P.VIEW_ASSESSMENT,
         P.VIEW_PLAN, P.COUNTERSIGN_PLAN, P.VIEW_PROGRAMMES, P.RUN_PROGRAMMES, P.MANAGE_CATALOGUE,
         P.VIEW_DECISIONS, P.PROPOSE_DECISION, P.DECIDE, P.LOG_SEPARATION}
    ),
    Role.FRONTLINE_OFFICER: frozenset({P.VIEW_PERSON, P.VIEW_PROGRAMMES, P.VIEW_DECISIONS, P.LOG_SEPARATION}),
    Role.TRAINER: frozenset(),
    Role.SERVICE_ADMIN: frozenset({P.MANAGE_SERVICE, P.VIEW_AUDIT, P.VIEW_INSTRUMENTS, P.VIEW_PROGRAMMES,
                                   P.MANAGE_CATALOGUE}),
    Role.PROBATION_OFFICER: frozenset({P.VIEW_PERSON, P.CHANGE_PERSON, P.VIEW_ASSESSMENT, P.VIEW_PLAN,
                                       P.VIEW_PROGRAMMES, P.VIEW_DECISIONS}),
    Role.PARTNER: frozenset(),
    Role.OVERSIGHT: frozenset({P.VIEW_PERSON, P.VIEW_AUDIT, P.VIEW_ASSESSMENT, P.VIEW_PLAN, P.VIEW_PROGRAMMES,
                               P.VIEW_DECISIONS}),
    Role.RESEARCHER: frozenset(),
    Role.REGIONAL_COORDINATOR: frozenset(),
}

PERSON_SCOPE: dict[Role, PersonScope] = {
    Role.CASE_MANAGER: PersonScope.ORGANISATION,
    Role.ASSESSOR: PersonScope.ORGANISATION,
    Role.SECURITY_OFFICER: PersonScope.ORGANISATION,
    Role.GOVERNOR: PersonScope.ORGANISATION,
    Role.FRONTLINE_OFFICER: PersonScope.ORGANISATION,
    Role.TRAINER: PersonScope.NONE,
    Role.SERVICE_ADMIN: PersonScope.NONE,
    Role.PROBATION_OFFICER: PersonScope.CASELOAD,
    Role.PARTNER: PersonScope.NONE,
    Role.OVERSIGHT: PersonScope.SERVICE,
    Role.RESEARCHER: PersonScope.NONE,
    Role.REGIONAL_COORDINATOR: PersonScope.NONE,
}

PERM_LABELS: dict[Perm, str] = {
    P.VIEW_PERSON: _("See person records (within the person scope)"),
    P.ADD_PERSON: _("Register a person"),
    P.CHANGE_PERSON: _("Edit identity and identifiers"),
    P.MANAGE_CUSTODY: _("Record admissions, offences, transfers and releases"),
    P.MANAGE_CASELOAD: _("Assign case managers and co-workers"),
    P.VIEW_ASSESSMENT: _("Read assessments of visible persons"),
    P.ASSESS: _("Carry out assessments (with a valid certification for the instrument)"),
    P.COUNTERSIGN: _("Countersign or return others' assessments (with a valid certification)"),
    P.VIEW_INSTRUMENTS: _("See the instrument library"),
    P.VIEW_PLAN: _("Read sentence plans of visible persons"),
    P.MANAGE_PLAN: _("Build and review sentence plans with the prisoner; refer to programmes"),
    P.COUNTERSIGN_PLAN: _("Countersign plan versions as supervisor"),
    P.VIEW_PROGRAMMES: _("See the programme catalogue, occupancy and waiting lists"),
    P.RUN_PROGRAMMES: _("Decide referrals, enrol, record sessions, attendance and outcomes"),
    P.MANAGE_CATALOGUE: _("Add and edit programmes in the catalogue"),
    P.VIEW_DECISIONS: _("Read decisions, measures and separation logs of visible persons"),
    P.PROPOSE_DECISION: _("Propose a decision (where the decision type allows the role)"),
    P.DECIDE: _("Decide, change or return proposals; review measures (where the decision type allows the role)"),
    P.LOG_SEPARATION: _("Keep the daily separation log"),
    P.VIEW_AUDIT: _("Read the audit trail"),
    P.MANAGE_SERVICE: _("Administer the service (users, configuration)"),
}


def permissions_markdown() -> str:
    """docs/permissions.md, rendered from the matrix (a test keeps the file in agreement)."""
    lines = [
        "# Roles and permissions",
        "",
        "Generated from `reintegra/core/roles.py` by `reintegra permissions_doc`; a test fails when",
        "this file and the code disagree. A member acts for one organisation at a time; the person",
        "scope says which persons of the service that member sees. Persons of another service are",
        "never visible (they answer 404).",
        "",
        "| role | person scope | " + " | ".join(f"`{p.value}`" for p in Perm) + " |",
        "|---|---|" + "---|" * len(Perm),
    ]
    for role in Role:
        marks = " | ".join("yes" if p in MATRIX[role] else "" for p in Perm)
        lines.append(f"| {role.value} | {PERSON_SCOPE[role].value} | {marks} |")
    lines += ["", "## Permissions", ""]
    lines += [f"- `{p.value}`: {PERM_LABELS[p]}" for p in Perm]
    lines += [
        "",
        "## Person scopes",
        "",
        "- `organisation`: persons currently placed in the member's organisation or any unit below it,",
        "  plus the member's own caseload. A membership at service headquarters covers the whole service.",
        "- `caseload`: only persons the member is assigned to.",
        "- `service`: every person of the service, read-only (oversight).",
        "- `none`: no person records.",
        "",
    ]
    return "\n".join(lines)
