"""Decisions under the rule of law: reasons and legal basis, the evidence rule, decision levels, review
clocks and reminders, maximum durations, the juvenile and pregnancy rule, separation safeguards, the
person heard, tenancy and optimistic locking."""

from datetime import timedelta

import pdfcheck
import pytest
from decisions_setup import EVIDENCE, TODAY, Rules, proposal, separated
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from reintegra.core.access import ActionError, StaleEdit
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.decisions import actions, queries, rules
from reintegra.decisions.models import Decision, DecisionSettings, Reminder
from reintegra.decisions.tasks import send_review_reminders
from reintegra.people.models import Sex


def test_no_decision_without_reasons_or_a_valid_legal_basis(alice, ruled, officer):
    person = alice.person()
    with pytest.raises(ActionError, match="reasons in words"):
        proposal(officer, person, ruled.separation, legal_basis=ruled.basis, reasons=" ")
    with pytest.raises(ActionError, match="legal basis"):
        proposal(officer, person, ruled.separation)
    with pytest.raises(ActionError, match="not in force"):
        proposal(officer, person, ruled.separation, legal_basis=ruled.repealed)
    with pytest.raises(ActionError, match="less restrictive alternatives"):
        proposal(officer, person, ruled.separation, legal_basis=ruled.basis, alternatives="")
    assert not Decision.objects.exists()


def test_an_assessment_is_never_the_only_ground(alice, ruled, officer, tiny_rating):
    person = alice.person()
    assessment = tiny_rating(person).assessment
    only = [{"kind": "assessment", "assessment": assessment, "description": "High concern judgement."}]
    with pytest.raises(ActionError, match="never be its only ground"):
        proposal(officer, person, ruled.separation, evidence=only, legal_basis=ruled.basis)
    with pytest.raises(ActionError, match="evidence"):
        proposal(officer, person, ruled.separation, evidence=[], legal_basis=ruled.basis)
    decision = proposal(officer, person, ruled.separation, evidence=only + EVIDENCE, legal_basis=ruled.basis)
    assert sorted(e.kind for e in decision.evidence.all()) == ["assessment", "incident"]


def test_decision_levels(alice, ruled, officer):
    person = alice.person()
    with pytest.raises(PermissionDenied):  # a frontline officer cannot propose
        proposal(alice.member(Role.FRONTLINE_OFFICER), person, ruled.separation, legal_basis=ruled.basis)
    decision = proposal(alice.governor, person, ruled.separation, legal_basis=ruled.basis)
    with pytest.raises(ActionError, match="does not decide it"):
        actions.decide(alice.governor, decision, decision.version, outcome="confirm")
    with pytest.raises(PermissionDenied):
        actions.decide(officer, decision, decision.version, outcome="confirm")
    ruled.classification.decide_roles = ["governor"]
    ruled.classification.save()
    high = proposal(officer, person, ruled.classification, legal_basis=ruled.basis, classification="B")
    with pytest.raises(ActionError, match="highest level"):
        actions.decide(alice.governor, high, high.version, outcome="confirm")
    decided = actions.decide(ruled.director, high, high.version, outcome="confirm")
    assert (decided.status, decided.decided_level) == (Decision.Status.DECIDED, "headquarters")


def test_return_revise_and_decide_with_optimistic_locking(alice, ruled, officer):
    decision = proposal(officer, alice.person(), ruled.contact, legal_basis=ruled.basis)
    stale = decision.version
    returned = actions.decide(alice.governor, decision, stale, outcome="return", note="Name the incident report.")
    with pytest.raises(StaleEdit):
        actions.decide(alice.governor, decision, stale, outcome="confirm")
    with pytest.raises(ActionError, match="Only the proposer"):
        actions.resubmit(alice.member(Role.CASE_MANAGER), returned, returned.version, {})
    revised = actions.resubmit(officer, returned, returned.version, {"reasons": "Incident INC-7 of 3 May."})
    decided = actions.decide(alice.governor, revised, revised.version, outcome="confirm")
    assert decided.status == Decision.Status.DECIDED and decided.reasons == "Incident INC-7 of 3 May."
    kinds = list(AuditEvent.objects.filter(object_id=str(decision.pk), action__startswith="decisions.")
                 .values_list("action", flat=True))
    assert kinds.count("decisions.decision.decide") == 2


