"""Seed sentence plans and programmes for the demo region, through the real actions.

A plan's goals are in the prisoner's own language (their name set), the case manager's framing and
the steps in the service's working language. Programme texts carry all eight languages.
"""

from datetime import timedelta

from reintegra.plans import actions as plan_actions
from reintegra.plans import queries as plan_queries
from reintegra.plans.models import Goal, Motivation, Plan, PlanKind, PlanSettings, PlanVersion, Step
from reintegra.plans.snapshots import GOAL_FIELDS
from reintegra.programmes import actions as programme_actions
from reintegra.programmes.models import Referral, ReferralGoal

from . import texts

# The language a person of each demo name set speaks.
SPOKEN = {"sq": "sq", "mk-sq": "sq", "mk": "mk", "sr-cyrl": "sr", "sr-latn": "sr-latn", "bs": "bs", "cnr": "cnr"}
PROGRAMMES_PER_ESTABLISHMENT = 6
REMAND_SUPPORT_SHARE = 0.4  # remand detainees who asked for a remand support plan


def catalogue(rng, admin, establishments):
    """A handful of the demo programmes in every establishment; the disengagement one in the first."""
    programmes, catalogue = [], texts.plans().programmes
    for index, establishment in enumerate(establishments):
        specs = rng.sample(catalogue, PROGRAMMES_PER_ESTABLISHMENT)
        disengagement = [s for s in catalogue if s["kind"] == "disengagement"]
        if index == 0 and not any(s["kind"] == "disengagement" for s in specs):
            specs[-1] = disengagement[0]
        for spec in specs:
            programmes.append(programme_actions.save_programme(admin, {
                "code": f"{spec['code']}-{establishment.code}"[:32], "name": spec["name"],
                "description": spec["description"], "kind": spec["kind"],
                "provider": spec["provider"].get(admin.service.languages[0]) or spec["provider"]["en"],
                "establishment": establishment, "target_groups": spec["target_groups"], "eligibility": "",
                "languages": admin.service.languages, "capacity": spec["capacity"],
                "sessions_planned": spec["sessions_planned"], "duration_weeks": spec["duration_weeks"],
                "evidence": spec["evidence"], "evidence_note": "", "active": True,
            }))
    return programmes


