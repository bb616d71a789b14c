"""Assessment workflow: certification, drafts, submission, countersigning, immutability, clocks."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.urls import reverse

from reintegra.assessments import actions, queries
from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Assessment, Certification
from reintegra.core.access import ActionError, StaleEdit
from reintegra.core.roles import Role
from reintegra.people import audit_codes as people_audit

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def tiny(db):
    return loader.import_file(FIXTURES / "tiny-open.yaml")[0]


@pytest.fixture
def licensed(db):
    return loader.import_file(FIXTURES / "tiny-licensed.yaml")[0]


def certify(member, module, until=None):
    return Certification.objects.create(service=member.service, user=member.user, module=module,
                                        valid_until=until or date.today() + timedelta(days=365))


@pytest.fixture
def assessor(alice, tiny):
    member = alice.member(Role.ASSESSOR)
    certify(member, "T-OPEN")
    return member


@pytest.fixture
def second(alice, tiny):
    """A certified colleague (a case manager who also assesses) who can countersign."""
    from reintegra.core.models import Membership

    member = Membership.objects.create(user=alice.member(Role.CASE_MANAGER).user, organisation=alice.prison,
                                       role=Role.ASSESSOR)
    certify(member, "T-OPEN")
    return member


COMPLETE = {
    "fields": {"sources": ["interview", "file"], "judgement": "high", "key_factors": "Item two present.",
               "rationale": "Evidence from interview and file.", "prisoner_view": "Agrees in part.",
               "disclosed": True, "assessed_on": date.today()},
    "ratings": {"A1": ("low", "", ""), "A2": ("high", "", "Said so in interview."), "B1": ("", "No information", "")},
}


def complete(member, assessment):
    return actions.save_draft(member, assessment, assessment.version, COMPLETE["fields"], COMPLETE["ratings"],
                              [("risk", "Particular to this person")])


def submitted(alice, member, person=None):
    assessment = actions.start(member, person or alice.person(), queries.startable_instruments(member)[0])
    assessment = complete(member, assessment)
    return actions.submit(member, assessment, assessment.version)


def test_only_certified_users_may_start(alice, tiny, audit_context):
    person = alice.person()
    uncertified = alice.member(Role.ASSESSOR)
    with pytest.raises(ActionError, match="valid certification"):
        actions.start(uncertified, person, tiny)
    certify(uncertified, "T-OPEN", until=date.today() - timedelta(days=1))  # expired
    with pytest.raises(ActionError, match="valid certification"):
        actions.start(uncertified, person, tiny)
    certify(uncertified, "T-OPEN")
    assert actions.start(uncertified, person, tiny).status == Assessment.Status.DRAFT


def test_roles_without_assess_permission_are_refused(alice, tiny, audit_context):
    from django.core.exceptions import PermissionDenied

    governor = alice.governor
    certify(governor, "T-OPEN")
    with pytest.raises(PermissionDenied):
        actions.start(governor, alice.person(), tiny)


def test_restricted_instrument_is_visible_only_to_certified(alice, tiny, licensed, login):
    assessor = alice.member(Role.ASSESSOR)
    client = login(assessor)
    listing = client.get(reverse("assessments:instruments")).content.decode()
    assert "Tiny open instrument" in listing and "Tiny licensed pack" not in listing
    assert client.get(reverse("assessments:instrument", args=[licensed.pk])).status_code == 404
    certify(assessor, "T-LIC")
    assert client.get(reverse("assessments:instrument", args=[licensed.pk])).status_code == 200
    assert "Tiny licensed pack" in client.get(reverse("assessments:instruments")).content.decode()


def test_instrument_shown_in_any_of_its_languages(alice, tiny, login):
    client = login(alice.member(Role.SERVICE_ADMIN))
    page = client.get(reverse("assessments:instrument", args=[tiny.pk]), {"lang": "sr"}).content.decode()
    assert "Мали отворени инструмент" in page and "Ставка два" in page


def test_submission_needs_every_item_judgement_rationale_and_disclosure(alice, assessor, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    with pytest.raises(actions.AssessmentInvalid) as error:
        actions.submit(assessor, assessment, assessment.version)
    assert {"A1", "A2", "B1", "judgement", "rationale", "key_factors", "disclosed", "sources"} <= set(
        error.value.problems)
    fields = {**COMPLETE["fields"], "disclosed": False}
    ratings = {**COMPLETE["ratings"], "A2": ("high", "", "")}  # evidence required, missing
    assessment = actions.save_draft(assessor, assessment, assessment.version, fields, ratings, [])
    with pytest.raises(actions.AssessmentInvalid) as error:
        actions.submit(assessor, assessment, assessment.version)
    assert set(error.value.problems) == {"A2", "not_disclosed_reason"}


def test_values_outside_the_instrument_are_refused(alice, assessor, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    for ratings, fields in [({"A1": ("extreme", "", "")}, {}), ({"ZZ": ("low", "", "")}, {}),
                            ({}, {"judgement": "computed-score"}),
                            ({}, {"review_due": date.today() + timedelta(days=400)})]:
        with pytest.raises(actions.AssessmentInvalid):
            actions.save_draft(assessor, assessment, assessment.version, fields, ratings, [])
    assessment.refresh_from_db()
    assert assessment.version == 1 and not assessment.ratings.exists()


def test_stale_draft_save_is_refused(alice, assessor, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    complete(assessor, assessment)
    with pytest.raises(StaleEdit):
        actions.save_draft(assessor, assessment, 1, {"rationale": "older tab"}, {}, [])
    assessment.refresh_from_db()
    assert assessment.rationale == COMPLETE["fields"]["rationale"]


def test_submitted_assessment_is_immutable(alice, assessor, login, audit_context):
    assessment = submitted(alice, assessor)
    with pytest.raises(ActionError, match="cannot be changed"):
        actions.save_draft(assessor, assessment, assessment.version, {"rationale": "changed"}, {}, [])
    client = login(assessor)
    response = client.post(reverse("assessments:edit", args=[assessment.pk]), {"version": assessment.version,
                                                                               "rationale": "changed"})
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.rationale == COMPLETE["fields"]["rationale"]
    actions.add_addendum(assessor, assessment, "Date of the interview was 3 March, not 4 March.")
    assert assessment.addenda.count() == 1


def test_author_cannot_countersign(alice, assessor, audit_context):
    assessment = submitted(alice, assessor)
    with pytest.raises(ActionError, match="author cannot"):
        actions.countersign(assessor, assessment)


def test_countersigning_needs_certification(alice, assessor, audit_context):
    from reintegra.core.models import Membership

    assessment = submitted(alice, assessor)
    uncertified = Membership.objects.create(user=alice.member(Role.SECURITY_OFFICER).user,
                                            organisation=alice.prison, role=Role.ASSESSOR)
    with pytest.raises(ActionError, match="valid certification"):
        actions.countersign(uncertified, assessment)


def test_countersigning_supersedes_the_previous_and_sets_the_clock(alice, assessor, second, audit_context):
    person = alice.person()
    first = actions.countersign(second, submitted(alice, assessor, person))
    assert first.review_due == first.assessed_on + timedelta(days=90)
    later = actions.countersign(second, submitted(alice, assessor, person))
    first.refresh_from_db()
    assert first.status == Assessment.Status.SUPERSEDED and first.superseded_by == later


def test_return_then_resubmit(alice, assessor, second, audit_context):
    assessment = submitted(alice, assessor)
    with pytest.raises(ActionError):
        actions.return_to_author(second, assessment, "  ")
    returned = actions.return_to_author(second, assessment, "Check item two's evidence.")
    assert returned.is_editable and returned.return_comments
    again = actions.save_draft(assessor, returned, returned.version, {"rationale": "Reworded."}, {}, [])
    assert actions.submit(assessor, again, again.version).status == Assessment.Status.SUBMITTED


def test_compare_shows_item_changes(alice, assessor, second, login, audit_context):
    person = alice.person()
    first = actions.countersign(second, submitted(alice, assessor, person))
    newer = actions.start(assessor, person, first.instrument)
    ratings = {**COMPLETE["ratings"], "A1": ("high", "", "")}
    newer = actions.save_draft(assessor, newer, newer.version, COMPLETE["fields"], ratings, [])
    newer = actions.submit(assessor, newer, newer.version)
    rows = queries.compare(first, newer)
    assert [(item["code"], changed) for _, item, _, _, changed in rows] == [("A1", True), ("A2", False),
                                                                            ("B1", False)]
    page = login(assessor).get(reverse("assessments:compare", args=[newer.pk, first.pk]))
    assert page.status_code == 200 and "changed" in page.content.decode()


def test_due_and_overdue_lists(alice, assessor, second, login, audit_context):
    person = alice.person()
    assessment = actions.start(assessor, person, queries.startable_instruments(assessor)[0],
                               assessed_on=date.today() - timedelta(days=100))
    assessment = complete(assessor, assessment)
    assessment = actions.save_draft(assessor, assessment, assessment.version,
                                    {"assessed_on": date.today() - timedelta(days=100)}, {}, [])
    assessment = actions.submit(assessor, assessment, assessment.version)
    assert assessment.review_due < date.today()  # 90-day interval: overdue
    assert list(queries.due(assessor, mine=True)) == [assessment]
    assert list(queries.due(alice.governor, establishment=alice.prison)) == [assessment]
    assert list(queries.due(alice.governor, establishment=alice.prison2)) == []
    page = login(alice.governor).get(reverse("assessments:due"), {"establishment": alice.prison.pk})
    assert "overdue" in page.content.decode()


def test_person_page_shows_latest_judgement(alice, assessor, second, login, audit_context):
    person = alice.person()
    actions.countersign(second, submitted(alice, assessor, person))
    page = login(alice.governor).get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "High concern" in page and "T-OPEN" in page


def test_drafts_are_private_to_their_author(alice, assessor, login, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    assert login(alice.governor).get(reverse("assessments:detail", args=[assessment.pk])).status_code == 404
    assert login(assessor).get(reverse("assessments:detail", args=[assessment.pk])).status_code == 200


@pytest.mark.parametrize("name", ["assessments:detail", "assessments:edit"])
def test_other_services_assessment_is_404(alice, bob, assessor, name, login, audit_context):
    assessment = submitted(alice, assessor)
    other = bob.member(Role.ASSESSOR)
    certify(other, "T-OPEN")
    client = login(other)
    assert client.get(reverse(name, args=[assessment.pk])).status_code == 404
    assert client.post(reverse("assessments:countersign", args=[assessment.pk])).status_code == 404
    assert client.get(reverse("assessments:start", args=[assessment.person_id])).status_code == 404


def test_edit_form_saves_and_submits_through_the_view(alice, assessor, login, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    client = login(assessor)
    url = reverse("assessments:edit", args=[assessment.pk])
    form = {"version": 1, "assessed_on": date.today().isoformat(), "sources": ["interview"], "A1-value": "low",
            "A2-value": "high", "A2-evidence": "Seen.", "B1-value": "not_rated", "B1-reason": "",
            "judgement": "low", "key_factors": "K", "rationale": "R", "disclosed": "yes"}
    response = client.post(url, {**form, "submit": "1"})
    assert "Say why this item is not rated." in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.DRAFT
    response = client.post(url, {**form, "B1-reason": "No information yet", "submit": "1"})
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SUBMITTED
    assert assessment.ratings.get(item="B1").not_rated_reason == "No information yet"


def test_autosave_returns_the_new_version_or_says_it_failed(alice, assessor, login, audit_context):
    assessment = actions.start(assessor, alice.person(), queries.startable_instruments(assessor)[0])
    client = login(assessor)
    url = reverse("assessments:edit", args=[assessment.pk])
    base = {"assessed_on": date.today().isoformat(), "A1-value": "low"}
    response = client.post(url, {**base, "version": 1}, HTTP_HX_REQUEST="true")
    assert 'name="version" value="2"' in response.content.decode()
    response = client.post(url, {**base, "version": 2, "A1-value": "not_rated"}, HTTP_HX_REQUEST="true")
    assert "Not saved" in response.content.decode()
    response = client.post(url, {**base, "version": 1}, HTTP_HX_REQUEST="true")  # a stale tab
    assert "Not saved" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.version == 2


def test_return_and_addendum_forms_on_the_assessment_page(alice, assessor, second, login, audit_context):
    assessment = submitted(alice, assessor)
    client = login(second)
    response = client.post(reverse("assessments:return", args=[assessment.pk]), {"comments": ""})
    assert response.status_code == 200 and "govuk-error-summary" in response.content.decode()
    response = client.post(reverse("assessments:return", args=[assessment.pk]), {"comments": "Check A2."})
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.RETURNED
    response = login(assessor).post(reverse("assessments:add_addendum", args=[assessment.pk]), {"text": "x"})
    assert "addenda are for submitted assessments" in response.content.decode()  # a returned one is a draft
    assert not assessment.addenda.exists()


def test_assessment_lists_are_on_the_record(alice, assessor, second, login, audit_context):
    from reintegra.core.models import AuditEvent

    assessment = actions.countersign(second, submitted(alice, assessor))
    login(alice.governor).get(reverse("assessments:due"))
    event = AuditEvent.objects.filter(action=people_audit.PERSON_SEARCH).latest("seq")
    assert event.changes["filters"] == {"assessments": "due"}
    assert event.changes["shown"] in ([], [assessment.person_id])
