"""The Absences tab: helpers and customers away, current and coming ones
(past ones on request), newest first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inharmony_desktop.ui.formatting import SEARCH_MAX_LENGTH
from inharmony_desktop.ui.models.schedules import AbsenceTableModel
from inharmony_desktop.ui.tabs.schedules import PastFilterProxy, tool_buttons
from inharmony_desktop.ui.views.id_table import IdTableView

COLUMN_WIDTHS = (180, 90, 110, 100, 100, 60, 110, 200)


class AbsencesTab(QWidget):
    """Signals: count_changed(shown). The table is `tab.table`, the model `tab.model`."""

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None,
                 actions: Iterable[QAction] = ()) -> None:
        super().__init__(parent)
        self.model = AbsenceTableModel(self)
        self.proxy = PastFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = IdTableView(self)
        self.table.setObjectName("absences_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search absences"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_past = QCheckBox(self.tr("Show past absences"), self)
        self.show_past.toggled.connect(self.proxy.set_show_past)
        self.show_past.toggled.connect(self._show_count)
        self.count_label = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_past)
        layout = QVBoxLayout(self)
        layout.addLayout(tool_buttons(self, actions))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.modelReset.connect(self._show_count)

    def refresh(self) -> None:
        self.model.reload()

    @Slot()
    def _show_count(self) -> None:
        count = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n absence(s)", "", count))
        self.count_changed.emit(count)
