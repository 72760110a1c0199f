"""The Helpers tab: every helper, sortable, with a search box."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from inharmony_desktop.ui.formatting import SEARCH_MAX_LENGTH
from inharmony_desktop.ui.models.helpers import HelperTableModel
from inharmony_desktop.ui.views.id_table import IdTableView

COLUMN_WIDTHS = (110, 220, 140, 130, 70)


class HelpersTab(QWidget):
    """Signals: count_changed(shown). The table is `tab.table`, the model `tab.model`."""

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HelperTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = IdTableView(self)
        self.table.setObjectName("helpers_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search helpers"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.modelReset.connect(self._show_count)

    def refresh(self) -> None:
        self.model.reload()

    @Slot()
    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n helper(s)", "", count))
        self.count_changed.emit(count)
