"""Seed decisions for the demo region through the real actions.

`configure` gives each service its legal bases, each bound to the decision types it may ground, and
its decision types, in its working language. `DecisionSeeder.for_person` gives about a third of the
persons one storyline: a classification decided at headquarters, a separation with its daily log and
its reviews, a contact restriction (reviews left overdue on purpose), enhanced supervision, or a
proposal awaiting a decision. As the rules want it, every measure comes into force after the person
was heard (or declined to be), the person is then informed and given a copy, reviews are by someone
other than the decision-maker (the service's director) and hear the person again, and an untried
detainee's contact restriction or separation is the court's decision, recorded with its reference.
The demo's decisions of the past were taken on paper and are entered now: they carry that
backdating reason.

`DecisionSeeder.showcase` then makes each safeguard fire at least once per service, with persons who
have no storyline: a separation ended and imposed again the next day (the person's count passes 15
days; its log has days under the minimum contact and days without the governor's visit; it relies on
a statement whose gist is withheld), a health professional's objection putting a separation under
review, an urgent separation whose hearing is due and one whose hearing is overdue, an upheld appeal
that ended a measure and a partly upheld one under review, an independent review, a measure ordered
orally at night and backdated to it, a future allocation not yet carried out, a classification at its
yearly review, a remand detainee's contact restriction decided by the court, and a separation
extended past the statutory maximum at headquarters on the legal basis that allows it.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

from reintegra.core.roles import Role
from reintegra.decisions import actions, clock, rules
from reintegra.decisions.models import DecisionSettings, DecisionType, LegalBasis
from reintegra.people.models import LegalStatus

from . import texts as demo_texts

PROPOSERS = [Role.SECURITY_OFFICER.value, Role.CASE_MANAGER.value, Role.GOVERNOR.value]
DECIDERS = [Role.GOVERNOR.value]
# code: (category, separation, review interval, maximum duration, decided at). A separation lasts at
# most the service's statutory maximum (configure() sets it); 30 is the bench's.
TYPES = {
    "separation": ("measure", True, 7, 30, "establishment"),
    "contact": ("measure", False, 30, 90, "establishment"),
    "supervision": ("measure", False, 30, 180, "establishment"),
    "allocation": ("allocation", False, None, None, "establishment"),
    "classification": ("classification", False, None, None, "headquarters"),
    "lifting": ("lifting", False, None, None, "establishment"),
}
# The legal bases (the `for` of decision_texts.yaml) that may ground each type, its usual one first.
BASES = {
    "separation": ["separation", "extension", "remand"],
    "contact": ["contact", "remand"],
    "supervision": ["separation"],
    "allocation": ["allocation"],
    "classification": ["classification"],
    "lifting": ["separation", "contact", "remand"],
}
COURT_DECIDES = ("separation", "contact")  # for an untried detainee, the court decides these
SEPARATION_MAXIMA = [21, 30, 30, 45]  # a service's statutory maximum of separation, drawn from
STORY_SHARE = 0.35  # of the persons: one storyline each; the others are free for the showcase
YEARLY_REVIEW_AFTER = 365 + 15  # the showcased classification was decided this many days ago
CONTACT_HOURS = ["0", "0.5", "1", "1.5", "2", "2", "2.5", "3", "3", "4"]


def configure(service, language, rng):
    """The service's rules: limits and where to appeal, legal bases, decision types and their bases."""
    texts = demo_texts.decisions()
    maximum = rng.choice(SEPARATION_MAXIMA)
    DecisionSettings.objects.create(service=service, separation_max_days=maximum,
                                    appeal_body=texts.appeal_body[language], appeal_days=8)
    bases = {spec["for"]: LegalBasis.objects.create(service=service, law=spec["law"], article=spec["article"],
                                                    text=spec["text"], valid_from=service_start(rng),
                                                    allows_extension=spec.get("allows_extension", False))
             for spec in texts.legal_bases[language]}
    types = {}
    for code, (category, separation, interval, longest, level) in TYPES.items():
        kind = DecisionType.objects.create(
            service=service, code=code, name=texts.types[language][code], category=category,
            is_separation=separation, propose_roles=PROPOSERS, decide_roles=DECIDERS, decide_level=level,
            review_interval_days=interval, max_duration_days=maximum if separation else longest,
            detainee_body="court" if code in COURT_DECIDES else "")
        kind.legal_bases.set([bases[key] for key in BASES[code]])
        kind.basis, kind.bases = bases[BASES[code][0]], bases
        types[code] = kind
    return types


