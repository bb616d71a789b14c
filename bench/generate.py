#!/usr/bin/env python
"""Generate one national-scale synthetic service ("BENCH") for the benchmark.

    .venv/bin/python bench/generate.py [--persons 25000 --episodes 60000 --staff 1000 --audit 2000000
                                        --assessments 120000 --decisions 100000]

Honours DATABASE_URL / REINTEGRA_SQLITE_PATH like the application, runs `migrate` first and refuses
to run twice on the same database. Everything is synthetic (names combined at random from
reintegra/demo/data/names.yaml) and deterministic for a given --seed and --today (all but the created_at /
date_joined stamps of the rows written with bulk_create, which the models set to the time of
insertion; the plans and decisions phases write their own, realistic ones).

Speed matters more here than in the demo seeder: the demo goes through the actions (one audit event
per write, ~20 queries per person); at 25,000 persons and 2,000,000 audit events that would take hours.
So rows are written with bulk inserts, and this script does by hand what the models' save() and the
actions do (folded search keys, organisation paths, age at admission, Person.current_episode /
location / location_path as `actions._place` keeps them). `check_consistency()` re-derives them at the
end with the real functions, so a drift between the models and this script fails loudly.

Primary keys are allocated here (above the current maximum) instead of read back from the database:
persons point at their open episode and episodes at their person, and explicit keys let both be
written in one pass. PostgreSQL sequences are moved past them at the end.
"""

import argparse
import inspect
import json
import os
import random
import sys
import time
from bisect import bisect
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from itertools import accumulate, pairwise
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reintegra.settings")
# Nothing generated depends on the secret key (password hashes do not use it); settings need one.
os.environ.setdefault("REINTEGRA_SECRET_KEY", "bench-only-generator-not-a-secret")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.color import no_style  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Count, Exists, F, Max, OuterRef, Q  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from django.utils.translation import gettext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from reintegra.assessments import clock as assessment_clock  # noqa: E402
from reintegra.assessments import perms as assessments_perms  # noqa: E402
from reintegra.assessments import queries as assessment_queries  # noqa: E402
from reintegra.assessments.actions import missing_for_submission  # noqa: E402
from reintegra.assessments.instruments import loader  # noqa: E402
from reintegra.assessments.models import Addendum, Assessment, Certification, IndividualFactor, Rating  # noqa: E402
from reintegra.core import audit  # noqa: E402
from reintegra.core.models import AuditChainHead, AuditEvent, Membership, Organisation, Service, User  # noqa: E402
from reintegra.core.queries import memberships_of  # noqa: E402
from reintegra.core.roles import Role  # noqa: E402
from reintegra.decisions import clock as decision_clock  # noqa: E402
from reintegra.decisions import evidence as evidence_kinds  # noqa: E402
from reintegra.decisions import queries as decision_queries  # noqa: E402
from reintegra.decisions import rules, separation  # noqa: E402
from reintegra.decisions.models import (  # noqa: E402
    MANDELA_DAYS,
    Appeal,
    Category,
    Decision,
    DecisionSettings,
    DecisionType,
    Evidence,
    LegalBasis,
    Level,
    Reminder,
    Review,
    SeparationDay,
)
from reintegra.demo import seed_decisions  # noqa: E402
from reintegra.demo import texts as demo_texts  # noqa: E402
from reintegra.people import audit_codes as people_audit  # noqa: E402
from reintegra.people import models as people_models  # noqa: E402
from reintegra.people.folding import fold, normalise_identifier, tokens  # noqa: E402
from reintegra.people.groups import JUVENILE_AGE  # noqa: E402
from reintegra.people.models import (  # noqa: E402
    UNTRIED,
    CaseAssignment,
    CustodyEpisode,
    Identifier,
    LegalStatus,
    Offence,
    PeopleSettings,
    Person,
    PriorConviction,
    Sex,
    Transfer,
    years_between,
)
from reintegra.plans import clock as plan_clock  # noqa: E402
from reintegra.plans import parts as plan_parts  # noqa: E402
from reintegra.plans import queries as plan_queries  # noqa: E402
from reintegra.plans import snapshots  # noqa: E402
from reintegra.plans.actions import next_review  # noqa: E402
from reintegra.plans.models import (  # noqa: E402
    DEFAULT_AREAS,
    DueKind,
    Goal,
    GoalLink,
    Motivation,
    Plan,
    PlanKind,
    PlanSettings,
    PlanVersion,
    Step,
    StepNote,
)
from reintegra.programmes import queries as programme_queries  # noqa: E402
from reintegra.programmes.actions import waiting_position  # noqa: E402
from reintegra.programmes.models import Attendance, Programme, ProgrammeSession, Referral, ReferralGoal  # noqa: E402
from reintegra.programmes.plan_parts import programme_entry  # noqa: E402

# The search schema is evolving: a folded search_key column on Person, or NameToken rows. Both are
# supported, whichever the models define.
NameToken = getattr(people_models, "NameToken", None)
PERSON_FIELDS = {f.name for f in Person._meta.concrete_fields}


def person_tokens(person):
    if hasattr(person, "name_tokens"):
        return person.name_tokens()
    return {t for name in (person.family_name, person.given_name, person.fathers_name, person.aliases)
            for t in tokens(name)}


SERVICE_CODE = "BENCH"
HQ_CODE = "BENCH-HQ"
KNOWN_LOGIN = "bench-case-manager"
# Known on purpose: run.py logs in through the real form. A benchmark database only.
BENCH_PASSWORD = "reintegra-bench-only"  # noqa: S105
KNOWN_CASELOAD = 40
ESTABLISHMENTS = 12
PROBATION_OFFICES = 3
AUDIT_BATCH = 20_000
SENTENCE_YEARS = [1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15]  # drawn from, for a sentenced episode
NAMES = demo_texts.names()  # the demo's name sets and offence samples
RATINGS_BATCH = 50_000  # rating rows per write (and per transaction) in the assessments phase

# The assessments phase: one synthetic instrument, stored through the real loader (bench_instrument()).
BENCH_INSTRUMENT = "BENCH-40"
ASSESSMENT_YEARS = 4  # assessments spread over the last four years
MAX_ASSESSMENTS_PER_PERSON = 8
DRAFT_SHARE, SUBMITTED_SHARE = 0.02, 0.03  # of all assessments: the newest one of a person in custody

# Name sets, and the share of persons drawn from each: search has to cross scripts.
NAME_SETS = [("sr-cyrl", 0.35), ("sr-latn", 0.30), ("bs", 0.15), ("sq", 0.20)]
LANGUAGES = {"sr-cyrl": "Serbian", "sr-latn": "Serbian", "bs": "Bosnian", "sq": "Albanian"}
LANGUAGE_CODES = {"sr-cyrl": "sr", "sr-latn": "sr-latn", "bs": "bs", "sq": "sq"}  # Person.language
CITIZENSHIP = {"sr-cyrl": "RS", "sr-latn": "RS", "bs": "BA, RS", "sq": "RS"}

# Staff: (role, short name for usernames, share of staff, where they work).
STAFF = [
    (Role.CASE_MANAGER, "cm", 0.30, "establishment"),
    (Role.FRONTLINE_OFFICER, "fo", 0.35, "unit"),
    (Role.SECURITY_OFFICER, "so", 0.11, "establishment"),
    (Role.ASSESSOR, "as", 0.08, "establishment"),
    (Role.GOVERNOR, "gov", 0.024, "establishment"),
    (Role.PROBATION_OFFICER, "po", 0.06, "probation_office"),
    (Role.SERVICE_ADMIN, "adm", 0.01, "headquarters"),
    (Role.OVERSIGHT, "ov", 0.02, "headquarters"),
    (Role.TRAINER, "tr", 0.016, "headquarters"),
    (Role.RESEARCHER, "rs", 0.01, "headquarters"),
    (Role.PARTNER, "pt", 0.01, "headquarters"),
]

# Audit actions and their share of the trail: reads of person records dominate a real trail.
AUDIT_MIX = [
    (people_audit.PERSON_VIEW, 0.80), (people_audit.PERSON_UPDATE, 0.04), (people_audit.IDENTIFIER_ADD, 0.02),
    (people_audit.CUSTODY_ADMIT, 0.03), (people_audit.CUSTODY_TRANSFER, 0.025), (people_audit.CUSTODY_RELEASE, 0.02),
    (people_audit.OFFENCE_ADD, 0.02), (people_audit.PRIOR_ADD, 0.015), (people_audit.CASELOAD_ASSIGN, 0.02),
    (people_audit.CASELOAD_END, 0.005), (audit.AUDIT_VIEW, 0.003), (audit.MEMBERSHIP_SWITCH, 0.002),
]


class Clock:
    """Wall-clock timings of the phases, printed as they end."""

    def __init__(self):
        self.started = self.last = time.monotonic()
        self.phases = {}

    def done(self, phase, detail=""):
        now = time.monotonic()
        self.phases[phase] = round(now - self.last, 2)
        print(f"[{now - self.started:7.1f} s] {phase}: {now - self.last:.1f} s {detail}", flush=True)
        self.last = now

    @property
    def total(self):
        return round(time.monotonic() - self.started, 2)


