#!/usr/bin/env python
"""Generate one national-scale synthetic service ("BENCH") for the benchmark.

    .venv/bin/python bench/generate.py [--persons 25000 --episodes 40000 --staff 1000 --audit 2000000
                                        --assessments 120000]

Honours DATABASE_URL / REINTEGRA_SQLITE_PATH like the application, runs `migrate` first and refuses
to run twice on the same database. Everything is synthetic (names combined at random from
reintegra/demo/names.py) and deterministic for a given --seed and --today (all but the rows'
created_at / date_joined stamps, which the models set to the time of insertion).

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
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from itertools import accumulate
from pathlib import Path

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
from django.db.models import Count, Max  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from reintegra.assessments import queries as assessment_queries  # noqa: E402
from reintegra.assessments.actions import missing_for_submission  # noqa: E402
from reintegra.assessments.instruments import loader  # noqa: E402
from reintegra.assessments.models import Addendum, Assessment, Certification, IndividualFactor, Rating  # noqa: E402
from reintegra.core import audit  # noqa: E402
from reintegra.core.models import AuditChainHead, AuditEvent, Membership, Organisation, Service, User  # noqa: E402
from reintegra.core.queries import memberships_of  # noqa: E402
from reintegra.core.roles import Perm, Role  # noqa: E402
from reintegra.demo import names  # noqa: E402
from reintegra.people import models as people_models  # noqa: E402
from reintegra.people.folding import fold, normalise_identifier, tokens  # noqa: E402
from reintegra.people.models import (  # noqa: E402
    CaseAssignment,
    CustodyEpisode,
    Identifier,
    LegalStatus,
    Offence,
    Person,
    PriorConviction,
    Sex,
    Transfer,
    years_between,
)

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
RATINGS_BATCH = 50_000  # rating rows per write (and per transaction) in the assessments phase

# The assessments phase: one synthetic instrument, stored through the real loader (bench_instrument()).
BENCH_INSTRUMENT = "BENCH-40"
ASSESSMENT_YEARS = 4  # assessments spread over the last four years
MAX_ASSESSMENTS_PER_PERSON = 8
DRAFT_SHARE, SUBMITTED_SHARE = 0.02, 0.03  # of all assessments: the newest one of a person in custody

# Name sets, and the share of persons drawn from each: search has to cross scripts.
NAME_SETS = [("sr-cyrl", 0.35), ("sr-latn", 0.30), ("bs", 0.15), ("sq", 0.20)]
LANGUAGES = {"sr-cyrl": "Serbian", "sr-latn": "Serbian", "bs": "Bosnian", "sq": "Albanian"}
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
    (audit.PERSON_VIEW, 0.80), (audit.PERSON_UPDATE, 0.04), (audit.IDENTIFIER_ADD, 0.02),
    (audit.CUSTODY_ADMIT, 0.03), (audit.CUSTODY_TRANSFER, 0.025), (audit.CUSTODY_RELEASE, 0.02),
    (audit.OFFENCE_ADD, 0.02), (audit.PRIOR_ADD, 0.015), (audit.CASELOAD_ASSIGN, 0.02),
    (audit.CASELOAD_END, 0.005), (audit.AUDIT_VIEW, 0.003), (audit.MEMBERSHIP_SWITCH, 0.002),
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
                              first_name=rng.choice(names.NAMES[name_set][sex]),
                              last_name=rng.choice(names.NAMES[name_set]["family"])))
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
        if not args.persons <= args.episodes <= 3 * args.persons:
            raise SystemExit("--episodes must be between --persons and 3 × --persons (1–3 episodes each)")
        models = [Person, CustodyEpisode, Offence, Transfer, Identifier, PriorConviction, CaseAssignment]
        models += [NameToken] if NameToken is not None else []
        pk = {m: next_pk(m) for m in models}
        self.explicit_pk_models += models
        persons, episodes, offences, transfers, identifiers, priors, name_tokens = [], [], [], [], [], [], []
        sid = self.service.pk
        offence_pool = names.OFFENCE_SAMPLES
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
            spec = names.NAMES[name_set]
            female = rng.random() < 0.09
            sex = "female" if female else "male"
            born = today - timedelta(days=int(ages[i] * 365.25) + rng.randint(0, 364))
            given, family = rng.choice(spec[sex]), rng.choice(spec["family"])
            fathers = rng.choice(spec["male"]) if spec["fathers"] and rng.random() < 0.7 else ""
            aliases = ""
            if rng.random() < 0.03:  # an alias written in another name set (often another script)
                other = names.NAMES[weighted(rng, self.name_cum, self.name_sets)]
                aliases = f"{rng.choice(other[sex])} {rng.choice(other['family'])}"
            person = Person(
                pk=pk[Person] + i, service_id=sid, given_name=given, family_name=family, fathers_name=fathers,
                aliases=aliases, date_of_birth=born, sex=Sex.FEMALE if female else Sex.MALE,
                citizenship=CITIZENSHIP[name_set], languages=LANGUAGES[name_set],
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
                years = rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15]) if sentenced else None
                episode = CustodyEpisode(
                    pk=pk[CustodyEpisode] + len(episodes), service_id=sid, person_id=person.pk, establishment=est,
                    unit=unit, admitted_on=admitted, released_on=released,
                    legal_status=LegalStatus.SENTENCED if sentenced else rng.choice(
                        [LegalStatus.REMAND, LegalStatus.REMAND, LegalStatus.CONVICTED_NOT_FINAL]),
                    sentence_years=years, sentence_months=rng.choice([0, 0, 6]) if sentenced else None,
                    sentence_days=0 if sentenced else None,
                    expected_release=admitted + timedelta(days=365 * years) if sentenced else None,
                    earliest_release=admitted + timedelta(days=240 * years) if sentenced else None,
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
        """1–3 episodes per person adding up to exactly --episodes; only adults get more than one."""
        extra = self.args.episodes - self.args.persons
        threes = max(extra // 5, extra - len(adults))  # n2 + n3 = extra - n3 must fit among adults
        twos = extra - 2 * threes
        if twos < 0 or twos + threes > len(adults):
            raise SystemExit("too many episodes for the number of adult persons")
        chosen = self.rng.sample(adults, twos + threes)
        counts = [1] * self.args.persons
        for j, i in enumerate(chosen):
            counts[i] = 3 if j < threes else 2
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
        interval = timedelta(days=instrument.review_interval_days)
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
                review_due = None if draft else on + interval
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
            audit.PERSON_VIEW: "people.person", audit.PERSON_UPDATE: "people.person",
            audit.IDENTIFIER_ADD: "people.identifier", audit.CUSTODY_ADMIT: "people.custodyepisode",
            audit.CUSTODY_RELEASE: "people.custodyepisode", audit.CUSTODY_TRANSFER: "people.transfer",
            audit.OFFENCE_ADD: "people.offence", audit.PRIOR_ADD: "people.priorconviction",
            audit.CASELOAD_ASSIGN: "people.caseassignment", audit.CASELOAD_END: "people.caseassignment",
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
                reason = "Court request" if action == audit.PERSON_UPDATE and rng.random() < 0.2 else ""
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

    def _writer(self, table, columns):
        """A function inserting rows of plain values: COPY on PostgreSQL, executemany on SQLite.

        Not bulk_create: building two million model instances costs more than hashing them, and the
        rows are already the exact values audit.record() would have saved. Values are adapted the way
        Django's backends adapt them (UTC datetimes; `changes` arrives as JSON text).
        """
        qn = connection.ops.quote_name
        cols = ", ".join(qn(c) for c in columns)
        at = columns.index("at") if "at" in columns else None  # the one value needing adaptation
        if connection.vendor == "postgresql":
            sql = f"COPY {qn(table)} ({cols}) FROM STDIN"

            def write(rows):
                with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            return write

        sql = f"INSERT INTO {qn(table)} ({cols}) VALUES ({', '.join(['%s'] * len(columns))})"

        def write(rows):
            if at is None:
                with connection.cursor() as cursor:
                    cursor.executemany(sql, rows)
                return
            adapted = []
            for row in rows:
                row = list(row)
                # Django's SQLite adapter stores aware datetimes as naive UTC text: str(naive datetime).
                row[at] = str(row[at].replace(tzinfo=None))
                adapted.append(row)
            with connection.cursor() as cursor:
                cursor.executemany(sql, adapted)
        return write

    def _change_variants(self):
        """A few dozen plausible `changes` payloads per action (plain JSON values, as audit._plain keeps)."""
        rng, v = self.rng, defaultdict(list)
        day = lambda: (self.today - timedelta(days=rng.randint(0, 3000))).isoformat()  # noqa: E731
        for _ in range(40):
            sample = rng.choice(names.OFFENCE_SAMPLES)
            v[audit.PERSON_VIEW].append({})
            v[audit.PERSON_UPDATE].append({"languages": {"before": "Serbian", "after": "Serbian, English"}}
                                          if rng.random() < 0.5 else
                                          {"fathers_name": {"before": "", "after": rng.choice(names.NAMES["sq"]["male"])}})
            v[audit.IDENTIFIER_ADD].append({"after": {"kind": "national_id", "value": str(rng.randrange(10**12, 10**13))}})
            v[audit.CUSTODY_ADMIT].append({"after": {
                "admitted_on": day(), "legal_status": "sentenced", "sentence_years": rng.randint(1, 12),
                "sentence_months": 0, "sentence_days": None, "life_sentence": False, "expected_release": day(),
                "earliest_release": day(), "placement": rng.choice(self.establishments).name,
                "offences": [sample["label_en"]]}})
            v[audit.CUSTODY_TRANSFER].append({"before": rng.choice(self.establishments).name,
                                              "after": rng.choice(self.establishments).name, "on": day(),
                                              "reason": "Allocation review"})
            v[audit.CUSTODY_RELEASE].append({"after": {"released_on": day()}})
            v[audit.OFFENCE_ADD].append({"after": {"description": sample["label_en"], "category": sample["category"],
                                                   "legal_reference": "", "committed_on": day()}})
            v[audit.PRIOR_ADD].append({"after": {"year": rng.randint(1995, self.today.year - 1),
                                                 "description": sample["label_en"], "category": sample["category"],
                                                 "custodial": rng.random() < 0.4}})
            v[audit.CASELOAD_ASSIGN].append({"after": {"user": f"bench-cm-{rng.randint(1, 300)}", "kind": "case_manager"},
                                             "ended": []})
            v[audit.CASELOAD_END].append({"after": {"user": f"bench-cm-{rng.randint(1, 300)}", "ended_on": day()}})
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
                assert a.review_due == a.assessed_on + timedelta(days=instrument.review_interval_days), a.pk
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
        assert membership.has(Perm.VIEW_ASSESSMENT), f"{KNOWN_LOGIN} cannot read assessments"
        assert assessment_queries.is_certified(membership, instrument), f"{KNOWN_LOGIN} is not certified"
        assert assessment_queries.visible_assessments(membership).exists(), f"{KNOWN_LOGIN} sees no assessment"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=25_000)
    parser.add_argument("--episodes", type=int, default=40_000)
    parser.add_argument("--staff", type=int, default=1_000)
    parser.add_argument("--audit", type=int, default=2_000_000)
    parser.add_argument("--assessments", type=int, default=120_000, help="assessments, ~40 ratings each")
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