def service_start(rng):
    return date(2012 + rng.randint(0, 6), 1, 1)


@contextmanager
def decided_earlier(delta):
    """The decisions' clock set back by `delta` while an action runs: the demo's one urgent measure
    decided days before the seed ran, whose hearing is now overdue. Only the time `decisions.actions`
    reads moves (the decision's time and the hearing deadline it sets); every rule runs as always."""
    real = actions.timezone
    actions.timezone = SimpleNamespace(now=lambda: real.now() - delta)
    try:
        yield
    finally:
        actions.timezone = real


@dataclass
class Cast:
    """A person and who acts on them: a security officer proposes and keeps the separation log, the
    governor of their establishment decides."""

    person: object
    proposer: object
    governor: object
    logger: object


class DecisionSeeder:
    def __init__(self, rng, today, language, types, director):
        self.rng, self.today, self.lang, self.types, self.director = rng, today, language, types, director
        self.texts = demo_texts.decisions()
        self.settings = DecisionSettings.of(types["separation"].service_id)
        self.free: list[Cast] = []

    # --- the pieces ------------------------------------------------------------------------------
    def _pick(self, key, *path):
        node = getattr(self.texts, key)[self.lang]
        for part in path:
            node = node[part]
        return self.rng.choice(node)

    @staticmethod
    def _on_remand(person):
        episode = person.current_episode
        return episode is not None and episode.legal_status == LegalStatus.REMAND

    def _data(self, code, starts_on, days=None, *, person=None, **extra):
        """A proposal's content; a measure lasts `days` (its type's maximum by default)."""
        kind = self.types[code]
        data = {"legal_basis": kind.basis, "reasons": self._pick("reasons", code),
                "proportionality": self._pick("proportionality"), "starts_on": starts_on}
        if kind.category == "measure":
            data["alternatives"] = self._pick("alternatives")
            data["ends_on"] = starts_on + timedelta(days=(days or kind.max_duration_days) - 1)
            data["review_due"] = clock.within_end(clock.latest_review(starts_on, kind.review_interval_days),
                                                  data["ends_on"])
        elif kind.category == "classification":
            data["review_due"] = clock.latest_review(starts_on, rules.review_interval(kind))
        if starts_on < self.today:
            data["backdating_reason"] = self._pick("backdating_reasons", "register")
        if person is not None and kind.detainee_body and self._on_remand(person):
            reference = self._pick("court_references").format(
                n=self.rng.randint(100, 999), yy=f"{starts_on:%y}", yyyy=starts_on.year)
            data.update(external_body=kind.detainee_body, external_reference=reference,
                        legal_basis=kind.bases["remand"])
        return {**data, **extra}

    def _evidence(self, withheld=False):
        rng, evidence = self.rng, self.texts.evidence[self.lang]
        kind = rng.choice(["incident", "document", "statement"])
        items = [{"kind": kind, "reference": f"{kind[:3].upper()}-{rng.randint(100, 999)}",
                  "description": rng.choice(evidence[kind])}]
        if withheld:  # the statement of the prisoner who reported the threats, and why its gist is not given
            items.append({"kind": "statement", "reference": f"STA-{rng.randint(100, 999)}",
                          "description": evidence["statement"][1],
                          "withheld_reason": self.texts.withheld_reasons[self.lang][0]})
        return items

    def _hear(self, proposer, decision, on, declined=None):
        """The person heard before the decision: representations in their words, or declined."""
        declined = self.rng.random() < 0.2 if declined is None else declined
        return actions.record_hearing(
            proposer, decision, decision.version, hearing="declined" if declined else "heard", heard_on=on,
            representations="" if declined else self._pick("representations"),
            interpreter_used=decision.person.interpreter_needed)

    def _inform(self, proposer, decision, on):
        """The person informed of the decision and given a copy; the hearing stays as it was."""
        return actions.record_hearing(
            proposer, decision, decision.version, hearing=decision.hearing, heard_on=decision.heard_on,
            representations=decision.representations, interpreter_used=decision.person.interpreter_needed,
            informed_on=min(on, self.today), copy_given=True)

    def _decided(self, cast, code, starts_on, days=None, *, decider=None, hear=True, appeal=0.2, evidence=None,
                 informed_on=None, **extra):
        """Proposed, the person heard (a measure always, unless urgent), decided, the person informed (on
        the first day, or `informed_on`); now and then an appeal lodged and pending."""
        decision = actions.propose(cast.proposer, cast.person, self.types[code],
                                   self._data(code, starts_on, days, person=cast.person, **extra),
                                   evidence or self._evidence())
        heard_on = min(starts_on, self.today)
        if not decision.urgent_reason and (decision.type.is_measure or (hear and self.rng.random() < 0.7)):
            decision = self._hear(cast.proposer, decision, heard_on)
        decision = actions.decide(decider or cast.governor, decision, decision.version, outcome="confirm")
        decision = self._inform(cast.proposer, decision, informed_on or heard_on)
        if self.rng.random() < appeal:
            actions.record_appeal(cast.proposer, decision, lodged_on=min(self.today, starts_on + timedelta(days=3)),
                                  body=self.texts.appeal_body[self.lang])
        return decision

    def _review(self, decision, on, outcome, reviewer=None, reasons=None, declined=None):
        """A review by someone other than the decision-maker (the director), the person heard again."""
        declined = self.rng.random() < 0.3 if declined is None else declined
        actions.review(reviewer or self.director, decision, decision.version, reviewed_on=on, outcome=outcome,
                       reasons=reasons or self._pick("review_reasons", outcome),
                       next_review_due=clock.latest_review(on, rules.review_interval(decision.type))
                       if outcome == "continue" else None,
                       person_heard="declined" if declined else "heard",
                       representations="" if declined else self._pick("representations"))
        decision.refresh_from_db()
        return decision

    def _log(self, logger, decision, first, last, logged=0.9):
        """The separation log from `first` to `last`: the second day under the minimum of meaningful
        contact and the third without the governor's visit, then as it comes, with a few gaps."""
        rng = self.rng
        for n in range((last - first).days + 1):
            if n > 2 and rng.random() >= logged:
                continue  # the gaps are what an inspector looks for
            hours = "1" if n == 1 else rng.choice(CONTACT_HOURS)
            governor = n != 2 and rng.random() < 0.8
            medical = rng.random() < 0.85
            actions.log_separation_day(
                logger, decision, day=first + timedelta(days=n), contact_hours=Decimal(hours),
                contact_with=self._pick("contact_with") if hours != "0" else "", medical_visit=medical,
                medical_by=self._pick("medical_by") if medical else "", governor_visit=governor,
                governor_visit_by=self._pick("governor_visit_by") if governor else "")

    # --- storylines ------------------------------------------------------------------------------
    def for_person(self, person, proposer, governor, logger):
        """One storyline for about a third of the persons, drawn at random; the others wait for the showcase."""
        cast = Cast(person, proposer, governor, logger)
        if self.rng.random() >= STORY_SHARE:
            self.free.append(cast)
            return
        story = self.rng.choices(["classification", "separation", "contact", "proposal", "supervision"],
                                 weights=[4, 3, 3, 1, 2])[0]
        if person.age(self.today) < self.settings.juvenile_age and story in ("separation", "proposal"):
            story = "supervision"  # the demo separates no juvenile
        getattr(self, f"_{story}")(cast)

    def _classification(self, cast):
        starts_on = self.today - timedelta(days=self.rng.randint(5, 300))
        self._decided(cast, "classification", starts_on, decider=self.director,
                      classification=self._pick("classifications"))

    def _separation(self, cast):
        rng = self.rng
        length = rng.randint(10, min(29, self.settings.separation_max_days))
        starts_on = self.today - timedelta(days=rng.randint(2, length - 2))
        decision = self._decided(cast, "separation", starts_on, length)
        self._log(cast.logger, decision, starts_on, self.today, logged=0.85)
        while decision.in_force and decision.review_due <= self.today:
            decision = self._review(decision, decision.review_due, "end" if rng.random() < 0.3 else "continue")

    def _contact(self, cast):  # some reviews are left overdue on purpose
        self._decided(cast, "contact", self.today - timedelta(days=self.rng.randint(5, 80)), 60)

    def _supervision(self, cast):
        self._decided(cast, "supervision", self.today - timedelta(days=self.rng.randint(1, 25)), 90)

    def _proposal(self, cast):
        code = self.rng.choice(["separation", "contact"])
        decision = actions.propose(cast.proposer, cast.person, self.types[code],
                                   self._data(code, self.today, 14, person=cast.person), self._evidence())
        if self.rng.random() < 0.5:  # the others wait for the person to be heard
            self._hear(cast.proposer, decision, self.today)

    # --- each safeguard firing -------------------------------------------------------------------
    def showcase(self, establishments):
        today = self.today
        cases = [(self._separated_again, {}), (self._health_objection, {}), (self._urgent_due, {}),
                 (self._urgent_overdue, {}), (self._appeal_upheld, {}), (self._appeal_partly_upheld, {}),
                 (self._independent_review, {}), (self._yearly_review, {"since": today - timedelta(days=400)}),
                 (self._court_decides, {"remand": True}), (self._extended_past_maximum, {}),
                 (lambda cast: self._future_allocation(cast, establishments), {})]
        for case, wanted in cases:
            cast = self._cast(**wanted)
            if cast is not None:  # a demo seeded with few persons may lack one
                case(cast)

    def _cast(self, remand=False, since=None):
        """A person without a storyline: an adult, on remand or not, in custody since `since`."""
        fits = [c for c in self.free if c.person.age(self.today) >= self.settings.juvenile_age
                and self._on_remand(c.person) == remand
                and (since is None or c.person.current_episode.admitted_on <= since)]
        if not fits:
            return None
        cast = self.rng.choice(fits)
        self.free.remove(cast)
        return cast

    def _days(self, n):
        return self.today + timedelta(days=n)

    def _separated_again(self, cast):
        """Eight days, ended at the review; imposed again the next day: day 16 of one stretch today."""
        first = self._decided(cast, "separation", self._days(-15), 8, appeal=0)
        self._log(cast.logger, first, self._days(-15), self._days(-8))
        self._review(first, self._days(-8), "end")
        again = self._decided(cast, "separation", self._days(-7), 12, appeal=0, evidence=self._evidence(withheld=True))
        self._log(cast.logger, again, self._days(-7), self.today)

    def _health_objection(self, cast):
        decision = self._decided(cast, "separation", self._days(-5), 14, appeal=0)
        self._log(cast.logger, decision, self._days(-5), self._days(-1))
        actions.log_separation_day(
            cast.logger, decision, day=self.today, contact_hours=Decimal("2"), contact_with=self._pick("contact_with"),
            medical_visit=True, medical_by=self.texts.medical_by[self.lang][0], governor_visit=True,
            governor_visit_by=self._pick("governor_visit_by"), health_objection=self._pick("health_objections"))

    def _urgent_due(self, cast):
        """Ordered orally last night, decided this morning on the urgent path: the person is to be heard."""
        decision = self._decided(cast, "separation", self._days(-1), 10, appeal=0,
                                 urgent_reason=self._pick("urgent_reasons"), informed_on=self.today,
                                 backdating_reason=self._pick("backdating_reasons", "oral"))
        self._log(cast.logger, decision, self._days(-1), self.today)

    def _urgent_overdue(self, cast):
        """Decided urgently three days ago; the hearing the service's hours allowed for has not happened."""
        with decided_earlier(timedelta(days=3)):
            decision = self._decided(cast, "separation", self._days(-3), 12, appeal=0,
                                     urgent_reason=self._pick("urgent_reasons"))
        self._log(cast.logger, decision, self._days(-3), self.today)

    def _appealed(self, cast, code, starts, days, outcome, outcome_after):
        decision = self._decided(cast, code, self._days(starts), days, appeal=0)
        body = self.texts.appeal_body[self.lang]
        lodged_on = self._days(starts + 3)
        appeal = actions.record_appeal(cast.proposer, decision, lodged_on=lodged_on, body=body)
        actions.record_appeal(cast.proposer, decision, appeal=appeal, lodged_on=lodged_on, body=body, outcome=outcome,
                              outcome_on=self._days(outcome_after), note=self._pick("appeal_outcomes", outcome))

    def _appeal_upheld(self, cast):
        self._appealed(cast, "contact", -20, 60, "upheld", -3)  # ends the restriction

    def _appeal_partly_upheld(self, cast):
        self._appealed(cast, "supervision", -25, 90, "partly", -1)  # under review at once

    def _independent_review(self, cast):
        """The governor's contact restriction, kept by the director at its review, the person heard."""
        decision = self._decided(cast, "contact", self._days(-40), 60, appeal=0)
        self._review(decision, decision.review_due, "continue", declined=False)

    def _yearly_review(self, cast):
        """A classification decided at headquarters a year ago, kept at its yearly review by the governor."""
        starts_on = max(self._days(-YEARLY_REVIEW_AFTER), cast.person.current_episode.admitted_on)
        decision = self._decided(cast, "classification", starts_on, decider=self.director, appeal=0,
                                 classification=self._pick("classifications"))
        self._review(decision, decision.review_due, "continue", reviewer=cast.governor,
                     reasons=self._pick("classification_review"))

    def _court_decides(self, cast):
        """An untried detainee's contact restriction: the court's decision, recorded with its reference."""
        self._decided(cast, "contact", self._days(-10), 60, appeal=0)

    def _extended_past_maximum(self, cast):
        """A separation at its statutory maximum, reviewed on its clock, then extended at headquarters on
        the legal basis that allows it."""
        maximum = self.settings.separation_max_days
        first = self._decided(cast, "separation", self._days(2 - maximum), maximum, appeal=0)
        self._log(cast.logger, first, first.starts_on, self._days(-1))
        while first.review_due <= self.today:
            first = self._review(first, first.review_due, "continue")
        extension = self._data("separation", self.today, 10, person=cast.person, extends=first,
                               legal_basis=self.types["separation"].bases["extension"],
                               reasons=self._pick("extension_reasons"))
        decision = actions.propose(cast.proposer, cast.person, self.types["separation"], extension, self._evidence())
        decision = self._hear(cast.proposer, decision, self.today, declined=False)
        decision = actions.decide(self.director, decision, decision.version, outcome="confirm")
        self._inform(cast.proposer, decision, self.today)
        self._log(cast.logger, decision, self.today, self.today)

    def _future_allocation(self, cast, establishments):
        """A transfer decided for a date to come: the daily task carries it out then, not before."""
        here = cast.person.current_episode.establishment_id
        there = self.rng.choice([e for e in establishments if e.pk != here] or establishments)
        self._decided(cast, "allocation", self._days(10), hear=False, appeal=0,
                      placement=self.rng.choice(there.units_list))