def next_pk(model):
    return (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1


def weighted(rng, cumulative, values):
    return values[bisect(cumulative, rng.random() * cumulative[-1])]


def bench_instrument():
    """The benchmark's instrument as an instrument file would give it (docs/instruments.md), built here.

    Synthetic and bench-only: 5 domains of 8 items on one 3-value scale, 3 judgements, review after
    180 days, open to all (licence not restricted). Its definition is fixed, so its checksum is too.
    """
    domains = ["Accommodation and finances", "Education and employment", "Relationships and associates",
               "Health and substance use", "Conduct in custody"]
    kinds = ["need", "risk", "protective", "need", "risk", "context", "need", "protective"]
    en = lambda text: {"en": text}  # noqa: E731
    return {
        "format": "reintegra-instrument/1", "code": BENCH_INSTRUMENT, "version": "1", "status": "published",
        "name": en("Benchmark instrument, 40 items (synthetic)"),
        "description": en("Generated by bench/generate.py to give assessments a realistic size."),
        "notice": en("Synthetic benchmark instrument: not an instrument of any kind, no real content."),
        "licence": {"name": "CC0-1.0", "restricted": False}, "origin": "bench", "languages": ["en"],
        "certification": BENCH_INSTRUMENT,
        "scales": {"level": {"values": [{"code": "none", "label": en("None or minimal")},
                                        {"code": "some", "label": en("Some")},
                                        {"code": "marked", "label": en("Marked")}]}},
        "domains": [{
            "code": f"D{d}", "name": en(name),
            "items": [{
                "code": f"D{d}.{i:02d}", "type": kinds[i - 1], "scale": "level",
                "text": en(f"{name}: synthetic indicator {i} of 8, worded at about the length of a real item"),
                **({"guidance": en("Rate from the file and the interview; note what the rating rests on."),
                    "evidence_required": True} if i == 1 else {}),
            } for i in range(1, 9)],
        } for d, name in enumerate(domains, start=1)],
        "individual_factors": {"slots": 2},
        "summary": {"judgements": [{"code": "low", "label": en("Low concern")},
                                   {"code": "moderate", "label": en("Moderate concern")},
                                   {"code": "high", "label": en("High concern")}]},
        "review": {"interval_days": 180, "triggers": [{"code": "transfer", "label": en("Transfer")},
                                                      {"code": "incident", "label": en("Serious incident")}]},
    }


# Free texts of the generated assessments: a few synthetic phrases each, combined at random.
KEY_FACTORS = ["No stable accommodation on release", "Employment offer through the workshop",
               "Regular family visits", "Associates involved in offending", "Completed the literacy course",
               "Substance use in the past year", "Disciplinary reports in custody", "Engages with the case manager"]
RATIONALE = ["The file and the interview agree on the main points.", "Progress since the last assessment is modest.",
             "Family contact has become regular and supportive.", "Plans for release are not yet concrete.",
             "Behaviour on the unit has been stable for several months.",
             "The person describes the offence and its consequences openly.",
             "Information from the probation office confirms the account."]
VIEWS = ["Agrees with the assessment.", "Wants more support with accommodation.",
         "Disagrees with the rating of associates.", "Asks for a place on the vocational course."]
EVIDENCE = ["Interview, and the unit's observation log.", "Case file: reports of the last six months.",
            "Confirmed by the social worker by telephone.", "Stated in the interview; not yet confirmed.",
            "Disciplinary record and the education report."]
NOT_RATED = "No information available yet"
FACTORS = ["Strong attachment to a younger sibling", "Debts to former associates", "Recent bereavement"]
ADDENDA = ["Correction: the employment offer was withdrawn after the assessment.",
           "The court report mentioned in the rationale has now been received and confirms it."]


# --- the plans and programmes phase --------------------------------------------------------------
PLAN_PERSONS_BATCH = 2_000  # persons per write (and per transaction) in the plans phase
PROGRAMME_HISTORY_DAYS = 365  # programme enrolments, sessions and attendance over the last year
MAX_CONCURRENT_ENROLMENTS = 2  # programmes one person attends at the same time
ENGAGED_SHARE = 0.4  # of the draws for a programme place: among persons with a referral already
# Links from goals to assessment ratings: the instrument's domain for an area of need (BENCH-40 domains).
AREA_DOMAIN = {"accommodation": "D1", "finance": "D1", "ete": "D2", "family": "D3", "disengagement": "D3",
               "health": "D4", "substance_use": "D4", "thinking": "D5"}
AREA_WEIGHTS = {"accommodation": 12, "ete": 20, "finance": 8, "family": 14, "health": 9, "substance_use": 12,
                "thinking": 14, "disengagement": 5, "identity": 6}
# Goals in the prisoner's own words, steps as (what, owner, who exactly): synthetic, a few per area.
OWN_WORDS = {
    "accommodation": ["I want somewhere to live when I get out, not my uncle's sofa.",
                      "Find a room I can pay for myself, near my sister.",
                      "Not end up on the street again after release.",
                      "Go back to my parents' house, if they will have me."],
    "ete": ["I want to finish primary school while I am here.", "Get the welding certificate and work with my brother.",
            "Learn to read properly so I can read to my children.", "Have a job waiting for me when I leave.",
            "Learn something with my hands that pays."],
    "finance": ["Pay back the fines bit by bit.", "Open a bank account and learn to keep money.",
                "Stop owing money to people I should not owe."],
    "family": ["Keep in touch with my daughter every week.", "Make peace with my mother before I go home.",
               "Be a better father when I get out.", "Get my wife to visit me again."],
    "health": ["See the doctor about my back and sleep properly.", "Talk to someone about my nerves.",
               "Get fit and stay fit."],
    "substance_use": ["Stay clean, in here and outside.", "Stop drinking for good.",
                      "Get on the programme and off the pills."],
    "thinking": ["Walk away before I lose my temper.", "Think before I say yes to my old friends.",
                 "Stop getting into fights on the unit."],
    "disengagement": ["Leave the group I ran with and not go back.", "Stay away from the people who drew me into this.",
                      "Talk with someone who got out of it."],
    "identity": ["Understand my faith better, away from the people who misused it.",
                 "Find out who I am without the gang.", "Do something useful for my community."],
}
FRAMINGS = ["Builds on the interest shown in the workshop.", "Addresses the need rated in the last assessment.",
            "Agreed as the first priority for this sentence.", "A longer-term goal, for the second half of the sentence.",
            "The family supports it and visits regularly."]
STEPS = {
    "accommodation": [("Apply for supported housing through the social work centre", "partner", "Social work centre"),
                      ("Write to the housing office together", "case_manager", ""),
                      ("Ask whether the room at the sister's is still available", "family", "Sister"),
                      ("Collect the documents for the housing application", "prisoner", "")],
    "ete": [("Enrol in the literacy course", "programme", "Education department"),
            ("Ask the former school for the certificates", "case_manager", ""),
            ("Interview with the employment service before release", "partner", "National Employment Service"),
            ("Work in the prison workshop for three months", "staff", "Workshop instructor"),
            ("Write a CV with the education officer", "prisoner", "")],
    "finance": [("Make a repayment plan for the fines", "case_manager", ""),
                ("Open a savings account with the prison's help", "staff", "Finance office"),
                ("Keep a record of the monthly earnings and spending", "prisoner", "")],
    "family": [("Weekly telephone call with the daughter", "prisoner", ""),
               ("Arrange a family visit in the visits room", "staff", "Visits officer"),
               ("Meeting with the family and the social worker", "partner", "Social work centre"),
               ("Mother to bring the photographs and letters", "family", "Mother")],
    "health": [("Appointment with the prison doctor", "staff", "Health care"),
               ("Join the wellbeing group", "programme", "Health care"),
               ("Exercise in the gym three times a week", "prisoner", "")],
    "substance_use": [("Join the substance use group", "programme", "Health care"),
                      ("Regular voluntary testing", "staff", "Health care"),
                      ("Contact the community treatment centre before release", "partner", "Treatment centre")],
    "thinking": [("Take part in the thinking skills programme", "programme", "Psychologist"),
                 ("Talk through incidents on the unit with the case manager", "case_manager", ""),
                 ("Keep a diary of difficult situations", "prisoner", "")],
    "disengagement": [("Meet the exit mentor monthly", "programme", "Exit mentor"),
                      ("Agree contacts for after release with the probation office", "partner", "Probation office"),
                      ("Ask for a move away from the group on the unit", "case_manager", "")],
    "identity": [("Counselling with the imam or chaplain", "programme", "Religious counsellor"),
                 ("Volunteer in the library", "staff", "Librarian"),
                 ("Read and discuss a book each month", "prisoner", "")],
}
REMOVED_REASONS = ["No longer relevant after the transfer.", "Replaced by a more concrete goal.",
                   "The prisoner no longer wants to work on this."]
STEP_NOTES = ["Attended as agreed.", "Postponed: the officer was away this week.", "Good progress, keen to continue.",
              "Did not go; says he was unwell.", "Letter sent, waiting for the answer.",
              "Discussed in the case review; keep as it is.", "Family confirmed by telephone."]
VERSION_SUMMARIES = ["Went through each goal with the prisoner; the wording of the goals is theirs.",
                     "Reviewed progress since the last version; two steps done, one postponed.",
                     "Discussed the transfer and what it changes for the plan.",
                     "Talked about release: accommodation and work are the priorities now.",
                     "Short review; the prisoner wants to keep the plan as it is."]
RESPONSE_COMMENTS = ["I do not agree that drinking is my problem.", "I want the workshop, not school.",
                     "Did not want to discuss it today.", "Needed the interpreter, who was not available."]
# The catalogue: names by kind, the areas of need a programme of that kind serves, its length in weeks.
PROGRAMME_KINDS = {
    "education": (18, ["Literacy and numeracy", "Primary school completion", "Secondary school courses",
                       "Computer skills", "English for beginners"], ["ete"], (12, 36)),
    "vocational": (16, ["Welding workshop", "Bakery and catering", "Carpentry", "Horticulture", "Car mechanics",
                        "Hairdressing"], ["ete", "finance"], (8, 24)),
    "work": (10, ["Laundry", "Kitchen work", "Maintenance team", "Farm work"], ["ete", "finance"], (12, 52)),
    "cognitive_behavioural": (12, ["Thinking skills", "Anger management", "Offending behaviour group",
                                   "Problem solving"], ["thinking"], (6, 16)),
    "disengagement": (4, ["Exit work", "Disengagement mentoring"], ["disengagement", "identity"], (8, 26)),
    "religious_counselling": (5, ["Religious counselling", "Faith and dialogue"], ["identity"], (4, 12)),
    "mentoring": (7, ["Peer mentoring", "Release mentoring"], ["thinking", "accommodation"], (8, 26)),
    "family": (8, ["Parenting from prison", "Family contact"], ["family"], (4, 10)),
    "sport_culture": (10, ["Team sport", "Theatre workshop", "Reading group", "Music workshop"], ["health", "identity"],
                      (4, 12)),
    "health": (10, ["Substance use group", "Harm reduction", "Wellbeing group", "Stopping smoking"],
               ["substance_use", "health"], (4, 12)),
}
PROVIDERS = ["Education department", "Vocational training centre", "Psychology service", "Health care",
             "Red Cross (volunteers)", "Local employment service", "Religious community", "Sports association"]
REFERRAL_REASONS = ["Named in the plan as the next step.", "Asked for it at the last review.",
                    "Recommended in the assessment.", "Needed before release."]
DECLINE_REASONS = ["Does not meet the language requirement yet.", "Sentence too short to complete the programme.",
                   "Already completed this programme."]
WITHDRAW_REASONS = ["The prisoner changed his mind.", "Released before a place was free.",
                    "Transferred to another establishment."]
END_REASONS = {"dropped_out": ["Stopped coming after the transfer to another unit.", "Lost interest."],
               "removed": ["Removed after repeated disruptive behaviour.", "Removed: a security decision."]}
REPORTS = ["Attended regularly and took an active part.", "Completed the course work; certificate issued.",
           "Attendance was irregular; the content was understood.", "Left before the end; see the reason."]
EXCUSES = ["Court hearing", "Medical appointment", "Family visit", "Work shift"]
AREA_CODES, AREA_CUM = list(AREA_WEIGHTS), list(accumulate(AREA_WEIGHTS.values()))
GOAL_COUNT_CUM = list(accumulate([15, 30, 30, 15, 10]))  # 1–5 goals per plan
GOAL_STATUSES = ["active", "future", "achieved", "removed"]
GOAL_OPEN_CUM, GOAL_CLOSED_CUM = list(accumulate([62, 10, 18, 10])), list(accumulate([45, 10, 35, 10]))
MOTIVATIONS, MOTIVATION_CUM = ["not_yet", "thinking", "preparing", "acting", "maintaining"], \
    list(accumulate([8, 22, 30, 28, 12]))
STEP_OUTCOMES = {  # a step's status by its goal's: (cumulative weights, statuses)
    "active": (list(accumulate([35, 35, 20, 10])), ["planned", "in_progress", "done", "not_done"]),
    "future": ([1], ["planned"]),
    "achieved": (list(accumulate([80, 10, 10])), ["done", "not_done", "cancelled"]),
    "removed": (list(accumulate([60, 20, 20])), ["cancelled", "done", "planned"]),
}
RESPONSES, RESPONSE_CUM = ["agreed", "not_agreed", "could_not_answer", ""], list(accumulate([78, 12, 5, 5]))


# --- the decisions phase -------------------------------------------------------------------------
DECISION_YEARS = 3  # decisions over the last three years (a service's first years with the module)
DECISION_LANGUAGE = "sr"  # texts from reintegra/demo/data/decision_texts.yaml, in the service's working language
DECISION_TEXTS = demo_texts.decisions()
GOVERNOR_LOGIN = "bench-gov-1"  # run.py's governor: STAFF puts bench-gov-1 at establishment 1
HQ_GOVERNORS = 2  # bench-gov-hq-<n>: governors at headquarters, who take the decisions of that level
# The demo's types and roles: code: (category, separation, review interval, maximum, decided at).
PROPOSE_ROLES, DECIDE_ROLES, DECISION_TYPES = seed_decisions.PROPOSERS, seed_decisions.DECIDERS, seed_decisions.TYPES
MEASURES = ["separation", "contact", "supervision"]
# Planned length of a measure in days (ends_on = starts_on + length - 1, within the type's maximum):
# (low, high, mode) of a triangular draw.
MEASURE_DAYS = {"separation": (3, 30, 8), "contact": (14, 90, 60), "supervision": (30, 180, 90)}
# In force today, per person in custody: a few thousand measures, a few hundred separations.
IN_FORCE_RATE = {"separation": 0.016, "contact": 0.05, "supervision": 0.06}
IN_FORCE_CHAIN = {"separation": 0.08, "contact": 0.10, "supervision": 0.08}  # in force as an extension
CHAIN_LINKS, CHAIN_LINKS_CUM = [2, 3, 4], list(accumulate([70, 20, 10]))  # decisions in such a chain
IN_FORCE_EXPIRED = 0.015  # past the end date and the maximum: nobody ended it (the dashboard flags it)
REVIEW_MISSED = 0.05  # per review date of a measure in force: not held (the review is overdue since)
REVIEW_LATE_DAYS = [0, 0, 0, 0, 0, 1, 1, 2]  # a review held on the due date or a little later
# History: at each review the measure ends with this probability (otherwise continues to its end date);
# some are lifted by a decision between reviews, some extended by a new decision at their end.
REVIEW_ENDS = {"separation": 0.45, "contact": 0.3, "supervision": 0.25}
LIFTED, EXTENDED = 0.08, 0.07
HISTORY_SHARES = {"separation": 0.42, "contact": 0.32, "supervision": 0.26}  # of the measure stories
CLASSIFICATION_SHARE = 0.30  # of all decisions
REJECTED_SHARE = 0.03  # proposals not decided
PENDING_RATE, RETURNED_RATE = 0.012, 0.002  # proposals awaiting a decision / returned, per person in custody
PENDING_TYPES, PENDING_CUM = ["separation", "contact", "supervision", "classification", "allocation"], \
    list(accumulate([25, 30, 25, 15, 5]))
ALLOCATION_OF_TRANSFER = 0.85  # transfers in the window recorded by a decided allocation
APPEALED = {"measure": 0.07, "classification": 0.04, "allocation": 0.03, "lifting": 0.0}
SEPARATION_LOGGED = 0.93  # days of a separation with a log entry (the gaps are what an inspector looks for)
REMINDER_DAYS = 30  # the daily reminder task has run for the last 30 days
CONTACT_HOURS, CONTACT_HOURS_CUM = ["0", "0.5", "1", "1.5", "2", "3", "4"], list(accumulate([8, 10, 30, 15, 20, 12, 5]))
EVIDENCE_PREFIX = {"incident": "INC", "document": "DOC", "statement": "IZJ", "concern": "BZB"}
EVIDENCE_KINDS, EVIDENCE_CUM = ["incident", "document", "statement", "concern"], list(accumulate([40, 25, 25, 10]))
CONCERNS = ["Пријава забринутости васпитача због претњи упућених цимеру.",
            "Пријава службеника обезбеђења о притиску на друге осуђене у одељењу.",
            "Пријава здравствене службе о променама у понашању после посете."]
LIFT_REASONS = ["Разлози за меру више не постоје: лице се придржава договореног понашања.",
                "Други осуђени је премештен у други завод, па ризик од контакта више не постоји.",
                "Провера инцидента је окончана и није потврдила сумњу на којој је мера заснована."]
RETURN_NOTES = ["Допунити доказе: недостаје изјава службеника који је интервенисао.",
                "Образложити зашто блажа мера није довољна."]
REJECT_NOTES = ["Докази не показују конкретан ризик који оправдава меру.",
                "Блажа мера (упозорење и разговор) још није покушана.",
                "Предлог је поднет после престанка разлога за меру."]
JUSTIFICATIONS = ["Лице је малолетно; одвајање је неопходно ради заштите других малолетника после напада, "
                  "уз свакодневни обилазак психолога и васпитача и без ограничења контакта с породицом.",
                  "Лице је трудно; одвајање у здравственом одељењу ради заштите од претњи, уз свакодневни лекарски "
                  "преглед, а не као казна."]
WITHHELD = ["Примерак задржан до окончања провере ради заштите сведока; лице је усмено обавештено о садржини."]
APPEAL_NOTES = ["Жалба поднета преко браниоца.", "Лице је жалбу изјавило на записник."]
# End reasons as the actions write them, in the service's language.
with translation.override(DECISION_LANGUAGE):
    LIFTED_BY, EXTENDED_BY = gettext("Lifted by decision"), gettext("Extended by decision")
    ENDED_ON_RELEASE, APPEAL_UPHELD = gettext("Ended on release"), gettext("Appeal upheld by %(body)s")
# The safeguards of issue 10 (docs/decisions.md), as the actions leave them.
BASES, COURT_DECIDES = seed_decisions.BASES, seed_decisions.COURT_DECIDES  # the bases each type may rest on
URGENT = {"separation": 0.10, "contact": 0.02, "supervision": 0.03}  # measures decided before the person was heard
URGENT_UNHEARD = 0.3  # of the urgent measures in force: not heard yet (due within the hours, or overdue)
DECLINED = 0.3  # of the persons heard: declined to make representations
HEARD_OTHERS = (0.45, 0.2)  # a classification, allocation or lifting: heard, declined (else not asked)
ORAL_ORDER = {"separation": 0.06, "contact": 0.01, "supervision": 0.02}  # ordered orally overnight: backdated a day
OBJECTED = {"history": 0.02, "live": 0.04}  # separations with a health professional's objection
GOVERNOR_VISITED = 0.88  # logged days with the visit of the governor or a person acting for the governor
WITHHELD_EVIDENCE = 0.04  # statements and concern reports whose gist is not disclosed to the person
APPEAL_OUTCOMES = {"measure": [("dismissed", 65), ("partly", 10), ("upheld", 8), ("withdrawn", 17)],
                   "classification": [("dismissed", 65), ("partly", 10), ("upheld", 8), ("withdrawn", 17)],
                   "allocation": [("dismissed", 80), ("withdrawn", 20)]}  # a transfer done is not undone here
FUTURE_ALLOCATION_RATE = 0.002  # per person in custody: an allocation decided for a date to come
OBJECTION_END = "Мера се окончава на приговор здравственог радника; лице се враћа у одељење уз медицински надзор."


class Generator:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.today = args.today
        self.counts = defaultdict(int)
        self.explicit_pk_models = []
        self.name_sets = [n for n, _ in NAME_SETS]
        self.name_cum = list(accumulate(s for _, s in NAME_SETS))

    # --- structure -------------------------------------------------------------------------------
    def structure(self):
        self.service = Service.objects.create(
            code=SERVICE_CODE, name="Uprava za izvršenje krivičnih sankcija (benchmark)",
            name_en="Benchmark national prison administration", country="RS",
            languages=["sr", "sr-latn", "sq", "bs"], timezone="Europe/Belgrade",
        )
        org = Organisation.Kind
        # save() computes the materialised path; there are only ~80 of them.
        self.hq = Organisation.objects.create(service=self.service, kind=org.HEADQUARTERS, code=HQ_CODE,
                                              name="Benchmark headquarters")
        self.establishments = []
        for i in range(1, ESTABLISHMENTS + 1):
            est = Organisation.objects.create(service=self.service, parent=self.hq, kind=org.ESTABLISHMENT,
                                              code=f"E{i:02d}", name=f"Correctional establishment {i:02d}")
            est.units = [
                Organisation.objects.create(service=self.service, parent=est, kind=org.UNIT,
                                            code=f"E{i:02d}-U{u}", name=f"Establishment {i:02d}, unit {u}")
                for u in range(1, self.rng.randint(4, 6) + 1)
            ]
            self.establishments.append(est)
        self.probation = [
            Organisation.objects.create(service=self.service, parent=self.hq, kind=org.PROBATION_OFFICE,
                                        code=f"P{i}", name=f"Probation office {i}")
            for i in range(1, PROBATION_OFFICES + 1)
        ]
        self.counts["organisations"] = 1 + len(self.establishments) + len(self.probation) + sum(
            len(e.units) for e in self.establishments)

    # --- staff -----------------------------------------------------------------------------------
    def staff(self):
        rng, total = self.rng, self.args.staff
        password = make_password(BENCH_PASSWORD)  # one hash for all: hashing is slow by design
        user_pk, membership_pk = next_pk(User), next_pk(Membership)
        self.explicit_pk_models += [User, Membership]
        users, memberships = [], []
        self.case_managers = defaultdict(list)  # establishment pk -> user pks
        self.probation_officers, self.actor_ids, self.usernames = [], [], {}
        units = [u for e in self.establishments for u in e.units]
        places = {"establishment": self.establishments, "unit": units, "probation_office": self.probation,
                  "headquarters": [self.hq]}

        def add(username, role, organisation, sex=None):
            nonlocal user_pk, membership_pk
            name_set = weighted(rng, self.name_cum, self.name_sets)
            sex = sex or rng.choice(["male", "female"])
            users.append(User(pk=user_pk, username=username, password=password, is_active=True,
                              first_name=rng.choice(NAMES.name_sets[name_set][sex]),
                              last_name=rng.choice(NAMES.name_sets[name_set]["family"])))
            memberships.append(Membership(pk=membership_pk, user_id=user_pk, organisation=organisation,
                                          service_id=self.service.pk, role=role))
            membership_pk += 1
            self.actor_ids.append(user_pk)
            self.usernames[user_pk] = username
            if role == Role.CASE_MANAGER:
                self.case_managers[organisation.pk].append(user_pk)
            elif role == Role.PROBATION_OFFICER:
                self.probation_officers.append(user_pk)
            user_pk += 1
            return users[-1]

        # The known login first: a case manager at establishment 1 and nothing else, so its one
        # membership is the one a fresh session acts for.
        self.known_user = add(KNOWN_LOGIN, Role.CASE_MANAGER, self.establishments[0])
        quotas = [(role, short, max(1, round(share * (total - 1))), place) for role, short, share, place in STAFF]
        quotas[0] = (quotas[0][0], quotas[0][1], quotas[0][2] + (total - 1) - sum(q[2] for q in quotas), quotas[0][3])
        for role, short, quota, place in quotas:
            orgs = places[place]
            for n in range(1, quota + 1):
                user = add(f"bench-{short}-{n}", role, orgs[(n - 1) % len(orgs)])
                # Some staff hold a second role at the same place (the organisation/role switcher).
                if role == Role.CASE_MANAGER and rng.random() < 0.05:
                    memberships.append(Membership(pk=membership_pk, user_id=user.pk, role=Role.ASSESSOR,
                                                  organisation=memberships[-1].organisation,
                                                  service_id=self.service.pk))
                    membership_pk += 1
        User.objects.bulk_create(users, batch_size=1000)
        Membership.objects.bulk_create(memberships, batch_size=1000)
        self.counts["users"], self.counts["memberships"] = len(users), len(memberships)

    # --- persons and their records -----------------------------------------------------------------
    def persons(self):
        rng, today, args = self.rng, self.today, self.args
        if not args.persons <= args.episodes <= 4 * args.persons:
            raise SystemExit("--episodes must be between --persons and 4 × --persons (1–4 episodes each)")
        models = [Person, CustodyEpisode, Offence, Transfer, Identifier, PriorConviction, CaseAssignment]
        models += [NameToken] if NameToken is not None else []
        pk = {m: next_pk(m) for m in models}
        self.explicit_pk_models += models
        persons, episodes, offences, transfers, identifiers, priors, name_tokens = [], [], [], [], [], [], []
        sid = self.service.pk
        offence_pool = NAMES.offences
        all_units = [u for e in self.establishments for u in e.units]

        # Ages first: only adults can carry several episodes, and episode counts must add up exactly.
        juvenile = [rng.random() < 0.04 for _ in range(args.persons)]
        ages = [rng.uniform(15, 17.9) if j else rng.choice(
            [rng.uniform(18, 21), rng.uniform(21, 35), rng.uniform(21, 35), rng.uniform(35, 65)])
            for j in juvenile]
        counts = self._episode_counts([i for i, a in enumerate(ages) if a >= 19])

        for i in range(args.persons):
            n = i + 1
            name_set = weighted(rng, self.name_cum, self.name_sets)
            spec = NAMES.name_sets[name_set]
            female = rng.random() < 0.09
            sex = "female" if female else "male"
            born = today - timedelta(days=int(ages[i] * 365.25) + rng.randint(0, 364))
            given, family = rng.choice(spec[sex]), rng.choice(spec["family"])
            fathers = rng.choice(spec["male"]) if spec["fathers"] and rng.random() < 0.7 else ""
            aliases = ""
            if rng.random() < 0.03:  # an alias written in another name set (often another script)
                other = NAMES.name_sets[weighted(rng, self.name_cum, self.name_sets)]
                aliases = f"{rng.choice(other[sex])} {rng.choice(other['family'])}"
            person = Person(
                pk=pk[Person] + i, service_id=sid, given_name=given, family_name=family, fathers_name=fathers,
                aliases=aliases, date_of_birth=born, sex=Sex.FEMALE if female else Sex.MALE,
                citizenship=CITIZENSHIP[name_set], language=LANGUAGE_CODES[name_set], languages=LANGUAGES[name_set],
                interpreter_needed=rng.random() < 0.04,
            )
            # As Person.save() does (check_consistency() compares with the real save()).
            person.family_key, person.given_key = fold(family), fold(given)
            if "search_key" in PERSON_FIELDS:  # the single folded search string, in older schemas
                person.search_key = " ".join(filter(None, [person.family_key, person.given_key, fold(fathers),
                                                           fold(aliases)]))
            if NameToken is not None:  # one row per folded word of the names, in newer ones
                for token in sorted(person_tokens(person)):
                    name_tokens.append(NameToken(pk=pk[NameToken] + len(name_tokens), service_id=sid,
                                                 person_id=person.pk, token=token))
            persons.append(person)

            # Custody episodes, oldest first, all closed but possibly the last one.
            k = counts[i]
            span_days = min(int((ages[i] - 14) * 365) - 60 * k, 3650)
            last_admit = today - timedelta(days=rng.randint(10, max(11, span_days)))
            floor = born + timedelta(days=int(14 * 365.25) + 1)
            dates = []
            if k > 1:
                segment = (last_admit - floor).days // (k - 1)
                for s in range(k - 1):
                    start = floor + timedelta(days=s * segment)
                    admitted = start + timedelta(days=rng.randint(0, segment // 2 - 1))
                    released = admitted + timedelta(days=rng.randint(1, segment // 2 - 1))
                    dates.append((admitted, released))
            open_now = rng.random() < 0.70
            last_release = None if open_now else min(today, last_admit + timedelta(days=rng.randint(30, 1500)))
            dates.append((last_admit, last_release))

            for admitted, released in dates:
                est = rng.choice(self.establishments)
                unit = rng.choice(est.units) if rng.random() < 0.9 else None
                sentenced = rng.random() < 0.75
                years = rng.choice(SENTENCE_YEARS) if sentenced else None
                if years and released is None:
                    # Still serving it, so the sentence has not run out: the shortest one that runs past
                    # today (no extra draw). Plans' review clocks count down to the expected release.
                    years = next((y for y in SENTENCE_YEARS if admitted + timedelta(days=365 * y) > today), years)
                episode = CustodyEpisode(
                    pk=pk[CustodyEpisode] + len(episodes), service_id=sid, person_id=person.pk, establishment=est,
                    unit=unit, admitted_on=admitted, released_on=released,
                    legal_status=LegalStatus.SENTENCED if sentenced else rng.choice(
                        [LegalStatus.REMAND, LegalStatus.REMAND, LegalStatus.CONVICTED_NOT_FINAL]),
                    sentence_years=years, sentence_months=rng.choice([0, 0, 6]) if sentenced else None,
                    sentence_days=0 if sentenced else None,
                    expected_release=admitted + timedelta(days=365 * years) if sentenced else None,
                    earliest_release=admitted + timedelta(days=240 * years) if sentenced else None,
                    # Sentenced as a juvenile: a juvenile sanction (no extra draw, so the rest is unchanged).
                    juvenile_sanction=sentenced and years_between(born, admitted) < JUVENILE_AGE,
                    # As CustodyEpisode.save() does.
                    age_at_admission=years_between(born, admitted),
                )
                episodes.append(episode)
                for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 3)):
                    sample = offence_pool[rng.randrange(len(offence_pool))]
                    offences.append(Offence(
                        pk=pk[Offence] + len(offences), service_id=sid, episode_id=episode.pk,
                        description=sample["label_en"], category=sample["category"],
                        legal_reference=f"KZ čl. {rng.randint(100, 400)}",
                        committed_on=max(born + timedelta(days=5000), admitted - timedelta(days=rng.randint(1, 400))),
                    ))
                end = released or today
                if rng.random() < 0.12 and (end - admitted).days > 2:
                    origin = rng.choice([u for u in all_units if u.parent_id != est.pk])
                    transfers.append(Transfer(
                        pk=pk[Transfer] + len(transfers), service_id=sid, episode_id=episode.pk,
                        transferred_on=admitted + timedelta(days=rng.randint(1, (end - admitted).days - 1)),
                        from_placement=origin, to_placement=unit or est, reason="Allocation review",
                    ))
            # As actions._place() does: the open episode's unit, else its establishment.
            if open_now:
                placement = episodes[-1].unit or episodes[-1].establishment
                person.current_episode_id = episodes[-1].pk
                person.location_id, person.location_path = placement.pk, placement.path
            person.open_establishment = episodes[-1].establishment if open_now else None

            number = f"{SERVICE_CODE}-{dates[0][0].year}-{n:06d}"
            identifiers.append(Identifier(pk=pk[Identifier] + len(identifiers), service_id=sid, person_id=person.pk,
                                          kind=Identifier.Kind.PRISON_NUMBER, value=number,
                                          value_key=normalise_identifier(number)))
            if rng.random() < 0.15:  # national id: 13 digits, distinct because 7919113 is prime to 9e12
                value = str(10**12 + (n * 7_919_113) % (9 * 10**12))
                identifiers.append(Identifier(pk=pk[Identifier] + len(identifiers), service_id=sid,
                                              person_id=person.pk, kind=Identifier.Kind.NATIONAL_ID, value=value,
                                              value_key=normalise_identifier(value)))
            if ages[i] >= 19 and rng.random() < 0.455:  # ~40 % of all persons (~88 % are 19 or older)
                for _ in range(rng.randint(1, 3)):
                    sample = offence_pool[rng.randrange(len(offence_pool))]
                    priors.append(PriorConviction(
                        pk=pk[PriorConviction] + len(priors), service_id=sid, person_id=person.pk,
                        year=rng.randint(born.year + 18, today.year - 1), description=sample["label_en"],
                        category=sample["category"], custodial=rng.random() < 0.4,
                    ))

        assignments = self._assignments(persons, pk[CaseAssignment])
        with transaction.atomic():
            # Foreign keys are deferred (Django creates them DEFERRABLE INITIALLY DEFERRED), so persons
            # may point at episodes written a moment later in the same transaction.
            tables = [(Person, persons), (CustodyEpisode, episodes), (Offence, offences), (Transfer, transfers),
                      (Identifier, identifiers), (PriorConviction, priors), (CaseAssignment, assignments)]
            tables += [(NameToken, name_tokens)] if NameToken is not None else []
            for model, rows in tables:
                model.objects.bulk_create(rows, batch_size=2000)
                self.counts[model._meta.model_name] = len(rows)
        self.person_pks = [p.pk for p in persons]
        self.counts["persons_in_custody"] = sum(1 for p in persons if p.current_episode_id)
        self.counts["known_login_caseload"] = sum(
            1 for a in assignments if a.user_id == self.known_user.pk and a.ended_on is None)
        self.counts["establishment_1_persons"] = sum(
            1 for p in persons if p.location_path.startswith(self.establishments[0].path))

    def _episode_counts(self, adults):
        """1–4 episodes per person adding up to exactly --episodes; only adults get more than one.

        Up to 40,000 episodes for 25,000 persons, 1–3 each, drawn as before the plans phase; beyond
        what that allows, a fourth episode for some.
        """
        extra = self.args.episodes - self.args.persons
        threes = max(extra // 5, extra - len(adults))  # n2 + n3 = extra - n3 must fit among adults
        twos, fours = extra - 2 * threes, 0
        if twos < 0 or twos + threes > len(adults):
            chosen = min(len(adults), round(extra * 0.6))  # adults with more than one episode
            more = extra - chosen  # beyond one extra each: a third (one more) or a fourth (two more)
            fours = more // 4
            threes = more - 2 * fours
            twos = chosen - threes - fours
            if more < 0 or twos < 0:
                raise SystemExit("too many episodes for the number of adult persons")
        chosen = self.rng.sample(adults, twos + threes + fours)
        counts = [1] * self.args.persons
        for j, i in enumerate(chosen):
            counts[i] = 4 if j < fours else 3 if j < fours + threes else 2
        return counts

    def _assignments(self, persons, first_pk):
        """Case managers for ~80 % of the persons in custody, from their establishment.

        The known login gets KNOWN_CASELOAD persons: most in establishment 1, two elsewhere (released or
        moved on, so visible only through the caseload branch of visible_persons).
        """
        rng, today, rows = self.rng, self.today, []
        known = self.known_user.pk
        est1 = self.establishments[0]

        def assign(person, user_id, kind=CaseAssignment.Kind.CASE_MANAGER, ended=False):
            episode_start = person.date_of_birth + timedelta(days=int(14 * 365.25) + 1)
            started = min(today, max(episode_start, today - timedelta(days=rng.randint(0, 900))))
            rows.append(CaseAssignment(
                pk=first_pk + len(rows), service_id=self.service.pk, person_id=person.pk, user_id=user_id,
                kind=kind, started_on=started,
                ended_on=min(today, started + timedelta(days=rng.randint(1, 300))) if ended else None,
            ))

        in_est1 = [p for p in persons if p.open_establishment is not None and p.open_establishment.pk == est1.pk]
        elsewhere = [p for p in persons if p.open_establishment is None or p.open_establishment.pk != est1.pk]
        mine = {id(p) for p in rng.sample(in_est1, min(KNOWN_CASELOAD - 2, len(in_est1)))}
        mine |= {id(p) for p in rng.sample(elsewhere, min(2, len(elsewhere)))}
        for person in persons:
            if rng.random() < 0.10:  # an earlier, ended assignment
                others = [u for u in self.case_managers[rng.choice(self.establishments).pk] if u != known]
                if others:
                    assign(person, rng.choice(others), ended=True)
            if id(person) in mine:
                assign(person, known)
            elif person.open_establishment is not None and rng.random() < 0.8:
                staff = [u for u in self.case_managers[person.open_establishment.pk] if u != known]
                if staff:
                    assign(person, rng.choice(staff))
            if rng.random() < 0.05 and self.probation_officers:
                assign(person, rng.choice(self.probation_officers), kind=CaseAssignment.Kind.CO_WORKER)
        # The ended assignment above may have picked the same user as an open one: that is allowed
        # (the constraints only cover open rows), and two open rows for one person and user cannot occur.
        return rows

    # --- assessments and their ratings --------------------------------------------------------------
    def assessments(self):
        """The bench instrument, certifications, and --assessments assessments with ~40 ratings each.

        A random stream of its own (from --seed), so everything else -- the audit trail drawn after this
        phase included -- is what it was before this phase existed. A person's assessments are dated
        oldest first within the last ASSESSMENT_YEARS years and the person's time in custody (for a
        person in custody the newest is 0–8 months old, so about a third of their reviews are due or
        overdue), and their states are the ones the actions leave behind: at most one countersigned
        assessment per person, each earlier one superseded by the next (countersign() supersedes), and
        for ~5 % of all assessments a newer one of a person in custody still submitted or a draft.
        Assessments are bulk-created with keys allocated here, a few hundred persons at a time; their
        ratings (4.8M at full scale) go through the audit trail's raw writer, RATINGS_BATCH rows per
        transaction, so memory stays flat.
        """
        rng, today, sid = random.Random(f"{self.args.seed}:assessments"), self.today, self.service.pk
        yesterday = today - timedelta(days=1)
        # Through the real loader, as `reintegra instruments import` would store an instrument file.
        instrument, _ = loader.store(loader.check(json.dumps(bench_instrument(), ensure_ascii=False)))
        self.instrument = instrument
        items = [(item["code"], bool(item.get("evidence_required"))) for _, item in instrument.items()]
        values = instrument.scale_values("level")
        judgements, judgement_cum = instrument.judgement_codes(), [0.45, 0.85, 1.0]
        S = Assessment.Status

        # Certified: every case manager and assessor, the known login included (case managers hold
        # VIEW_ASSESSMENT and ASSESS). Staff assess in their establishment; assessors (COUNTERSIGN)
        # countersign. The known login authors none: it reads as any case manager does.
        known = self.known_user.pk
        staff = list(Membership.objects.filter(service_id=sid, role__in=[Role.CASE_MANAGER, Role.ASSESSOR])
                     .order_by("pk").values_list("user_id", "organisation_id", "role"))
        certified = sorted({user for user, _, _ in staff})
        Certification.objects.bulk_create([
            Certification(service_id=sid, user_id=user, module=instrument.certification,
                          valid_until=today + timedelta(days=rng.randint(60, 3 * 365))) for user in certified
        ], batch_size=1000)
        assessors, countersigners = defaultdict(list), defaultdict(list)
        for user, org, role in staff:
            if user != known and user not in assessors[org]:
                assessors[org].append(user)
            if role == Role.ASSESSOR and user not in countersigners[org]:
                countersigners[org].append(user)
        anyone = sorted({u for users in assessors.values() for u in users})
        any_countersigner = sorted({u for users in countersigners.values() for u in users})

        # Each person's window: from the later of ASSESSMENT_YEARS ago and their first admission, to
        # yesterday (in custody) or their last release; room for one assessment per two months of it.
        since = today - timedelta(days=ASSESSMENT_YEARS * 365)
        first_admitted, last_released, last_establishment = {}, {}, {}
        for person_id, admitted, released, est in (
                CustodyEpisode.objects.filter(service_id=sid).order_by("person_id", "admitted_on")
                .values_list("person_id", "admitted_on", "released_on", "establishment_id")):
            first_admitted.setdefault(person_id, admitted)
            last_released[person_id], last_establishment[person_id] = released, est
        persons = list(Person.objects.filter(service_id=sid).order_by("pk").values_list(
            "pk", "current_episode_id", "interpreter_needed", "location_path"))
        windows, caps, in_custody = [], [], []
        for pk, current, _, _ in persons:
            start = max(since, first_admitted[pk])
            end = yesterday if current else min(yesterday, last_released[pk])
            windows.append((start, end))
            caps.append(0 if end < start else min(MAX_ASSESSMENTS_PER_PERSON, 1 + (end - start).days // 60))
            in_custody.append(current is not None)
        counts = self._assessment_counts(rng, caps, in_custody)
        total = sum(counts)
        # Whose newest assessment is still a draft or awaiting countersignature: persons in custody.
        n_draft, n_submitted = round(DRAFT_SHARE * total), round(SUBMITTED_SHARE * total)
        candidates = [i for i, n in enumerate(counts) if n and in_custody[i]]
        chosen = rng.sample(candidates, min(len(candidates), n_draft + n_submitted))
        newest_status = {i: S.DRAFT if j < n_draft else S.SUBMITTED for j, i in enumerate(chosen)}

        a_pk, r_pk = next_pk(Assessment), next_pk(Rating)
        self.explicit_pk_models += [Assessment, Rating]
        write = self._writer(Rating._meta.db_table,
                             ["id", "service_id", "assessment_id", "item", "value", "not_rated_reason", "evidence"])
        batch, ratings, factors, addenda = [], [], [], []
        due_by = today + timedelta(days=30)  # queries.DUE_WITHIN_DAYS
        est1_path, written = self.establishments[0].path, {"assessments": 0, "ratings": 0}

        def stamp(day):
            return datetime.combine(day, dtime(rng.randint(7, 15), rng.randint(0, 59)), tzinfo=UTC)

        def flush():
            with transaction.atomic():  # foreign keys are deferred: superseded_by may point forward
                Assessment.objects.bulk_create(batch, batch_size=1000)
                IndividualFactor.objects.bulk_create(factors, batch_size=1000)
                Addendum.objects.bulk_create(addenda, batch_size=1000)
                write(ratings)
            before = written["assessments"]
            written["assessments"] += len(batch)
            written["ratings"] += len(ratings)
            self.counts["individualfactor"] += len(factors)
            self.counts["addendum"] += len(addenda)
            if written["assessments"] // 20_000 != before // 20_000 or written["assessments"] == total:
                print(f"    assessments: {written['assessments']:,} / {total:,}, "
                      f"ratings: {written['ratings']:,}", flush=True)
            for rows in (batch, ratings, factors, addenda):
                rows.clear()

        for i, (pk, current, interpreter, location_path) in enumerate(persons):
            k = counts[i]
            if not k:
                continue
            start, end = windows[i]
            last_status = newest_status.get(i, S.COUNTERSIGNED)
            if last_status != S.COUNTERSIGNED:  # work in progress: of the last month
                newest_on = end - timedelta(days=rng.randint(0, 29))
            else:  # in custody: 0–8 months ago; released: in the last three months before release
                newest_on = end - timedelta(days=rng.randint(0, 239 if current else 90))
            dates = [max(start, newest_on)]
            if k > 1:  # earlier ones every 5–8 months, closer when the window is short (never before start)
                step = min((dates[0] - start).days / (k - 1), rng.uniform(150, 240))
                for _ in range(k - 1):
                    dates.append(dates[-1] - timedelta(days=int(step * rng.uniform(0.8, 1.0))))
                dates.reverse()
            signed_last = k - 1 if last_status == S.COUNTERSIGNED else k - 2  # stays countersigned (-1: none)
            est = last_establishment[pk]
            pool = assessors.get(est) or anyone
            for j, on in enumerate(dates):
                status = S.SUPERSEDED if j < signed_last else S.COUNTERSIGNED if j == signed_last else last_status
                draft, signed = status == S.DRAFT, status in (S.COUNTERSIGNED, S.SUPERSEDED)
                assessor = pool[rng.randrange(len(pool))]
                submitted_on = max(on, min(on + timedelta(days=rng.randint(0, 3)), yesterday))
                countersigner = None
                if signed:
                    choices = ([u for u in countersigners.get(est, ()) if u != assessor]
                               or [u for u in any_countersigner if u != assessor])
                    countersigner = choices[rng.randrange(len(choices))]
                filled = not draft or rng.random() < 0.5  # a draft may have its ratings but no summary yet
                review_due = None if draft else assessment_clock.review_due(on, instrument.review_interval_days)
                batch.append(Assessment(
                    pk=a_pk, service_id=sid, person_id=pk, instrument_id=instrument.pk, assessor_id=assessor,
                    status=status, assessed_on=on, sources=["interview", "file"], interpreter_used=interpreter,
                    judgement=weighted(rng, judgement_cum, judgements) if filled else "",
                    key_factors="\n".join(rng.sample(KEY_FACTORS, 3)) if filled else "",
                    rationale=" ".join(rng.sample(RATIONALE, 3)) if filled else "",
                    prisoner_view=rng.choice(VIEWS) if filled and rng.random() < 0.6 else "",
                    disclosed=None if draft else True, review_due=review_due,
                    submitted_at=None if draft else stamp(submitted_on),
                    countersigned_by_id=countersigner,
                    countersigned_at=stamp(min(submitted_on + timedelta(days=rng.randint(0, 7)), yesterday))
                    if signed else None,
                    superseded_by_id=a_pk + 1 if status == S.SUPERSEDED else None,  # the next one, countersigned
                    version=rng.randint(2, 6) if draft else rng.randint(4, 12),
                ))
                # Every item rated (or not rated, with the reason) once submitted; a draft part of them.
                for code, needs_evidence in (items if not draft else items[:rng.randint(0, len(items))]):
                    x = rng.random()
                    value = "" if x < 0.03 else values[0] if x < 0.5 else values[1] if x < 0.83 else values[2]
                    evidence = EVIDENCE[rng.randrange(len(EVIDENCE))] \
                        if value and (needs_evidence or rng.random() < 0.15) else ""
                    ratings.append((r_pk, sid, a_pk, code, value, "" if value else NOT_RATED, evidence))
                    r_pk += 1
                if not draft and rng.random() < 0.15:
                    for slot in range(1, rng.randint(1, 2) + 1):
                        factors.append(IndividualFactor(
                            service_id=sid, assessment_id=a_pk, slot=slot, description=rng.choice(FACTORS),
                            kind=rng.choice(IndividualFactor.Kind.values)))
                if signed and rng.random() < 0.01:
                    addenda.append(Addendum(service_id=sid, assessment_id=a_pk, author_id=assessor,
                                            text=rng.choice(ADDENDA)))
                self.counts[f"assessments_{status}"] += 1
                if status in (S.SUBMITTED, S.COUNTERSIGNED) and review_due <= due_by:
                    self.counts["reviews_due_or_overdue"] += 1
                    if location_path.startswith(est1_path):
                        self.counts["establishment_1_reviews_due"] += 1
                a_pk += 1
            if len(ratings) >= RATINGS_BATCH:  # at a person's boundary: superseded_by stays in the batch
                flush()
        if batch:
            flush()
        self.counts["certification"] = len(certified)
        self.counts["assessment"], self.counts["rating"] = written["assessments"], written["ratings"]
        self.assessment_pks = range(a_pk - written["assessments"], a_pk)
        self.counts["persons_with_assessments"] = sum(1 for n in counts if n)

    def _assessment_counts(self, rng, caps, preferred):
        """Assessments per person, adding up to exactly --assessments: 1 to the person's cap, more for
        `preferred` persons (those in custody), none where the cap is 0."""
        total = self.args.assessments
        if total > sum(caps):
            raise SystemExit(f"--assessments {total:,}: the persons' time in custody leaves room for {sum(caps):,}")
        counts = [min(cap, rng.randint(3, 8) if pref else rng.randint(1, 4)) for cap, pref in zip(caps, preferred,
                                                                                                  strict=True)]
        order = list(range(len(caps)))
        rng.shuffle(order)
        up = sorted(order, key=lambda i: not preferred[i])  # add to persons in custody first
        down = sorted(order, key=lambda i: preferred[i])  # take from the others first
        diff, floor = total - sum(counts), 1
        while diff:  # every pass moves at least one, or lowers the floor once, or stops
            moved = 0
            for i in up if diff > 0 else down:
                if diff > 0 and counts[i] < caps[i]:
                    counts[i], diff, moved = counts[i] + 1, diff - 1, moved + 1
                elif diff < 0 and counts[i] > floor:
                    counts[i], diff, moved = counts[i] - 1, diff + 1, moved + 1
                if not diff:
                    break
            if not moved:
                if diff < 0 and floor:  # fewer assessments than persons: some get none
                    floor = 0
                    continue
                raise SystemExit("could not distribute --assessments")
        return counts

    # --- sentence plans and programmes ----------------------------------------------------------------
    def plans_and_programmes(self):
        """One sentence plan per custody episode not on remand (plans.actions opens none on a remand
        admission), with goals, steps, notes, links and versions, and the programme catalogue with
        referrals, waiting lists, sessions and attendance.

        A random stream of its own (from --seed), like the assessments: the audit trail drawn after it
        is what it was before this phase existed. Programmes come first (who took part when is decided
        per place: at most `capacity` enrolled at any time, the current participants in custody at the
        programme's establishment now), then the plans person by person, PLAN_PERSONS_BATCH persons per
        transaction, so that a referral can come from a step of the plan of the episode it falls in and
        each version's snapshot (the format of `plans.snapshots.take`) shows the goals, steps and
        referrals as they stood on the day it was issued. Referrals, their goals and the attendance are
        written last (they point at steps, goals and sessions).
        """
        rng = random.Random(f"{self.args.seed}:plans")
        ctx = self._plan_context()
        self._programmes(rng, ctx)
        self._plans(rng, ctx)
        self._write_referrals(ctx)

    def _plan_context(self):
        """What the plans are built from, read back from the database: episodes, persons and their
        groups, transfers, countersigned assessments, linkable ratings, case managers."""
        sid, today = self.service.pk, self.today
        if sorted(AREA_WEIGHTS) != sorted(DEFAULT_AREAS):
            raise SystemExit(f"plans.models.DEFAULT_AREAS is {sorted(DEFAULT_AREAS)}: update AREA_WEIGHTS")
        if sorted(MOTIVATIONS) != sorted(Motivation.values) or sorted(GOAL_STATUSES) != sorted(Goal.Status.values):
            raise SystemExit("plans.models changed its motivations or goal statuses: update MOTIVATIONS, GOAL_STATUSES")
        if not set(PROGRAMME_KINDS) <= set(Programme.Kind.values):
            raise SystemExit(f"Programme.Kind is {Programme.Kind.values}: update PROGRAMME_KINDS")
        ctx = SimpleNamespace(settings=PlanSettings.of(sid), episodes_of=defaultdict(list), persons={})
        episodes = {}
        for pk, person, est, admitted, released, expected, age, status, juvenile_sanction in (
                CustodyEpisode.objects.filter(service_id=sid).order_by("person_id", "admitted_on", "pk")
                .values_list("pk", "person_id", "establishment_id", "admitted_on", "released_on",
                             "expected_release", "age_at_admission", "legal_status", "juvenile_sanction")):
            episodes[pk] = ep = SimpleNamespace(pk=pk, person=person, est=est, admitted=admitted, released=released,
                                                expected=expected, age=age, referrals=[], transfers=[],
                                                untried=status in UNTRIED, juvenile_sanction=juvenile_sanction)
            ctx.episodes_of[person].append(ep)
        with_priors = set(PriorConviction.objects.filter(service_id=sid).values_list("person_id", flat=True))
        band = PeopleSettings.of(sid)
        for pk, current, born, sex, interpreter in (Person.objects.filter(service_id=sid).order_by("pk").values_list(
                "pk", "current_episode_id", "date_of_birth", "sex", "interpreter_needed")):
            # As people.groups.groups_of() derives them (check_consistency() compares with the real code):
            # juvenile under 18 or serving a juvenile sanction, young adult by age today within the
            # service's band, first-time without prior convictions and earlier custody other than remand.
            groups, age = [], years_between(born, today)
            if age < JUVENILE_AGE or (current and episodes[current].juvenile_sanction):
                groups.append("juvenile")
            elif band.young_adult_from_age <= age <= band.young_adult_to_age:
                groups.append("young_adult")
            if sex == Sex.FEMALE:
                groups.append("female")
            if pk not in with_priors and not any(e.pk != current and not e.untried for e in ctx.episodes_of[pk]):
                groups.append("first_time")
            ctx.persons[pk] = SimpleNamespace(groups=groups, interpreter=interpreter, events=[])
        for episode, on, origin, target in (Transfer.objects.filter(service_id=sid).order_by("transferred_on", "pk")
                                            .values_list("episode_id", "transferred_on", "from_placement__name",
                                                         "to_placement__name")):
            ep = episodes[episode]
            ep.transfers.append(on)
            # What plans.actions._on_transfer notes when it brings the review forward.
            ctx.persons[ep.person].events.append((on, "transfer", f"{origin} → {target}"))
        S = Assessment.Status
        newest = {}  # person -> (assessment, assessed_on): the current one, whose ratings a goal may address
        for pk, person, _status, assessed, signed in (
                Assessment.objects.filter(service_id=sid).exclude(status=S.DRAFT)
                .order_by("person_id", "assessed_on", "pk")
                .values_list("pk", "person_id", "status", "assessed_on", "countersigned_at")):
            newest[person] = (pk, assessed)
            if signed is not None:  # plans.actions._on_assessment, on countersignature
                ctx.persons[person].events.append((signed.date(), "assessment",
                                                   f"{BENCH_INSTRUMENT} {assessed.isoformat()}"))
        for p in ctx.persons.values():
            p.events.sort(key=lambda e: e[0])
        # Linkable ratings (queries.linkable_ratings: the current assessment's rated items), needs and
        # protective factors rated above the lowest value, at most three per domain and person.
        kinds = {item["code"]: item["type"] for _, item in self.instrument.items()}
        values = self.instrument.scale_values("level")[1:]
        of_assessment = {a: (person, on) for person, (a, on) in newest.items()}
        ctx.ratings = defaultdict(lambda: defaultdict(list))
        ids = sorted(of_assessment)
        for first in range(0, len(ids), 500):
            for pk, assessment, item, value in (Rating.objects.filter(assessment_id__in=ids[first:first + 500],
                                                                      value__in=values)
                                                .order_by("pk").values_list("pk", "assessment_id", "item", "value")):
                if kinds.get(item) in ("need", "protective"):
                    person, on = of_assessment[assessment]
                    found = ctx.ratings[person][item.split(".")[0]]
                    if len(found) < 3:
                        found.append((pk, item, value, on))
        ctx.assigned = dict(CaseAssignment.objects.filter(service_id=sid, ended_on__isnull=True,
                                                          kind=CaseAssignment.Kind.CASE_MANAGER)
                            .order_by("pk").values_list("person_id", "user_id"))
        known, everyone = self.known_user.pk, sorted(u for users in self.case_managers.values() for u in users)
        ctx.staff_of = {e.pk: [u for u in self.case_managers[e.pk] if u != known] or everyone
                        for e in self.establishments}
        return ctx

    def _programmes(self, rng, ctx):
        """The catalogue, and who took part when: per programme, `capacity` places, each taken by one
        participant after another over the last PROGRAMME_HISTORY_DAYS (so never more enrolled than
        places), the current ones in custody at the programme's establishment now; waiting lists,
        referrals to decide, declined and withdrawn ones; sessions on the programme's rhythm with the
        attendance of everyone enrolled on the day (as actions.record_session requires)."""
        sid, today = self.service.pk, self.today
        start = today - timedelta(days=PROGRAMME_HISTORY_DAYS)
        kinds = list(PROGRAMME_KINDS)
        kind_cum = list(accumulate(PROGRAMME_KINDS[k][0] for k in kinds))
        pk = {m: next_pk(m) for m in (Programme, ProgrammeSession, Referral, Attendance)}
        self.explicit_pk_models += [Programme, ProgrammeSession, Referral, ReferralGoal, Attendance]
        current, recent = defaultdict(list), defaultdict(list)  # establishment -> episodes
        for eps in ctx.episodes_of.values():
            for ep in eps:
                if ep.released is None:
                    current[ep.est].append(ep)
                if ep.released is None or ep.released >= start:
                    recent[ep.est].append(ep)
        enrolments = defaultdict(list)  # person -> [(from, to exclusive, programme pk)]
        open_referral = set()  # (programme pk, person): one_open_referral_per_programme
        ctx.referrals, ctx.attendance = [], []
        programmes, sessions = [], []
        E = Programme.Evidence
        evidence, evidence_cum = [E.EVALUATED, E.PROMISING, E.THEORY, E.NONE], [0.2, 0.45, 0.8, 1.0]
        groups = ["juvenile", "young_adult", "female", "first_time"]
        R = Referral.Status

        def day_in(a, b):
            return a + timedelta(days=rng.randint(0, max(0, (b - a).days)))

        def stamp(day):
            return datetime.combine(day, dtime(rng.randint(7, 15), rng.randint(0, 59), rng.randint(0, 59)), tzinfo=UTC)

        engaged = defaultdict(list)  # establishment -> episodes with a referral there already

        def pick(episodes, fits, tries=60):
            """An episode that fits, often of a person already taking part in something (the same
            prisoners tend to take several programmes)."""
            for _ in range(tries if episodes else 0):
                among = engaged[episodes[0].est] if rng.random() < ENGAGED_SHARE else ()
                among = among or episodes
                ep = among[rng.randrange(len(among))]
                if fits(ep):
                    return ep
            return None

        def free(person, since, until, programme):
            taken = [p for a, b, p in enrolments[person] if a < until and since < b]
            return len(taken) < MAX_CONCURRENT_ENROLMENTS and programme not in taken

        def referral(programme, ep, status, referred_on, **fields):
            ref = SimpleNamespace(pk=pk[Referral], programme=programme, ep=ep, person=ep.person, status=status,
                                  referred_on=referred_on, decided_on=None, queued_at=None, enrolled_on=None,
                                  ended_on=None, decision_reason="", out_of_turn="", end_reason="", report="",
                                  reason=rng.choice(REFERRAL_REASONS), step=None, goals=[], area=None,
                                  referred_by=None, decided_by=None)
            for name, value in fields.items():
                setattr(ref, name, value)
            if ref.decided_on is not None:
                ref.decided_by = rng.choice(ctx.staff_of[ep.est])
            pk[Referral] += 1
            ctx.referrals.append(ref)
            ep.referrals.append(ref)
            engaged[ep.est].append(ep)
            if status in Referral.OPEN:
                open_referral.add((programme.pk, ep.person))
            return ref

        for est in self.establishments:
            seen_names = Counter()
            for j in range(1, rng.randint(15, 25) + 1):
                kind = weighted(rng, kind_cum, kinds)
                _, titles, areas, (shortest, longest) = PROGRAMME_KINDS[kind]
                title = rng.choice(titles)
                seen_names[title] += 1
                if seen_names[title] > 1:
                    title = f"{title}, group {seen_names[title]}"
                weeks = rng.randint(shortest, longest)
                per_week = 5 if kind == "work" else rng.choice([1, 2, 2, 3])
                active = rng.random() < 0.92
                programme = Programme(
                    pk=pk[Programme], service_id=sid, code=f"{est.code}-{j:02d}", name={"en": title},
                    description={"en": f"{title}: a synthetic programme of the benchmark."}, kind=kind,
                    provider=rng.choice(PROVIDERS), establishment_id=est.pk,
                    target_groups=rng.sample(groups, rng.randint(1, 2)) if rng.random() < 0.3 else [],
                    eligibility="Sentenced, at least six months left." if rng.random() < 0.3 else "",
                    languages=["sr"] + (["sq"] if rng.random() < 0.2 else []), capacity=rng.randint(8, 20),
                    sessions_planned=weeks * per_week, duration_weeks=weeks,
                    evidence=weighted(rng, evidence_cum, evidence), active=active, version=rng.randint(1, 3))
                programme.areas = areas
                pk[Programme] += 1
                programmes.append(programme)
                length, places = weeks * 7, programme.capacity
                fill = (1.0 if rng.random() < 0.35 else rng.uniform(0.4, 0.95)) if active else rng.uniform(0, 0.6)
                taken = []  # (referral, enrolled_on, until exclusive)
                for place in range(places):
                    cursor = today - timedelta(days=rng.randint(0, 40))
                    if place < round(places * fill):  # taken now: enrolled within the programme's length
                        enrolled = today - timedelta(days=rng.randint(0, min(length, PROGRAMME_HISTORY_DAYS)))
                        wait = rng.randint(7, 100)
                        ep = pick(current[est.pk], lambda e, a=enrolled, d=enrolled - timedelta(days=wait),
                                  p=programme.pk: (e.released is None and e.admitted <= d
                                                   and (p, e.person) not in open_referral
                                                   and free(e.person, a, today + timedelta(days=1), p)))
                        if ep is not None:
                            decided = enrolled - timedelta(days=rng.randint(0, wait - 1))
                            ref = referral(programme, ep, R.ENROLLED, enrolled - timedelta(days=wait),
                                           decided_on=decided, queued_at=stamp(decided), enrolled_on=enrolled,
                                           out_of_turn="Release is close: the programme must end before it."
                                           if rng.random() < 0.04 else "")
                            enrolments[ep.person].append((enrolled, today + timedelta(days=1), programme.pk))
                            taken.append((ref, enrolled, today + timedelta(days=1)))
                        cursor = enrolled - timedelta(days=rng.randint(1, 21))
                    while True:  # earlier participants of this place, newest first
                        x = rng.random()
                        status = R.COMPLETED if x < 0.7 else R.DROPPED_OUT if x < 0.9 else R.REMOVED
                        stay = int(length * (rng.uniform(0.9, 1.05) if status == R.COMPLETED else rng.uniform(0.1, 0.7)))
                        ended, enrolled = cursor, cursor - timedelta(days=max(1, stay))
                        if enrolled < start:
                            break
                        wait = rng.randint(7, 100)
                        ep = pick(recent[est.pk], lambda e, a=enrolled, b=ended, d=enrolled - timedelta(days=wait),
                                  p=programme.pk: (e.admitted <= d and (e.released is None or e.released >= b)
                                                   and free(e.person, a, b, p)))
                        if ep is not None:
                            decided = enrolled - timedelta(days=rng.randint(0, wait - 1))
                            ref = referral(programme, ep, status, enrolled - timedelta(days=wait), decided_on=decided,
                                           queued_at=stamp(decided), enrolled_on=enrolled, ended_on=ended,
                                           end_reason=rng.choice(END_REASONS[status]) if status != R.COMPLETED else "",
                                           report=rng.choice(REPORTS))
                            enrolments[ep.person].append((enrolled, ended, programme.pk))
                            taken.append((ref, enrolled, ended))
                        cursor = enrolled - timedelta(days=rng.randint(1, 21))
                if active:  # the waiting list (long when full), and referrals still to decide
                    full = sum(1 for _, _, until in taken if until > today) >= places
                    for _ in range(rng.randint(3, 25) if full else rng.randint(0, 4)):
                        referred = today - timedelta(days=rng.randint(10, 240))
                        ep = pick(current[est.pk], lambda e, d=referred, p=programme.pk: (
                            e.released is None and e.admitted <= d and (p, e.person) not in open_referral))
                        if ep is not None:
                            decided = min(today, referred + timedelta(days=rng.randint(1, 14)))
                            referral(programme, ep, R.WAITING, referred, decided_on=decided, queued_at=stamp(decided))
                    for _ in range(rng.randint(0, 3)):
                        referred = today - timedelta(days=rng.randint(0, 21))
                        ep = pick(current[est.pk], lambda e, d=referred, p=programme.pk: (
                            e.released is None and e.admitted <= d and (p, e.person) not in open_referral))
                        if ep is not None:
                            referral(programme, ep, R.REFERRED, referred)
                for status, count in ((R.DECLINED, rng.randint(0, 3)), (R.WITHDRAWN, rng.randint(0, 2))):
                    for _ in range(count):
                        referred = day_in(start, today - timedelta(days=30))
                        ep = pick(recent[est.pk], lambda e, d=referred: (
                            e.admitted <= d and (e.released is None or e.released >= d + timedelta(days=30))))
                        if ep is None:
                            continue
                        decided = referred + timedelta(days=rng.randint(1, 14))
                        if status == R.DECLINED:
                            referral(programme, ep, status, referred, decided_on=decided,
                                     decision_reason=rng.choice(DECLINE_REASONS))
                        else:
                            ended = ep.released if ep.released and rng.random() < 0.5 else \
                                min(today, decided + timedelta(days=rng.randint(5, 90)), ep.released or today)
                            referral(programme, ep, status, referred, decided_on=decided, queued_at=stamp(decided),
                                     ended_on=max(decided, ended), end_reason=rng.choice(WITHDRAW_REASONS))
                # Sessions on the programme's rhythm over the last year, with whoever was enrolled that day.
                every = 7 * weeks / programme.sessions_planned
                staff = ctx.staff_of[est.pk]
                t, held_days = rng.uniform(0, every), []
                while (held := start + timedelta(days=int(t))) < today:
                    held += timedelta(days=(7 - held.weekday()) % 7 if held.weekday() >= 5 else 0)
                    if held < today and (not held_days or held > held_days[-1]):
                        held_days.append(held)
                    t += every
                number = 0
                for held in held_days:
                    present = [(ref, ref.status) for ref, since, until in taken if since <= held < until]
                    if not present:
                        continue
                    number += 1
                    session = pk[ProgrammeSession]
                    pk[ProgrammeSession] += 1
                    sessions.append((session, sid, programme.pk, held,
                                     f"Session {(number - 1) % programme.sessions_planned + 1}",
                                     f"{programme.provider} facilitator", rng.choice(staff)))
                    for ref, status in present:
                        x = rng.random()
                        ok = {R.COMPLETED: 0.88, R.ENROLLED: 0.85, R.REMOVED: 0.7}.get(status, 0.6)
                        mark = "present" if x < ok else "excused" if x < ok + (1 - ok) / 2 else "absent"
                        ctx.attendance.append((pk[Attendance], sid, session, ref.pk, mark,
                                               rng.choice(EXCUSES) if mark == "excused" else ""))
                        pk[Attendance] += 1
        with transaction.atomic():
            Programme.objects.bulk_create(programmes, batch_size=500)
            self._writer(ProgrammeSession._meta.db_table, self._columns(
                ProgrammeSession, "id service_id programme_id held_on topic facilitator recorded_by_id"))(sessions)
        self.programmes = programmes
        self.counts["programme"], self.counts["programmesession"] = len(programmes), len(sessions)

    @staticmethod
    def _create(model, **values):
        """A configuration row through the ORM, every column given: like `_columns`, a new column breaks
        this loudly instead of taking its default unnoticed."""
        given = sorted(values)
        expected = sorted(f.attname for f in model._meta.concrete_fields if not f.primary_key or f.attname in values)
        if given != expected:
            raise SystemExit(f"{model.__name__} has the columns {expected}; the generator writes {given}")
        return model.objects.create(**values)

    @staticmethod
    def _columns(model, names):
        """The columns a raw writer fills, checked against the model: a new column breaks this loudly."""
        columns = names.split()
        expected = sorted(f.column for f in model._meta.concrete_fields)
        if sorted(columns) != expected:
            raise SystemExit(f"{model.__name__} has the columns {expected}; the generator writes {sorted(columns)}")
        return columns

    def _plans(self, rng, ctx):
        """Plans person by person (one per episode not on remand: plans.actions opens none on a remand
        admission), PLAN_PERSONS_BATCH persons per transaction."""
        tables = {
            Plan: "id service_id person_id episode_id kind sentenced_on review_due due_kind due_note closed_on version",
            Goal: "id service_id plan_id area own_words framing motivation status status_reason created_at version",
            GoalLink: "id service_id goal_id rating_id",
            Step: "id service_id goal_id what owner owner_detail due_on status created_at version",
            StepNote: "id service_id step_id author_id written_at text",
            PlanVersion: "id service_id plan_id number kind plan_kind issued_on issued_by_id summary snapshot "
                         "next_review_due response response_comment response_on interpreter_used "
                         "countersign_required countersigned_by_id countersigned_at",
        }
        stamps = ("created_at", "written_at", "countersigned_at")
        writers = {m: self._writer(m._meta.db_table, self._columns(m, names), stamps=stamps)
                   for m, names in tables.items()}
        rows = {m: [] for m in tables}
        pk = {m: next_pk(m) for m in tables}
        self.explicit_pk_models += list(tables)
        due_by, est1 = self.today + timedelta(days=30), self.establishments[0].pk  # plans.queries.DUE_WITHIN_DAYS

        def flush():
            with transaction.atomic():
                for model, batch in rows.items():
                    writers[model](batch)
                    self.counts[model._meta.model_name] += len(batch)
                    batch.clear()

        persons = sorted(ctx.episodes_of)
        for n, person in enumerate(persons, start=1):
            episodes = ctx.episodes_of[person]
            for ep in episodes:
                if ep.untried:  # no plan; its referrals come from no step (a remand support plan is rare)
                    for ref in ep.referrals:
                        ref.referred_by = rng.choice(ctx.staff_of[ep.est])
                    continue
                plan = self._plan(rng, ctx, ep, latest=ep is episodes[-1], pk=pk, rows=rows)
                _, _, _, _, _, _, review_due, _, _, closed_on, _ = plan
                self.counts["plans_closed" if closed_on else "plans_open"] += 1
                if review_due is not None and review_due <= due_by:
                    self.counts["plans_due_or_overdue"] += 1
                    self.counts["plans_overdue"] += review_due < self.today
                    if ep.released is None and ep.est == est1:
                        self.counts["establishment_1_plans_due"] += 1
            if n % PLAN_PERSONS_BATCH == 0 or n == len(persons):
                flush()
                if n % 10_000 < PLAN_PERSONS_BATCH or n == len(persons):
                    print(f"    plans: persons {n:,} / {len(persons):,}, plans {self.counts['plan']:,}, "
                          f"versions {self.counts['planversion']:,}", flush=True)
        self.plan_sample_pks = (pk[Plan] - self.counts["plan"], pk[Plan])

    def _plan(self, rng, ctx, ep, *, latest, pk, rows):
        """One episode's plan: its goals, steps, notes and links, its versions with their snapshots, and
        the review clock as plans.actions leaves it (issue_version, next_review, bring_forward), by the
        same rules (plans.clock) and in the same format (plans.snapshots)."""
        sid, today, settings = self.service.pk, self.today, ctx.settings
        person = ctx.persons[ep.person]
        G, St, V, R = Goal.Status, Step.Status, PlanVersion.Kind, Referral.Status
        in_group = bool(person.groups)
        interval = timedelta(days=plan_clock.review_interval(settings, in_group))
        plan_pk = pk[Plan]
        pk[Plan] += 1
        cm = ctx.assigned.get(ep.person) if ep.released is None else None
        cm = cm or rng.choice(ctx.staff_of[ep.est])

        def day_in(a, b):
            return a + timedelta(days=rng.randint(0, max(0, (b - a).days)))

        def stamp(day):
            return datetime.combine(day, dtime(rng.randint(7, 15), rng.randint(0, 59), rng.randint(0, 59)), tzinfo=UTC)

        def next_review(kind, issued_on):  # plans.actions.next_review, without reading the database
            return plan_clock.next_review(settings, kind, issued_on, expected_release=ep.expected, in_group=in_group)

        # The plan's life: open while in custody; after the release a closure version closes it (for a
        # few recent releases it is still to be issued).
        released = ep.released
        state = "open" if released is None else \
            "closing" if latest and (today - released).days <= 60 and rng.random() < 0.3 else "closed"
        closure = min(today, released + timedelta(days=rng.randint(0, 10))) if state == "closed" else None
        until = closure or released or today  # goals and steps change until then
        events = [e for e in person.events if ep.admitted <= e[0] <= (released or today)]

        def reviews(first, last, most):
            out, day = [], last
            while len(out) < most and day > first:
                out.append(day)
                day -= timedelta(days=int(interval.days * rng.uniform(0.8, 1.1)))
            return out[::-1]

        first = min(ep.admitted + timedelta(days=rng.randint(3, 35)), released or today)
        dates = []
        if state == "closed":
            last = (released - timedelta(days=rng.randint(0, interval.days)))
            dates = [first, *reviews(first, last, rng.randint(0, 2)), closure]
        elif not ((today - ep.admitted).days < 28 and rng.random() < 0.6
                  or (today - ep.admitted).days < 120 and rng.random() < 0.2):  # the initial one still to come
            if state == "open":
                last = today - timedelta(days=rng.randint(0, interval.days) if rng.random() < 0.85
                                         else rng.randint(interval.days, interval.days + 120))
                later = [e[0] for e in events if e[0] > first]
                if later and rng.random() < 0.85:  # the case manager reviewed the plan after the event
                    last = max(last, min(today, later[-1] + timedelta(days=rng.randint(1, 21))))
            else:
                last = released - timedelta(days=rng.randint(0, interval.days))
            dates = [first, *reviews(first, last, 3)]
        kinds = []
        for i, day in enumerate(dates):
            if i == 0:
                kinds.append(V.INITIAL)
            elif state == "closed" and i == len(dates) - 1:
                kinds.append(V.CLOSURE)
            elif any(dates[i - 1] < t <= day for t in ep.transfers) and rng.random() < 0.7:
                kinds.append(V.TRANSFER)
            elif ep.expected and day >= plan_clock.pre_release_from(settings, ep.expected):
                kinds.append(V.PRE_RELEASE)
            else:
                kinds.append(V.REVIEW)
        last_open_version = max((d for d, k in zip(dates, kinds, strict=True) if k != V.CLOSURE), default=None)

        # Goals: the areas of the episode's referrals first, then others by weight.
        referrals = sorted(ep.referrals, key=lambda r: (r.referred_on, r.pk))
        areas = []
        for ref in referrals:
            ref.area = rng.choice(ref.programme.areas)
            if ref.area not in areas:
                areas.append(ref.area)
        areas = areas[:5]
        for ref in referrals:
            if ref.area not in areas:
                ref.area = rng.choice(areas)
        wanted = rng.choice([1, 2]) if not dates else weighted(rng, GOAL_COUNT_CUM, [1, 2, 3, 4, 5])
        while len(areas) < wanted:
            area = weighted(rng, AREA_CUM, AREA_CODES)
            if area not in areas:
                areas.append(area)
        closed_weights = state != "open"
        goals = []
        for i, area in enumerate(areas):
            refs = [r for r in referrals if r.area == area]
            latest_start = min([r.referred_on for r in refs] + [until])
            created = day_in(ep.admitted, min(latest_start, dates[0]) if dates and (i == 0 or rng.random() < 0.8)
                             else latest_start)
            if refs:
                final = G.ACHIEVED if rng.random() < (0.4 if closed_weights else 0.2) else G.ACTIVE
            else:
                final = weighted(rng, GOAL_CLOSED_CUM if closed_weights else GOAL_OPEN_CUM, GOAL_STATUSES)
                if i == 0 and final == G.FUTURE:  # the first goal is worked on from the start
                    final = G.ACTIVE
            previous = final if final in (G.ACTIVE, G.FUTURE) else G.ACTIVE
            if final == G.ACTIVE and not refs and i and rng.random() < 0.2:
                previous = G.FUTURE  # a future goal taken up later
            timeline = [(created, previous)]
            if final != previous:
                # Goal 0 stays active in every version before the closure (issue_version needs an active goal);
                # a goal a programme serves stays open until its last referral.
                after = max([created, *( [last_open_version] if i == 0 and last_open_version else []),
                             *(r.referred_on for r in refs)])
                if after < until:
                    timeline.append((day_in(after + timedelta(days=1), until), final))
            goals.append(SimpleNamespace(
                area=area, refs=refs, created=created, created_at=stamp(created), timeline=timeline,
                own_words=rng.choice(OWN_WORDS[area]), framing=rng.choice(FRAMINGS) if rng.random() < 0.6 else "",
                motivation=weighted(rng, MOTIVATION_CUM, MOTIVATIONS), links=[], steps=[]))
        goals.sort(key=lambda g: g.created_at)
        for goal in goals:
            goal.pk = pk[Goal]
            pk[Goal] += 1
            final = goal.timeline[-1][1]
            rows[Goal].append((goal.pk, sid, plan_pk, goal.area, goal.own_words, goal.framing, goal.motivation,
                               final, rng.choice(REMOVED_REASONS) if final == G.REMOVED else "", goal.created_at,
                               len(goal.timeline)))
            goal.reason = rows[Goal][-1][8]
            # Links to the needs and strengths of the person's current assessment: the latest plan only.
            found = ctx.ratings.get(ep.person, {}).get(AREA_DOMAIN.get(goal.area), [])
            found = [r for r in found if r[3] <= until]
            if latest and found and rng.random() < 0.6:
                for rating, item, value, on in rng.sample(found, min(len(found), rng.randint(1, 2))):
                    rows[GoalLink].append((pk[GoalLink], sid, goal.pk, rating))
                    pk[GoalLink] += 1
                    goal.links.append((max(goal.created, on),
                                       snapshots.link_entry(rating, BENCH_INSTRUMENT, item, value)))

        def status_at(timeline, day):
            return [status for since, status in timeline if since <= day][-1]

        def referral_status(ref, day):
            status = R.REFERRED
            if ref.decided_on and ref.decided_on <= day:
                status = R.DECLINED if ref.status == R.DECLINED else R.WAITING
            if ref.enrolled_on and ref.enrolled_on <= day:
                status = R.ENROLLED
            if ref.ended_on and ref.ended_on <= day:
                status = ref.status
            return status

        # Steps: a goal's programme referrals mostly come from a step of the goal (at most four steps).
        for goal in goals:
            final_goal = goal.timeline[-1][1]
            from_steps = [r for r in goal.refs if rng.random() < 0.8][:4]
            templates = [t for t in STEPS[goal.area] if t[1] != Step.Owner.PROGRAMME or not from_steps]
            count = max(len(from_steps), rng.randint(1, 4))
            steps = []
            for ref in from_steps:
                created = max(goal.created, ref.referred_on - timedelta(days=rng.randint(0, 7)))
                timeline = [(created, St.PLANNED)]
                if ref.enrolled_on:
                    timeline.append((ref.enrolled_on, St.IN_PROGRESS))
                if ref.status == R.DECLINED:
                    timeline.append((ref.decided_on, St.CANCELLED))
                elif ref.ended_on:
                    timeline.append((ref.ended_on, {R.COMPLETED: St.DONE, R.WITHDRAWN: St.CANCELLED}
                                     .get(ref.status, St.NOT_DONE)))
                steps.append(SimpleNamespace(
                    what=f"Take part in the programme: {ref.programme.name['en']}", owner=Step.Owner.PROGRAMME,
                    detail=ref.programme.provider, created=created, timeline=timeline, refs=[ref],
                    due_on=(ref.enrolled_on or ref.referred_on) + timedelta(days=7 * ref.programme.duration_weeks)))
            for what, owner, detail in rng.sample(templates, min(len(templates), count - len(steps))):
                created = min(until, goal.created + timedelta(days=rng.randint(0, 2))) if rng.random() < 0.7 \
                    else day_in(goal.created, until)
                final = weighted(rng, *STEP_OUTCOMES[final_goal])
                timeline = [(created, St.PLANNED)]
                if final != St.PLANNED and created < until:
                    changed = day_in(created + timedelta(days=1), until)
                    if final == St.DONE and changed > created + timedelta(days=1) and rng.random() < 0.5:
                        timeline.append((day_in(created + timedelta(days=1), changed - timedelta(days=1)),
                                         St.IN_PROGRESS))
                    timeline.append((changed, final))
                steps.append(SimpleNamespace(what=what, owner=owner, detail=detail, created=created, timeline=timeline,
                                             refs=[], due_on=None if rng.random() < 0.15
                                             else created + timedelta(days=rng.randint(20, 240))))
            for step in steps:
                step.created_at = stamp(step.created)
            steps.sort(key=lambda s: s.created_at)
            for step in steps:
                step.pk = pk[Step]
                pk[Step] += 1
                rows[Step].append((step.pk, sid, goal.pk, step.what, step.owner, step.detail, step.due_on,
                                   step.timeline[-1][1], step.created_at, len(step.timeline)))
                for ref in step.refs:
                    ref.step = step.pk
                if rng.random() < 0.3:
                    for day in sorted(day_in(step.created, until) for _ in range(rng.randint(1, 3))):
                        rows[StepNote].append((pk[StepNote], sid, step.pk, cm, stamp(day), rng.choice(STEP_NOTES)))
                        pk[StepNote] += 1
            goal.steps = steps
        # The goals a referral serves (programmes.actions.refer: the step's goal, maybe another open one).
        for ref in referrals:
            ref.referred_by = cm
            own = next(g for g in goals if g.area == ref.area)
            if ref.step is not None or rng.random() < 0.9:
                ref.goals.append(own.pk)
            other = [g for g in goals if g is not own and g.created <= ref.referred_on
                     and status_at(g.timeline, ref.referred_on) in (G.ACTIVE, G.FUTURE)]
            if other and rng.random() < 0.15:
                ref.goals.append(rng.choice(other).pk)

        def snapshot(day):  # plans.snapshots.take(), as the plan stood on `day`
            out = []
            for goal in goals:
                if goal.created > day:
                    continue
                status = status_at(goal.timeline, day)
                out.append(snapshots.goal_entry(
                    goal.pk, {"area": goal.area, "own_words": goal.own_words, "framing": goal.framing,
                              "motivation": goal.motivation, "status": status,
                              "status_reason": goal.reason if status == G.REMOVED else ""},
                    [link for since, link in goal.links if since <= day],
                    [snapshots.step_entry(
                        s.pk, {"what": s.what, "owner": s.owner, "owner_detail": s.detail, "due_on": s.due_on,
                               "status": status_at(s.timeline, day)},
                        {"programmes": [programme_entry(r.programme.code, r.programme.name, referral_status(r, day))
                                        for r in sorted(s.refs, key=lambda r: (r.referred_on, r.pk), reverse=True)
                                        if r.referred_on <= day]})
                     for s in goal.steps if s.created <= day]))
            return {"goals": out}

        P = PlanVersion.Response
        for number, (day, kind) in enumerate(zip(dates, kinds, strict=True), start=1):
            shot = snapshot(day)
            if kind != V.CLOSURE and not any(g["status"] == G.ACTIVE for g in shot["goals"]):
                raise AssertionError(f"plan {plan_pk}: version {number} would have no active goal")
            if kind == V.CLOSURE:
                response = rng.choice([P.AGREED, P.AGREED, "", "", P.COULD_NOT_ANSWER])
            elif number == len(dates) and state == "open" and (today - day).days < 30 and rng.random() < 0.6:
                response = ""  # not yet discussed with the prisoner
            else:
                response = weighted(rng, RESPONSE_CUM, RESPONSES)
            rows[PlanVersion].append((
                pk[PlanVersion], sid, plan_pk, number, kind, PlanKind.SENTENCE, day, cm, rng.choice(VERSION_SUMMARIES),
                json.dumps(shot, ensure_ascii=False), next_review(kind, day)[0], response,
                rng.choice(RESPONSE_COMMENTS) if response in (P.NOT_AGREED, P.COULD_NOT_ANSWER) else "",
                min(today, day + timedelta(days=rng.randint(0, 7))) if response else None,
                person.interpreter if response else False, False, None, None))
            pk[PlanVersion] += 1

        # The review clock: the last version's next review, brought forward by later events (never put back).
        version = 1 + len(dates)
        if state == "closed":
            review_due, why, note = None, DueKind.REVIEW, ""
        else:
            if dates:
                (review_due, why), since = next_review(kinds[-1], dates[-1]), dates[-1]
            else:
                review_due, why, since = plan_clock.initial_due(settings, ep.admitted), DueKind.INITIAL, None
            note = ""
            for day, kind, text in events:  # actions.bring_forward, on the day of the event
                due = plan_clock.brought_forward(settings, review_due, kind, day) \
                    if since is None or day > since else None
                if due is not None:
                    review_due, why, note, version = due, kind, text[:200], version + 1
            if state == "closing":  # _on_release: due on the release day, to close the plan
                review_due = plan_clock.brought_forward(settings, review_due, DueKind.CLOSURE, released, on=released)
                why, note, version = DueKind.CLOSURE, "", version + 1
        rows[Plan].append((plan_pk, sid, ep.person, ep.pk, PlanKind.SENTENCE, None, review_due, why, note, closure,
                           version))
        return rows[Plan][-1]

    def _write_referrals(self, ctx):
        """Referrals, the goals they serve (with outcomes once ended), attendance: after the plans."""
        sid = self.service.pk
        R, Out = Referral.Status, ReferralGoal.Outcome
        rng = random.Random(f"{self.args.seed}:referral-outcomes")
        outcomes = {R.COMPLETED: [Out.ACHIEVED, Out.PROGRESS, Out.PROGRESS, Out.SOME],
                    R.DROPPED_OUT: [Out.SOME, Out.NONE, Out.UNKNOWN], R.REMOVED: [Out.NONE, Out.UNKNOWN]}
        referrals, goals = [], []
        goal_pk = next_pk(ReferralGoal)
        for ref in sorted(ctx.referrals, key=lambda r: r.pk):
            referrals.append((ref.pk, sid, ref.programme.pk, ref.person, ref.step, ref.referred_by, ref.referred_on,
                              ref.reason, ref.status, ref.decided_by, ref.decided_on, ref.decision_reason,
                              ref.queued_at, ref.enrolled_on, ref.out_of_turn, ref.ended_on, ref.end_reason,
                              ref.report))
            for goal in ref.goals:
                outcome = rng.choice(outcomes[ref.status]) if ref.status in outcomes else ""
                goals.append((goal_pk, sid, ref.pk, goal, outcome,
                              "Confirmed in the end-of-programme report." if outcome and rng.random() < 0.3 else ""))
                goal_pk += 1
            self.counts[f"referrals_{ref.status}"] += 1
        with transaction.atomic():
            self._writer(Referral._meta.db_table, self._columns(
                Referral, "id service_id programme_id person_id step_id referred_by_id referred_on reason status "
                          "decided_by_id decided_on decision_reason queued_at enrolled_on out_of_turn_reason "
                          "ended_on end_reason report"), stamps=("queued_at",))(referrals)
            self._writer(ReferralGoal._meta.db_table, self._columns(
                ReferralGoal, "id service_id referral_id goal_id outcome comment"))(goals)
        for first in range(0, len(ctx.attendance), 100_000):
            with transaction.atomic():
                self._writer(Attendance._meta.db_table, self._columns(
                    Attendance, "id service_id session_id referral_id status note"))(
                    ctx.attendance[first:first + 100_000])
        self.counts["referral"], self.counts["referralgoal"] = len(referrals), len(goals)
        self.counts["attendance"] = len(ctx.attendance)
        self.counts["persons_with_referrals"] = len({r.person for r in ctx.referrals})

    # --- decisions -------------------------------------------------------------------------------------
    def decisions(self):
        """The service's decision settings, legal bases and types, and --decisions decisions with their
        evidence, reviews, appeals, separation log and reminders.

        A random stream of its own (from --seed), like the assessments and plans: the audit trail drawn
        after it is what it was before this phase existed. What is in force today comes first (measures
        at every stage of their clock, a few extended past their maximum or left running past their end
        date, proposals awaiting a decision), then the history of the last DECISION_YEARS years:
        classifications (decided at headquarters), the allocations that recorded the transfers,
        measures from proposal to their end (by a review, a lifting decision, an extension or the
        release), and proposals not decided. Each measure is reviewed on its clock as actions.review
        allows it; a release ends whatever is in force, as actions._end_on_release does. Keys are given
        in the order of proposal, and the rows go through the raw writer with realistic timestamps.
        """
        rng = random.Random(f"{self.args.seed}:decisions")
        ctx = self._decision_context()
        self._decision_configuration(ctx)
        self._decision_stories(rng, ctx)
        self._write_decisions(rng, ctx)

    def _decision_context(self):
        """Episodes, persons, finished assessments, transfers of the window, and who works where."""
        sid, today = self.service.pk, self.today
        ctx = SimpleNamespace(decisions=[], busy=defaultdict(list),
                              since=today - timedelta(days=DECISION_YEARS * 365))
        ctx.persons = {pk: SimpleNamespace(pk=pk, born=born, sex=sex, interpreter=interpreter)
                       for pk, born, sex, interpreter in Person.objects.filter(service_id=sid).order_by("pk")
                       .values_list("pk", "date_of_birth", "sex", "interpreter_needed")}
        ctx.episodes = {}
        for pk, person, est, admitted, released, status in (
                CustodyEpisode.objects.filter(service_id=sid).order_by("pk")
                .values_list("pk", "person_id", "establishment_id", "admitted_on", "released_on", "legal_status")):
            # remand: the court decides the measures of COURT_DECIDES (rules.check_deciding_body)
            ctx.episodes[pk] = SimpleNamespace(pk=pk, person=ctx.persons[person], est=est, admitted=admitted,
                                               released=released, remand=status == LegalStatus.REMAND)
        ctx.open = [ep for ep in ctx.episodes.values() if ep.released is None]
        # History: an episode is drawn by the days it overlaps the window.
        ctx.in_window = [ep for ep in ctx.episodes.values() if (ep.released or today) > ctx.since]
        ctx.window_cum = list(accumulate(((ep.released or today) - max(ep.admitted, ctx.since)).days + 1
                                         for ep in ctx.in_window))
        S = Assessment.Status
        ctx.assessments = defaultdict(list)  # person -> [(assessed_on, pk)], oldest first: finished ones
        for pk, person, on in (Assessment.objects.filter(service_id=sid, status__in=[S.SUBMITTED, S.COUNTERSIGNED,
                                                                                     S.SUPERSEDED])
                               .order_by("person_id", "assessed_on", "pk")
                               .values_list("pk", "person_id", "assessed_on")):
            ctx.assessments[person].append((on, pk))
        ctx.transfers = list(Transfer.objects.filter(service_id=sid, transferred_on__gte=ctx.since)
                             .order_by("pk").values_list("episode_id", "transferred_on", "to_placement_id"))
        # Who works where: establishment -> role -> users (unit staff count for their establishment).
        kinds = Organisation.Kind
        ctx.staff = defaultdict(lambda: defaultdict(list))
        ctx.anywhere = defaultdict(list)
        for user, org, role, kind, parent in (Membership.objects.filter(service_id=sid, is_active=True)
                                              .order_by("pk").values_list("user_id", "organisation_id", "role",
                                                                          "organisation__kind",
                                                                          "organisation__parent_id")):
            est = org if kind == kinds.ESTABLISHMENT else parent if kind == kinds.UNIT else None
            if est is not None:
                ctx.staff[est][role].append(user)
                ctx.anywhere[role].append(user)
        ctx.units = {e.pk: e.units for e in self.establishments}
        return ctx

    def _decision_configuration(self, ctx):
        """Settings, legal bases (the separation article amended in the window: decisions before the
        amendment rest on the earlier text; the extension past the maximum and the court's power over
        detainees besides), the six types bound to their bases, and the governors at headquarters."""
        sid, today, lang = self.service.pk, self.today, DECISION_LANGUAGE
        ctx.settings = self._create(
            DecisionSettings, service_id=sid, separation_max_days=30, juvenile_age=JUVENILE_AGE, due_soon_days=7,
            appeal_body=DECISION_TEXTS.appeal_body[lang], appeal_days=8, urgent_hearing_hours=48,
            separation_gap_days=1, min_contact_hours=Decimal("2"))
        ctx.juvenile_age = ctx.settings.juvenile_age
        amended, in_force_since = date(today.year - 1, 7, 1), date(2006, 1, 1)
        ctx.bases = {}
        for spec in DECISION_TEXTS.legal_bases[lang]:
            versions = [(in_force_since, None, spec["text"])]
            if spec["for"] == "separation":
                versions = [(in_force_since, amended - timedelta(days=1), spec["text"].split(". ")[0] + "."),
                            (amended, None, spec["text"])]
            ctx.bases[spec["for"]] = [
                self._create(LegalBasis, service_id=sid, law=spec["law"], article=spec["article"], text=text,
                             valid_from=since, valid_to=until, allows_extension=spec.get("allows_extension", False))
                for since, until, text in versions]
        self.counts["legalbasis"] = sum(len(b) for b in ctx.bases.values())
        ctx.types = {}
        through = DecisionType.legal_bases.through
        columns = self._columns(through, "id decisiontype_id legalbasis_id")
        bound = []
        for code, (category, separation_, interval, maximum, level) in DECISION_TYPES.items():
            kind = ctx.types[code] = self._create(
                DecisionType, service_id=sid, code=code, name=DECISION_TEXTS.types[lang][code], category=category,
                is_separation=separation_, propose_roles=PROPOSE_ROLES, decide_roles=DECIDE_ROLES,
                decide_level=level, review_interval_days=interval, max_duration_days=maximum,
                review_by_decider=False, detainee_body="court" if code in COURT_DECIDES else "", active=True)
            bound += [(kind.pk, basis.pk) for key in BASES[code] for basis in ctx.bases[key]]
        first = next_pk(through)
        self._writer(through._meta.db_table, columns, stamps=())(
            [(first + i, type_pk, basis_pk) for i, (type_pk, basis_pk) in enumerate(bound)])
        self.explicit_pk_models.append(through)
        self.counts["decisiontype"], self.counts["decisiontype_legal_bases"] = len(ctx.types), len(bound)
        # Governors at headquarters (STAFF has none): classifications, vulnerable persons' separations
        # and extensions past the maximum are decided there. Not actors of the generated audit trail.
        password = User.objects.filter(pk=self.known_user.pk).values_list("password", flat=True)[0]
        user_pk, membership_pk = next_pk(User), next_pk(Membership)
        users = [User(pk=user_pk + i, username=f"bench-gov-hq-{i + 1}", password=password, is_active=True,
                      first_name=first, last_name=last)
                 for i, (first, last) in enumerate([("Драгана", "Јовановић"), ("Milan", "Petrović")][:HQ_GOVERNORS])]
        User.objects.bulk_create(users)
        Membership.objects.bulk_create([Membership(pk=membership_pk + i, user_id=u.pk, organisation=self.hq,
                                                   service_id=sid, role=Role.GOVERNOR)
                                        for i, u in enumerate(users)])
        ctx.hq_governors = [u.pk for u in users]
        self.counts["users"] += len(users)
        self.counts["memberships"] += len(users)

    # The pieces of a decision's life, as the actions leave them.
    def _person_of_staff(self, rng, ctx, est, role, other_than=None):
        pool = [u for u in ctx.staff[est][role] if u != other_than] or \
            [u for u in ctx.anywhere[role] if u != other_than]
        return pool[rng.randrange(len(pool))] if pool else None

    def _decision(self, rng, ctx, ep, code, starts_on, *, proposed_on=None, length=None, extends=None, lifts=None):
        """A proposal (actions.propose): type, a legal basis the type lists and in force on the start,
        reasons in words, proportionality and alternatives, the measure's end date and review date (a
        classification's on its own yearly clock), the vulnerable-person rule, the court's decision for
        a remand detainee where the type says so, the urgent path for some measures (and a few ordered
        orally overnight, so backdated a day), proposed by a member of the episode's establishment in a
        role the type allows."""
        lang, today, texts = DECISION_LANGUAGE, self.today, DECISION_TEXTS
        category, separates, interval, _, _ = DECISION_TYPES[code]
        S, person = Decision.Status, ep.person
        d = SimpleNamespace(
            ep=ep, person=person, code=code, category=category, separation=separates, status=S.PROPOSED,
            starts_on=starts_on, ends_on=None, review_due=None, extends=extends, lifts=lifts, placement=None,
            classification="", pregnant=False, justification="", alternatives="", proportionality="",
            reasons=rng.choice(texts.reasons[lang][code]) if code in texts.reasons[lang] else rng.choice(LIFT_REASONS),
            proposer=None, proposed_at=None, decider=None, level="", decided_at=None, note="", ended_on=None,
            end_reason="", reviews=[], chain_start=extends.chain_start if extends else starts_on,
            seq=len(ctx.decisions), pk=None, basis=None, urgent="", oral=False, external="", events=[],
            appeal=None, objection=None, end_next=False, under_review_by_event=False)
        if category == "measure":
            low, high, mode = MEASURE_DAYS[code]
            length = length or round(rng.triangular(low, high, mode))
            d.ends_on = starts_on + timedelta(days=length - 1)
            # The latest review the type allows, and by the end of the measure at the latest.
            d.review_due = decision_clock.within_end(decision_clock.latest_review(starts_on, interval), d.ends_on)
            d.alternatives = rng.choice(texts.alternatives[lang])
            if extends is None:  # an extension is decided on the day a review could only end the measure
                d.urgent = rng.choice(texts.urgent_reasons[lang]) if rng.random() < URGENT[code] else ""
                d.oral = proposed_on is None and rng.random() < ORAL_ORDER[code]
        elif category == "classification":
            d.review_due = decision_clock.latest_review(starts_on, rules.review_interval(ctx.types[code]))
        if category in ("measure", "allocation", "classification") or (category == "lifting" and rng.random() < 0.5):
            d.proportionality = rng.choice(texts.proportionality[lang])
        if category == "classification":
            d.classification = rng.choice(texts.classifications[lang])
        # The provision of the measure (a lifting rests on the lifted measure's), in its text of that day;
        # for a remand detainee the court's, and past the statutory maximum the one allowing an extension.
        d.basis_key = lifts.basis_key if lifts is not None else {"supervision": "separation"}.get(code, code)
        if ep.remand and code in COURT_DECIDES:
            d.basis_key = "remand"
            d.external = rng.choice(texts.court_references[lang]).format(
                n=rng.randint(1, 999), yy=f"{starts_on:%y}", yyyy=starts_on.year)
        if separates and extends is not None and \
                (d.ends_on - d.chain_start).days + 1 > ctx.settings.separation_max_days:
            d.basis_key = "extension"  # the court's too, for a detainee: only this basis passes the maximum
        d.basis = next(b for b in ctx.bases[d.basis_key] if b.valid_on(starts_on))
        if separates:
            d.pregnant = person.sex == Sex.FEMALE and rng.random() < 0.04
            juvenile = years_between(person.born, starts_on) < ctx.juvenile_age
            if juvenile or d.pregnant:
                d.justification = JUSTIFICATIONS[0 if juvenile else 1]
        roles = {"measure": [(Role.SECURITY_OFFICER, 55), (Role.CASE_MANAGER, 30), (Role.GOVERNOR, 15)],
                 "classification": [(Role.CASE_MANAGER, 80), (Role.SECURITY_OFFICER, 20)],
                 "allocation": [(Role.CASE_MANAGER, 60), (Role.GOVERNOR, 40)],
                 "lifting": [(Role.GOVERNOR, 50), (Role.CASE_MANAGER, 30), (Role.SECURITY_OFFICER, 20)]}[category]
        role = weighted(rng, list(accumulate(w for _, w in roles)), [r for r, _ in roles])
        d.proposer = self._person_of_staff(rng, ctx, ep.est, role) or self._person_of_staff(
            rng, ctx, ep.est, Role.CASE_MANAGER)
        if d.oral:  # ordered orally overnight, proposed and decided in writing the next morning
            proposed_on = starts_on + timedelta(days=1)
        elif proposed_on is None:
            before = {"measure": rng.choice([0, 0, 0, 1]), "classification": rng.randint(1, 14),
                      "allocation": rng.randint(3, 30), "lifting": rng.randint(0, 2)}[category]
            proposed_on = starts_on - timedelta(days=before)
        proposed_on = min(today, max(proposed_on, ep.admitted))
        d.proposed_at = datetime.combine(proposed_on, dtime(rng.randint(7, 14), rng.randint(0, 59),
                                                            rng.randint(0, 59)), tzinfo=UTC)
        ctx.decisions.append(d)
        return d

    def _decide(self, rng, ctx, d, outcome="confirm"):
        """actions.decide: confirmed (in force, at the level the decision-maker holds), returned to the
        proposer or not decided; by a governor who is not the proposer, at headquarters where the type,
        a vulnerable person's separation or an extension past the maximum requires it."""
        S = Decision.Status
        _, _, _, maximum, level = DECISION_TYPES[d.code]
        headquarters = level == "headquarters" or bool(d.justification) or (
            d.extends is not None and maximum and (d.ends_on - d.chain_start).days + 1 > maximum)
        d.decider = None if not headquarters else ctx.hq_governors[rng.randrange(len(ctx.hq_governors))]
        if d.decider is None:
            d.decider = self._person_of_staff(rng, ctx, d.ep.est, Role.GOVERNOR, other_than=d.proposer)
        at_hq = d.decider in ctx.hq_governors
        hours = rng.uniform(0.5, 8) if d.category in ("measure", "lifting") else rng.uniform(2, 24 * 5)
        d.decided_at = d.proposed_at + timedelta(hours=hours)
        latest = max(d.starts_on, d.proposed_at.date())
        if d.decided_at.date() > latest or d.decided_at.date() > self.today:
            d.decided_at = d.proposed_at + timedelta(minutes=rng.randint(20, 120))
        if outcome == "confirm":
            d.status, d.level = S.DECIDED, "headquarters" if at_hq else "establishment"
            if rng.random() < APPEALED[d.category]:
                self._appeal(rng, d)
        else:
            d.status = S.RETURNED if outcome == "return" else S.REJECTED
            d.note = rng.choice(RETURN_NOTES if outcome == "return" else REJECT_NOTES)
        return d

    def _appeal(self, rng, d):
        """An appeal lodged within days of the decision: pending if recent, else decided. An upheld or
        partly upheld one takes effect on its day (actions._appeal_effect) when the story reaches it
        with the decision still in force: `_run_reviews` applies d.events in their order."""
        today = self.today
        lodged = min(today, max(d.starts_on, d.decided_at.date()) + timedelta(days=rng.randint(1, 8)))
        if (today - lodged).days < 45 and rng.random() < 0.75:
            outcome, outcome_on = Appeal.Outcome.PENDING, None
        else:
            outcomes = APPEAL_OUTCOMES[d.category]
            outcome = weighted(rng, list(accumulate(w for _, w in outcomes)), [o for o, _ in outcomes])
            outcome_on = min(today, lodged + timedelta(days=rng.randint(7, 60)))
        effect = outcome in (Appeal.Outcome.UPHELD, Appeal.Outcome.PARTLY)
        note = rng.choice(DECISION_TEXTS.appeal_outcomes[DECISION_LANGUAGE][outcome]) if effect else \
            rng.choice(APPEAL_NOTES) if rng.random() < 0.3 else ""
        d.appeal = [lodged, outcome, outcome_on, note]
        if effect:
            d.events = sorted([*d.events, (outcome_on, outcome)])

    def _without_effect(self, d):
        """An extended link of a chain in force today (whose shape is drawn in advance): its appeal,
        if decided, was dismissed, and nothing interrupted its clock."""
        if d.appeal and d.appeal[1] in (Appeal.Outcome.UPHELD, Appeal.Outcome.PARTLY):
            d.appeal[1], d.appeal[3] = Appeal.Outcome.DISMISSED, ""
        d.events = []

    def _review(self, rng, ctx, d, day, outcome, next_due=None):
        """actions.review: kept under review until the next date, or ended (review date cleared); by a
        governor other than the one who decided (no type here lets the decision-maker review), the
        person heard again (representations in their words, or declined)."""
        S, texts, lang = Decision.Status, DECISION_TEXTS, DECISION_LANGUAGE
        if d.category == "classification":
            reasons = rng.choice(texts.classification_review[lang])
        elif d.end_next:
            reasons = OBJECTION_END
        else:
            reasons = rng.choice(texts.review_reasons[lang][outcome])
        by = self._person_of_staff(rng, ctx, d.ep.est, Role.GOVERNOR, other_than=d.decider) or \
            next(g for g in ctx.hq_governors if g != d.decider)
        declined = rng.random() < DECLINED
        d.reviews.append((day, by, outcome, reasons, next_due, "declined" if declined else "heard",
                          "" if declined else rng.choice(texts.representations[lang])))
        if outcome == "continue":
            d.status, d.review_due = S.UNDER_REVIEW, next_due
        else:
            d.status, d.ended_on, d.end_reason, d.review_due = S.ENDED, day, reasons, None

    def _event(self, d, day, kind):
        """What interrupts a decision's clock: an upheld appeal ends it, a partly upheld one or a health
        professional's objection puts it under review that day (actions._appeal_effect,
        actions.log_separation_day); the review after an objection ends the separation."""
        S = Decision.Status
        self.counts[{"upheld": "appeals_upheld_ended", "partly": "appeals_partly_under_review",
                     "objection": "health_objections"}[kind]] += 1
        if kind == Appeal.Outcome.UPHELD:
            d.status, d.ended_on, d.review_due = S.ENDED, day, None
            d.end_reason = APPEAL_UPHELD % {"body": DECISION_TEXTS.appeal_body[DECISION_LANGUAGE]}
            return "ended", day
        d.status, d.review_due, d.under_review_by_event = S.UNDER_REVIEW, day, True
        if kind == "objection":
            d.objection, d.end_next = day, True
        return None

    def _drain(self, d, until):
        """The events still to come by `until`, once no review will be held: ("ended", day) or ("open", None)."""
        while d.events and d.events[0][0] <= until:
            how = self._event(d, *d.events.pop(0))
            if how is not None:
                return how
        return "open", None

    def _run_reviews(self, rng, ctx, d, until, mode, late=True):
        """Review decision d on its clock up to `until`, as actions.review allows: kept until the next
        review (at most the interval ahead, never past the end date), never kept once the measure and
        those it extends have lasted their maximum. mode "history": a review may end it; "extend": kept
        until a review could only end it (the caller extends it then); "live": in force today, so no
        review ended it (a missed review, or one that could only end it, leaves it overdue); a
        classification is "live" to the end of its episode. Its events (d.events) come in their order
        with the reviews (`_event`); in force today, a health objection waits for its review.
        Returns ("ended", day), ("forced", day) or ("open", None)."""
        _, _, interval, maximum, _ = DECISION_TYPES[d.code]
        interval = interval or rules.review_interval(ctx.types[d.code])
        while True:
            event = d.events[0] if d.events and d.events[0][0] <= until else None
            day = None
            if d.review_due is not None and d.review_due <= until:
                if mode == "live" and rng.random() < REVIEW_MISSED:
                    return self._drain(d, until)
                day = d.review_due + timedelta(days=rng.choice(REVIEW_LATE_DAYS) if late else 0)
                day = day if day <= until else None
            if event is not None and (day is None or event[0] <= day):
                how = self._event(d, *d.events.pop(0))
                if how is not None:
                    return how
                if mode == "live" and d.objection:
                    return self._drain(d, until)
                continue
            if day is None:
                return self._drain(d, until)
            forced = bool(maximum) and (day - d.chain_start).days + 1 >= maximum or \
                d.ends_on is not None and day >= d.ends_on
            if d.end_next:  # the review after a health professional's objection ends the separation
                self._review(rng, ctx, d, day, "end")
                return "ended", day
            if forced and mode == "live":
                return self._drain(d, until)
            if forced and mode == "extend":
                return "forced", day
            if forced or (mode == "history" and rng.random() < REVIEW_ENDS[d.code]):
                self._review(rng, ctx, d, day, "end")
                return "ended", day
            self._review(rng, ctx, d, day, "continue",
                         decision_clock.within_end(decision_clock.latest_review(day, interval), d.ends_on))

    def _extend(self, rng, ctx, d, day, length=None):
        """A new decision of the same type continuing d from `day` (actions._take_effect ends d)."""
        nxt = self._decide(rng, ctx, self._decision(rng, ctx, d.ep, d.code, day, extends=d, length=length))
        d.status, d.ended_on, d.end_reason = Decision.Status.ENDED, day, f"{EXTENDED_BY} {day.isoformat()}"
        return nxt

    def _lift(self, rng, ctx, d, day):
        self._decide(rng, ctx, self._decision(rng, ctx, d.ep, "lifting", day, lifts=d))
        d.status, d.ended_on, d.end_reason = Decision.Status.ENDED, day, f"{LIFTED_BY} {day.isoformat()}"

    def _free(self, ctx, person, code, since, until):
        """No other measure of this type for the person overlaps [since, until]; taken if free. Two
        separations of a person also keep a free day between them: rules.check_separation refuses an
        overlap, and back to back they would count as one stretch (separation.stretches)."""
        if code == "separation":
            since, until = since - timedelta(days=1), until + timedelta(days=1)
        taken = ctx.busy[(person.pk, code)]
        if any(a <= until and since <= b for a, b in taken):
            return False
        taken.append((since, until))
        return True

    def _window_episode(self, rng, ctx):
        return ctx.in_window[bisect(ctx.window_cum, rng.random() * ctx.window_cum[-1])]

    def _decision_stories(self, rng, ctx):
        today, total, S = self.today, self.args.decisions, Decision.Status
        yesterday = today - timedelta(days=1)
        # 1. Measures in force today.
        for code in MEASURES:
            wanted = round(IN_FORCE_RATE[code] * len(ctx.open))
            made = tries = 0
            while made < wanted and tries < 50 * wanted + 100:
                tries += 1
                made += self._measure_in_force(rng, ctx, ctx.open[rng.randrange(len(ctx.open))], code)
        # 2. Proposals awaiting a decision, and a few returned to their proposer.
        for count, returned in ((round(PENDING_RATE * len(ctx.open)), False),
                                (round(RETURNED_RATE * len(ctx.open)), True)):
            for _ in range(count):
                ep, code = ctx.open[rng.randrange(len(ctx.open))], weighted(rng, PENDING_CUM, PENDING_TYPES)
                proposed_on = today - timedelta(days=rng.randint(3, 30) if returned else
                                                rng.randint(0, 2) if code == "separation" else rng.randint(0, 10))
                if proposed_on < ep.admitted:
                    continue
                starts_on = proposed_on + timedelta(days=0 if code == "separation" else rng.randint(0, 3))
                if code in MEASURES and not self._free(ctx, ep.person, code, starts_on, starts_on):
                    continue
                d = self._decision(rng, ctx, ep, code, starts_on, proposed_on=proposed_on)
                if code == "allocation":
                    d.placement = self._elsewhere(rng, ep.est)
                if returned:
                    self._decide(rng, ctx, d, outcome="return")
        # Allocations decided for a date to come: the daily task (tasks.carry_out_allocations) moves the
        # person then; until that day the decision is in force and not carried out.
        for _ in range(round(FUTURE_ALLOCATION_RATE * len(ctx.open))):
            ep = ctx.open[rng.randrange(len(ctx.open))]
            proposed_on = max(ep.admitted, today - timedelta(days=rng.randint(0, 5)))
            d = self._decision(rng, ctx, ep, "allocation", today + timedelta(days=rng.randint(3, 30)),
                               proposed_on=proposed_on)
            d.placement = self._elsewhere(rng, ep.est)
            self._decide(rng, ctx, d)
        fixed = len(ctx.decisions)
        # 3. Allocations: the transfers of the window, each recorded by a decided allocation.
        for episode, on, placement in ctx.transfers:
            if rng.random() < ALLOCATION_OF_TRANSFER:
                d = self._decision(rng, ctx, ctx.episodes[episode], "allocation", on)
                d.placement = placement
                self._decide(rng, ctx, d)
        # 4. Classifications, decided at headquarters: on admission and on review.
        for _ in range(round(CLASSIFICATION_SHARE * total)):
            ep = self._window_episode(rng, ctx)
            lo, hi = max(ep.admitted, ctx.since), min(ep.released or yesterday, yesterday)
            if hi >= lo:
                d = self._decide(rng, ctx, self._decision(rng, ctx, ep, "classification",
                                                          lo + timedelta(days=rng.randint(0, (hi - lo).days))))
                # Its yearly reviews to the end of the episode (the release ends it), some missed.
                self._run_reviews(rng, ctx, d, ep.released - timedelta(days=1) if ep.released else today, "live")
        # 5. Measures of the past, from proposal to their end, until only the proposals not decided are left.
        rejected = round(REJECTED_SHARE * total)
        codes, code_cum = list(HISTORY_SHARES), list(accumulate(HISTORY_SHARES.values()))
        tries = 0
        while len(ctx.decisions) < total - rejected:
            tries += 1
            if tries > 50 * total:
                raise SystemExit("could not place the measures of the past: too few custody days in the window")
            ep, code = self._window_episode(rng, ctx), weighted(rng, code_cum, codes)
            maximum = DECISION_TYPES[code][3]
            low, high, mode = MEASURE_DAYS[code]
            length = round(rng.triangular(low, high, mode))
            lo = max(ep.admitted, ctx.since)  # in an open episode: over before today (reviews may be late)
            hi = ep.released - timedelta(days=1) if ep.released else today - timedelta(days=length + 5)
            if hi < lo:
                continue
            start = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if code == "separation" and years_between(ep.person.born, start) < ctx.juvenile_age \
                    and rng.random() < 0.6:
                continue  # juveniles are separated less often (and only with a justification, at headquarters)
            # a separation extended twice may last a little over twice its maximum
            reach = (4 if code == "separation" else 2) * maximum
            if not self._free(ctx, ep.person, code, start, start + timedelta(days=reach)):
                continue
            self._measure_history(rng, ctx, ep, code, start, length)
        # 6. Proposals not decided, to make up exactly --decisions.
        while len(ctx.decisions) < total:
            ep = self._window_episode(rng, ctx)
            code = rng.choice(["separation", "contact", "supervision", "classification", "allocation"])
            lo, hi = max(ep.admitted, ctx.since), min(ep.released or yesterday, yesterday)
            if hi < lo:
                continue
            start = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if code in MEASURES and not self._free(ctx, ep.person, code, start,
                                                   start + timedelta(days=MEASURE_DAYS[code][1])):
                continue  # a proposal overlapping a separation of the person is refused at once
            d = self._decision(rng, ctx, ep, code, start)
            if code == "allocation":
                d.placement = self._elsewhere(rng, ep.est)
            self._decide(rng, ctx, d, outcome="reject")
        if len(ctx.decisions) != total:
            raise SystemExit(f"--decisions {total:,}: what is in force today alone takes {fixed:,} "
                             f"(and the transfers {len(ctx.decisions) - fixed:,} more); give more")
        # 7. A release ends whatever is in force in the episode (actions._end_on_release).
        for d in ctx.decisions:
            if d.ep.released is not None and d.status in Decision.IN_FORCE:
                d.status, d.ended_on, d.end_reason, d.review_due = S.ENDED, d.ep.released, ENDED_ON_RELEASE, None

    def _elsewhere(self, rng, est):
        """A unit of another establishment: where an allocation proposes to move the person."""
        others = [e for e in self.establishments if e.pk != est]
        return rng.choice(rng.choice(others).units).pk

    def _measure_history(self, rng, ctx, ep, code, start, length):
        """A measure of the past: decided, reviewed on its clock, ended by a review, a lifting decision,
        an extension (then the extension's story) or the release."""
        until = ep.released or self.today - timedelta(days=1)
        d = self._decide(rng, ctx, self._decision(rng, ctx, ep, code, start, length=length))
        if code == "separation" and rng.random() < OBJECTED["history"] and (d.ends_on - start).days >= 3:
            objection = start + timedelta(days=rng.randint(1, (d.ends_on - start).days - 1))
            d.events = sorted([*d.events, (objection, "objection")])
        extensions = (1 if rng.random() < 0.85 else 2) if rng.random() < EXTENDED else 0
        lift_on = None
        if not extensions and rng.random() < LIFTED and (d.ends_on - start).days >= 3:
            lift_on = start + timedelta(days=rng.randint(1, (d.ends_on - start).days - 1))
        while True:
            how, day = self._run_reviews(rng, ctx, d, min(until, lift_on - timedelta(days=1)) if lift_on else until,
                                         "extend" if extensions else "history")
            if how == "ended":
                return
            if how == "forced":
                if ep.released is None and day + timedelta(days=MEASURE_DAYS[code][1] + 5) >= until:
                    self._review(rng, ctx, d, day, "end")  # an extension would run into today: ended instead
                    return
                extensions -= 1
                d = self._extend(rng, ctx, d, day)
                continue
            if lift_on is not None and lift_on <= until:
                self._lift(rng, ctx, d, lift_on)
                return
            if ep.released is None:
                raise AssertionError(f"a measure of the past still in force today: {d.code} from {d.starts_on}")
            return  # in force on the release day: the release ends it

    def _measure_in_force(self, rng, ctx, ep, code):
        """A measure in force today, reviewed so far on its clock; sometimes an extension of one or more
        earlier measures (their chain counted from the first), sometimes past its end date and maximum
        with its review not held. Returns whether it was placed (the person is free and in custody then)."""
        today = self.today
        _, _, interval, maximum, _ = DECISION_TYPES[code]
        low, high, mode = MEASURE_DAYS[code]
        links = weighted(rng, CHAIN_LINKS_CUM, CHAIN_LINKS) if rng.random() < IN_FORCE_CHAIN[code] else 1
        expired = links == 1 and rng.random() < IN_FORCE_EXPIRED
        # The chain's shape, in days from its first start: each link extended on the day a review could
        # only end it (reviews on their date, as _run_reviews(late=False) will hold them).
        shape, offset = [], 0
        for i in range(links):
            length = max(low, maximum - rng.randint(0, 5)) if expired else round(rng.triangular(low, high, mode))
            shape.append((offset, length))
            if i < links - 1:
                end = offset + length - 1
                due = min(offset + interval, end)
                while not (due + 1 >= maximum or due >= end):
                    due = min(due + interval, end)
                offset = due
        last_start, last_length = shape[-1]
        age = last_length + rng.randint(1, 25) if expired else rng.randint(0, last_length - 1)
        first = today - timedelta(days=last_start + age)
        if first < ep.admitted or (code == "separation" and years_between(ep.person.born, first) < ctx.juvenile_age
                                   and rng.random() < 0.6):
            return False
        if not self._free(ctx, ep.person, code, first, today + timedelta(days=maximum)):
            return False
        d = self._decide(rng, ctx, self._decision(rng, ctx, ep, code, first, length=shape[0][1]))
        for start, length in shape[1:]:
            self._without_effect(d)
            how, day = self._run_reviews(rng, ctx, d, today, "extend", late=False)
            assert how == "forced" and day == first + timedelta(days=start), (how, day, first, start)
            d = self._extend(rng, ctx, d, day, length=length)
        if code == "separation" and rng.random() < OBJECTED["live"]:  # logged in the last days
            d.events = sorted([*d.events, (max(d.starts_on, today - timedelta(days=rng.randint(0, 3))), "objection")])
        self._run_reviews(rng, ctx, d, today, "live")
        return True

    def _write_decisions(self, rng, ctx):
        """Keys in the order of proposal; the person heard, the law as decided, evidence, reviews,
        appeals, the separation log and the reminders; then the rows through the raw writer."""
        sid, today, lang, texts = self.service.pk, self.today, DECISION_LANGUAGE, DECISION_TEXTS
        S, H = Decision.Status, Decision.Hearing
        decisions = sorted(ctx.decisions, key=lambda d: (d.proposed_at, d.seq))
        first = next_pk(Decision)
        for i, d in enumerate(decisions):
            d.pk = first + i
        tables = {
            Decision: "id service_id person_id episode_id type_id status legal_basis_id reasons proportionality "
                      "alternatives pregnant_or_nursing vulnerability_justification placement_id classification "
                      "lifts_id extends_id starts_on ends_on review_due urgent_reason backdating_reason basis_law "
                      "basis_article basis_text external_body external_reference carried_out_on proposed_by_id "
                      "proposed_at decided_by_id decided_level decided_at decision_note ended_on end_reason hearing "
                      "heard_on hearing_due_by informed_on representations interpreter_used copy_given "
                      "copy_withheld_reason version",
            Evidence: "id service_id decision_id kind assessment_id reference description withheld_reason",
            Review: "id service_id decision_id reviewed_on reviewed_by_id outcome reasons person_heard representations "
                    "next_review_due",
            Appeal: "id service_id decision_id lodged_on body outcome outcome_on note",
            SeparationDay: "id service_id decision_id day contact_hours contact_with medical_visit medical_by "
                           "governor_visit governor_visit_by health_objection note recorded_by_id",
            Reminder: "id service_id decision_id day overdue",
        }
        columns = {m: self._columns(m, names) for m, names in tables.items()}
        rows = {m: [] for m in tables}
        pk = {m: next_pk(m) for m in tables}
        self.explicit_pk_models += list(tables)
        type_pk = {code: t.pk for code, t in ctx.types.items()}
        due_soon = today + timedelta(days=ctx.settings.due_soon_days)
        body = texts.appeal_body[lang]
        est1 = self.establishments[0].pk
        for d in decisions:
            decided = d.status not in (S.PROPOSED, S.RETURNED, S.REJECTED)
            in_force = d.status in Decision.IN_FORCE
            proposed_on = d.proposed_at.date()
            decided_on = d.decided_at.date() if d.decided_at else proposed_on
            # The person heard (actions.record_hearing): before a measure comes into force, or on the urgent
            # path after it, within the service's hours; a few urgent ones in force not yet (the dashboard's
            # hearings due, or overdue -- never one decided two days ago, which depends on the hour).
            hearing, heard_on, due_by = H.NOT_ASKED, None, None
            if d.category == "measure" and d.urgent and decided:
                due_by = d.decided_at + timedelta(hours=ctx.settings.urgent_hearing_hours)
                age = (today - decided_on).days
                self.counts["urgent_measures"] += 1
                if in_force and age != 2 and rng.random() < URGENT_UNHEARD:
                    self.counts["hearings_due" if age < 2 else "hearings_overdue"] += 1
                else:
                    hearing = H.DECLINED if rng.random() < DECLINED else H.HEARD
                    heard_on = min(today, decided_on + timedelta(days=rng.randint(0, 1)))
            elif d.category == "measure" and (decided or rng.random() < 0.5):
                hearing, heard_on = H.DECLINED if rng.random() < DECLINED else H.HEARD, proposed_on
            elif d.category != "measure" and d.status != S.REJECTED:
                x = rng.random()
                hearing = H.HEARD if x < HEARD_OTHERS[0] else H.DECLINED if x < sum(HEARD_OTHERS) else H.NOT_ASKED
                heard_on = proposed_on if hearing != H.NOT_ASKED else None
            representations = rng.choice(texts.representations[lang]) if hearing == H.HEARD else ""
            # Informed and given a copy (or not, with the reason), for most decided ones.
            informed = withheld = ""
            copy = None
            if decided and rng.random() < 0.92:
                informed = min(today, max(d.starts_on, decided_on) + timedelta(days=rng.randint(0, 2)))
                x = rng.random()
                copy = True if x < 0.95 else False if x < 0.98 else None
                withheld = rng.choice(WITHHELD) if copy is False else ""
            interpreter = d.person.interpreter and (hearing != H.NOT_ASKED or bool(informed))
            backdating = ""
            if d.starts_on < max(proposed_on, decided_on):  # rules.check_content asks why, at the proposal or decision
                backdating = rng.choice(texts.backdating_reasons[lang]["oral" if d.oral else "register"])
                self.counts["backdated"] += 1
            law, article, text = (d.basis.law, d.basis.article, d.basis.text) if decided else ("", "", "")
            carried_out = max(d.starts_on, decided_on) if d.category == "allocation" and decided \
                and d.starts_on <= today else None
            self.counts["future_allocations"] += d.category == "allocation" and in_force and d.starts_on > today
            self.counts["court_decisions"] += bool(d.external) and decided
            ended_by_action = d.status == S.ENDED and not (d.reviews and d.reviews[-1][2] == "end")
            version = 1 + (d.decider is not None) + (hearing != H.NOT_ASKED) + bool(informed) + len(d.reviews) \
                + ended_by_action + d.under_review_by_event
            rows[Decision].append((
                d.pk, sid, d.person.pk, d.ep.pk, type_pk[d.code], d.status, d.basis.pk, d.reasons, d.proportionality,
                d.alternatives, d.pregnant, d.justification, d.placement, d.classification,
                d.lifts.pk if d.lifts else None, d.extends.pk if d.extends else None, d.starts_on, d.ends_on,
                d.review_due, d.urgent, backdating, law, article, text, "court" if d.external else "", d.external,
                carried_out, d.proposer, d.proposed_at, d.decider, d.level, d.decided_at, d.note, d.ended_on,
                d.end_reason, hearing, heard_on, due_by, informed or None, representations, interpreter, copy,
                withheld, version))
            self.counts[f"decisions_{d.status}"] += 1
            self.counts[f"decisions_{d.code}"] += 1
            # Evidence named at the proposal: one to three items, an assessment only beside other evidence;
            # now and then a statement or concern report whose gist the notice does not give, with the reason.
            for _ in range(rng.choice([1, 1, 2, 2, 3])):
                kind = weighted(rng, EVIDENCE_CUM, EVIDENCE_KINDS)
                description = rng.choice(CONCERNS if kind == "concern" else texts.evidence[lang][kind])
                kept = rng.choice(texts.withheld_reasons[lang]) if kind in ("statement", "concern") \
                    and rng.random() < WITHHELD_EVIDENCE else ""
                rows[Evidence].append((pk[Evidence], sid, d.pk, kind, None,
                                       f"{EVIDENCE_PREFIX[kind]}-{proposed_on.year}-{rng.randint(1, 9999):04d}",
                                       description, kept))
                pk[Evidence] += 1
                self.counts["evidence_withheld"] += bool(kept)
            finished = ctx.assessments.get(d.person.pk, ())
            latest = bisect(finished, (proposed_on, float("inf")))
            if latest and rng.random() < (0.5 if d.category == "classification" else 0.25):
                on, assessment = finished[latest - 1]
                rows[Evidence].append((pk[Evidence], sid, d.pk, evidence_kinds.ASSESSMENT, assessment,
                                       f"{BENCH_INSTRUMENT} {on.isoformat()}",
                                       "Процена ризика и потреба: подржава, али није једини основ одлуке.", ""))
                pk[Evidence] += 1
            for day, by, outcome, reasons, next_due, heard, said in d.reviews:
                rows[Review].append((pk[Review], sid, d.pk, day, by, outcome, reasons, heard, said, next_due))
                pk[Review] += 1
                self.counts[f"reviews_{d.category}"] += 1
            if d.appeal is not None:
                lodged, outcome, outcome_on, note = d.appeal
                rows[Appeal].append((pk[Appeal], sid, d.pk, lodged, body, outcome, outcome_on, note))
                pk[Appeal] += 1
                self.counts[f"appeals_{outcome}"] += 1
            if d.separation and decided:  # the daily log: most days, not all; a health objection on its day
                last = min(d.ended_on or today, today)
                recorders = ctx.staff[d.ep.est][Role.FRONTLINE_OFFICER] + ctx.staff[d.ep.est][Role.SECURITY_OFFICER] \
                    or ctx.anywhere[Role.FRONTLINE_OFFICER]
                for n in range((last - d.starts_on).days + 1):
                    day = d.starts_on + timedelta(days=n)
                    objection = rng.choice(texts.health_objections[lang]) if day == d.objection else ""
                    if not objection and rng.random() >= (0.4 if day == today else SEPARATION_LOGGED):
                        continue
                    hours = weighted(rng, CONTACT_HOURS_CUM, CONTACT_HOURS)
                    medical = bool(objection) or rng.random() < 0.85
                    governor = rng.random() < GOVERNOR_VISITED
                    rows[SeparationDay].append((
                        pk[SeparationDay], sid, d.pk, day, Decimal(hours),
                        rng.choice(texts.contact_with[lang]) if hours != "0" else "", medical,
                        rng.choice(texts.medical_by[lang]) if medical else "", governor,
                        rng.choice(texts.governor_visit_by[lang]) if governor else "", objection,
                        "Одбио шетњу." if rng.random() < 0.03 else "", recorders[rng.randrange(len(recorders))]))
                    pk[SeparationDay] += 1
            if in_force and d.category in ("measure", "classification"):  # on the dashboard's review clock
                overdue, soon = d.review_due < today, today <= d.review_due <= due_soon
                prefix = "measure" if d.category == "measure" else "classification"
                self.counts[f"{prefix}_reviews_overdue"] += overdue
                self.counts[f"{prefix}_reviews_due_soon"] += soon
                if d.ep.est == est1:
                    self.counts["establishment_1_reviews_overdue"] += overdue
                    self.counts["establishment_1_reviews_due_soon"] += soon
            if in_force and d.category == "measure":
                self.counts["measures_in_force"] += 1
                self.counts["separations_in_force"] += d.separation
                self.counts["measures_in_force_extensions"] += d.extends is not None
                self.counts["measures_past_maximum"] += (today - d.chain_start).days + 1 > DECISION_TYPES[d.code][3]
                if d.ep.est == est1:
                    self.counts["establishment_1_measures_in_force"] += 1
                    self.counts["establishment_1_separations"] += d.separation
                # The daily reminder task (tasks.send_review_reminders) since the review came within reach.
                since = max(d.review_due - timedelta(days=ctx.settings.due_soon_days), d.starts_on,
                            today - timedelta(days=REMINDER_DAYS - 1))
                for n in range((today - since).days + 1):
                    day = since + timedelta(days=n)
                    rows[Reminder].append((pk[Reminder], sid, d.pk, day, d.review_due < day))
                    pk[Reminder] += 1
            if d.status == S.PROPOSED:
                self.counts["establishment_1_proposals" if d.ep.est == est1 else "proposals_elsewhere"] += 1
        # Separations of the last year that lasted (or last) more than 15 days (Mandela Rules 43-44), as
        # the dashboard lists them for establishment 1: per person, however many decisions (extensions,
        # or ended and imposed again) a stretch took, joined as decisions.separation joins them -- for the
        # persons the governor there sees, from the separations of their custody there.
        where = {ep.person.pk: ep.est for ep in ctx.open}
        spans = defaultdict(list)
        for d in decisions:
            if d.separation and d.ep.est == est1 and where.get(d.person.pk) == est1 and d.starts_on <= today \
                    and d.status in separation.COUNTED:
                spans[d.person.pk].append(separation.span(d, today))
        year_ago = today - timedelta(days=decision_queries.LONG_SEPARATION_LOOKBACK_DAYS)
        self.counts["establishment_1_long_separations"] = sum(
            1 for person_spans in spans.values()
            for stretch in separation.stretches(person_spans, ctx.settings.separation_gap_days)
            if stretch.days > MANDELA_DAYS and stretch.end >= year_ago)
        stamps = ("proposed_at", "decided_at", "hearing_due_by")
        for model, batch in rows.items():
            write = self._writer(model._meta.db_table, columns[model], stamps=stamps)
            for start in range(0, len(batch), 100_000):
                with transaction.atomic():
                    write(batch[start:start + 100_000])
            self.counts[model._meta.model_name] = len(batch)
        self.counts["persons_with_decisions"] = len({d.person.pk for d in decisions})
        self.decision_pks = (first, first + len(decisions))
        self.separations_in_force = [d for d in decisions if d.separation and d.status in Decision.IN_FORCE]

    # --- audit trail -----------------------------------------------------------------------------
    def audit_trail(self):
        """Stream --audit events in batches, chaining each hash to the previous one (audit.record's rules)."""
        rng, total, sid = self.rng, self.args.audit, self.service.pk
        if AuditEvent.objects.filter(service_id=sid).exists():
            raise SystemExit("the service already has audit events")
        actions, shares = zip(*AUDIT_MIX, strict=True)
        cum = list(accumulate(shares))
        variants = self._change_variants()
        object_type = {
            people_audit.PERSON_VIEW: "people.person", people_audit.PERSON_UPDATE: "people.person",
            people_audit.IDENTIFIER_ADD: "people.identifier", people_audit.CUSTODY_ADMIT: "people.custodyepisode",
            people_audit.CUSTODY_RELEASE: "people.custodyepisode", people_audit.CUSTODY_TRANSFER: "people.transfer",
            people_audit.OFFENCE_ADD: "people.offence", people_audit.PRIOR_ADD: "people.priorconviction",
            people_audit.CASELOAD_ASSIGN: "people.caseassignment", people_audit.CASELOAD_END: "people.caseassignment",
        }
        actors = self.actor_ids
        ips = {a: f"10.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}" for a in actors}
        persons = self.person_pks
        # Spread over the three years before --today, strictly increasing: events the application
        # appends later (page views during the benchmark) come after them, and the trail is the same
        # on every run for a given --today.
        end = datetime.combine(self.today, dtime.min, tzinfo=UTC) - timedelta(seconds=1)
        start = end - timedelta(days=3 * 365)
        step_us = max(1, int((end - start).total_seconds() * 1_000_000) // max(total, 1))

        columns = ["service_id", "seq", "at", "actor_id", "actor_label", "action", "object_type", "object_id",
                   "person_id", "request_id", "ip", "reason", "changes", "prev_hash", "hash"]
        writer = self._writer(AuditEvent._meta.db_table, columns)
        # compute_hash takes keyword arguments named after the columns (actor_id, prev_hash, ...);
        # reading its signature keeps this script in step when a field joins or leaves the hash.
        params = list(inspect.signature(audit.compute_hash).parameters)
        unknown = [p for p in params if p not in columns]
        if unknown:
            raise SystemExit(f"audit.compute_hash takes {unknown}, which this generator does not produce")
        hashed = [(p, columns.index(p)) for p in params]
        changes_at = columns.index("changes")
        prev = audit.GENESIS
        for first in range(1, total + 1, AUDIT_BATCH):
            rows = []
            for seq in range(first, min(first + AUDIT_BATCH, total + 1)):
                action = actions[bisect(cum, rng.random() * cum[-1])]
                at = start + timedelta(microseconds=seq * step_us + rng.randrange(step_us))
                actor = actors[rng.randrange(len(actors))]
                if action in object_type:
                    person = persons[rng.randrange(len(persons))]
                    otype = object_type[action]
                    oid = str(person if otype == "people.person" else rng.randint(1, 200_000))
                else:
                    person, otype, oid = None, "", ""
                changes, changes_json = variants[action][rng.randrange(len(variants[action]))]
                request_id = f"{rng.getrandbits(128):032x}"
                reason = "Court request" if action == people_audit.PERSON_UPDATE and rng.random() < 0.2 else ""
                row = (sid, seq, at, actor, self.usernames[actor], action, otype, oid, person, request_id,
                       ips[actor], reason, changes, prev)
                digest = audit.compute_hash(**{param: row[i] for param, i in hashed})
                rows.append((*row[:changes_at], changes_json, *row[changes_at + 1:], digest))
                prev = digest
            with transaction.atomic():
                writer(rows)
            if seq % 200_000 < AUDIT_BATCH or seq == total:
                print(f"    audit events: {seq:,} / {total:,}", flush=True)
        AuditChainHead.objects.update_or_create(service_id=sid, defaults={"seq": total, "hash": prev})
        self.counts["audit_events"] = total

    def _writer(self, table, columns, stamps=("at",)):
        """A function inserting rows of plain values: COPY on PostgreSQL, executemany on SQLite.

        Not bulk_create: building two million model instances costs more than hashing them, and the
        rows are already the exact values audit.record() would have saved. Values are adapted the way
        Django's backends adapt them (UTC datetimes, in the columns named in `stamps`; JSON arrives as
        JSON text).
        """
        qn = connection.ops.quote_name
        cols = ", ".join(qn(c) for c in columns)
        stamped = [columns.index(c) for c in stamps if c in columns]  # the values needing adaptation
        if connection.vendor == "postgresql":
            sql = f"COPY {qn(table)} ({cols}) FROM STDIN"

            def write(rows):
                with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            return write

        sql = f"INSERT INTO {qn(table)} ({cols}) VALUES ({', '.join(['%s'] * len(columns))})"

        def write(rows):
            if not stamped:
                with connection.cursor() as cursor:
                    cursor.executemany(sql, rows)
                return
            adapted = []
            for row in rows:
                row = list(row)
                for i in stamped:
                    # Django's SQLite adapter stores aware datetimes as naive UTC text: str(naive datetime).
                    if row[i] is not None:
                        row[i] = str(row[i].replace(tzinfo=None))
                adapted.append(row)
            with connection.cursor() as cursor:
                cursor.executemany(sql, adapted)
        return write

    def _change_variants(self):
        """A few dozen plausible `changes` payloads per action (plain JSON values, as audit._plain keeps)."""
        rng, v = self.rng, defaultdict(list)
        day = lambda: (self.today - timedelta(days=rng.randint(0, 3000))).isoformat()  # noqa: E731
        for _ in range(40):
            sample = rng.choice(NAMES.offences)
            v[people_audit.PERSON_VIEW].append({})
            v[people_audit.PERSON_UPDATE].append({"languages": {"before": "Serbian", "after": "Serbian, English"}}
                                          if rng.random() < 0.5 else
                                          {"fathers_name": {"before": "", "after": rng.choice(NAMES.name_sets["sq"]["male"])}})
            v[people_audit.IDENTIFIER_ADD].append({"after": {"kind": "national_id", "value": str(rng.randrange(10**12, 10**13))}})
            v[people_audit.CUSTODY_ADMIT].append({"after": {
                "admitted_on": day(), "legal_status": "sentenced", "sentence_years": rng.randint(1, 12),
                "sentence_months": 0, "sentence_days": None, "life_sentence": False, "expected_release": day(),
                "earliest_release": day(), "placement": rng.choice(self.establishments).name,
                "offences": [sample["label_en"]]}})
            v[people_audit.CUSTODY_TRANSFER].append({"before": rng.choice(self.establishments).name,
                                              "after": rng.choice(self.establishments).name, "on": day(),
                                              "reason": "Allocation review"})
            v[people_audit.CUSTODY_RELEASE].append({"after": {"released_on": day()}})
            v[people_audit.OFFENCE_ADD].append({"after": {"description": sample["label_en"], "category": sample["category"],
                                                   "legal_reference": "", "committed_on": day()}})
            v[people_audit.PRIOR_ADD].append({"after": {"year": rng.randint(1995, self.today.year - 1),
                                                 "description": sample["label_en"], "category": sample["category"],
                                                 "custodial": rng.random() < 0.4}})
            v[people_audit.CASELOAD_ASSIGN].append({"after": {"user": f"bench-cm-{rng.randint(1, 300)}", "kind": "case_manager"},
                                             "ended": []})
            v[people_audit.CASELOAD_END].append({"after": {"user": f"bench-cm-{rng.randint(1, 300)}", "ended_on": day()}})
            v[audit.AUDIT_VIEW].append({"filters": {"person": "", "actor": ""}})
            v[audit.MEMBERSHIP_SWITCH].append({})
        # Each payload with its stored JSON text, serialised once instead of once per event.
        return {k: [(plain, json.dumps(plain, ensure_ascii=False)) for plain in map(audit._plain, changes)]
                for k, changes in v.items()}

    # --- finishing -------------------------------------------------------------------------------
    def finish(self):
        if connection.vendor == "postgresql":
            # Explicit keys leave the sequences behind: move them past the rows written here.
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), self.explicit_pk_models):
                    cursor.execute(sql)
                # Autovacuum would analyse these tables shortly after a bulk load; do it now so the
                # benchmark does not depend on when it wakes up.
                cursor.execute("ANALYZE")
        else:
            with connection.cursor() as cursor:
                # Leave a small WAL behind for the server, with planner statistics as a node has
                # them after `reintegra migrate` (which runs ANALYZE) on a populated database.
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cursor.execute("ANALYZE")

    def check_consistency(self):
        """Compare a sample of what this script derived by hand with what the models' own code derives.

        Each sampled person is saved with the real Person.save() inside a transaction that is rolled
        back: the derived fields (the non-editable ones save() computes) and the name tokens must come
        out unchanged. The denormalised location is checked against the open episode, as
        actions._place keeps it.
        """
        rng = random.Random(self.args.seed + 1)
        sample = rng.sample(self.person_pks, min(200, len(self.person_pks)))
        kept_by_actions = {"current_episode", "location", "location_path", "version", "created_at", "updated_at"}
        derived = [f.attname for f in Person._meta.concrete_fields
                   if not f.editable and not f.primary_key and f.name not in kept_by_actions]

        def tokens_of(person):
            return set(NameToken.objects.filter(person_id=person.pk).values_list("token", flat=True)) \
                if NameToken is not None else None

        with transaction.atomic():
            for person in Person.objects.filter(pk__in=sample).select_related("current_episode", "location"):
                before = ({f: getattr(person, f) for f in derived}, tokens_of(person))
                person.save()
                after = ({f: getattr(person, f) for f in derived}, tokens_of(person))
                assert before == after, f"person {person.pk}: generated {before}, save() makes {after}"
                open_ = CustodyEpisode.objects.filter(person=person, released_on__isnull=True).first()
                assert person.current_episode_id == (open_.pk if open_ else None), f"current episode of {person.pk}"
                placement = open_.placement if open_ else None
                assert person.location_id == (placement.pk if placement else None), f"location of {person.pk}"
                assert person.location_path == (placement.path if placement else ""), f"location path of {person.pk}"
                for episode in person.episodes.all():
                    assert episode.age_at_admission == years_between(person.date_of_birth, episode.admitted_on)
            transaction.set_rollback(True)
        for org in Organisation.objects.filter(service=self.service).select_related("parent"):
            assert org.path == (org.parent.path if org.parent else "/") + org.code + "/", org.code
        self._check_assessments(rng)
        self._check_plans(rng)
        self._check_decisions(rng)

    def _check_assessments(self, rng):
        """The generated assessments as the application's own code reads them.

        A sample: complete once submitted (actions.missing_for_submission finds nothing), the review due
        after the instrument's interval, ratings on the instrument's items and scale, a superseded one
        pointing at a later one of the same person. All: at most one countersigned per person and
        instrument (as countersign() keeps it). And the known login, a case manager, may read them.
        """
        if not getattr(self, "assessment_pks", None):
            return
        S, instrument = Assessment.Status, self.instrument
        items = set(instrument.item_codes())
        sample = rng.sample(self.assessment_pks, min(200, len(self.assessment_pks)))
        for a in (Assessment.objects.filter(pk__in=sample)
                  .select_related("instrument", "superseded_by").prefetch_related("ratings")):
            if a.status != S.DRAFT:
                assert missing_for_submission(a) == [], f"assessment {a.pk}: {missing_for_submission(a)}"
                assert a.review_due == assessment_clock.review_due(a.assessed_on, instrument.review_interval_days), a.pk
                assert len(a.ratings.all()) == len(items), f"assessment {a.pk}: {len(a.ratings.all())} ratings"
            for r in a.ratings.all():
                assert r.item in items and r.value in ["", *instrument.scale_values("level")], (a.pk, r.item)
            if a.status == S.SUPERSEDED:
                later = a.superseded_by
                assert later.person_id == a.person_id and later.assessed_on >= a.assessed_on, a.pk
                assert later.status in (S.COUNTERSIGNED, S.SUPERSEDED), a.pk
        assert not (Assessment.objects.filter(service_id=self.service.pk, status=S.COUNTERSIGNED)
                    .values("person_id", "instrument_id").annotate(n=Count("pk")).filter(n__gt=1).exists()), \
            "a person with two countersigned assessments of one instrument"
        membership = memberships_of(self.known_user)[0]
        assert membership.has(assessments_perms.VIEW_ASSESSMENT), f"{KNOWN_LOGIN} cannot read assessments"
        assert assessment_queries.is_certified(membership, instrument), f"{KNOWN_LOGIN} is not certified"
        assert assessment_queries.visible_assessments(membership).exists(), f"{KNOWN_LOGIN} sees no assessment"

    def _check_plans(self, rng):
        """The generated plans and programmes as the application's own code reads them.

        All: one plan per episode not on remand and none on remand, of the episode's person; goal links to the person's own ratings;
        referral steps and goals of the person's own plans; attendance within the enrolment; outcomes
        exactly for ended referrals; never more enrolled than places (queries.catalogue). A sample of
        plans: 1–5 goals of 1–4 steps, versions numbered from an initial one, an active goal in each
        version but a closure; a closed plan's last version is its closure and its snapshot is what
        snapshots.take() makes of the plan now; an open plan's clock is the last version's
        actions.next_review(), or earlier (brought forward), and without versions the initial due date.
        """
        if not getattr(self, "plan_sample_pks", None):
            return
        sid, today = self.service.pk, self.today
        episodes = CustodyEpisode.objects.filter(service_id=sid).exclude(legal_status__in=UNTRIED)
        plans = Plan.objects.filter(service_id=sid)
        assert plans.count() == episodes.count(), f"{plans.count()} plans for {episodes.count()} episodes"
        assert not episodes.filter(plan__isnull=True).exists(), "an episode without a plan"
        assert not plans.filter(episode__legal_status__in=UNTRIED).exists(), "a plan opened on a remand admission"
        assert not plans.exclude(person_id=F("episode__person_id")).exists(), "a plan of another person's episode"
        assert not GoalLink.objects.filter(service_id=sid).exclude(
            rating__assessment__person_id=F("goal__plan__person_id")).exists(), "a goal linked to another's rating"
        V = PlanVersion.Kind
        first, end = self.plan_sample_pks
        sample = rng.sample(range(first, end), min(300, end - first))
        settings = PlanSettings.of(sid)
        clock_checked = self.today == date.today()  # next_review() reads the person's groups as of today

        def comparable(snapshot):
            return [{**g, "links": sorted(g["links"], key=lambda link: link["rating"])} for g in snapshot["goals"]]

        for plan in (plans.filter(pk__in=sample).select_related("episode", "service")
                     .prefetch_related("goals__links__rating__assessment__instrument",
                                       "goals__steps__referrals__programme", "versions")):
            goals = list(plan.goals.all())
            assert 1 <= len(goals) <= 5, f"plan {plan.pk}: {len(goals)} goals"
            assert all(1 <= len(g.steps.all()) <= 4 and g.area in DEFAULT_AREAS for g in goals), plan.pk
            versions = sorted(plan.versions.all(), key=lambda v: v.number)
            assert [v.number for v in versions] == list(range(1, len(versions) + 1)) and len(versions) <= 4, plan.pk
            assert not versions or versions[0].kind == V.INITIAL, plan.pk
            ids = {g.pk for g in goals}
            for v in versions:
                assert plan.episode.admitted_on <= v.issued_on <= today, (plan.pk, v.number)
                assert {g["id"] for g in v.snapshot["goals"]} <= ids, (plan.pk, v.number)
                assert v.kind == V.CLOSURE or any(g["status"] == Goal.Status.ACTIVE for g in v.snapshot["goals"]), \
                    f"plan {plan.pk} version {v.number}: no active goal"
            live = json.loads(json.dumps(snapshots.take(plan, plan_parts.step_facts(plan))))
            if plan.closed_on:
                last = versions[-1]
                assert last.kind == V.CLOSURE and last.issued_on == plan.closed_on and plan.review_due is None, plan.pk
                assert comparable(live) == comparable(last.snapshot), f"plan {plan.pk}: closure snapshot != take()"
            elif plan.episode.released_on is None and clock_checked:
                if versions:
                    due, why = next_review(plan, versions[-1].kind, versions[-1].issued_on)
                    assert versions[-1].next_review_due == due, (plan.pk, versions[-1].next_review_due, due)
                    assert plan.review_due <= due, (plan.pk, plan.review_due, due)
                    if plan.due_kind not in (DueKind.TRANSFER, DueKind.ASSESSMENT):
                        assert (plan.review_due, plan.due_kind) == (due, why), (plan.pk, plan.review_due, due)
                else:
                    assert plan.review_due <= plan_clock.initial_due(settings, plan.episode.admitted_on), plan.pk
        # Programmes, through the catalogue query the occupancy page uses.
        membership = memberships_of(self.known_user)[0]
        for est in self.establishments:
            shown = list(programme_queries.catalogue(membership, establishment=est))
            assert 15 <= len(shown) <= 25, f"{est.code}: {len(shown)} programmes"
            full = [p for p in shown if p.enrolled > p.capacity]
            assert not full, f"more enrolled than places: {[(p.code, p.enrolled, p.capacity) for p in full]}"
        R = Referral.Status
        referrals = Referral.objects.filter(service_id=sid)
        for ref in referrals.filter(status=R.ENROLLED).select_related("person", "programme__establishment"):
            assert ref.person.location_path.startswith(ref.programme.establishment.path), f"referral {ref.pk}"
        assert not referrals.filter(status__in=[R.WAITING, R.ENROLLED], queued_at__isnull=True).exists()
        assert not referrals.filter(step__isnull=False).exclude(step__goal__plan__person_id=F("person_id")).exists()
        assert not referrals.filter(Q(referred_on__lt=F("step__goal__plan__episode__admitted_on"))
                                    | Q(referred_on__gt=F("step__goal__plan__episode__released_on"))).exists(), \
            "a referral from a plan of another custody episode"
        links = ReferralGoal.objects.filter(service_id=sid)
        assert not links.exclude(goal__plan__person_id=F("referral__person_id")).exists(), "another's goal"
        assert not links.filter(referral__status__in=Referral.ENDINGS, outcome="").exists(), "an outcome missing"
        assert not links.exclude(referral__status__in=Referral.ENDINGS).exclude(outcome="").exists()
        attendance = Attendance.objects.filter(service_id=sid)
        assert not attendance.filter(session__held_on__lt=F("referral__enrolled_on")).exists(), "before enrolment"
        assert not attendance.filter(session__held_on__gte=F("referral__ended_on")).exists(), "after the end"
        assert not attendance.exclude(session__programme_id=F("referral__programme_id")).exists()
        for ref in referrals.filter(status=R.WAITING).order_by("pk")[:100]:
            assert 1 <= waiting_position(ref) <= referrals.filter(programme_id=ref.programme_id,
                                                                   status=R.WAITING).count(), ref.pk
        assert plan_queries.visible_plans(membership).exists(), f"{KNOWN_LOGIN} sees no plan"

    def _check_decisions(self, rng):
        """The generated decisions as the application's own code reads them.

        All: evidence other than an assessment for every decision, assessments only of the decision's
        person; decisions in force only in open episodes of their person, every measure and
        classification in force with a review date; the legal basis one the type lists, in force on the
        start, and as decided in the decision's snapshot; never decided by the proposer, always by a
        governor, at headquarters when the level says so; every measure decided heard (or declined), or
        on the urgent path with its deadline; backdated ones with their reason; allocations carried out
        on their day (not yet if it is to come); the court's decisions exactly for the remand detainees
        of the types it decides; separation days within their separation, a named visitor for each
        governor's visit, a health objection only with the medical visit and never on a measure left
        "decided"; reviews within their measure or classification, by someone other than the
        decision-maker, the person heard; under review only after a review, a partly upheld appeal or
        an objection; an upheld appeal never leaves its decision in force past its day; an extended or
        lifted measure ended on the day its successor starts; measures' dates within the type's interval
        and maximum; a person's separations never overlap (decisions.separation reads them), and one
        carried past the statutory maximum only on a basis that allows it, at headquarters; every
        vulnerable person's separation justified and decided at headquarters (rules.is_vulnerable).
        A sample through rules.check_content, rules.required_level and
        rules.consecutive_separation_days. And queries.dashboard, for the governor login's establishment
        and service-wide, counts what this script counted.
        """
        if not getattr(self, "decision_pks", None):
            return
        sid, today, S, K, H, A = self.service.pk, self.today, Decision.Status, evidence_kinds, Decision.Hearing, \
            Appeal.Outcome
        settings = DecisionSettings.of(sid)
        decisions = Decision.objects.filter(service_id=sid)
        assert decisions.count() == self.args.decisions, decisions.count()
        assert not decisions.annotate(n=Count("evidence", filter=~Q(evidence__kind=K.ASSESSMENT))).filter(n=0) \
            .exists(), "a decision without evidence other than an assessment"
        evidence = Evidence.objects.filter(service_id=sid)
        assert not evidence.filter(assessment__isnull=False).exclude(
            assessment__person_id=F("decision__person_id")).exists(), "another person's assessment as evidence"
        assert not evidence.filter(kind=K.ASSESSMENT, assessment__isnull=True).exists()
        assert not decisions.exclude(episode__person_id=F("person_id")).exists(), "an episode of another person"
        in_force = decisions.filter(status__in=Decision.IN_FORCE)
        assert not in_force.filter(episode__released_on__isnull=False).exists(), "in force after the release"
        assert not in_force.filter(type__category__in=[Category.MEASURE, Category.CLASSIFICATION],
                                   review_due__isnull=True).exists(), "a measure in force without a review date"
        assert not decisions.filter(status=S.ENDED, ended_on__isnull=True).exists()
        assert not decisions.filter(Q(starts_on__lt=F("legal_basis__valid_from"))
                                    | Q(starts_on__gt=F("legal_basis__valid_to"))).exists(), "a basis not in force"
        bound = DecisionType.legal_bases.through.objects.filter(decisiontype_id=OuterRef("type_id"),
                                                                legalbasis_id=OuterRef("legal_basis_id"))
        assert not decisions.filter(~Exists(bound)).exists(), "a legal basis the type does not list"
        undecided = [S.PROPOSED, S.RETURNED, S.REJECTED]
        decided = decisions.exclude(status__in=undecided)
        assert not decided.exclude(basis_law=F("legal_basis__law"), basis_article=F("legal_basis__article"),
                                   basis_text=F("legal_basis__text")).exists(), "the law not as decided"
        assert not decisions.filter(status__in=undecided).exclude(basis_law="", basis_article="", basis_text="") \
            .exists(), "a snapshot of the law before the decision"
        assert not decisions.filter(decided_by_id=F("proposed_by_id")).exists(), "decided by the proposer"
        assert not decisions.filter(status__in=[*Decision.IN_FORCE, S.ENDED], decided_by__isnull=True).exists()
        # The person heard (actions._check_heard) and the urgent path.
        measures = decided.filter(type__category=Category.MEASURE)
        assert not measures.filter(hearing=H.NOT_ASKED, urgent_reason="").exists(), "a measure decided unheard"
        assert not measures.exclude(urgent_reason="").filter(hearing_due_by__isnull=True).exists()
        assert not decisions.filter(urgent_reason="").filter(hearing_due_by__isnull=False).exists()
        assert not decisions.filter(hearing=H.HEARD, representations="").exists(), "heard, nothing recorded"
        assert not decisions.exclude(hearing=H.NOT_ASKED).filter(Q(heard_on__isnull=True) | Q(heard_on__gt=today)) \
            .exists(), "heard on no day, or a day to come"
        for starts, proposed, decided_at, reason in decisions.values_list("starts_on", "proposed_at", "decided_at",
                                                                          "backdating_reason"):
            latest = max(proposed.date(), decided_at.date() if decided_at else proposed.date())
            assert (starts < latest) == bool(reason), f"backdating reason of a decision starting {starts}"
        # Allocations on their day (actions._take_effect, tasks.carry_out_allocations).
        allocations = decided.filter(type__category=Category.ALLOCATION)
        assert not allocations.filter(starts_on__lte=today, carried_out_on__isnull=True).exists(), "not carried out"
        assert not allocations.filter(starts_on__gt=today, carried_out_on__isnull=False).exists(), "carried out early"
        assert not allocations.filter(carried_out_on__lt=F("starts_on")).exists()
        assert not decisions.exclude(type__category=Category.ALLOCATION).filter(carried_out_on__isnull=False).exists()
        # The court decides for remand detainees where the type says so (rules.check_deciding_body).
        court = Q(type__detainee_body="court", episode__legal_status=LegalStatus.REMAND)
        assert not decisions.filter(court).exclude(external_body="court").exists(), "a detainee's measure not the court's"
        assert not decisions.filter(court, external_reference="").exists()
        assert not decisions.exclude(court).exclude(external_body="").exists(), "a court decision on a sentenced person"
        days = SeparationDay.objects.filter(service_id=sid)
        assert not days.exclude(decision__type__is_separation=True).exists(), "a separation log of another measure"
        assert not days.filter(Q(day__lt=F("decision__starts_on")) | Q(day__gt=F("decision__ended_on"))
                               | Q(day__gt=today)).exists(), "a separation day outside its separation"
        assert not days.filter(decision__status__in=undecided).exists()
        assert not days.filter(Q(governor_visit=True, governor_visit_by="") | Q(governor_visit=False)
                               & ~Q(governor_visit_by="")).exists(), "a governor's visit by nobody named"
        objections = days.exclude(health_objection="")
        assert not objections.filter(medical_visit=False).exists(), "an objection without the health-care visit"
        assert not objections.filter(decision__status=S.DECIDED).exists(), "an objection that changed nothing"
        reviews = Review.objects.filter(service_id=sid)
        assert not reviews.filter(Q(reviewed_on__lt=F("decision__starts_on")) | Q(reviewed_on__gt=today)
                                  | Q(reviewed_on__gt=F("decision__ended_on"))).exists(), "a review outside"
        assert not reviews.exclude(decision__type__category__in=[Category.MEASURE, Category.CLASSIFICATION]).exists()
        assert not reviews.filter(reviewed_by_id=F("decision__decided_by_id"),
                                  decision__type__review_by_decider=False).exists(), "reviewed by the decision-maker"
        assert not reviews.exclude(person_heard__in=[H.HEARD, H.DECLINED]).exists(), "a review without hearing"
        assert not reviews.filter(person_heard=H.HEARD, representations="").exists()
        appeals = Appeal.objects.filter(service_id=sid)
        assert not decisions.filter(status=S.UNDER_REVIEW, reviews__isnull=True).exclude(
            appeals__outcome=A.PARTLY).exclude(separation_days__health_objection__gt="").exists(), \
            "under review, unreviewed"
        assert not decisions.filter(status__in=[S.DECIDED, S.PROPOSED, S.RETURNED, S.REJECTED],
                                    reviews__isnull=False).exists(), "reviewed but not under review"
        # Appeals have effect (actions._appeal_effect): upheld, the decision ended by that day; partly
        # upheld, under review from then (or ended).
        assert not appeals.filter(outcome=A.UPHELD).filter(Q(decision__status__in=Decision.IN_FORCE)
                                                           | Q(decision__ended_on__gt=F("outcome_on"))).exists(), \
            "an upheld appeal that left the decision in force"
        assert not appeals.filter(outcome=A.PARTLY, decision__status=S.DECIDED).exists(), "a partly upheld appeal ignored"
        for link in ("extends", "lifts"):
            assert not decisions.filter(**{f"{link}__isnull": False}).exclude(
                **{f"{link}__ended_on": F("starts_on"), f"{link}__status": S.ENDED}).exists(), f"{link}: not ended"
        early = Q(lodged_on__lt=F("decision__starts_on")) & Q(lodged_on__lt=F("decision__proposed_at__date"))
        assert not appeals.filter(Q(lodged_on__gt=today) | early).exists(), \
            "an appeal out of time"  # actions.record_appeal: between the decision (or its start) and today
        # A person's separations, as decisions.separation reads them: never two on one day (an extension
        # starts on the day the measure it extends ends), and past the statutory maximum only on a basis
        # allowing it, decided at headquarters.
        separations = decided.filter(type__is_separation=True)
        extends = dict(separations.filter(extends__isnull=False).values_list("pk", "extends_id"))
        spans = separation.spans_of(sid, set(separations.values_list("person_id", flat=True)), today)
        for person, person_spans in spans.items():
            for (_, end, pk), (start, _, later) in pairwise(sorted(person_spans)):
                assert start > end or (extends.get(later) == pk and start == end), \
                    f"separations {pk} and {later} of person {person} overlap"
        maximum = settings.separation_max_days
        for d in separations.filter(extends__isnull=False).select_related("extends__extends__extends", "legal_basis"):
            if (d.ends_on - rules.chain_start(d)).days + 1 > maximum:
                assert d.legal_basis.allows_extension and d.decided_level == Level.HEADQUARTERS, \
                    f"separation {d.pk} past the statutory maximum on {d.legal_basis}"
        # Dates of every measure, and who decided at which level.
        types = {t.pk: t for t in DecisionType.objects.filter(service_id=sid)}
        juvenile_age = settings.juvenile_age
        governors = defaultdict(set)
        for user, kind in Membership.objects.filter(service_id=sid, role=Role.GOVERNOR).values_list(
                "user_id", "organisation__kind"):
            governors[user].add(kind)
        vulnerable, others = [], []
        for pk, type_id, status, starts, ends, due, extends_id, reviewed, by, level, pregnant, why, born in (
                decisions.annotate(n=Count("reviews")).values_list(
                    "pk", "type_id", "status", "starts_on", "ends_on", "review_due", "extends_id", "n",
                    "decided_by_id", "decided_level", "pregnant_or_nursing", "vulnerability_justification",
                    "person__date_of_birth")):
            t = types[type_id]
            if t.category == Category.MEASURE:
                assert ends is not None and (extends_id is not None or (ends - starts).days + 1 <= t.max_duration_days), pk
            if t.is_reviewed and not reviewed and status != S.ENDED:
                # On its first clock; an appeal or objection (under review, unreviewed) set it to that day.
                latest = decision_clock.latest_review(starts, rules.review_interval(t))
                assert starts <= due and (due <= latest or status == S.UNDER_REVIEW), (pk, starts, due)
            if by is not None:
                assert governors.get(by), f"decision {pk}: decided by {by}, not a governor"
                assert level != Level.HEADQUARTERS or Organisation.Kind.HEADQUARTERS in governors[by], pk
                assert t.decide_level != Level.HEADQUARTERS or level in ("", Level.HEADQUARTERS), pk
            if t.is_separation:
                young = years_between(born, starts) < juvenile_age
                (vulnerable if young or pregnant else others).append(pk)
                if (young or pregnant) and status not in (S.PROPOSED, S.RETURNED, S.REJECTED):
                    assert why.strip() and level == Level.HEADQUARTERS, f"separation {pk} of a vulnerable person"
        # The application's own rules on a sample (and on every vulnerable person's separation), as each
        # decision was proposed: its review date then, and -- the backdating rule reads today -- a
        # decision that was not backdated on the day it was proposed needs no reason. A measure later
        # extended is left to its extension: the rules, reading today's database, see the extension
        # overlap the days the measure had planned.
        extended = set(decisions.filter(extends__isnull=False).values_list("extends_id", flat=True))
        sample = [pk for pk in rng.sample(range(*self.decision_pks), min(400, self.args.decisions))
                  if pk not in extended]
        checked = sample + [pk for pk in vulnerable if pk not in extended][:200] + \
            rng.sample([pk for pk in others if pk not in extended], min(100, len(others)))
        vulnerable = set(vulnerable)
        for d in (decisions.filter(pk__in=checked).select_related("type", "person", "legal_basis", "placement",
                                                                  "lifts", "extends__extends", "episode")
                  .prefetch_related("evidence")):
            if d.type.is_separation:
                assert rules.is_vulnerable(d.person, d, d.starts_on) == (d.pk in vulnerable), f"decision {d.pk}"
            if d.type.is_reviewed and d.status != S.DECIDED:
                # A review, an appeal or an objection moved (or cleared) the review date.
                d.review_due = decision_clock.within_end(
                    decision_clock.latest_review(d.starts_on, rules.review_interval(d.type)), d.ends_on)
            if not d.backdating_reason and d.starts_on >= d.proposed_at.date():
                d.backdating_reason = "(not backdated on the day it was proposed)"
            rules.check_content(d, d.person, list(d.evidence.all()))
            if d.decided_level:
                needed = rules.required_level(d, d.person)
                assert needed != Level.HEADQUARTERS or d.decided_level == Level.HEADQUARTERS, f"decision {d.pk}"
        # The person's consecutive days in separation as the rules count them (across decisions), for the
        # separations in force up to their end date: the days of their chain, the free day before it
        # keeping it apart from the person's earlier separations.
        generated = {d.pk: d for d in self.separations_in_force if d.ends_on >= today}
        for d in decisions.filter(pk__in=list(generated)[:200]).select_related("type"):
            chain = (today - generated[d.pk].chain_start).days + 1
            assert rules.consecutive_separation_days(d, today) == chain, f"separation {d.pk}: not {chain} days"
        # The dashboard, as the governor login and a governor at headquarters see it.
        login = User.objects.get(username=GOVERNOR_LOGIN)
        membership = memberships_of(login)[0]
        assert membership.role == Role.GOVERNOR and membership.organisation_id == self.establishments[0].pk, \
            f"{GOVERNOR_LOGIN} is not a governor at establishment 1"
        board = decision_queries.dashboard(membership, establishment=membership.organisation, today=today)
        for key, counted in (("overdue", "establishment_1_reviews_overdue"),
                             ("due_soon", "establishment_1_reviews_due_soon"),
                             ("separations", "establishment_1_separations"),
                             ("long_separations", "establishment_1_long_separations")):
            assert len(board[key]) == self.counts[counted], (key, len(board[key]), self.counts[counted])
        self.counts["establishment_1_dashboard"] = {key: len(board[key]) for key in (
            "to_decide", "overdue", "due_soon", "beyond_maximum", "separations", "long_separations",
            "hearings_due", "hearings_overdue", "appeals_pending", "appeal_periods")}
        hq = Membership.objects.filter(service_id=sid, role=Role.GOVERNOR,
                                       organisation__kind=Organisation.Kind.HEADQUARTERS).select_related(
            "organisation", "service").first()
        board = decision_queries.dashboard(hq, today=today)
        c = self.counts
        for key, counted in (("overdue", c["measure_reviews_overdue"] + c["classification_reviews_overdue"]),
                             ("due_soon", c["measure_reviews_due_soon"] + c["classification_reviews_due_soon"]),
                             ("beyond_maximum", c["measures_past_maximum"]),
                             ("separations", c["separations_in_force"]),
                             ("appeals_pending", min(c["appeals_pending"], 51))):
            assert len(board[key]) == counted, (key, len(board[key]), counted)
        assert len(board["to_decide"]) == self.counts["decisions_proposed"], len(board["to_decide"])
        if today == timezone.localdate():  # the dashboard reads the hearings' deadlines against the clock
            for key in ("hearings_due", "hearings_overdue"):
                assert len(board[key]) == self.counts[key], (key, len(board[key]), self.counts[key])
        self.counts["service_dashboard"] = {key: len(board[key]) for key in (
            "overdue", "due_soon", "beyond_maximum", "separations", "long_separations", "hearings_due",
            "hearings_overdue", "appeals_pending", "appeal_periods")}

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=25_000)
    parser.add_argument("--episodes", type=int, default=60_000, help="custody episodes, one sentence plan each")
    parser.add_argument("--staff", type=int, default=1_000)
    parser.add_argument("--audit", type=int, default=2_000_000)
    parser.add_argument("--assessments", type=int, default=120_000, help="assessments, ~40 ratings each")
    parser.add_argument("--decisions", type=int, default=100_000,
                        help="decisions (allocations, classifications, measures), with evidence and reviews")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="reference date for ages and custody dates (default: today)")
    parser.add_argument("--analyze", action="store_true", help="(kept for old scripts: ANALYZE always runs)")
    parser.add_argument("--summary", type=Path, help="write counts and timings as JSON to this file")
    args = parser.parse_args(argv)

    clock = Clock()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}", flush=True)
    call_command("migrate", verbosity=0)
    clock.done("migrate")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -262144")  # 256 MB page cache: index upkeep for 2M rows

    with scopes_disabled():
        if Service.objects.filter(code=SERVICE_CODE).exists():
            raise SystemExit(f"service {SERVICE_CODE} already exists in this database")
        gen = Generator(args)
        with transaction.atomic():
            gen.structure()
            gen.staff()
        clock.done("structure and staff", f"({gen.counts['users']} users)")
        gen.persons()
        clock.done("persons and records", f"({gen.counts['person']} persons, {gen.counts['custodyepisode']} episodes)")
        gen.assessments()
        clock.done("assessments and ratings", f"({gen.counts['assessment']:,} assessments, "
                                              f"{gen.counts['rating']:,} ratings)")
        gen.plans_and_programmes()
        clock.done("plans and programmes", f"({gen.counts['plan']:,} plans, {gen.counts['goal']:,} goals, "
                                           f"{gen.counts['step']:,} steps, {gen.counts['referral']:,} referrals)")
        gen.decisions()
        clock.done("decisions", f"({gen.counts['decision']:,} decisions, {gen.counts['measures_in_force']:,} measures "
                                f"in force, {gen.counts['separationday']:,} separation days, {gen.counts['review']:,} reviews)")
        gen.audit_trail()
        clock.done("audit trail", f"({gen.counts['audit_events']:,} events)")
        gen.finish()
        clock.done("finish (sequences, statistics, checkpoint)")
        gen.check_consistency()
        clock.done("consistency check")

    summary = {"database": connection.vendor, "seconds_total": clock.total, "phases": clock.phases,
               "counts": dict(gen.counts), "login": KNOWN_LOGIN, "instrument": BENCH_INSTRUMENT, "seed": args.seed,
               "today": args.today.isoformat()}
    print(json.dumps(summary, indent=2))
    if args.summary:
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        args.summary.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
