"""The Schedules tab: the list of schedules (current ones, or all with the
ended ones greyed) and the per-helper week grid, with the planning actions
as buttons on top."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.ui.formatting import SEARCH_MAX_LENGTH
from inharmony_desktop.ui.models.schedules import ScheduleTableModel
from inharmony_desktop.ui.views.helper_week import HelperWeekView
from inharmony_desktop.ui.views.id_table import IdTableView

COLUMN_WIDTHS = (160, 160, 120, 100, 100, 100, 60, 80, 100, 100)


class PastFilterProxy(QSortFilterProxyModel):
    """Text filter over every column, and past rows (ended, over) hidden unless asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_past = False
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The list model sorts itself once per key; sorting here would call data()
        # twice per comparison (seconds for a few thousand rows).
        self.sourceModel().sort(column, order)

    def set_show_past(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_past = show
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if not self.show_past and model.is_past(model.row_at(source_row)):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def tool_buttons(parent: QWidget, actions: Iterable[QAction]) -> QHBoxLayout:
    row = QHBoxLayout()
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
    row.addStretch(1)
    return row


class SchedulesTab(QWidget):
    """Signals: count_changed(shown). `table`/`model` is the list, `week` the grid."""

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None,
                 actions: Iterable[QAction] = ()) -> None:
        super().__init__(parent)
        self.model = ScheduleTableModel(self)
        self.proxy = PastFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = IdTableView(self)
        self.table.setObjectName("schedules_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search schedules (helper, customer, number)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_ended = QCheckBox(self.tr("Show ended schedules"), self)
        self.show_ended.toggled.connect(self.proxy.set_show_past)
        self.show_ended.toggled.connect(self._show_count)
        self.count_label = QLabel(self)

        list_page = QWidget(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_ended)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.week = HelperWeekView(self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(list_page, self.tr("List"))
        self.pages.addTab(self.week, self.tr("Week per helper"))
        self._week_stale = True
        self.pages.currentChanged.connect(self._refresh_week)
        layout = QVBoxLayout(self)
        layout.addLayout(tool_buttons(self, actions))
        layout.addWidget(self.pages, 1)
        self.model.modelReset.connect(self._show_count)

    def refresh(self) -> None:
        self.model.reload()
        # The week grid reads every helper's week: only when it is shown (or on showing it).
        self._week_stale = True
        if self.pages.currentWidget() is self.week:
            self._refresh_week()

    @Slot()
    def _refresh_week(self) -> None:
        if self._week_stale and self.pages.currentWidget() is self.week:
            self._week_stale = False
            self.week.refresh()

    @Slot()
    def _show_count(self) -> None:
        count = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n schedule(s)", "", count))
        self.count_changed.emit(count)