def test_review_clock_and_daily_reminders(alice, ruled, officer):
    alice.governor.user.email = "governor@example.org"
    alice.governor.user.preferred_language = "en"  # otherwise the service's language
    alice.governor.user.save()
    decision = separated(ruled, officer, alice.person(), alice.governor)
    assert decision.review_due == TODAY + timedelta(days=7)  # the type's interval
    with pytest.raises(ActionError, match="at the latest"):
        proposal(officer, alice.person(family="Other"), ruled.separation, legal_basis=ruled.basis,
                 review_due=TODAY + timedelta(days=8))
    in_nine_days = (TODAY + timedelta(days=9)).isoformat()
    assert send_review_reminders.call(on=in_nine_days) == 1
    assert send_review_reminders.call(on=in_nine_days) == 0  # once a day
    assert Reminder.objects.get().overdue
    assert len(mail.outbox) == 1 and "1 review is overdue" in mail.outbox[0].body
    assert "Петровић" not in mail.outbox[0].body  # no names leave the node
    board = queries.dashboard(alice.governor, today=TODAY + timedelta(days=9))
    assert [d.pk for d in board["overdue"]] == [decision.pk]
    with pytest.raises(ActionError, match="at most 7 days"):
        actions.review(ruled.director, decision, decision.version, reviewed_on=TODAY, outcome="continue",
                       reasons="Still a risk.", next_review_due=TODAY + timedelta(days=8), person_heard="declined")
    actions.review(ruled.director, decision, decision.version, reviewed_on=TODAY, outcome="continue",
                   reasons="Still a risk.", next_review_due=TODAY + timedelta(days=5), person_heard="declined")
    decision.refresh_from_db()
    assert (decision.status, decision.review_due) == (Decision.Status.UNDER_REVIEW, TODAY + timedelta(days=5))


def test_maximum_duration_cannot_be_passed_without_a_new_decision_at_the_required_level(alice, ruled, officer):
    person = alice.person()
    with pytest.raises(ActionError, match="maximum duration of 30 days"):
        proposal(officer, person, ruled.separation, legal_basis=ruled.basis, ends_on=TODAY + timedelta(days=30))
    first = separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=29),
                      ends_on=TODAY, review_due=TODAY - timedelta(days=25))
    with pytest.raises(ActionError, match="reached its maximum duration"):
        actions.review(ruled.director, first, first.version, reviewed_on=TODAY, outcome="continue",
                       reasons="Still a risk.", next_review_due=TODAY + timedelta(days=3), person_heard="declined")
    assert queries.dashboard(alice.governor)["beyond_maximum"] == []  # day 30 of 30
    with pytest.raises(ActionError, match="statutory maximum of 30"):  # the basis allows no extension
        proposal(officer, person, ruled.separation, legal_basis=ruled.basis, extends=first,
                 starts_on=TODAY, ends_on=TODAY + timedelta(days=10))
    extension = proposal(officer, person, ruled.separation, legal_basis=ruled.exceptional, extends=first,
                         starts_on=TODAY, ends_on=TODAY + timedelta(days=10))
    with pytest.raises(ActionError, match="highest level"):
        actions.decide(alice.governor, extension, extension.version, outcome="confirm")
    extended = actions.decide(ruled.director, extension, extension.version, outcome="confirm")
    first.refresh_from_db()
    assert first.status == Decision.Status.ENDED and rules.days_in_force(extended) == 30


def test_separating_a_juvenile_or_a_pregnant_woman_needs_justification_and_the_highest_level(alice, ruled, officer):
    juvenile = alice.person(family="Младић", born=TODAY - timedelta(days=16 * 365))
    with pytest.raises(ActionError, match="explicit justification"):
        proposal(officer, juvenile, ruled.separation, legal_basis=ruled.basis)
    decision = proposal(officer, juvenile, ruled.separation, legal_basis=ruled.basis,
                        vulnerability_justification="Imminent risk to his own life; no other way.")
    with pytest.raises(ActionError, match="highest level"):
        actions.decide(alice.governor, decision, decision.version, outcome="confirm")
    actions.decide(ruled.director, decision, decision.version, outcome="confirm")
    DecisionSettings.objects.create(service=alice.service, juvenile_age=21)  # a service's own age rule
    young_adult = alice.person(family="Млади", born=TODAY - timedelta(days=20 * 365))
    with pytest.raises(ActionError, match="explicit justification"):
        proposal(officer, young_adult, ruled.separation, legal_basis=ruled.basis)
    man = alice.person(family="Other")
    with pytest.raises(ActionError, match="Only a woman"):
        proposal(officer, man, ruled.separation, legal_basis=ruled.basis, pregnant_or_nursing=True,
                 vulnerability_justification="x")
    woman = alice.person(family="Ђурић", given="Јелена", sex=Sex.FEMALE)
    with pytest.raises(ActionError, match="explicit justification"):
        proposal(officer, woman, ruled.separation, legal_basis=ruled.basis, pregnant_or_nursing=True)


