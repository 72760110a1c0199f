"""The schedules list sorts itself: header clicks reorder rows, selections follow them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from inharmony_desktop.ui.models import ID_ROLE
from inharmony_desktop.ui.tabs.schedules import SchedulesTab
from tests.core.schedule_world import make_world, weekly

D = dt.date
HOURS, HELPER = 6, 0


@pytest.fixture
def tab(qtbot, db):
    world = make_world()
    weekly(world.bart, world.un_peeters, 0, D(2026, 1, 1), start="09:00", hours=4)
    weekly(world.bart, world.un_janssens, 0, D(2026, 1, 1), start="13:00", hours=2)
    weekly(world.anna, world.un_janssens, 2, D(2026, 1, 1), hours=3)
    weekly(world.anna, world.un_paper, 4, D(2026, 1, 1), hours=5)
    widget = SchedulesTab()
    qtbot.add_widget(widget)
    widget.refresh()
    return widget


def _column(tab: SchedulesTab, column: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_header_sort_orders_rows_both_ways(tab):
    tab.table.sortByColumn(HOURS, Qt.SortOrder.DescendingOrder)
    assert _column(tab, HOURS) == ["5", "4", "3", "2"]
    tab.table.sortByColumn(HOURS, Qt.SortOrder.AscendingOrder)
    assert _column(tab, HOURS) == ["2", "3", "4", "5"]
    tab.table.sortByColumn(HELPER, Qt.SortOrder.AscendingOrder)
    assert _column(tab, HELPER) == sorted(_column(tab, HELPER))


def test_sort_survives_a_reload_and_keeps_the_selection(tab):
    tab.table.sortByColumn(HOURS, Qt.SortOrder.DescendingOrder)
    chosen = tab.proxy.index(2, 0).data(ID_ROLE)
    tab.table.select_ids([chosen])
    tab.table.sortByColumn(HOURS, Qt.SortOrder.AscendingOrder)
    assert tab.table.selected_ids() == [chosen]
    assert _column(tab, HOURS) == ["2", "3", "4", "5"]
    tab.refresh()
    assert _column(tab, HOURS) == ["2", "3", "4", "5"]


def test_the_week_grid_is_read_when_its_page_is_shown(tab):
    assert tab.week.model.rowCount() == 0  # not read while the list page is shown
    tab.pages.setCurrentWidget(tab.week)
    assert tab.week.model.rowCount() > 0
