"""The generation review list and the week review dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services.absences import AbsenceInput, create_absence
from inharmony_desktop.core.services.generation import apply_generation, plan_generation
from inharmony_desktop.ui.dialogs.generate import GenerateDialog, period_of
from inharmony_desktop.ui.dialogs.week_review import COL_DONE, COL_STATE, WeekReviewDialog
from inharmony_desktop.ui.workers import wait_for_all
from tests.core.schedule_world import make_world, weekly

D = dt.date


@pytest.fixture(autouse=True)
def plans_finished():
    """No plan computed off the GUI thread may outlive its test (and its database)."""
    yield
    wait_for_all()
TODAY = D(2026, 3, 25)  # a Wednesday: next week is 30 March, next month April


@pytest.fixture
def world(db):
    world = make_world()
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))  # Mondays 08:30-11:30
    weekly(world.bart, world.un_janssens, 4, D(2026, 1, 1), start="13:00", hours=2)  # Fridays
    return world


def _opened(qtbot, kind: str) -> GenerateDialog:
    """The dialog once its plan (computed off the GUI thread) is on screen."""
    dialog = GenerateDialog(None, kind, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_shown):
        pass
    return dialog


def test_periods_are_whole_weeks_and_months():
    assert period_of("week", D(2026, 12, 31)) == (D(2026, 12, 28), D(2027, 1, 3))
    assert period_of("month", D(2027, 2, 10)) == (D(2027, 2, 1), D(2027, 2, 28))


def test_month_review_lists_what_is_created_and_why_the_rest_is_skipped(qtbot, world):
    create_absence(AbsenceInput(from_date=D(2026, 4, 20), to_date=D(2026, 4, 26),
                                helper_id=world.bart))
    dialog = _opened(qtbot, "month")
    assert dialog.period() == (D(2026, 4, 1), D(2026, 4, 30))
    # No orders in this office: both electronic wallets are short.
    assert dialog.group_texts() == [
        "Warnings (2)", "Skipped (2) — helper absent: 1, public holiday: 1", "To create (6)"]
    assert dialog.tree.topLevelItem(0).child(0).text(0).startswith(
        "Portefeuille van 1000 0000 0001 te klein: 0 elektronische cheques beschikbaar, 9 nodig")
    skipped = dialog.tree.topLevelItem(1)
    rows = [[skipped.child(i).text(c) for c in (0, 6)] for i in range(skipped.childCount())]
    assert rows[0] == ["Mon 06/04/2026", "feestdag: Paasmaandag"]
    assert rows[1][0] == "Fri 24/04/2026"
    assert rows[1][1].startswith("Bart Wouters afwezig (vakantie van 20/04/2026 tot 26/04/2026)")
    assert dialog.tree.topLevelItem(2).child(0).text(6) == "electronic"
    numbers = {skipped.child(i).text(4) for i in range(skipped.childCount())}
    assert numbers and all(len(n) == 14 and n[4] == n[9] == " " for n in numbers)  # 1234 5678 9012
    assert dialog.create_button.text() == "&Create 6 prestations"
    assert dialog.summary.text().startswith("6 prestations to create (15 hours), 2 skipped")


def test_accepting_returns_the_plan_and_changing_the_date_replans(qtbot, world):
    dialog = _opened(qtbot, "week")
    assert [p.date for p in dialog.plan.to_create] == [D(2026, 3, 30), D(2026, 4, 3)]
    with qtbot.waitSignal(dialog.plan_shown):
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(7))  # Easter week
    assert [p.date for p in dialog.plan.to_create] == [D(2026, 4, 10)]
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    assert dialog.plan.start == D(2026, 4, 6)


def test_nothing_to_create_disables_the_button(qtbot, world):
    apply_generation(plan_generation(D(2026, 3, 30), D(2026, 4, 5)))
    dialog = _opened(qtbot, "week")
    assert not dialog.create_button.isEnabled()
    assert dialog.group_texts()[1:] == ["Skipped (2) — already exists: 2", "To create (0)"]


@pytest.fixture
def planned_week(world):
    weekly(world.anna, world.un_janssens, 2, D(2026, 1, 1), start="09:00", hours=4)
    apply_generation(plan_generation(D(2026, 3, 30), D(2026, 4, 5)))
    return world


def test_week_review_ticks_everything_and_applies_all_but_the_unticked(qtbot, planned_week):
    dialog = WeekReviewDialog(None, D(2026, 4, 1), reason_asker=lambda *_: "klant ziek")
    qtbot.addWidget(dialog)
    helpers = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert helpers == ["Anna Claes — 2 prestations, 7 h", "Bart Wouters — 1 prestations, 2 h"]
    assert dialog.summary.text() == ("3 planned prestations: 3 to mark performed, 0 left planned, "
                                     "0 cancelled.")
    ids = sorted(dialog.items)
    dialog.set_ticked(ids[1], False)
    dialog.spins[ids[0]].setValue(4)
    dialog.tree.setCurrentItem(dialog.items[ids[2]])
    dialog.cancel_button.click()
    assert dialog.items[ids[2]].text(COL_STATE) == "cancelled: klant ziek"
    assert dialog.items[ids[2]].checkState(COL_DONE) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    changes = dialog.value
    assert (changes.performed, changes.hours, changes.cancelled) == (
        [ids[0]], {ids[0]: 4}, {ids[2]: "klant ziek"})


def test_unticking_a_helper_unticks_all_of_that_helpers_rows(qtbot, planned_week):
    dialog = WeekReviewDialog(None, D(2026, 3, 30))
    qtbot.addWidget(dialog)
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)  # Anna: two rows
    assert len(dialog.changes().performed) == 1
    dialog.set_all_ticked(False)
    dialog.accept()
    assert dialog.value is None  # nothing to do
    assert Prestation.select().where(Prestation.status == "planned").count() == 3


def test_a_refused_period_is_explained_and_nothing_can_be_created(qtbot, world):
    def refuse(start, end):
        from inharmony_desktop.core.errors import KnownError

        raise KnownError("Genereer hoogstens 92 dagen tegelijk.")

    dialog = GenerateDialog(None, "week", today=TODAY, planner=refuse)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_shown):
        pass
    assert dialog.summary.text() == "Genereer hoogstens 92 dagen tegelijk."
    assert not dialog.create_button.isEnabled()


def test_the_window_stays_responsive_while_the_plan_is_computed(qtbot, world):
    import threading

    release = threading.Event()

    def slow(start, end):
        release.wait(5)
        return plan_generation(start, end)

    dialog = GenerateDialog(None, "week", today=TODAY, planner=slow)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Computing what will be created…"
    assert not dialog.create_button.isEnabled()
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(7))  # the first answer is stale
    with qtbot.waitSignal(dialog.plan_shown):
        release.set()
    assert [p.date for p in dialog.plan.to_create] == [D(2026, 4, 10)]