def test_separation_days_flags_and_the_daily_log(alice, ruled, officer):
    DecisionSettings.objects.create(service=alice.service, separation_max_days=20)
    decision = separated(ruled, officer, alice.person(), ruled.director, starts_on=TODAY - timedelta(days=16),
                         ends_on=TODAY + timedelta(days=5), review_due=TODAY - timedelta(days=9),
                         legal_basis=ruled.exceptional)  # 22 days: past the maximum of 20, as the law allows
    assert rules.separation_flags(decision) == (17, True, False)
    assert rules.separation_flags(decision, TODAY + timedelta(days=4)) == (21, True, True)
    frontline = alice.member(Role.FRONTLINE_OFFICER)
    actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=2, contact_with="Psychologist",
                               medical_visit=True, medical_by="Dr. N.")
    with pytest.raises(ActionError, match="nothing was overwritten"):
        actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=3, contact_with="x",
                                   medical_visit=False, medical_by="")
    with pytest.raises(ActionError, match="with whom"):
        actions.log_separation_day(frontline, decision, day=TODAY - timedelta(days=1), contact_hours=1,
                                   contact_with="", medical_visit=False, medical_by="")
    with pytest.raises(ActionError, match="within the separation"):
        actions.log_separation_day(frontline, decision, day=TODAY - timedelta(days=20), contact_hours=0,
                                   contact_with="", medical_visit=False, medical_by="")
    row = queries.dashboard(alice.governor)["separations"][0]
    assert (row.days, row.days_without_contact, row.days_without_medical, row.past_mandela) == (17, 16, 16, True)
    assert [d.pk for d in queries.dashboard(alice.member(Role.OVERSIGHT))["long_separations"]] == [decision.pk]


def test_allocation_moves_the_person_and_lifting_ends_a_measure(alice, ruled, officer):
    person = alice.person()
    allocation = proposal(alice.member(Role.CASE_MANAGER), person, ruled.allocation, legal_basis=ruled.basis,
                          placement=alice.prison2, ends_on=None)
    actions.decide(alice.governor, allocation, allocation.version, outcome="confirm")
    person.refresh_from_db()
    assert person.current_episode.establishment == alice.prison2
    move = person.current_episode.transfers.get()  # recorded as a transfer, as if done by hand
    assert (move.to_placement, move.reason) == (alice.prison2, ruled.allocation.name)
    measure = separated(ruled, officer, alice.person(family="Other"), alice.governor)
    lifting = proposal(officer, measure.person, ruled.lifting, legal_basis=ruled.basis, lifts=measure, ends_on=None)
    actions.decide(alice.governor, lifting, lifting.version, outcome="confirm")
    measure.refresh_from_db()
    assert measure.status == Decision.Status.ENDED and measure.ended_on == TODAY


def test_release_ends_the_measures_in_force(alice, ruled, officer):
    from reintegra.people import actions as people_actions

    decision = separated(ruled, officer, alice.person(), alice.governor)
    people_actions.release(alice.governor, decision.episode, released_on=TODAY)
    decision.refresh_from_db()
    assert (decision.status, decision.ended_on, decision.review_due) == (Decision.Status.ENDED, TODAY, None)


def test_the_decision_maker_may_change_the_proposal_but_never_silently(alice, ruled, officer, login):
    decision = proposal(officer, alice.person(), ruled.contact, legal_basis=ruled.basis)
    client = login(alice.governor)
    form = {"version": decision.version, "legal_basis": ruled.basis.pk, "reasons": decision.reasons,
            "proportionality": decision.proportionality, "alternatives": decision.alternatives,
            "starts_on": TODAY.isoformat(), "ends_on": (TODAY + timedelta(days=7)).isoformat(),
            "review_due": decision.review_due.isoformat(), "note": ""}
    response = client.post(reverse("decisions:decide", args=[decision.pk]), {**form, "outcome": "confirm"})
    assert response.status_code == 200 and "You changed the proposal" in response.content.decode()
    response = client.post(reverse("decisions:decide", args=[decision.pk]), {**form, "outcome": "change"})
    decision.refresh_from_db()
    assert response.status_code == 302 and decision.ends_on == TODAY + timedelta(days=7)
    event = AuditEvent.objects.filter(action="decisions.decision.decide").first()
    assert event.changes["outcome"] == "change" and "ends_on" in event.changes


