"""The Prestations tab: filters, quick entry and the big paged table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import lookups, prestation_query
from inharmony_desktop.core.vocabulary import Activity, Status, codes
from inharmony_desktop.ui.formatting import DATE_FORMAT, from_qdate, to_qdate
from inharmony_desktop.ui.labels import activity_label, status_label
from inharmony_desktop.ui.models.prestations import HOURS_COLUMN, PrestationTableModel
from inharmony_desktop.ui.views.delegates import HoursDelegate
from inharmony_desktop.ui.views.id_table import IdTableView
from inharmony_desktop.ui.views.quick_entry import QuickEntryBar

# Fits a 1366-pixel screen with both side panels open; wider screens stretch the status.
COLUMN_WIDTHS = (84, 114, 120, 115, 94, 42, 106, 90)
# The most rows `reveal()` looks through for the prestations to select.
REVEAL_ROWS = 10_000


class PrestationsTab(QWidget):
    """Signals:
        count_changed(shown): the number of prestations matching the filters.
    The table is `tab.table` (an `IdTableView`), the model `tab.model`.
    """

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope_kind: str = ""
        self.scope_id: int = 0
        self.model = PrestationTableModel(self)
        self._build_table()
        self.quick_entry = QuickEntryBar(self)
        self._build_filters()
        self._lay_out()
        self._connect_filters()

    def _build_table(self) -> None:
        self.table = IdTableView(self)
        self.table.setObjectName("prestations_table")
        self.table.setModel(self.model)
        # Selected rows can be dragged onto a user number in the customer tree (a move).
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # The hours are edited in place (click the selected cell, or type a digit); a
        # double-click, Enter or F2 opens the prestation dialog for everything else.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(HOURS_COLUMN, HoursDelegate(self.table))
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicator(0, self.model_sort_order())

    def _build_filters(self) -> None:
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for code, text in (("all", self.tr("All dates")), ("week", self.tr("This week")),
                           ("month", self.tr("This month")), ("year", self.tr("This year")),
                           ("custom", self.tr("From – to"))):
            self.period.addItem(text, code)
        self.start = QDateEdit(QDate(clock.today()).addMonths(-1), self)
        self.end = QDateEdit(QDate(clock.today()), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.helper = QComboBox(self)
        self.helper.setObjectName("helper_filter")
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for code in codes(Status):
            self.status.addItem(status_label(code), code)
        self.activity = QComboBox(self)
        self.activity.addItem(self.tr("All activities"), None)
        for code in codes(Activity):
            self.activity.addItem(activity_label(code), code)
        self.only_selection = QCheckBox(self.tr("Only the selection on the left"), self)
        self.only_selection.setChecked(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search customer, user number, helper"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.period, self.start, self.end, self.helper, self.status,
                       self.activity):
            filters.addWidget(widget)
        filters.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.search, 1)
        second.addWidget(self.only_selection)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.quick_entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _connect_filters(self) -> None:
        self.period.setCurrentIndex(self.period.findData("year"))
        for combo in (self.period, self.helper, self.status, self.activity):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.start.dateChanged.connect(self.apply_filters)
        self.end.dateChanged.connect(self.apply_filters)
        self.only_selection.toggled.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._show_count)

    def model_sort_order(self) -> Qt.SortOrder:
        order = Qt.SortOrder
        return order.DescendingOrder if self.model.descending else order.AscendingOrder

    def reload_choices(self) -> None:
        keep = self.helper.currentData()
        self.helper.blockSignals(True)
        self.helper.clear()
        self.helper.addItem(self.tr("All helpers"), None)
        for helper_id, name, _reference in lookups.helpers():
            self.helper.addItem(name, helper_id)
        self.helper.setCurrentIndex(max(self.helper.findData(keep), 0))
        self.helper.blockSignals(False)
        self.quick_entry.reload_choices()

    def set_scope(self, kind: str, entity_id: int) -> None:
        """Follow the customer or user number selected in the tree ("" for none)."""
        self.scope_kind, self.scope_id = kind, entity_id
        if kind == "user_number":
            self.quick_entry.user_number.set_current_id(entity_id)
        if self.only_selection.isChecked():
            self.apply_filters()

    def current_filter(self) -> prestation_query.PrestationFilter:
        code = self.period.currentData()
        custom = code == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        else:
            start, end = prestation_query.period_bounds(code, clock.today())
        scoped = self.only_selection.isChecked()
        return prestation_query.PrestationFilter(
            start=start, end=end, helper_id=self.helper.currentData(),
            status=self.status.currentData(), activity=self.activity.currentData(),
            customer_id=self.scope_id if scoped and self.scope_kind == "customer" else None,
            user_number_id=self.scope_id if scoped and self.scope_kind == "user_number" else None,
            text=self.search.text(),
        )

    def set_period(self, code: str, start: dt.date | None = None,
                   end: dt.date | None = None) -> None:
        if start is not None:
            self.start.setDate(to_qdate(start))
        if end is not None:
            self.end.setDate(to_qdate(end))
        self.period.setCurrentIndex(self.period.findData(code))

    @Slot()
    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        # One count and one page: a filter that changed meanwhile is applied by this reload.
        current = self.current_filter()
        if current != self.model.prestation_filter:
            self.model.set_filter(current)
        else:
            self.model.reload()

    @Slot()
    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n prestation(s)", "", count))
        self.count_changed.emit(count)

    def reveal(self, ids: list[int], start: dt.date, end: dt.date,
               helper_id: int | None = None) -> list[int]:
        """Show the prestations `ids` (between `start` and `end`, of `helper_id` when
        given) and select them: the filters are set so that they are in the table.
        Returns the ids selected (those the filters let through)."""
        filters = (self.period, self.start, self.end, self.helper, self.status, self.activity,
                   self.only_selection, self.search)
        for widget in filters:
            widget.blockSignals(True)
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.helper.setCurrentIndex(max(self.helper.findData(helper_id), 0))
        self.status.setCurrentIndex(0)
        self.activity.setCurrentIndex(0)
        self.only_selection.setChecked(False)
        self.search.clear()
        for widget in filters:
            widget.blockSignals(False)
        self.apply_filters()
        wanted = set(ids)
        # A helper's month is a page or two; a whole month stays below the pages kept.
        rows = [row for row in range(min(self.model.rowCount(), REVEAL_ROWS))
                if self.model.id_at(row) in wanted]
        self.table.select_ids(ids)
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))
        return self.table.selected_ids()
