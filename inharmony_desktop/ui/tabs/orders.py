"""The Orders tab: voucher orders of the selected customer or user number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import order_query
from inharmony_desktop.ui.models.orders import OrderTableModel
from inharmony_desktop.ui.views.id_table import IdTableView

COLUMN_WIDTHS = (100, 138, 122, 65, 95, 95, 95, 90)


class OrdersTab(QWidget):
    """Signals: count_changed(shown). The table is `tab.table`, the model `tab.model`."""

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope_kind, self.scope_id = "", 0
        self.model = OrderTableModel(self)
        self.table = IdTableView(self)
        self.table.setObjectName("orders_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.year = QComboBox(self)
        self.year.addItem(self.tr("All years"), None)
        this_year = clock.today().year
        for year in range(this_year, this_year - 10, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.only_selection = QCheckBox(self.tr("Only the selection on the left"), self)
        self.only_selection.setChecked(True)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:"), self))
        bar.addWidget(self.year)
        bar.addWidget(self.only_selection)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.year.currentIndexChanged.connect(self.apply_filters)
        self.only_selection.toggled.connect(self.apply_filters)
        self.model.modelReset.connect(self._show_count)

    def set_scope(self, kind: str, entity_id: int) -> None:
        self.scope_kind, self.scope_id = kind, entity_id
        if self.only_selection.isChecked():
            self.apply_filters()

    def current_filter(self) -> order_query.OrderFilter:
        scoped = self.only_selection.isChecked()
        return order_query.OrderFilter(
            customer_id=self.scope_id if scoped and self.scope_kind == "customer" else None,
            user_number_id=self.scope_id if scoped and self.scope_kind == "user_number" else None,
            year=self.year.currentData(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        # One count and one page: a filter that changed meanwhile is applied by this reload.
        current = self.current_filter()
        if current != self.model.order_filter:
            self.model.set_filter(current)
        else:
            self.model.reload()

    @Slot()
    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n order(s)", "", count))
        self.count_changed.emit(count)
