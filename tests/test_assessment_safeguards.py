"""Issue 10, items 14-18: who may add an addendum, certification at every step, special categories
refused at import, re-assessment triggers that fire, and a licensed instrument's summary for readers."""

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from django.core.management import call_command
from django.urls import reverse

from reintegra.assessments import actions, queries
from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Assessment, Certification, Instrument
from reintegra.core.access import ActionError
from reintegra.core.models import AuditEvent, Membership
from reintegra.core.roles import Role
from reintegra.people import actions as custody
from reintegra.people.models import LegalStatus

FIXTURES = Path(__file__).parent / "fixtures"
OPEN = (FIXTURES / "tiny-open.yaml").read_text()
TODAY = date.today()
LOCALES = ["en", "sq", "sr", "sr-latn", "bs", "hr", "cnr", "mk"]


def certify(member, module, until=None):
    return Certification.objects.create(service=member.service, user=member.user, module=module,
                                        valid_until=until or TODAY + timedelta(days=365))


def lapse(member, module):
    Certification.objects.filter(user=member.user, module=module).update(valid_until=TODAY - timedelta(days=1))


def second_assessor(tenant, role=Role.CASE_MANAGER):
    """Another user of the service acting as an assessor (may countersign)."""
    return Membership.objects.create(user=tenant.member(role).user, organisation=tenant.prison, role=Role.ASSESSOR)


FIELDS = {"sources": ["interview"], "judgement": "high", "key_factors": "Threatened staff twice.",
          "rationale": "Two incidents this month, both confirmed by the wing log.", "disclosed": True}
RATINGS = {"A1": ("low", "", ""), "A2": ("high", "", "Said so in interview."), "B1": ("", "No information", "")}


def drafted(member, person, instrument, **start):
    assessment = actions.start(member, person, instrument, **start)
    return actions.save_draft(member, assessment, assessment.version, FIELDS, RATINGS,
                              [("risk", "Carries a grudge against one officer")])


def countersigned(author, second, person, instrument):
    assessment = drafted(author, person, instrument)
    assessment = actions.submit(author, assessment, assessment.version)
    return actions.countersign(second, assessment)


@pytest.fixture
def tiny(db):
    return loader.import_file(FIXTURES / "tiny-open.yaml")[0]


@pytest.fixture
def team(alice, tiny, audit_context):
    """The author and a countersigner, both certified for the open instrument."""
    author, second = alice.member(Role.ASSESSOR), second_assessor(alice)
    for member in (author, second):
        certify(member, "T-OPEN")
    return SimpleNamespace(author=author, second=second)


# --- 14. Addenda: the author or a certified countersigner of the instrument -----------------------------

def test_addendum_only_by_the_author_or_a_certified_countersigner(alice, tiny, team, login):
    assessment = countersigned(team.author, team.second, alice.person(), tiny)
    case_manager = alice.member(Role.CASE_MANAGER)  # may assess, may not countersign
    certify(case_manager, "T-OPEN")
    with pytest.raises(ActionError, match="author or a certified countersigner"):
        actions.add_addendum(case_manager, assessment, "I think the judgement is too high.")
    uncertified = second_assessor(alice, Role.SECURITY_OFFICER)  # may countersign, not certified
    with pytest.raises(ActionError, match="valid certification"):
        actions.add_addendum(uncertified, assessment, "A correction.")
    assert not assessment.addenda.exists()
    page = login(case_manager).get(reverse("assessments:detail", args=[assessment.pk])).content.decode()
    assert "Add an addendum" not in page
    response = login(case_manager).post(reverse("assessments:add_addendum", args=[assessment.pk]), {"text": "x"})
    assert "author or a certified countersigner" in response.content.decode()
    assert not assessment.addenda.exists()

    actions.add_addendum(team.author, assessment, "The second incident was on 4 May, not 5 May.")
    actions.add_addendum(team.second, assessment, "Checked against the wing log.")
    assert assessment.addenda.count() == 2


# --- 15. Certification at every step ---------------------------------------------------------------------

