"""Seed decisions for the demo region through the real actions: each service's legal bases and
decision types in its working language, classifications decided at headquarters, separations with
their daily log (with the gaps an inspector looks for), contact restrictions with reviews (some
overdue), proposals awaiting a decision, hearings and appeals."""

from datetime import timedelta
from decimal import Decimal

from reintegra.core.roles import Role
from reintegra.decisions import actions, clock
from reintegra.decisions.models import DecisionSettings, DecisionType, LegalBasis

from . import texts as demo_texts

PROPOSERS = [Role.SECURITY_OFFICER.value, Role.CASE_MANAGER.value, Role.GOVERNOR.value]
DECIDERS = [Role.GOVERNOR.value]
# code: (category, separation, review interval, maximum duration, decided at)
TYPES = {
    "separation": ("measure", True, 7, 30, "establishment"),
    "contact": ("measure", False, 30, 90, "establishment"),
    "supervision": ("measure", False, 30, 180, "establishment"),
    "allocation": ("allocation", False, None, None, "establishment"),
    "classification": ("classification", False, None, None, "headquarters"),
    "lifting": ("lifting", False, None, None, "establishment"),
}


def configure(service, language, rng):
    """The service's rules: legal bases, decision types, limits and where to appeal."""
    texts = demo_texts.decisions()
    DecisionSettings.objects.create(service=service, separation_max_days=rng.choice([21, 30, 30, 45]),
                                    appeal_body=texts.appeal_body[language], appeal_days=8)
    bases = {}
    for spec in texts.legal_bases[language]:
        basis = LegalBasis.objects.create(service=service, law=spec["law"], article=spec["article"],
                                          text=spec["text"], valid_from=service_start(rng))
        bases.setdefault(spec["for"], basis)
    general = next(iter(bases.values()))
    types = {}
    for code, (category, separation, interval, maximum, level) in TYPES.items():
        types[code] = DecisionType.objects.create(
            service=service, code=code, name=texts.types[language][code], category=category,
            is_separation=separation, propose_roles=PROPOSERS, decide_roles=DECIDERS, decide_level=level,
            review_interval_days=interval, max_duration_days=maximum)
        types[code].basis = bases.get(code) or bases.get("separation" if category == "measure" else code) or general
    return types


def service_start(rng):
    from datetime import date

    return date(2012 + rng.randint(0, 6), 1, 1)


class DecisionSeeder:
    def __init__(self, rng, today, language, types, director):
        self.rng, self.today, self.lang, self.types, self.director = rng, today, language, types, director
        self.texts = demo_texts.decisions()

    def _data(self, code, starts_on, days=None, **extra):
        rng, lang, texts = self.rng, self.lang, self.texts
        kind = self.types[code]
        data = {"legal_basis": kind.basis, "reasons": rng.choice(texts.reasons[lang][code]),
                "proportionality": rng.choice(texts.proportionality[lang]), "starts_on": starts_on}
        if kind.category == "measure":
            data["alternatives"] = rng.choice(texts.alternatives[lang])
            data["ends_on"] = starts_on + timedelta(days=days or kind.max_duration_days - 1)
            data["review_due"] = clock.latest_review(starts_on, kind.review_interval_days)
        return {**data, **extra}

    def _evidence(self):
        rng, lang = self.rng, self.lang
        kind = rng.choice(["incident", "document", "statement"])
        return [{"kind": kind, "reference": f"{kind[:3].upper()}-{rng.randint(100, 999)}",
                 "description": rng.choice(self.texts.evidence[lang][kind])}]

    def for_person(self, person, proposer, governor, logger):
        """One storyline per person: which one is drawn at random."""
        story = self.rng.choices(["classification", "separation", "contact", "proposal", "supervision"],
                                 weights=[4, 3, 3, 1, 2])[0]
        if person.age(self.today) < 18 and story in ("separation", "proposal"):
            story = "supervision"  # the demo separates no juvenile
        getattr(self, f"_{story}")(person, proposer, governor, logger)

    def _decide(self, decider, decision):
        return actions.decide(decider, decision, decision.version, outcome="confirm")

    def _heard(self, proposer, decision):
        rng, lang, texts = self.rng, self.lang, self.texts
        decision = actions.record_hearing(
            proposer, decision, decision.version, informed_on=min(self.today, decision.starts_on + timedelta(days=1)),
            representations=rng.choice(texts.representations[lang]), interpreter_used=rng.random() < 0.05,
            copy_given=True, copy_withheld_reason="")
        if rng.random() < 0.2:
            actions.record_appeal(proposer, decision, lodged_on=min(self.today, decision.starts_on + timedelta(days=3)),
                                  body=texts.appeal_body[lang])
        return decision

    def _classification(self, person, proposer, governor, logger):
        starts_on = self.today - timedelta(days=self.rng.randint(5, 300))
        decision = actions.propose(proposer, person, self.types["classification"],
                                   self._data("classification", starts_on,
                                              classification=self.rng.choice(self.texts.classifications[self.lang])),
                                   self._evidence())
        self._heard(proposer, self._decide(self.director, decision))

    def _separation(self, person, proposer, governor, logger):
        rng = self.rng
        started = rng.randint(2, 26)
        starts_on = self.today - timedelta(days=started)
        decision = actions.propose(proposer, person, self.types["separation"],
                                   self._data("separation", starts_on, days=29), self._evidence())
        decision = self._heard(proposer, self._decide(governor, decision))
        for offset in range(started + 1):
            if rng.random() < 0.85:  # the gaps are what an inspector looks for
                day = starts_on + timedelta(days=offset)
                actions.log_separation_day(
                    logger, decision, day=day, contact_hours=Decimal(rng.choice(["0", "0.5", "1", "2", "3"])),
                    contact_with=rng.choice(self.texts.contact_with[self.lang]), medical_visit=rng.random() < 0.8,
                    medical_by=rng.choice(self.texts.medical_by[self.lang]))
        while decision.review_due and decision.review_due <= self.today and decision.in_force:
            reviewed_on = decision.review_due
            ends = rng.random() < 0.3
            outcome = "end" if ends else "continue"
            actions.review(governor, decision, decision.version, reviewed_on=reviewed_on, outcome=outcome,
                           reasons=rng.choice(self.texts.review_reasons[self.lang][outcome]),
                           next_review_due=None if ends else clock.latest_review(
                               reviewed_on, self.types["separation"].review_interval_days))
            decision.refresh_from_db()

    def _contact(self, person, proposer, governor, logger):
        starts_on = self.today - timedelta(days=self.rng.randint(5, 80))
        decision = actions.propose(proposer, person, self.types["contact"],
                                   self._data("contact", starts_on, days=60), self._evidence())
        self._heard(proposer, self._decide(governor, decision))  # some reviews are left overdue on purpose

    def _supervision(self, person, proposer, governor, logger):
        starts_on = self.today - timedelta(days=self.rng.randint(1, 25))
        decision = actions.propose(proposer, person, self.types["supervision"],
                                   self._data("supervision", starts_on, days=90), self._evidence())
        self._decide(governor, decision)

    def _proposal(self, person, proposer, governor, logger):
        code = self.rng.choice(["separation", "contact"])
        actions.propose(proposer, person, self.types[code], self._data(code, self.today, days=14), self._evidence())
