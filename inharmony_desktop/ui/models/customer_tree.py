"""Customers with their user numbers underneath, and the quick-search proxy.

The tree is small (a few thousand customers): `core.services.customer_tree`
reads it and the model keeps it in memory; after a change to some user
numbers only their rows are read again (`refresh_numbers`). When the window
opens, the tree is read on a worker thread (`load_in_background`): the window
shows at once, the tree a moment later. The proxy filters the tree as the
office types.

Signals of `CustomerTreeModel`:
    loading_changed(loading): a background load started (True) or ended (False).
    load_failed(message): the background load was refused (a server away).
"""

from __future__ import annotations

import logging
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
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.rules import QUOTA_WARNING_FRACTION
from inharmony_desktop.core.services.concurrency import server_away_errors
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
from inharmony_desktop.ui.workers import TaskWorker, run_in_background, wait_for

log = logging.getLogger(__name__)

_PAPER = QBrush(QColor("#fbe7c6"))
_ELECTRONIC = QBrush(QColor("#d7e8fb"))
_WARN = QBrush(QColor("#b35c00"))
_FULL = QBrush(QColor("#c0392b"))
_GREY = QBrush(QColor("#8a8a8a"))
# Built once: combining flags is a Python call into Qt, and the view asks for every row.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DROPPABLE = _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled


def _read_tree() -> list[CustomerNode]:
    """`load_tree` on a worker thread: a server that is away is said, not a bug."""
    try:
        return load_tree()
    except server_away_errors() as exc:
        raise KnownError(str(exc)) from exc


def _warning_icon() -> QIcon:
    """Beside a user number with prestations to correct in Pluxee, or one that
    needs attention (expiring vouchers, a short wallet, a quota nearly used)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class CustomerTreeModel(QAbstractItemModel):
    """Two levels: customers (internal id 0) and their user numbers (customer row + 1)."""

    loading_changed = Signal(bool)
    load_failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # (prestation ids, "customer" or "user_number", id) -> True when a move was pushed.
        self.drop_handler: Callable[[list[int], str, int], bool] | None = None
        self._customers: list[CustomerNode] = []
        self._customer_rows: dict[int, int] = {}
        self._number_rows: dict[int, tuple[int, int]] = {}
        self._droppable: list[bool] = []  # per customer row: takes a drop
        # Each load gets a serial: a background load answered after a newer load is dropped.
        self._serial = 0
        self.loading = False
        self._loader: TaskWorker | None = None
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
        self._serial += 1  # a background load still under way is outdated
        self._show(load_tree())
        self._set_loading(False)

    def load_in_background(self) -> None:
        """Read the tree on a worker thread, started after the window's first paint;
        until it arrives `loading` is True (the view says so) and the rows of before stay."""
        self._serial += 1
        serial = self._serial
        self._set_loading(True)
        self._loader = run_in_background(lambda _progress, _cancel: _read_tree(),
                          lambda customers: self._arrived(serial, customers),
                          on_failure=lambda error: self._refused(serial, error),
                          on_crash=lambda: self._refused(serial, None), soon=True)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background reads (the tree, its attention marks) are done:
        before the window closes, no worker may outlive it."""
        loaders = [self._loader] if self._loader is not None else []
        return wait_for(loaders, msecs) and self.attention.wait(msecs)

    def _arrived(self, serial: int, customers: list[CustomerNode]) -> None:
        try:
            if serial != self._serial:
                return
            self._show(customers)
            self._set_loading(False)
        except RuntimeError:  # the window closed while the tree was read
            log.debug("Customer tree read after the window closed")

    def _refused(self, serial: int, error: KnownError | None) -> None:
        try:
            if serial != self._serial:
                return
            self._set_loading(False)
            if error is not None:
                self.load_failed.emit(str(error))
        except RuntimeError:
            log.debug("Customer tree refused after the window closed")

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _show(self, customers: list[CustomerNode]) -> None:
        self.beginResetModel()
        self._customers = customers
        self._index_rows()
        self.endResetModel()
        self.attention.invalidate()  # marks computed before this reload are outdated
        self._attention_timer.start()

    def _index_rows(self) -> None:
        self._customer_rows = {c.id: i for i, c in enumerate(self._customers)}
        self._number_rows = {
            n.id: (i, j) for i, c in enumerate(self._customers) for j, n in enumerate(c.numbers)
        }
        self._droppable = [c.active and any(n.active for n in c.numbers)
                           for c in self._customers]

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
            customer = self._customers[row]
            self._droppable[row] = customer.active and any(n.active for n in customer.numbers)
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
        # The bounds checked here rather than with hasIndex(), which would call back into
        # rowCount() and columnCount(): the view asks for every customer on each layout.
        if row < 0 or not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._customers) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0 and row < len(
                self._customers[parent.row()].numbers):
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
            return _NO_FLAGS
        if self.drop_handler is not None and self._accepts_drop(index):
            return _DROPPABLE
        return _SELECTABLE

    # --- dropping prestations on a user number or a customer ----------------------------------
    def _accepts_drop(self, index: Index) -> bool:
        if index.internalId() == 0:
            return self._droppable[index.row()]
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
                if n.ordered >= QUOTA_WARNING_FRACTION * n.maximum:
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

    def number_of(self, user_number_id: int) -> str:
        """The 12 digits of a user number in the tree ("" when it is not there)."""
        found = self._number_rows.get(user_number_id)
        return self._customers[found[0]].numbers[found[1]].number if found else ""

    def mode_of(self, user_number_id: int) -> str | None:
        """How the user number pays today, as the tree shows it."""
        found = self._number_rows.get(user_number_id)
        return self._customers[found[0]].numbers[found[1]].mode if found else None

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