def test_certification_is_checked_at_every_step(alice, tiny, team):
    person = alice.person()
    assessment = drafted(team.author, person, tiny)
    lapse(team.author, "T-OPEN")
    with pytest.raises(ActionError, match="valid certification"):
        actions.save_draft(team.author, assessment, assessment.version, {"rationale": "More."}, {}, [])
    with pytest.raises(ActionError, match="valid certification"):
        actions.submit(team.author, assessment, assessment.version)
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.DRAFT and assessment.rationale == FIELDS["rationale"]

    certify(team.author, "T-OPEN")  # renewed
    assessment = actions.submit(team.author, assessment, assessment.version)
    lapse(team.second, "T-OPEN")
    with pytest.raises(ActionError, match="valid certification"):
        actions.countersign(team.second, assessment)
    with pytest.raises(ActionError, match="valid certification"):
        actions.return_to_author(team.second, assessment, "Look again.")
    certify(team.second, "T-OPEN")
    actions.countersign(team.second, assessment)
    lapse(team.author, "T-OPEN")
    with pytest.raises(ActionError, match="valid certification"):
        actions.add_addendum(team.author, assessment, "A late correction.")
    with pytest.raises(ActionError, match="valid certification"):
        actions.start(team.author, person, tiny)


# --- 16. Religion, belief and ethnicity refused at import -----------------------------------------------

def _pack(languages, item_text=None, code="A2"):
    """The open fixture in `languages` (every text copied from English), with item `code`'s text
    replaced by `item_text` ({language: text})."""
    data = yaml.safe_load(OPEN)

    def translate(value):
        if isinstance(value, dict) and "en" in value and all(isinstance(v, str) for v in value.values()):
            return dict.fromkeys(languages, value["en"])
        if isinstance(value, dict):
            return {k: translate(v) for k, v in value.items()}
        if isinstance(value, list):
            return [translate(v) for v in value]
        return value

    data = {k: translate(v) if k != "languages" else languages for k, v in data.items()}
    for domain in data["domains"]:
        for item in domain["items"]:
            if item["code"] == code and item_text:
                item["text"].update(item_text)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _problems(text):
    with pytest.raises(loader.InstrumentError) as error:
        loader.check(text)
    return [str(p) for p in error.value.problems]


@pytest.mark.parametrize(("language", "text", "word"), [
    ("en", "Attends Friday prayers at the mosque", "prayers"),
    ("sq", "Shkon rregullisht në xhami", "xhami"),
    ("sr", "Редовно иде у цркву", "цркву"),
    ("sr-latn", "Ističe svoju nacionalnost", "nacionalnost"),
    ("bs", "Redovno posjećuje džamiju", "džamiju"),
    ("hr", "Mijenja vjerska uvjerenja", "vjerska"),
    ("cnr", "Ističe etničku pripadnost", "etničku"),
    ("mk", "Редовно оди во џамија", "џамија"),
])
def test_a_special_category_item_is_refused_in_every_language(language, text, word):
    pack = _pack(["en", language] if language != "en" else ["en"], {language: text})
    problems = _problems(pack)
    assert len(problems) == 1, problems
    assert f"domains[0].items[1].text.{language}" in problems[0]
    assert 'item "A2"' in problems[0] and f'"{word}"' in problems[0], problems[0]
    if language == "en":
        assert '("prayers", "mosque")' in problems[0]  # every word found, in one message
    assert problems[0].startswith("line ")


def test_a_special_category_item_code_is_refused():
    problems = _problems(OPEN.replace("code: A2", "code: religiousPractice").replace(
        "code: B1", "code: XHAMIA_VISITS"))
    assert any('domains[0].items[1].code: item "religiousPractice"' in p for p in problems), problems
    assert any('domains[1].items[0].code: item "XHAMIA_VISITS"' in p and "religion" in p for p in problems)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Has acted in good faith with staff"),
    ("en", "Holds beliefs that justify violence against officials"),  # attitudes to violence: a risk item
    ("en", "Citizenship of another country: needs consular contact"),
    ("sq", "Kishte punë të rregullt para burgimit"),  # "kishte" (had), not "kishë" (church)
    ("sr", "Вероватно ће затражити премештај"),  # "вероватно" (probably), not "вера" (faith)
    ("hr", "Vjerojatno ima državljanstvo druge države"),
    ("bs", "Ima povjerenje u svog voditelja slučaja"),
    ("mk", "Има државјанство на друга држава"),
])
def test_ordinary_words_are_not_refused(language, text):
    pack = _pack(["en", language] if language != "en" else ["en"], {language: text})
    assert loader.check(pack)["code"] == "T-OPEN"


