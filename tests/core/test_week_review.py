"""The week review: bulk performed, hours, cancellations, warnings, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.models import Prestation, UserNumber
from inharmony_desktop.core.services import prestations, week_review
from inharmony_desktop.core.services.absences import AbsenceInput, create_absence
from inharmony_desktop.core.services.generation import apply_generation, plan_generation
from inharmony_desktop.core.services.week_review import ReviewChanges
from tests.core.schedule_world import make_world, weekly

D = dt.date
MONDAY = D(2026, 9, 7)


@pytest.fixture
def week(db):
    world = make_world()
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1), start="09:00", hours=3)
    weekly(world.anna, world.un_janssens, 0, D(2026, 1, 1), start="11:00", hours=2)
    weekly(world.bart, world.un_paper, 2, D(2026, 1, 1), start="13:00", hours=4)
    apply_generation(plan_generation(MONDAY, MONDAY + dt.timedelta(days=6)))
    return world


def _status(pid: int) -> str:
    return Prestation.get_by_id(pid).status


def test_rows_are_grouped_by_helper_and_carry_their_warnings(week):
    rows, warnings = week_review.week_rows(D(2026, 9, 10))  # any day of the week
    assert [(r.helper_name, r.start_time) for r in rows] == [
        ("Anna Claes", "09:00"), ("Anna Claes", "11:00"), ("Bart Wouters", "13:00")]
    assert [r.helper_id for r in rows] == [week.anna, week.anna, week.bart]
    assert any("dubbel geboekt" in w for w in rows[0].warnings)
    assert any("dubbel geboekt" in w for w in rows[1].warnings)
    assert any(w.kind == "wallet_short" for w in warnings)
    assert not rows[2].warnings  # paper: no wallet needed, no overlap


def test_all_but_the_unticked_are_marked_performed_in_one_go(week):
    rows, _ = week_review.week_rows(MONDAY)
    unticked = rows[1].id
    before = week_review.apply_review(ReviewChanges(
        performed=[r.id for r in rows if r.id != unticked]))
    assert [_status(r.id) for r in rows] == ["performed", "planned", "performed"]
    prestations.restore(before)  # what the undo command does
    assert [_status(r.id) for r in rows] == ["planned"] * 3


def test_hours_change_and_cancellation_with_reason(week):
    rows, _ = week_review.week_rows(MONDAY)
    week_review.apply_review(ReviewChanges(
        performed=[rows[0].id, rows[2].id], hours={rows[2].id: 3},
        cancelled={rows[1].id: "klant ziek"}))
    cancelled = Prestation.get_by_id(rows[1].id)
    assert (cancelled.status, cancelled.note) == ("cancelled", "Geannuleerd: klant ziek")
    changed = Prestation.get_by_id(rows[2].id)
    assert (changed.status, changed.hours, changed.paper, changed.electronic) == (
        "performed", 3, 3, 0)
    assert week_review.week_rows(MONDAY)[0] == []


def test_a_cancellation_without_reason_changes_nothing(week):
    rows, _ = week_review.week_rows(MONDAY)
    with pytest.raises(ValidationError, match="reden"):
        week_review.apply_review(ReviewChanges(performed=[rows[0].id],
                                               cancelled={rows[1].id: "  "}))
    with pytest.raises(ValidationError, match="tussen 1 en 12"):
        week_review.apply_review(ReviewChanges(performed=[rows[0].id], hours={rows[1].id: 13}))
    assert [_status(r.id) for r in rows] == ["planned"] * 3


def test_warnings_for_customer_absence_and_inactive_user_number(week):
    world = week
    create_absence(AbsenceInput(from_date=MONDAY, to_date=MONDAY, customer_id=world.janssens))
    UserNumber.update(active=False).where(UserNumber.id == world.un_paper).execute()
    rows, warnings = week_review.week_rows(MONDAY)
    kinds = {w.kind for w in warnings}
    assert {"customer_absent", "user_number_inactive", "double_booked", "wallet_short"} <= kinds
    assert any("afwezig" in w for w in rows[1].warnings)
    assert any("niet actief" in w for w in rows[2].warnings)
