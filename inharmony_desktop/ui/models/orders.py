"""The orders table: a paged SQL model over `core.services.order_query`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from inharmony_desktop.core.services import order_query
from inharmony_desktop.ui.formatting import date_text, money_text
from inharmony_desktop.ui.labels import medium_label, user_number_text
from inharmony_desktop.ui.models.paged import PagedTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OrderTableModel(PagedTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.order_filter = order_query.OrderFilter()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("OrderTableModel", "Order date"),
            QCoreApplication.translate("OrderTableModel", "Customer"),
            QCoreApplication.translate("OrderTableModel", "User number"),
            QCoreApplication.translate("OrderTableModel", "Vouchers"),
            QCoreApplication.translate("OrderTableModel", "Medium"),
            QCoreApplication.translate("OrderTableModel", "Unit price"),
            QCoreApplication.translate("OrderTableModel", "Amount"),
            QCoreApplication.translate("OrderTableModel", "Valid until"),
        ]

    def set_filter(self, order_filter: order_query.OrderFilter) -> None:
        if order_filter != self.order_filter:
            self.order_filter = order_filter
            self.reload()

    def _count(self) -> int:
        return order_query.count(self.order_filter)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return order_query.page(
            self.order_filter,
            sort_column=self.sort_column,
            descending=self.descending,
            offset=offset,
            limit=limit,
        )

    def _cell(self, row: tuple, column: int, role: int) -> Any:
        o: order_query.OrderRow = row  # type: ignore[assignment]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 5, 6):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and o.higher_quantity:
            return QCoreApplication.translate(
                "OrderTableModel", "{count} vouchers at {price}"
            ).format(count=o.higher_quantity, price=money_text(o.higher_unit_price_cents))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [
            date_text(o.order_date),
            o.customer,
            user_number_text(o.number),
            str(o.quantity),
            medium_label(o.medium),
            money_text(o.unit_price_cents) + (" +" if o.higher_quantity else ""),
            money_text(o.amount_cents),
            date_text(o.expiry_date),
        ]
        return values[column]