def test_the_person_heard_and_appeals(alice, ruled, officer):
    decision = separated(ruled, officer, alice.person(), alice.governor)
    with pytest.raises(ActionError, match="why a copy was withheld"):
        actions.record_hearing(officer, decision, decision.version, hearing="heard", heard_on=TODAY,
                               informed_on=TODAY, representations="Nisam ja počeo.", copy_given=False)
    heard = actions.record_hearing(officer, decision, decision.version, hearing="heard", heard_on=TODAY,
                                   informed_on=TODAY, representations="Nisam ja počeo.", interpreter_used=True,
                                   copy_given=True)
    appeal = actions.record_appeal(officer, heard, lodged_on=TODAY, body="Sudija za izvršenje")
    with pytest.raises(ActionError, match="date of the outcome"):
        actions.record_appeal(officer, heard, appeal=appeal, lodged_on=TODAY, body="Sudija za izvršenje",
                              outcome="dismissed")
    actions.record_appeal(officer, heard, appeal=appeal, lodged_on=TODAY, body="Sudija za izvršenje",
                          outcome="dismissed", outcome_on=TODAY)
    with pytest.raises(ActionError, match="already recorded"):
        actions.record_appeal(officer, heard, appeal=appeal, lodged_on=TODAY, body="x", outcome="upheld",
                              outcome_on=TODAY)


def test_pages_tenancy_and_oversight(alice, bob, ruled, officer, login):
    ours = separated(ruled, officer, alice.person(), alice.governor)
    with bob.acting():
        theirs = separated(Rules(bob), bob.member(Role.SECURITY_OFFICER), bob.person(family="Бобић"), bob.governor)
    client = login(alice.governor)
    for name in ("decisions:detail", "decisions:decide", "decisions:review", "decisions:notice"):
        assert client.get(reverse(name, args=[theirs.pk])).status_code == 404, name
    assert client.get(reverse("decisions:detail", args=[ours.pk])).status_code == 200
    oversight = login(alice.member(Role.OVERSIGHT))
    assert oversight.get(reverse("decisions:detail", args=[ours.pk])).status_code == 200
    assert oversight.get(reverse("decisions:review", args=[ours.pk])).status_code == 403
    page = oversight.get(reverse("decisions:dashboard")).content.decode()
    assert "Separations in force" in page and ours.person.family_name in page
    assert theirs.person.family_name not in page
    assert oversight.get("/").url == reverse("decisions:dashboard")
    person_page = client.get(reverse("people:detail", args=[ours.person_id])).content.decode()
    assert "Separation" in person_page and str(ruled.basis) in person_page
    assessor = login(alice.member(Role.ASSESSOR))  # no decisions in this role: refused, as other pages
    assert assessor.get(reverse("decisions:detail", args=[ours.pk])).status_code == 403


def test_propose_and_decide_through_the_pages(alice, ruled, officer, login):
    person = alice.person()
    client = login(officer)
    assert ruled.separation.name in client.get(reverse("decisions:propose", args=[person.pk])).content.decode()
    url = reverse("decisions:propose", args=[person.pk]) + f"?type={ruled.contact.pk}"
    response = client.post(url, {
        "legal_basis": ruled.basis.pk, "reasons": "Threats by phone.", "proportionality": "Only calls to him.",
        "alternatives": "Monitoring was considered.", "starts_on": TODAY.isoformat(),
        "ends_on": (TODAY + timedelta(days=30)).isoformat(), "evidence_1_kind": "document",
        "evidence_1_description": "Complaint of the victim.", "evidence_1_reference": "DOC-1"})
    assert response.status_code == 302
    decision = Decision.objects.get(person=person)
    unheard = login(alice.governor).post(reverse("decisions:decide", args=[decision.pk]), {
        "legal_basis": ruled.basis.pk, "reasons": decision.reasons, "proportionality": decision.proportionality,
        "alternatives": decision.alternatives, "starts_on": TODAY.isoformat(), "ends_on": decision.ends_on.isoformat(),
        "review_due": decision.review_due.isoformat(), "version": decision.version, "outcome": "confirm", "note": ""})
    assert unheard.status_code == 200 and "only after the person was heard" in unheard.content.decode()
    heard = client.post(reverse("decisions:hearing", args=[decision.pk]), {
        "version": decision.version, "hearing": "heard", "heard_on": TODAY.isoformat(),
        "representations": "Nisam pretio nikome.", "copy_given": ""})
    assert heard.status_code == 302
    decision.refresh_from_db()
    content = {"legal_basis": ruled.basis.pk, "reasons": decision.reasons, "proportionality": decision.proportionality,
               "alternatives": decision.alternatives, "starts_on": TODAY.isoformat(),
               "ends_on": decision.ends_on.isoformat(), "review_due": decision.review_due.isoformat()}
    response = login(alice.governor).post(reverse("decisions:decide", args=[decision.pk]),
                                          {**content, "version": decision.version, "outcome": "confirm", "note": ""})
    decision.refresh_from_db()
    assert response.status_code == 302 and decision.status == Decision.Status.DECIDED
    stale = login(alice.governor).post(reverse("decisions:decide", args=[decision.pk]),
                                       {**content, "version": 1, "outcome": "confirm", "note": ""})
    assert stale.status_code == 200 and "Someone else saved this record" in stale.content.decode()


