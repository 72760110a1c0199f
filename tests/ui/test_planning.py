"""Schedules, absences, generation and the week review through the main window:
each a command on the one undo stack."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.models import Absence, Prestation, Schedule
from inharmony_desktop.core.services import schedules
from inharmony_desktop.core.services.absences import AbsenceInput
from inharmony_desktop.core.services.generation import plan_generation
from inharmony_desktop.core.services.schedules import ScheduleInput
from inharmony_desktop.core.services.week_review import ReviewChanges
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.dialogs.absence import AbsenceDialog
from inharmony_desktop.ui.dialogs.generate import GenerateDialog
from inharmony_desktop.ui.dialogs.schedule import EndScheduleDialog, ScheduleDialog
from inharmony_desktop.ui.dialogs.week_review import WeekReviewDialog
from inharmony_desktop.ui.workers import wait_for_all

D = dt.date


@pytest.fixture(autouse=True)
def plans_finished():
    """No plan computed off the GUI thread may outlive its test (and its database)."""
    yield
    wait_for_all()
MONDAY = D(2026, 3, 2)


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: seen.append(str(error)))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    return seen


def _answer(monkeypatch, dialog, value) -> None:
    monkeypatch.setattr(dialog, "ask", classmethod(lambda cls, *a, **k: value))


def _schedule(sample, **changes) -> ScheduleInput:
    values = {"helper_id": sample["anna"], "user_number_id": sample["un1"], "weekday": 0,
              "start_time": "08:30", "hours": 3, "first_date": D(2026, 1, 5)}
    values.update(changes)
    return ScheduleInput(**values)


def test_new_edit_and_end_schedule_are_undoable(window, sample, monkeypatch, shown_errors):
    window.tabs.setCurrentWidget(window.schedules)
    _answer(monkeypatch, ScheduleDialog, _schedule(sample))
    window.menu_actions.new_schedule.trigger()
    [row] = Schedule.select()
    assert window.schedules.model.rowCount() == 1
    _answer(monkeypatch, ScheduleDialog, _schedule(sample, hours=4))
    window.planning.edit_schedule(row.id)
    assert Schedule.get_by_id(row.id).hours == 4
    window.schedules.table.select_ids([row.id])
    _answer(monkeypatch, EndScheduleDialog, D(2026, 6, 29))
    window.menu_actions.end_schedule.trigger()
    assert Schedule.get_by_id(row.id).last_date == D(2026, 6, 29)
    assert window.schedules.proxy.rowCount() == 0  # ended: hidden until asked
    window.schedules.show_ended.setChecked(True)
    assert window.schedules.proxy.rowCount() == 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert (Schedule.get_by_id(row.id).hours, Schedule.get_by_id(row.id).last_date) == (3, None)
    window.undo_stack.undo()
    assert Schedule.select().count() == 0
    window.undo_stack.redo()
    assert Schedule.get_by_id(row.id).hours == 3
    assert shown_errors == []


def test_absence_is_created_and_undone(window, sample, monkeypatch, shown_errors):
    _answer(monkeypatch, AbsenceDialog, AbsenceInput(
        from_date=D(2026, 3, 2), to_date=D(2026, 3, 6), helper_id=sample["bart"]))
    window.tabs.setCurrentWidget(window.absences)
    window.menu_actions.new_absence.trigger()
    assert window.absences.model.rowCount() == 1
    window.undo_stack.undo()
    assert Absence.select().count() == 0
    assert window.absences.model.rowCount() == 0


def test_ending_a_schedule_drops_its_later_planned_prestations_until_undone(
        window, sample, monkeypatch, shown_errors):
    from inharmony_desktop.core.services.generation import apply_generation

    schedule_id = schedules.create_schedule(_schedule(sample))
    apply_generation(plan_generation(D(2026, 3, 2), D(2026, 3, 29)))  # four Mondays
    window.tabs.setCurrentWidget(window.schedules)
    window.schedules.table.select_ids([schedule_id])
    _answer(monkeypatch, EndScheduleDialog, D(2026, 3, 15))
    window.menu_actions.end_schedule.trigger()
    planned = Prestation.select().where(Prestation.status == "planned")
    assert [p.date for p in planned.order_by(Prestation.date)] == [D(2026, 3, 2), D(2026, 3, 9)]
    window.undo_stack.undo()
    assert planned.count() == 4
    assert Schedule.get_by_id(schedule_id).last_date is None
    window.undo_stack.redo()
    assert planned.count() == 2
    assert shown_errors == []


def test_generate_week_then_review_it_with_one_undo_each(qtbot, window, sample, monkeypatch,
                                                         shown_errors):
    schedules.create_schedule(_schedule(sample))
    schedules.create_schedule(_schedule(sample, helper_id=sample["bart"],
                                        user_number_id=sample["un3"], weekday=2))
    _answer(monkeypatch, GenerateDialog, plan_generation(MONDAY, MONDAY + dt.timedelta(days=6)))
    before = Prestation.select().count()
    window.menu_actions.generate_week.trigger()
    assert window.planning.run is not None  # written on a worker thread, behind a progress dialog
    qtbot.waitUntil(lambda: window.planning.run is None, timeout=10_000)
    planned = [p.id for p in Prestation.select().where(Prestation.status == "planned")]
    assert len(planned) == 2
    assert window.undo_stack.undoText() == "Generate 2 prestations (02/03/2026 to 08/03/2026)"
    _answer(monkeypatch, WeekReviewDialog,
            ReviewChanges(performed=[planned[0]], cancelled={planned[1]: "ziek"}))
    window.menu_actions.review_week.trigger()
    assert [Prestation.get_by_id(i).status for i in planned] == ["performed", "cancelled"]
    window.undo_stack.undo()  # the review
    assert [Prestation.get_by_id(i).status for i in planned] == ["planned", "planned"]
    window.undo_stack.undo()  # the generation
    assert Prestation.select().count() == before
    window.undo_stack.redo()
    assert Prestation.select().where(Prestation.id.in_(planned)).count() == 2
    window.undo_stack.redo()
    assert Prestation.get_by_id(planned[1]).note == "Geannuleerd: ziek"
    assert shown_errors == []


def test_schedule_dialog_shows_the_cores_messages_beside_the_fields(qtbot, sample):
    dialog = ScheduleDialog(None, today=D(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.user_number.set_current_id(sample["un1"])
    dialog.has_end.setChecked(True)
    dialog.last_date.setDate(dialog.first_date.date().addDays(-1))
    dialog.accept()
    assert dialog.value is None
    assert dialog.error_text("helper") == "Kies een bestaande medewerker."
    assert dialog.error_text("last_date") == "De laatste datum ligt voor de eerste datum."
    dialog.helper.set_current_id(sample["bart"])
    dialog.has_end.setChecked(False)
    dialog.accept()
    assert (dialog.value.helper_id, dialog.value.last_date, dialog.value.start_time) == (
        sample["bart"], None, "08:30")


def test_absence_dialog_for_a_customer_keeps_one_activity(qtbot, sample):
    dialog = AbsenceDialog(None, today=D(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.for_customer.setChecked(True)
    assert not dialog.helper.isEnabled()
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == [
        "holiday", "stop", "other"]
    dialog.accept()
    assert dialog.error_text("customer") == "Choose a customer."
    dialog.customer.set_current_id(sample["willems"])
    dialog.activity.setCurrentIndex(dialog.activity.findData("home_help"))
    dialog.to_date.setDate(dialog.to_date.date().addDays(13))
    dialog.accept()
    value = dialog.value
    assert (value.customer_id, value.helper_id, value.activity) == (
        sample["willems"], None, "home_help")
    assert (value.to_date - value.from_date).days == 13


def test_end_dialog_refuses_a_date_before_the_first(qtbot, sample):
    schedule_id = schedules.create_schedule(_schedule(sample))
    dialog = EndScheduleDialog(None, schedule_id, today=D(2025, 12, 1))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "ligt voor de eerste datum" in dialog.error_text("last_date")


def test_planning_speaks_dutch_with_the_catalogue(qtbot, qapp, dutch_catalogue, sample,
                                                  open_window):
    from inharmony_desktop.ui.app import install_translators

    translators = install_translators(qapp, "nl")
    try:
        window = open_window()
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[3:5] == ["Uurroosters", "Afwezigheden"]
        assert window.menu_actions.generate_week.text() == "&Week genereren…"
        schedules.create_schedule(_schedule(sample))
        dialog = GenerateDialog(window, "month", today=D(2026, 3, 25))
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.plan_shown):
            pass
        assert dialog.create_button.text() == "3 prestaties &maken"  # Easter Monday skipped
        assert dialog.group_texts()[-2:] == ["Overgeslagen (1) — feestdag: 1", "Te maken (3)"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_delete_on_the_schedules_tab_is_refused_once_it_generated(window, sample, monkeypatch,
                                                                   shown_errors):
    from inharmony_desktop.core.services.generation import apply_generation

    first = schedules.create_schedule(_schedule(sample))
    second = schedules.create_schedule(_schedule(sample, weekday=3))
    apply_generation(plan_generation(D(2026, 3, 2), D(2026, 3, 2)))  # a Monday: only `first`
    window.refresh_all()
    window.tabs.setCurrentWidget(window.schedules)
    for schedule_id in (first, second):
        window.schedules.table.select_ids([schedule_id])
        window.menu_actions.delete.trigger()
    assert [s.id for s in Schedule.select()] == [first]
    assert shown_errors == ["Dit uurrooster heeft al prestaties gemaakt en blijft als geschiedenis "
                            "bewaard; beëindig het in plaats van het te verwijderen."]
    window.undo_stack.undo()
    assert sorted(s.id for s in Schedule.select()) == [first, second]
