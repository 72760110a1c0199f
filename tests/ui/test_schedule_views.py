"""Schedule and absence tables and the per-helper week grid."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from inharmony_desktop.core.services import schedules
from inharmony_desktop.core.services.absences import AbsenceInput, create_absence
from inharmony_desktop.ui.models import ID_ROLE
from inharmony_desktop.ui.models.helper_week import OVER_CONTRACT, OVERLAP, TOTAL_COLUMN
from inharmony_desktop.ui.models.schedules import AbsenceTableModel, ScheduleTableModel
from inharmony_desktop.ui.views.helper_week import HelperWeekView
from tests.core.schedule_world import make_world, weekly

D = dt.date
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def world(db):
    world = make_world()
    world.monday = weekly(world.bart, world.un_peeters, 0, D(2026, 1, 1), start="09:00", hours=4)
    weekly(world.bart, world.un_janssens, 0, D(2026, 1, 1), start="12:00", hours=3)
    weekly(world.bart, world.un_paper, 5, D(2026, 1, 1), every=2, hours=4)
    weekly(world.anna, world.un_janssens, 2, D(2026, 1, 1), hours=3, last=D(2026, 2, 1))
    return world


def test_schedule_table_shows_names_and_passes_the_model_tester(qtmodeltester, world):
    model = ScheduleTableModel()
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    first = [model.index(0, c).data(DISPLAY) for c in range(model.columnCount())]
    assert first == ["Anna Claes", "Janssens Els", "1000 0000 0003", "home help", "Wednesday",
                     "08:30-11:30", "3", "week", "01/01/2026", "01/02/2026"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # ended: grey
    assert model.index(1, 0).data(ID_ROLE) == world.monday
    assert model.index(3, 7).data(DISPLAY) == "2 weeks"


def test_absence_table_lists_helpers_and_customers(qtmodeltester, world):
    create_absence(AbsenceInput(from_date=D(2026, 7, 1), to_date=D(2026, 7, 14),
                                helper_id=world.anna))
    create_absence(AbsenceInput(from_date=D(2026, 8, 3), to_date=D(2026, 8, 9), reason="stop",
                                customer_id=world.peeters, activity="home_help",
                                note="verbouwing"))
    model = AbsenceTableModel()
    model.reload()
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows == [
        ["Peeters Jan (K001)", "customer", "home help", "03/08/2026", "09/08/2026", "7", "stop",
         "verbouwing"],
        ["Anna Claes", "helper", "", "01/07/2026", "14/07/2026", "14", "holiday", ""],
    ]


def test_week_view_flags_overlaps_and_contract_hours(qtbot, qtmodeltester, world):
    view = HelperWeekView()
    qtbot.addWidget(view)
    view.show_week(D(2026, 3, 4))  # week 9 since 29/12/2025: odd, no Saturday slot
    model = view.model
    qtmodeltester.check(model)
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "Anna Claes", "Bart Wouters"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Monday 02/03"
    bart_monday = model.index(1, 0)
    assert bart_monday.data(DISPLAY) == "09:00-13:00 Peeters Jan\n12:00-15:00 Janssens Els"
    assert bart_monday.data(Qt.ItemDataRole.BackgroundRole) == OVERLAP
    assert model.index(0, 2).data(DISPLAY) == ""  # Anna's schedule ended in February
    assert model.index(1, TOTAL_COLUMN).data(DISPLAY) == "7 / 10"
    assert model.index(1, TOTAL_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None
    view.date_edit.setDate(view.date_edit.date().addDays(7))  # the Saturday week
    assert model.index(1, 5).data(DISPLAY) == "08:30-12:30 Peeters Jan"
    assert model.index(1, TOTAL_COLUMN).data(DISPLAY) == "11 / 10"
    assert model.index(1, TOTAL_COLUMN).data(Qt.ItemDataRole.BackgroundRole) == OVER_CONTRACT


def test_ending_a_schedule_removes_it_from_later_weeks(qtbot, world):
    view = HelperWeekView()
    qtbot.addWidget(view)
    schedules.end_schedule(world.monday, D(2026, 3, 8))
    view.show_week(D(2026, 3, 9))
    assert view.model.index(1, 0).data(DISPLAY) == "12:00-15:00 Janssens Els"