def test_decision_notice_pdf_in_the_persons_language(alice, ruled, officer, login):
    reasons = "Kërcënime me telefon ndaj dëshmitarit; veçimi e mbron atë."  # Albanian: ë and ç
    decision = separated(ruled, officer, alice.person(), alice.governor, reasons=reasons)
    DecisionSettings.objects.create(service=alice.service, appeal_body="Виши суд у Београду", appeal_days=8)
    response = login(alice.governor).get(reverse("decisions:notice_pdf", args=[decision.pk]) + "?lang=sr")
    assert response["Content-Type"] == "application/pdf"
    text = pdfcheck.text(response.content)
    assert "Петровић" in text and "Виши суд у Београду" in text and "чл. 145" in text and reasons in text
    fonts = pdfcheck.embedded_fonts(response.content)  # the app's Noto Sans, on a server without it
    assert {"Doc-Noto-Sans-Cyrillic", "Doc-Noto-Sans-Latin", "Doc-Noto-Sans-Latin-Bold"} <= fonts, fonts
    assert not pdfcheck.foreign_fonts(response.content), fonts
    assert decision.review_due.strftime("%Y") in text
    assert AuditEvent.objects.filter(action="decisions.decision.notice", person_id=decision.person_id).exists()


def test_dashboard_query_count_is_constant(alice, ruled, officer, login):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("decisions:dashboard")).status_code == 200
        return len(captured)

    def grow(n):
        for i in range(n):
            person = alice.person(family=f"P{i}{Decision.objects.count()}")
            separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=20),
                      ends_on=TODAY + timedelta(days=5), review_due=TODAY - timedelta(days=13))
            proposal(officer, person, ruled.contact, legal_basis=ruled.basis)

    client = login(alice.governor)
    grow(1)
    small = count()
    grow(4)
    assert small == count() == 17  # + the spans of the separated persons (counted per person), appeals pending


def test_the_reminder_command_queues_or_sends(alice, ruled, officer, outside_scope):
    from io import StringIO

    from django.core.management import call_command

    separated(ruled, officer, alice.person(), alice.governor, starts_on=TODAY - timedelta(days=10),
              review_due=TODAY - timedelta(days=3))
    out = StringIO()
    outside_scope(call_command, "decisions", "remind", "--now", stdout=out)
    assert out.getvalue().strip() == "1 reminders written."
    outside_scope(call_command, "decisions", "remind", stdout=out)  # queued: run at once by the tests' backend, nothing new
    assert "Queued:" in out.getvalue() and Reminder.objects.count() == 1
    assert AuditEvent.objects.filter(action="decisions.reminders.send").count() == 1


def test_a_separation_on_its_sixteenth_day_is_a_long_one(alice, ruled, officer):
    decision = separated(ruled, officer, alice.person(), alice.governor, starts_on=TODAY - timedelta(days=15),
                         ends_on=TODAY + timedelta(days=5), review_due=TODAY - timedelta(days=8))
    assert rules.days_in_force(decision) == 16
    assert [d.pk for d in queries.dashboard(alice.governor)["long_separations"]] == [decision.pk]
    short = separated(ruled, officer, alice.person(family="Other"), alice.governor,
                      starts_on=TODAY - timedelta(days=14), review_due=TODAY - timedelta(days=7))
    assert short.pk not in [d.pk for d in queries.dashboard(alice.governor)["long_separations"]]
