"""What the decisions tests share: a service's legal bases and decision types, a proposal (with the
person heard on a measure) and a decided separation. The `ruled` and `officer` fixtures are in conftest."""

from datetime import date, timedelta

from reintegra.core.models import Membership, User
from reintegra.core.roles import Role
from reintegra.decisions import actions
from reintegra.decisions.models import DecisionType, LegalBasis

TODAY = date.today()
STAFF = ["case_manager", "security_officer", "governor"]


class Rules:
    """A service's legal bases and decision types, and a governor at headquarters."""

    def __init__(self, tenant):
        s = tenant.service
        self.basis = LegalBasis.objects.create(service=s, law="Закон о извршењу кривичних санкција", article="чл. 145",
                                               text="Мере за одржавање реда и безбедности.", valid_from=date(2020, 1, 1))
        self.exceptional = LegalBasis.objects.create(
            service=s, law="Закон о извршењу кривичних санкција", article="чл. 146",
            text="Изузетно продужење издвајања.", valid_from=date(2020, 1, 1), allows_extension=True)
        self.repealed = LegalBasis.objects.create(service=s, law="Old law", article="12", text="Repealed.",
                                                  valid_from=date(2000, 1, 1), valid_to=date(2019, 12, 31))

        def kind(code, category, **extra):
            made = DecisionType.objects.create(service=s, code=code, name=code.title(), category=category,
                                               propose_roles=STAFF, decide_roles=["governor"], **extra)
            made.legal_bases.set([self.basis, self.exceptional, self.repealed])
            return made
        self.separation = kind("separation", "measure", is_separation=True, review_interval_days=7,
                               max_duration_days=30)
        self.contact = kind("contact", "measure", review_interval_days=30, max_duration_days=90)
        self.allocation = kind("allocation", "allocation")
        self.classification = kind("classification", "classification", decide_level="headquarters")
        self.lifting = kind("lifting", "lifting")
        user = User.objects.create_user(username=f"{s.code}-director", password="pw-Secret-123")
        self.director = Membership.objects.create(user=user, organisation=tenant.hq, role=Role.GOVERNOR)


EVIDENCE = [{"kind": "incident", "reference": "INC-7", "description": "Assault on another prisoner."}]


def proposal(officer, person, decision_type, evidence=EVIDENCE, heard=True, **data):
    """A proposal; for a measure, the person heard on it (heard=False leaves them unheard)."""
    defaults = {"legal_basis": None, "reasons": "Attacked a cell mate on 3 May.",
                "proportionality": "Protects the other prisoners for the shortest time.",
                "alternatives": "Moving wings was considered: the victim lives on both.",
                "starts_on": TODAY, "ends_on": TODAY + timedelta(days=14),
                "backdating_reason": "Imposed on the day by the duty governor; recorded now."}
    decision = actions.propose(officer, person, decision_type, {**defaults, **data}, evidence)
    if heard and decision_type.is_measure:
        decision = actions.record_hearing(officer, decision, decision.version, hearing="heard", heard_on=TODAY,
                                          representations="Nisam ja počeo.")
    return decision


def separated(ruled, officer, person, governor, **data):
    decision = proposal(officer, person, ruled.separation, **{"legal_basis": ruled.basis, **data})
    return actions.decide(governor, decision, decision.version, outcome="confirm")


def ended(decision, reviewer, on):
    actions.review(reviewer, decision, decision.version, reviewed_on=on, outcome="end", reasons="Calm again.",
                   person_heard="heard", representations="I am calm now.")
    decision.refresh_from_db()
    return decision