@pytest.mark.django_db
def test_import_of_several_files_is_all_or_nothing(tmp_path, capsys):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(OPEN)
    bad.write_text(_pack(["en", "bs"], {"bs": "Posjećuje crkvu"}).replace("T-OPEN", "T-BAD"))
    with pytest.raises(SystemExit):
        call_command("instruments", "import", str(good), str(bad))
    err = capsys.readouterr().err
    assert '"crkvu"' in err and "Nothing was imported" in err
    assert Instrument.objects.count() == 0
    with pytest.raises(loader.InstrumentError, match="crkvu"):  # nor through store() alone
        loader.store(yaml.safe_load(bad.read_text()))
    assert Instrument.objects.count() == 0


# --- 17. Re-assessment triggers -----------------------------------------------------------------------

TRIGGERED = OPEN.replace("code: T-OPEN", "code: T-TRIG").replace(
    "  interval_days: 90\n", '  interval_days: 90\n  reassess_on: [transfer, new_conviction, "decision:classification"]\n')


@pytest.fixture
def triggered(db):
    return loader.store(loader.check(TRIGGERED))[0]


@pytest.fixture
def current(alice, tiny, triggered, team):
    """A person with a countersigned assessment on each instrument, due in 90 days."""
    for member in (team.author, team.second):
        certify(member, "T-OPEN")  # the triggered copy uses the same certification
    person = alice.person()
    return SimpleNamespace(person=person,
                           listed=countersigned(team.author, team.second, person, triggered),
                           unlisted=countersigned(team.author, team.second, person, tiny))


def _due(assessment):
    assessment.refresh_from_db()
    return assessment.review_due


def test_reassess_on_is_part_of_the_format():
    assert loader.check(TRIGGERED)["review"]["reassess_on"][0] == "transfer"
    problems = _problems(TRIGGERED.replace("new_conviction", "full_moon"))
    assert any("review.reassess_on[1]" in p for p in problems), problems


def test_a_transfer_brings_the_review_forward(alice, current):
    assert _due(current.listed) == TODAY + timedelta(days=90)
    custody.transfer(alice.governor, current.person.current_episode, establishment=alice.prison2,
                     transferred_on=TODAY)
    assert _due(current.listed) == TODAY + timedelta(days=14)
    assert current.listed.review_trigger == "transfer" and "→" in current.listed.review_note
    assert _due(current.unlisted) == TODAY + timedelta(days=90)  # its instrument lists no trigger
    event = AuditEvent.objects.filter(action="assessments.assessment.review_due").get()
    assert event.object_id == str(current.listed.pk)


def test_the_review_comes_forward_to_the_services_days_and_never_goes_back(alice, current):
    from reintegra.assessments.models import AssessmentSettings

    AssessmentSettings.objects.create(service=alice.service, reassess_within_days=30)
    episode = current.person.current_episode
    custody.transfer(alice.governor, episode, establishment=alice.prison2, transferred_on=TODAY)
    assert _due(current.listed) == TODAY + timedelta(days=30)
    Assessment.objects.filter(pk=current.listed.pk).update(review_due=TODAY + timedelta(days=3))
    custody.transfer(alice.governor, episode, establishment=alice.prison, transferred_on=TODAY)
    assert _due(current.listed) == TODAY + timedelta(days=3)


def test_a_new_conviction_brings_the_review_forward_a_remand_charge_does_not(alice, triggered, team):
    for member in (team.author, team.second):
        certify(member, "T-OPEN")
    remanded = alice.person(family="Hoxha", given="Arben", place=False)
    custody.admit(alice.governor, remanded, establishment=alice.prison, admitted_on=TODAY,
                  legal_status=LegalStatus.REMAND)
    remanded.refresh_from_db()
    on_remand = countersigned(team.author, team.second, remanded, triggered)
    custody.add_offence(alice.governor, remanded.current_episode, description="Assault", category="violent")
    assert _due(on_remand) == TODAY + timedelta(days=90)  # presumed innocent: a charge is not a conviction

    person = alice.person()
    sentenced = countersigned(team.author, team.second, person, triggered)
    custody.add_offence(alice.governor, person.current_episode, description="Assault on an officer",
                        category="violent")
    assert _due(sentenced) == TODAY + timedelta(days=14)
    assert sentenced.review_trigger == "new_conviction" and "Assault on an officer" in sentenced.review_note


