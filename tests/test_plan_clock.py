"""The review clocks as pure rules (plans.clock, and the small ones of assessments and decisions).

No database: the actions and the bench generator both call these functions, so they are tested on
plain dates and the services' default settings.
"""

from datetime import date, timedelta

import pytest

from reintegra.assessments import clock as assessment_clock
from reintegra.decisions import clock as decision_clock
from reintegra.plans import clock
from reintegra.plans.models import DueKind, PlanSettings, PlanVersion

K = PlanVersion.Kind
DAY = date(2025, 3, 1)


@pytest.fixture
def settings_():
    """The defaults: first version within 28 days, reviews every 182 (91 for the specific groups),
    14 days after an event, the pre-release review 90 days before the release."""
    return PlanSettings()


def days(n):
    return timedelta(days=n)


def test_the_first_version_is_due_within_the_initial_days(settings_):
    assert clock.initial_due(settings_, DAY) == DAY + days(28)


def test_the_specific_groups_are_reviewed_more_often(settings_):
    assert clock.review_interval(settings_, in_group=False) == 182
    assert clock.review_interval(settings_, in_group=True) == 91
    assert clock.next_review(settings_, K.REVIEW, DAY, expected_release=None, in_group=True) \
        == (DAY + days(91), DueKind.REVIEW)


@pytest.mark.parametrize("kind", [K.INITIAL, K.REVIEW, K.TRANSFER])
def test_without_a_release_date_the_interval_applies(settings_, kind):
    assert clock.next_review(settings_, kind, DAY, expected_release=None, in_group=False) \
        == (DAY + days(182), DueKind.REVIEW)


def test_a_release_far_away_leaves_the_interval(settings_):
    release = DAY + days(182 + 90 + 1)
    assert clock.next_review(settings_, K.REVIEW, DAY, expected_release=release, in_group=False) \
        == (DAY + days(182), DueKind.REVIEW)


def test_the_pre_release_review_comes_before_the_interval(settings_):
    release = DAY + days(200)
    assert clock.pre_release_from(settings_, release) == DAY + days(110)
    assert clock.next_review(settings_, K.REVIEW, DAY, expected_release=release, in_group=False) \
        == (DAY + days(110), DueKind.PRE_RELEASE)


def test_a_pre_release_review_already_due_gets_the_event_days(settings_):
    release = DAY + days(30)  # its pre-release day is past: due within the event days, not today
    assert clock.next_review(settings_, K.INITIAL, DAY, expected_release=release, in_group=False) \
        == (DAY + days(14), DueKind.PRE_RELEASE)


def test_after_the_pre_release_version_the_release_closes_the_plan(settings_):
    release = DAY + days(60)
    assert clock.next_review(settings_, K.PRE_RELEASE, DAY, expected_release=release, in_group=False) \
        == (release, DueKind.CLOSURE)
    later = DAY + days(400)
    assert clock.next_review(settings_, K.PRE_RELEASE, DAY, expected_release=later, in_group=False) \
        == (DAY + days(182), DueKind.REVIEW)


def test_a_closed_plan_has_no_next_review(settings_):
    assert clock.next_review(settings_, K.CLOSURE, DAY, expected_release=DAY, in_group=False) \
        == (None, DueKind.REVIEW)


def test_an_event_brings_the_review_forward(settings_):
    assert clock.brought_forward(settings_, DAY + days(100), DueKind.TRANSFER, DAY) == DAY + days(14)
    assert clock.brought_forward(settings_, None, DueKind.ASSESSMENT, DAY) == DAY + days(14)


def test_an_event_never_puts_the_review_back(settings_):
    assert clock.brought_forward(settings_, DAY + days(5), DueKind.TRANSFER, DAY) is None
    assert clock.brought_forward(settings_, DAY + days(14), DueKind.ASSESSMENT, DAY) is None


def test_the_release_always_sets_the_closure_on_its_day(settings_):
    release = DAY + days(40)
    assert clock.brought_forward(settings_, DAY + days(5), DueKind.CLOSURE, release, on=release) == release
    assert clock.brought_forward(settings_, None, DueKind.CLOSURE, release, on=release) == release


def test_an_assessment_is_reviewed_within_its_instruments_interval():
    assert assessment_clock.review_due(DAY, 180) == DAY + days(180)


def test_a_measure_is_reviewed_within_its_interval_and_by_its_end():
    assert decision_clock.latest_review(DAY, 7) == DAY + days(7)
    assert decision_clock.latest_review(DAY, None) is None  # a type without reviews
    assert decision_clock.within_end(DAY + days(7), DAY + days(3)) == DAY + days(3)
    assert decision_clock.within_end(DAY + days(7), DAY + days(30)) == DAY + days(7)
    assert decision_clock.within_end(DAY + days(7), None) == DAY + days(7)
