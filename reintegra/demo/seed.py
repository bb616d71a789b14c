"""Seed the synthetic demo region: nine administrations, their establishments, staff and persons.

Deterministic (a fixed random seed) and written through the same actions as the UI, so the demo's
audit chains are real. Names are common given and family names combined at random: no real people.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django_scopes import scopes_disabled

from reintegra.assessments import actions as assessment_actions
from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Certification
from reintegra.core import audit
from reintegra.core.models import Membership, Organisation, Service, User
from reintegra.core.roles import Role
from reintegra.people import actions
from reintegra.people.models import CaseAssignment, Identifier, LegalStatus, OffenceCategory, Sex

from . import seed_decisions, seed_plans, texts

DEMO_PASSWORD = "reintegra-demo"  # noqa: S105 (printed on purpose: demo node only)
PERSONS_PER_SERVICE = 50
COUNTERSIGNED_PLANS = {"BA-FBIH", "MK"}  # services whose plan versions a supervisor countersigns
_WOMEN = ("grave", "жен", "žen", "жени")
_JUVENILE = ("mitur", "малолет", "maloljet", "малољет")
# The first persons of each service show the rules on groups, remand and language; the rest are drawn at random.
SHOWCASE = {1: "remand_support", 2: "remand_sentenced", 3: "young_adult", 4: "juvenile_sanction",
            5: "other_language"}

# Staff roles seeded in every service, and where they work.
STAFF_ROLES = [
    (Role.CASE_MANAGER, "establishment"),
    (Role.ASSESSOR, "establishment"),
    (Role.SECURITY_OFFICER, "establishment"),
    (Role.GOVERNOR, "establishment"),
    (Role.FRONTLINE_OFFICER, "unit"),
    (Role.TRAINER, "headquarters"),
    (Role.SERVICE_ADMIN, "headquarters"),
    (Role.PROBATION_OFFICER, "probation_office"),
    (Role.PARTNER, "headquarters"),
    (Role.OVERSIGHT, "headquarters"),
    (Role.RESEARCHER, "headquarters"),
]


@dataclass
class Login:
    username: str
    service: str
    role: str
    organisation: str


def _slug(value):
    return value.lower().replace("_", "-")


def _birthday(rng, age_years, on):
    return on - timedelta(days=int(age_years * 365.25) + rng.randint(0, 364))


class RegionSeeder:
    def __init__(self, seed=2026, persons_per_service=PERSONS_PER_SERVICE, today=None):
        self.rng = random.Random(seed)
        self.persons_per_service = persons_per_service
        self.today = today or date.today()
        self.logins: list[Login] = []
        self.password_hash = make_password(DEMO_PASSWORD)
        self.names = texts.names()
        self.person_texts = texts.people()

    @scopes_disabled()
    def run(self):
        token = audit.set_context(audit.RequestContext(request_id="demo-seed"))
        try:
            self.instruments = [loader.import_file(path)[0] for path in loader.SHIPPED]
            for code in self.names.name_shares:
                with transaction.atomic():
                    self._service(code)
            self._regional_users()
        finally:
            audit.reset_context(token)
        return self.logins

    # --- structure -------------------------------------------------------------------------------
    def _service(self, code):
        info = self.names.services[code]
        service = Service.objects.create(
            code=code, name=info["name"], name_en=info["name_en"], country=info["country"],
            languages=info["languages"], timezone=info["timezone"],
        )
        hq = Organisation.objects.create(service=service, kind=Organisation.Kind.HEADQUARTERS,
                                         code=f"{code}-HQ", name=info["name"])
        establishments = []
        for spec in self.names.establishments[code]:
            est = Organisation.objects.create(service=service, parent=hq, code=spec["code"], name=spec["name"],
                                              kind=Organisation.Kind.ESTABLISHMENT)
            est.units_list = [
                Organisation.objects.create(service=service, parent=est, kind=Organisation.Kind.UNIT,
                                            code=f"{spec['code']}-U{i}", name=unit)
                for i, unit in enumerate(spec["units"], start=1)
            ]
            establishments.append(est)
        probation = [
            Organisation.objects.create(service=service, parent=hq, code=spec["code"], name=spec["name"],
                                        kind=Organisation.Kind.PROBATION_OFFICE)
            for spec in self.names.probation_offices[code]
        ]
        staff = self._staff(service, info, hq, establishments, probation)
        if code in COUNTERSIGNED_PLANS:
            seed_plans.require_countersigning(service)
        programmes = seed_plans.catalogue(self.rng, staff["service_admin"], establishments)
        planner = seed_plans.PlanSeeder(self.rng, self.today, service, programmes)
        director = self._director(service, info, hq)
        types = seed_decisions.configure(service, info["default_locale"], self.rng)
        decider = seed_decisions.DecisionSeeder(self.rng, self.today, info["default_locale"], types, director)
        self._persons(service, establishments, staff, planner, decider)
        decider.showcase(establishments)
        planner.sessions_and_endings(staff["cm_memberships"])

    def _user(self, username, name_set, service_code=None, locale=""):
        sex = self.rng.choice(["male", "female"])
        given = self.rng.choice(self.names.name_sets[name_set][sex])
        family = self._family(name_set, sex)
        # One hash for every demo account: hashing is slow by design, and the password is the same.
        return User.objects.create(username=username, password=self.password_hash, first_name=given,
                                   last_name=family, preferred_language=locale)

    def _family(self, name_set, sex):
        spec = self.names.name_sets[name_set]
        i = self.rng.randrange(len(spec["family"]))
        if sex == "female" and spec.get("family_female"):
            return spec["family_female"][i]
        return spec["family"][i]

    def _staff(self, service, info, hq, establishments, probation):
        name_set = self.names.name_shares[service.code][0][0]
        prefix = _slug(service.code)
        staff = {"case_managers": {}}
        for role, place in STAFF_ROLES:
            if place == "establishment":
                orgs = establishments
            elif place == "unit":
                orgs = [establishments[0].units_list[1]]
            elif place == "probation_office":
                orgs = probation
            else:
                orgs = [hq]
            for i, org in enumerate(orgs, start=1):
                username = f"{prefix}-{_slug(role)}" + (f"-{i}" if i > 1 else "")
                user = self._user(username, name_set, locale=info["default_locale"])
                membership = Membership.objects.create(user=user, organisation=org, role=role)
                if i == 1:
                    self.logins.append(Login(username, service.code, role.label, org.name))
                if role == Role.CASE_MANAGER:
                    staff["case_managers"][org.pk] = user
                    staff.setdefault("cm_memberships", {})[org.pk] = membership
                    if i == 1:  # one case manager also assesses: shows the organisation/role switcher
                        staff["second_assessor"] = Membership.objects.create(user=user, organisation=org,
                                                                             role=Role.ASSESSOR)
                if role in (Role.CASE_MANAGER, Role.ASSESSOR):
                    for instrument in self.instruments:
                        Certification.objects.get_or_create(
                            service=service, user=user, module=instrument.certification,
                            defaults={"valid_until": self.today + timedelta(days=self.rng.randint(30, 700))})
                if role == Role.ASSESSOR and i == 1:
                    staff["assessor"] = membership
                if role == Role.GOVERNOR and i == 1:
                    staff["governor"] = membership
                if role in (Role.GOVERNOR, Role.SECURITY_OFFICER):
                    staff.setdefault(f"{role.value}s", {})[org.pk] = membership
                if role == Role.SERVICE_ADMIN:
                    staff["service_admin"] = membership
                if role == Role.PROBATION_OFFICER:
                    staff["probation"] = user
        return staff

    def _director(self, service, info, hq):
        """The head of the service: a governor at headquarters decides at the highest level."""
        username = f"{_slug(service.code)}-director"
        user = self._user(username, self.names.name_shares[service.code][0][0], locale=info["default_locale"])
        self.logins.append(Login(username, service.code, Role.GOVERNOR.label, hq.name))
        return Membership.objects.create(user=user, organisation=hq, role=Role.GOVERNOR)

    def _regional_users(self):
        user = self._user("regional-coordinator", "sr-latn", locale="en")
        for service in Service.objects.all():
            hq = Organisation.objects.get(service=service, kind=Organisation.Kind.HEADQUARTERS)
            Membership.objects.create(user=user, organisation=hq, role=Role.REGIONAL_COORDINATOR)
        self.logins.append(Login("regional-coordinator", "*", Role.REGIONAL_COORDINATOR.label, "all services"))
        self._user("no-role", "sr-latn", locale="en")
        self.logins.append(Login("no-role", "-", "(none)", "-"))

    # --- persons ---------------------------------------------------------------------------------
    def _name_set(self, code):
        r, acc = self.rng.random(), 0.0
        for name_set, share in self.names.name_shares[code]:
            acc += share
            if r <= acc:
                return name_set
        return self.names.name_shares[code][-1][0]

    def _persons(self, service, establishments, staff, planner, decider):
        governor = staff["governor"]
        women = [u for e in establishments for u in e.units_list if any(w in u.name.lower() for w in _WOMEN)]
        juvenile = [u for e in establishments for u in e.units_list if any(w in u.name.lower() for w in _JUVENILE)]
        for n in range(1, self.persons_per_service + 1):
            rng, name_sets = self.rng, self.names.name_sets
            story = SHOWCASE.get(n)
            name_set = self._name_set(service.code)
            female = rng.random() < 0.09 and story != "juvenile_sanction"
            sex = "female" if female else "male"
            is_juvenile = rng.random() < 0.05 and story is None or story == "juvenile_sanction"
            age_now = rng.uniform(15, 17.9) if is_juvenile else rng.choice(
                [rng.uniform(18, 21), rng.uniform(21, 35), rng.uniform(21, 35), rng.uniform(35, 65)])
            if story == "young_adult":
                age_now = rng.uniform(19, 20.9)  # 19 to 21 today, whenever admitted
            elif story == "juvenile_sanction":
                age_now = rng.uniform(18.2, 19.2)  # an adult now, sentenced to juvenile imprisonment at 17
            born = _birthday(rng, age_now, self.today)
            admitted_on = self.today - timedelta(days=rng.randint(10, min(int((age_now - 14) * 365), 3650)))
            if story == "juvenile_sanction":
                admitted_on = born + timedelta(days=int(17.5 * 365.25))
            elif story in ("remand_support", "remand_sentenced"):
                admitted_on = self.today - timedelta(days=rng.randint(30, 80) if story == "remand_support"
                                                     else rng.randint(100, 160))
            other_language = story == "other_language"
            person = actions.create_person(governor, {
                "given_name": rng.choice(name_sets[name_set][sex]),
                "family_name": self._family(name_set, sex),
                "fathers_name": rng.choice(name_sets[name_set]["male"]) if name_sets[name_set]["fathers"] else "",
                "date_of_birth": born,
                "sex": Sex.FEMALE if female else Sex.MALE,
                "citizenship": self.names.services[service.code]["country"],
                "language": "other" if other_language else seed_plans.SPOKEN[name_set],
                "language_other": rng.choice(self.person_texts.other_languages[
                    self.names.services[service.code]["default_locale"]]) if other_language else "",
                "languages": {"sq": "Albanian", "mk-sq": "Albanian, Macedonian", "mk": "Macedonian",
                              "sr-cyrl": "Serbian", "sr-latn": "Serbian", "bs": "Bosnian",
                              "cnr": "Montenegrin"}[name_set],
                "interpreter_needed": rng.random() < 0.04 or other_language,
            }, prison_number=f"{service.code}-{admitted_on.year}-{n:04d}")
            if rng.random() < 0.15:
                actions.add_identifier(governor, person, Identifier.Kind.NATIONAL_ID, f"{rng.randrange(10**12, 10**13)}")
            if story != "juvenile_sanction":  # in custody since 17: no adult convictions
                self._history(governor, person, rng)
            establishment = rng.choice(establishments)
            unit = rng.choice(establishment.units_list)
            if female and women:
                unit = rng.choice(women)
            elif is_juvenile and juvenile:
                unit = rng.choice(juvenile)
            establishment = unit.parent
            offence = self._offence(rng)
            sentenced = rng.random() < 0.75 and story not in ("remand_support", "remand_sentenced") \
                or story == "juvenile_sanction"
            years = rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15]) if sentenced else None
            if story == "juvenile_sanction":
                years = 3  # juvenile imprisonment, served past the 18th birthday
            episode = actions.admit(
                governor, person, establishment=establishment, unit=unit, admitted_on=admitted_on,
                legal_status=LegalStatus.SENTENCED if sentenced else LegalStatus.REMAND,
                sentence_years=years, sentence_months=rng.choice([0, 0, 6]) if sentenced else None,
                expected_release=admitted_on + timedelta(days=365 * years) if sentenced else None,
                earliest_release=admitted_on + timedelta(days=240 * years) if sentenced else None,
                juvenile_sanction=sentenced and is_juvenile,
                offences=[offence],
            )
            if rng.random() < 0.12 and len(establishments) > 1:
                target = rng.choice([e for e in establishments if e != establishment])
                actions.transfer(governor, episode, establishment=target, unit=rng.choice(target.units_list),
                                 transferred_on=min(self.today, admitted_on + timedelta(days=rng.randint(1, 60))),
                                 reason="Demo: allocation review")
            episode.refresh_from_db()  # a transfer above moves it
            case_manager = staff["case_managers"].get(episode.establishment_id)
            if case_manager and rng.random() < 0.8:
                actions.assign(governor, person, case_manager, CaseAssignment.Kind.CASE_MANAGER)
            if rng.random() < 0.05 and staff.get("probation"):
                actions.assign(governor, person, staff["probation"], CaseAssignment.Kind.CO_WORKER)
            if episode.establishment_id == staff["assessor"].organisation_id and rng.random() < 0.6:
                self._assessments(staff, person, episode, rng)
            case_manager = staff["cm_memberships"].get(episode.establishment_id)
            if case_manager:
                planner.plan(case_manager, staff["governor"], person, episode, name_set,
                             remand_support=True if story in ("remand_support", "remand_sentenced") else None)
            if story == "remand_sentenced":  # sentenced lately: the ordinary plan clock starts
                years = rng.choice([2, 3, 4])
                actions.change_legal_status(
                    governor, episode, legal_status=LegalStatus.SENTENCED,
                    changed_on=self.today - timedelta(days=rng.randint(5, 15)), sentence_years=years,
                    sentence_months=0, sentence_days=0, expected_release=admitted_on + timedelta(days=365 * years),
                    earliest_release=admitted_on + timedelta(days=240 * years))
            local_governor = staff["governors"].get(episode.establishment_id)
            security = staff["security_officers"].get(episode.establishment_id)
            if local_governor and security:
                person.refresh_from_db()
                decider.for_person(person, security, local_governor, security)

    def _assessments(self, staff, person, episode, rng):
        """Assessments in every state, through the real workflow: countersigned, awaiting, drafts."""
        assessor, second = staff["assessor"], staff["second_assessor"]
        days_in = (self.today - episode.admitted_on).days
        for instrument in self.instruments:
            if instrument.code == "RI-INTAKE" and days_in > 90:
                continue  # an intake screening belongs to a recent admission
            assessed_on = episode.admitted_on + timedelta(days=rng.randint(0, min(days_in, 20)))
            if instrument.code == "RI-NEEDS":
                assessed_on = self.today - timedelta(days=rng.randint(0, min(days_in, 240)))
            assessment = assessment_actions.start(assessor, person, instrument, assessed_on)
            ratings = {}
            for _domain, item in instrument.items():
                if rng.random() < 0.06:
                    ratings[item["code"]] = ("", "Demo: no information available yet", "")
                else:
                    value = rng.choice(instrument.scale_values(item["scale"]))
                    ratings[item["code"]] = (value, "", "Demo: from interview and file review")
            judgement = rng.choice(instrument.judgement_codes())
            fields = {"sources": ["interview", "file"], "judgement": judgement,
                      "key_factors": "Demo: the items rated highest, read together.",
                      "rationale": "Demo: a synthetic rationale. A real one explains the judgement in words.",
                      "prisoner_view": rng.choice(["Agrees.", "Disagrees with part of it.", ""]),
                      "disclosed": rng.random() < 0.9, "not_disclosed_reason": "Demo: ongoing investigation."}
            assessment = assessment_actions.save_draft(assessor, assessment, assessment.version, fields, ratings, [])
            state = rng.random()
            if state < 0.1:
                continue  # left as a draft
            assessment = assessment_actions.submit(assessor, assessment, assessment.version)
            if state < 0.25:
                continue  # awaiting countersignature
            assessment_actions.countersign(second, assessment)

    def _offence(self, rng):
        pool = self.names.offences
        terror = [o for o in pool if o["category"] == OffenceCategory.TERRORISM]
        sample = rng.choice(terror) if rng.random() < 0.06 else rng.choice(pool)
        return {"description": sample["label_en"], "category": sample["category"], "legal_reference": ""}

    def _history(self, governor, person, rng):
        """Some persons have prior convictions: they are not first-time."""
        if rng.random() < 0.45 and person.age(self.today) >= 19:
            first = person.date_of_birth.year + 18
            for _ in range(rng.randint(1, 3)):
                sample = self._offence(rng)
                actions.add_prior_conviction(governor, person, year=rng.randint(first, self.today.year - 1),
                                             description=sample["description"], category=sample["category"],
                                             custodial=rng.random() < 0.4)


def region_is_empty():
    with scopes_disabled():
        return not Service.objects.exists()