def test_a_decision_of_a_listed_type_brings_the_review_forward(alice, current):
    from reintegra.decisions import actions as deciding
    from reintegra.decisions.models import DecisionType, LegalBasis

    basis = LegalBasis.objects.create(service=alice.service, law="Law on the execution of sanctions",
                                      article="Art. 12", text="Classification.", valid_from=date(2020, 1, 1))
    kinds = {}
    for code in ("classification", "contact"):
        kinds[code] = DecisionType.objects.create(
            service=alice.service, code=code, name=code.title(), category="classification",
            propose_roles=["security_officer"], decide_roles=["governor"], decide_level="establishment")
        if hasattr(kinds[code], "legal_bases"):  # types bound to their bases (issue 10, item 6)
            kinds[code].legal_bases.set([basis])

    def decided(kind):
        decision = deciding.propose(alice.member(Role.SECURITY_OFFICER), current.person, kinds[kind], {
            "legal_basis": basis, "reasons": "Reviewed after the incident.", "classification": "B",
            "proportionality": "The least restrictive classification that answers the risk.",
            "starts_on": TODAY}, [{"kind": "incident", "reference": "INC-1", "description": "Fight."}])
        return deciding.decide(alice.governor, decision, decision.version, outcome="confirm")

    decided("contact")  # not listed by the instrument
    assert _due(current.listed) == TODAY + timedelta(days=90)
    decided("classification")
    assert _due(current.listed) == TODAY + timedelta(days=14)
    assert current.listed.review_trigger == "decision:classification"
    assert _due(current.unlisted) == TODAY + timedelta(days=90)


# --- 18. A licensed instrument: items for the certified, the summary for readers -----------------------

@pytest.fixture
def licensed_assessment(alice, audit_context):
    instrument = loader.import_file(FIXTURES / "tiny-licensed.yaml")[0]
    author, second = alice.member(Role.ASSESSOR), second_assessor(alice)
    for member in (author, second):
        certify(member, "T-LIC")
    return countersigned(author, second, alice.person(), instrument)


@pytest.mark.parametrize("role", [Role.GOVERNOR, Role.OVERSIGHT])
def test_licensed_items_are_hidden_but_the_summary_is_read(alice, licensed_assessment, login, role):
    reader = alice.member(role)
    assessment = queries.assessment_or_404(reader, licensed_assessment.pk)  # before: 404
    assert assessment.items_visible is False
    assert list(assessment.ratings.all()) == [] and list(assessment.individual_factors.all()) == []
    assert assessment.judgement == "high" and assessment.rationale == FIELDS["rationale"]

    page = login(reader).get(reverse("assessments:detail", args=[licensed_assessment.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "High concern" in html and FIELDS["rationale"] in html and FIELDS["key_factors"] in html
    assert "Item two" not in html and "Said so in interview." not in html and "Carries a grudge" not in html
    person_page = login(reader).get(reverse("people:detail", args=[licensed_assessment.person_id])).content.decode()
    assert "High concern" in person_page


def test_only_the_certified_read_licensed_items_and_ratings(alice, licensed_assessment, login):
    governor = alice.governor
    person = licensed_assessment.person
    # A caller that reads ratings (the plan's goals) gets no assessment whose items are hidden.
    assert queries.for_person(governor, person) == []
    assert [a.pk for a in queries.for_person(governor, person, summaries=True)] == [licensed_assessment.pk]
    compare = login(governor).get(reverse("assessments:compare", args=[licensed_assessment.pk] * 2))
    assert compare.status_code == 302

    certified = alice.member(Role.ASSESSOR)
    assessment = queries.assessment_or_404(certified, licensed_assessment.pk)
    assert assessment.items_visible and len(assessment.ratings.all()) == 3
    html = login(certified).get(reverse("assessments:detail", args=[licensed_assessment.pk])).content.decode()
    assert "Item two" in html and "Said so in interview." in html
