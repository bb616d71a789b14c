"""Separation safeguards that hold when someone tries to get round them (Mandela Rules 43–46, EPR 53A).

Each test failed on the code before issue 10: the count restarted with each decision, separations could
overlap, any logged minute was "contact", visits by the governor and objections of health-care staff had
no place, and the statutory maximum was only a flag.
"""

from datetime import timedelta

import pytest
from decisions_setup import TODAY, ended, separated

from reintegra.core.access import ActionError
from reintegra.core.models import AuditEvent
from reintegra.core.roles import Role
from reintegra.decisions import actions, queries, rules
from reintegra.decisions.models import Decision, DecisionSettings


def test_ending_and_imposing_again_does_not_restart_the_count(alice, ruled, officer):
    person = alice.person()
    first = separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=20),
                      ends_on=TODAY - timedelta(days=6), review_due=TODAY - timedelta(days=14))
    ended(first, ruled.director, TODAY - timedelta(days=6))
    second = separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=5),
                       ends_on=TODAY + timedelta(days=5), review_due=TODAY + timedelta(days=1))
    assert rules.separation_flags(second) == (21, True, False)  # was (6, False, False)
    row = queries.dashboard(alice.governor)["separations"][0]
    assert (row.pk, row.days, row.past_mandela) == (second.pk, 21, True)
    long = queries.dashboard(alice.member(Role.OVERSIGHT))["long_separations"]
    assert [(d.pk, d.days, d.decisions_in_stretch) for d in long] == [(second.pk, 21, 2)]


def test_a_free_day_between_separations_counts_as_the_service_says(alice, ruled, officer):
    person = alice.person()
    first = separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=20),
                      ends_on=TODAY - timedelta(days=6), review_due=TODAY - timedelta(days=14))
    ended(first, ruled.director, TODAY - timedelta(days=6))
    second = separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=4),
                       ends_on=TODAY + timedelta(days=5), review_due=TODAY + timedelta(days=1))
    assert rules.separation_flags(second)[0] == 5  # one free day: a new stretch by default
    DecisionSettings.objects.create(service=alice.service, separation_gap_days=2)
    assert rules.separation_flags(second)[0] == 21  # the service joins gaps of one day


def test_two_separations_of_a_person_never_overlap(alice, ruled, officer):
    person = alice.person()
    separated(ruled, officer, person, alice.governor, starts_on=TODAY - timedelta(days=3),
              ends_on=TODAY + timedelta(days=10), review_due=TODAY + timedelta(days=3))
    with pytest.raises(ActionError, match="already separated"):
        separated(ruled, officer, person, alice.governor, starts_on=TODAY + timedelta(days=2),
                  ends_on=TODAY + timedelta(days=8), review_due=TODAY + timedelta(days=4))
    assert Decision.objects.filter(person=person).count() == 1


def test_less_than_the_minimum_of_contact_is_a_day_without_contact(alice, ruled, officer):
    decision = separated(ruled, officer, alice.person(), alice.governor, starts_on=TODAY - timedelta(days=1),
                         ends_on=TODAY + timedelta(days=5), review_due=TODAY + timedelta(days=3))
    frontline = alice.member(Role.FRONTLINE_OFFICER)
    actions.log_separation_day(frontline, decision, day=TODAY - timedelta(days=1), contact_hours=1.5,
                               contact_with="Officer on the wing", medical_visit=True, medical_by="Nurse K.")
    actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=2, contact_with="Psychologist",
                               medical_visit=True, medical_by="Nurse K.", governor_visit=True,
                               governor_visit_by="Deputy governor P.")
    row = queries.dashboard(alice.governor)["separations"][0]
    assert (row.days_without_contact, row.days_without_medical, row.days_without_governor) == (1, 0, 1)


def test_the_governors_visit_is_named_and_a_health_objection_puts_the_measure_under_review(alice, ruled, officer,
                                                                                       login):
    decision = separated(ruled, officer, alice.person(), alice.governor, starts_on=TODAY - timedelta(days=2),
                         ends_on=TODAY + timedelta(days=5), review_due=TODAY + timedelta(days=3))
    frontline = alice.member(Role.FRONTLINE_OFFICER)
    with pytest.raises(ActionError, match="visited for the governor"):
        actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=3, contact_with="Imam",
                                   medical_visit=False, medical_by="", governor_visit=True)
    actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=3, contact_with="Imam",
                               medical_visit=True, medical_by="Dr. N.",
                               health_objection="Signs of acute distress; separation must not continue.")
    decision.refresh_from_db()
    assert decision.status == Decision.Status.UNDER_REVIEW and decision.review_due == TODAY
    assert AuditEvent.objects.filter(action="decisions.decision.under_review", object_id=str(decision.pk)).exists()
    assert decision in queries.dashboard(alice.governor)["overdue"] + queries.dashboard(alice.governor)["due_soon"]
    page = login(alice.governor).get(f"/decisions/{decision.pk}/").content.decode()
    assert "Signs of acute distress" in page


def test_the_statutory_maximum_is_a_stop(alice, ruled, officer):
    DecisionSettings.objects.create(service=alice.service, separation_max_days=20)
    person = alice.person()
    with pytest.raises(ActionError, match="statutory maximum of 20"):  # headquarters included
        separated(ruled, officer, person, ruled.director, starts_on=TODAY - timedelta(days=10),
                  ends_on=TODAY + timedelta(days=14), review_due=TODAY - timedelta(days=3))
    long = separated(ruled, officer, person, ruled.director, starts_on=TODAY - timedelta(days=20),
                     ends_on=TODAY + timedelta(days=4), review_due=TODAY - timedelta(days=13),
                     legal_basis=ruled.exceptional)
    with pytest.raises(ActionError, match="cannot continue the separation"):
        actions.review(alice.governor, long, long.version, reviewed_on=TODAY, outcome="continue",
                       reasons="Still a risk.", next_review_due=TODAY + timedelta(days=2), person_heard="declined")


def test_a_separation_left_in_force_past_its_end_keeps_counting(alice, ruled, officer):
    decision = separated(ruled, officer, alice.person(), alice.governor, starts_on=TODAY - timedelta(days=20),
                         ends_on=TODAY - timedelta(days=3), review_due=TODAY - timedelta(days=13))
    assert decision.in_force
    assert rules.separation_flags(decision) == (21, True, False)  # was 0: the days past the end went uncounted
    frontline = alice.member(Role.FRONTLINE_OFFICER)
    actions.log_separation_day(frontline, decision, day=TODAY, contact_hours=3, contact_with="Imam",
                               medical_visit=True, medical_by="Dr. N.", health_objection="Must end now.")
    decision.refresh_from_db()
    assert decision.review_due == TODAY - timedelta(days=13)  # an overdue review stays overdue
