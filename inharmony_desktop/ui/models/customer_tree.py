"""Customers with their user numbers underneath, and the quick-search proxy.

The tree is small (a few thousand customers): `core.services.customer_tree`
reads it and the model keeps it in memory; after a change to some user
numbers only their rows are read again (`refresh_numbers`). The proxy filters
the tree as the office types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from inharmony_desktop.core.services.customer_tree import (
    CustomerNode,
    NumberNode,
    load_numbers,
    load_tree,
)
from inharmony_desktop.core.vocabulary import Medium
from inharmony_desktop.ui.formatting import SEARCH_MAX_LENGTH
from inharmony_desktop.ui.labels import medium_label, user_number_text
from inharmony_desktop.ui.models import ID_ROLE, KIND_ROLE, SEARCH_ROLE
from inharmony_desktop.ui.models.attention import AttentionLoader
from inharmony_desktop.ui.models.paged import Index
from inharmony_desktop.ui.models.prestation_mime import PRESTATION_IDS, decode_ids

WARNING_FRACTION = 0.9
_PAPER = QBrush(QColor("#fbe7c6"))
_ELECTRONIC = QBrush(QColor("#d7e8fb"))
_WARN = QBrush(QColor("#b35c00"))
_FULL = QBrush(QColor("#c0392b"))
_GREY = QBrush(QColor("#8a8a8a"))


def _warning_icon() -> QIcon:
    """Beside a user number with prestations to correct in Pluxee, or one that
    needs attention (expiring vouchers, a short wallet, a quota nearly used)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class CustomerTreeModel(QAbstractItemModel):
    """Two levels: customers (internal id 0) and their user numbers (customer row + 1)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # (prestation ids, "customer" or "user_number", id) -> True when a move was pushed.
        self.drop_handler: Callable[[list[int], str, int], bool] | None = None
        self._customers: list[CustomerNode] = []
        self._customer_rows: dict[int, int] = {}
        self._number_rows: dict[int, tuple[int, int]] = {}
        # The warning marks arrive later from a worker thread (see models/attention.py).
        self.attention = AttentionLoader(self)
        self.attention.attention_loaded.connect(self._attention_loaded)
        # Asked once control is back in the event loop: the worker's Python work would
        # otherwise compete for the interpreter with building and painting the window.
        self._attention_timer = QTimer(self)
        self._attention_timer.setSingleShot(True)
        self._attention_timer.setInterval(0)
        self._attention_timer.timeout.connect(self._request_attention)

    def reload(self) -> None:
        self.beginResetModel()
        self._customers = load_tree()
        self._index_rows()
        self.endResetModel()
        self.attention.invalidate()  # marks computed before this reload are outdated
        self._attention_timer.start()

    def _index_rows(self) -> None:
        self._customer_rows = {c.id: i for i, c in enumerate(self._customers)}
        self._number_rows = {
            n.id: (i, j) for i, c in enumerate(self._customers) for j, n in enumerate(c.numbers)
        }

    def refresh_numbers(self, user_number_ids: Iterable[int]) -> bool:
        """Read these user numbers again and repaint their rows. False (nothing
        done) when the tree's shape changed: a number is new, gone or moved to
        another customer, or its number changed its place; then `reload()`."""
        ids = set(user_number_ids)
        fresh = {node.id: node for node in load_numbers(ids)}
        if not ids or set(fresh) != ids or not ids <= self._number_rows.keys():
            return False
        for number_id, node in fresh.items():
            row, position = self._number_rows[number_id]
            old = self._customers[row].numbers[position]
            if node.customer_id != self._customers[row].id or node.number != old.number:
                return False
            node.attention = old.attention
            self._customers[row].numbers[position] = node
        for number_id in fresh:
            first = self.index_of_user_number(number_id)
            self.dataChanged.emit(first, first.siblingAtColumn(2))
        parents = {self._number_rows[number_id][0] for number_id in fresh}
        for row in parents:  # the customer's search text holds its numbers' holders
            index = self.index(row, 0)
            self.dataChanged.emit(index, index.siblingAtColumn(2))
        self.attention.invalidate()
        self._attention_timer.start()
        return True

    def _request_attention(self) -> None:
        self.attention.request([n.id for c in self._customers for n in c.numbers if n.active])

    def _attention_loaded(self, _generation: int, reasons: dict) -> None:
        for uid, (i, j) in self._number_rows.items():
            node = self._customers[i].numbers[j]
            found = reasons.get(uid, [])
            if found != node.attention:
                node.attention = found
                index = self.index_of_user_number(uid)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole,
                                                     Qt.ItemDataRole.ToolTipRole])

    # --- structure ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._customers)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._customers[parent.row()].numbers)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                [
                    QCoreApplication.translate("CustomerTreeModel", "Customer / user number"),
                    QCoreApplication.translate("CustomerTreeModel", "Pays"),
                    QCoreApplication.translate("CustomerTreeModel", "This year"),
                ][section]
                if 0 <= section < 3
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.drop_handler is not None and self._accepts_drop(index):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # --- dropping prestations on a user number or a customer ----------------------------------
    def _accepts_drop(self, index: Index) -> bool:
        if index.internalId() == 0:
            customer = self._customers[index.row()]
            return customer.active and any(n.active for n in customer.numbers)
        return self._customers[index.internalId() - 1].numbers[index.row()].active

    def mimeTypes(self) -> list[str]:
        return [PRESTATION_IDS]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return (self.drop_handler is not None and parent.isValid()
                and self._accepts_drop(parent) and bool(decode_ids(data)))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Decode the ids and hand them to `drop_handler`, which pushes one move
        command; the model itself changes nothing."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = parent.siblingAtColumn(0)
        kind = "customer" if target.internalId() == 0 else "user_number"
        return bool(self.drop_handler(decode_ids(data), kind, target.data(ID_ROLE)))

    # --- data ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._customer_data(self._customers[index.row()], index.column(), role)
        customer = self._customers[index.internalId() - 1]
        return self._number_data(customer.numbers[index.row()], index.column(), role)

    def _customer_data(self, c: CustomerNode, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return c.id
        if role == KIND_ROLE:
            return "customer"
        if role == SEARCH_ROLE:
            return c.search_text()
        if role == Qt.ItemDataRole.ForegroundRole and not c.active:
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.reference} · {c.name} · {c.city}"
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{c.name} ({c.reference})"
        return None

    def _number_data(self, n: NumberNode, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return n.id
        if role == KIND_ROLE:
            return "user_number"
        if role == SEARCH_ROLE:
            return f"{n.number} {n.holder}".lower()
        if role == Qt.ItemDataRole.ForegroundRole:
            if not n.active:
                return _GREY
            if column == 2 and n.maximum:
                if n.ordered >= n.maximum:
                    return _FULL
                if n.ordered >= WARNING_FRACTION * n.maximum:
                    return _WARN
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and (
            n.corrections or n.attention
        ):
            return _warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return _PAPER if n.mode == Medium.PAPER else _ELECTRONIC
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate(
                "CustomerTreeModel", "{holder}: {ordered} of {maximum} vouchers ordered this year"
            ).format(holder=n.holder, ordered=n.ordered, maximum=n.maximum)
            tip = f"{user_number_text(n.number)} · {medium_label(n.mode)}\n{tip}"
            if n.corrections:
                tip += "\n" + QCoreApplication.translate(
                    "CustomerTreeModel", "%n prestation(s) to correct in Pluxee", None,
                    n.corrections)
            return "\n".join([tip, *n.attention])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # the full name is in the tooltip and the details panel
                badge = f"  ⚠ {n.corrections}" if n.corrections else ""
                first_name = n.holder.split()[0] if n.holder.split() else ""
                return f"{user_number_text(n.number)} {first_name}{badge}"
            if column == 1:
                return _short_medium(n.mode)
            return f"{n.ordered}/{n.maximum}"
        return None

    # --- ids <-> indexes ----------------------------------------------------------------------
    def index_of_customer(self, customer_id: int) -> QModelIndex:
        row = self._customer_rows.get(customer_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def index_of_user_number(self, user_number_id: int) -> QModelIndex:
        found = self._number_rows.get(user_number_id)
        if found is None:
            return QModelIndex()
        return self.index(found[1], 0, self.index(found[0], 0))

    def customer_of_user_number(self, user_number_id: int) -> int | None:
        found = self._number_rows.get(user_number_id)
        return self._customers[found[0]].id if found else None

    def user_number_choices(self) -> list[tuple[int, str, str]]:
        """(id, number, holder) of every active user number, for autocompletion."""
        return [
            (n.id, n.number, f"{n.holder} ({c.name})")
            for c in self._customers
            for n in c.numbers
            if n.active
        ]

    def customer_count(self) -> int:
        return len(self._customers)

    def user_number_count(self) -> int:
        return len(self._number_rows)


def _short_medium(mode: str) -> str:
    """The payment mode in the tree's narrow column."""
    if mode == Medium.PAPER:
        return QCoreApplication.translate("CustomerTreeModel", "paper")
    return QCoreApplication.translate("CustomerTreeModel", "electr.")


class CustomerFilterProxy(QSortFilterProxyModel):
    """Shows customers whose name, reference, city or user numbers contain the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        cleaned = text[:SEARCH_MAX_LENGTH].strip().lower()
        digits = cleaned.replace(" ", "").replace(".", "")
        self.setFilterFixedString(digits if digits.isdigit() else cleaned)