class PlanSeeder:
    def __init__(self, rng, today, service, programmes):
        self.rng, self.today, self.service = rng, today, service
        self.work_language = service.languages[0]
        self.programmes = programmes
        self.texts = texts.plans()

    def plan(self, case_manager, governor, person, episode, name_set, remand_support=None):
        """Goals and steps; an initial version the person responded to; a review for longer stays.

        A sentenced admission opened its plan; an untried detainee has none unless they asked for a
        remand support plan (`remand_support`, or at random): opened by hand, with no offence-focused area.
        """
        rng, plan, goals_in = self.rng, Plan.objects.filter(episode=episode).first(), self.texts.goals
        if plan is None:
            wanted = rng.random() < REMAND_SUPPORT_SHARE if remand_support is None else remand_support
            if not (episode.is_untried and wanted):
                return
            plan = plan_actions.open_plan(case_manager, episode)
        spoken = SPOKEN.get(name_set, self.work_language)
        days_in = (self.today - episode.admitted_on).days
        ratings = [pk for pk, _label in plan_queries.linkable_ratings(case_manager, person)]
        allowed = {code for code, _label in plan_queries.need_areas(self.service.pk, plan.kind)}
        areas = rng.sample([area for area in goals_in[spoken] if area in allowed], rng.randint(1, 3))
        goals = []
        for area in areas:
            i = rng.randrange(2)
            own, framed = goals_in[spoken][area][i], goals_in[self.work_language][area][i]
            goal = plan_actions.save_goal(case_manager, plan, {
                "area": area, "own_words": own["own_words"], "framing": framed["framing"],
                "motivation": rng.choice(Motivation.values), "status": Goal.Status.ACTIVE, "status_reason": "",
            }, rng.sample(ratings, min(len(ratings), rng.randint(0, 2))))
            for owner, what in ((s["owner"], s["what"]) for s in framed["steps"]):
                due = self.today + timedelta(days=rng.randint(-30, 120))
                step = plan_actions.save_step(case_manager, goal, {
                    "what": what, "owner": owner, "owner_detail": "", "due_on": due,
                    "status": rng.choice([Step.Status.PLANNED, Step.Status.PLANNED, Step.Status.IN_PROGRESS]),
                })
                if rng.random() < 0.3:
                    plan_actions.add_step_note(case_manager, step, rng.choice(self.texts.notes[self.work_language]))
                if owner == "programme" and rng.random() < 0.7:
                    self.refer(case_manager, person, episode, step, area)
            goals.append(goal)
        if days_in < 14:
            return  # the initial plan is still being built
        first = self._issue(case_manager, plan, PlanVersion.Kind.INITIAL,
                            episode.admitted_on + timedelta(days=rng.randint(5, min(days_in, 28))))
        self._respond(case_manager, first, spoken)
        if days_in > 200 and rng.random() < 0.85:  # most long stays were reviewed lately; the rest are overdue
            if len(goals) > 1:
                goal = goals[0]
                plan_actions.save_goal(case_manager, plan, {
                    **{f: getattr(goal, f) for f in GOAL_FIELDS}, "status": Goal.Status.ACHIEVED},
                    [link.rating_id for link in goal.links.all()], goal=goal, version=goal.version)
            review = self._issue(case_manager, plan, PlanVersion.Kind.REVIEW,
                                 self.today - timedelta(days=rng.randint(0, 170)))
            if rng.random() < 0.85:
                self._respond(case_manager, review, spoken)
            if review.awaiting_countersignature and rng.random() < 0.5:
                plan_actions.countersign(governor, review)

    def _issue(self, case_manager, plan, kind, on):
        plan.refresh_from_db()
        summaries = self.texts.remand_summaries if plan.kind == PlanKind.REMAND_SUPPORT else self.texts.summaries
        summary = self.rng.choice(summaries[self.work_language])
        return plan_actions.issue_version(case_manager, plan, plan.version, kind=kind, issued_on=min(on, self.today),
                                          summary=summary)

    def _respond(self, case_manager, version, spoken):
        rng = self.rng
        response = rng.choices(list(PlanVersion.Response), weights=[8, 2, 1])[0]
        comment = "" if response == PlanVersion.Response.AGREED else rng.choice(self.texts.response_comments[spoken])
        plan_actions.record_response(case_manager, version, response=response, comment=comment,
                                     interpreter_used=rng.random() < 0.05,
                                     responded_on=min(self.today, version.issued_on + timedelta(days=rng.randint(0, 3))))

    def refer(self, case_manager, person, episode, step, area):
        """To a programme of the person's establishment, for the step's area where one exists."""
        here = [p for p in self.programmes if p.establishment_id == episode.establishment_id]
        if not here:
            return
        hints = {spec["code"]: spec["step_hint"] for spec in self.texts.programmes}
        fitting = [p for p in here if hints.get(p.code.rsplit("-", 1)[0]) == area] or here
        programme = self.rng.choice(fitting)
        if Referral.objects.filter(programme=programme, person=person, status__in=Referral.OPEN).exists():
            return
        referral = programme_actions.refer(case_manager, person, programme, step=step,
                                           reason=step.what)
        if self.rng.random() < 0.15:
            return  # awaiting a decision
        referral = programme_actions.decide(case_manager, referral, accept=True)
        programme.refresh_from_db()
        if programme.referrals.filter(status=Referral.Status.ENROLLED).count() < programme.capacity \
                and self.rng.random() < 0.7:
            reason = "" if programme_actions.waiting_position(referral) == 1 else \
                self.texts.notes[self.work_language][0]
            programme_actions.enrol(case_manager, referral, enrolled_on=self.today, out_of_turn_reason=reason)

    def sessions_and_endings(self, runners):
        """One session per running programme with everyone's attendance; a few completed programmes.
        `runners` maps an establishment id to the member who runs its programmes."""
        rng = self.rng
        for programme in self.programmes:
            enrolled = list(programme.referrals.filter(status=Referral.Status.ENROLLED))
            case_manager = runners.get(programme.establishment_id)
            if not enrolled or case_manager is None:
                continue
            marks = {r.pk: (rng.choices(["present", "excused", "absent"], weights=[8, 1, 1])[0], "")
                     for r in enrolled}
            programme_actions.record_session(case_manager, programme, held_on=self.today,
                                             topic=rng.choice(self.texts.session_topics[self.work_language]),
                                             facilitator=programme.provider, marks=marks)
            for referral in enrolled[: max(1, len(enrolled) // 4)]:
                links = ReferralGoal.objects.filter(referral=referral)
                programme_actions.end(
                    case_manager, referral, status=Referral.Status.COMPLETED, ended_on=self.today, reason="",
                    report=rng.choice(self.texts.notes[self.work_language]),
                    outcomes={link.goal_id: (rng.choice(["achieved", "progress", "some"]), "") for link in links})


def require_countersigning(service):
    PlanSettings.objects.create(service=service, countersign_required=True)
