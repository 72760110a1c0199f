"""The work list of a Pluxee reading as a table: a thin adapter over
`core.services.pluxee_worklist`, keyed by work-list row id.

The model holds every row of the reading and shows those the filter lets
through (a category, or everything that asks something of the office, and the
handled rows only when asked); it sorts itself in Python, one key per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inharmony_desktop.core.services.reconciliation_plan import CATEGORY_ORDER
from inharmony_desktop.core.vocabulary import PluxeeCategory
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import (
    pluxee_category_help,
    pluxee_category_label,
    status_label,
    user_number_text,
)
from inharmony_desktop.ui.models import ID_ROLE

if TYPE_CHECKING:  # the work list's services load when it is first read
    from inharmony_desktop.core.services.pluxee_worklist import WorkRow

translate = QCoreApplication.translate
Index = QModelIndex

(CATEGORY, WORK_ID, DATE, USER_NUMBER, HELPER, HOURS_PLUXEE, HOURS_HERE, STATUS_PLUXEE,
 STATUS_HERE, PRESTATION, MESSAGE) = range(11)
COLUMN_COUNT = 11
# The filter that shows what asks something of the office: every category but `matched`.
NEEDS_ACTION = "needs_action"
ALL = "all"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GREY = QBrush(QColor("#8a8a8a"))
_DIFFERENT = QBrush(QColor("#b35c00"))
_CATEGORY_RANK = {code: rank for rank, code in enumerate(CATEGORY_ORDER)}


def headers() -> list[str]:
    return [
        translate("PluxeeWorkModel", "Category"),
        translate("PluxeeWorkModel", "Work ID"),
        translate("PluxeeWorkModel", "Date"),
        translate("PluxeeWorkModel", "User\nnumber"),
        translate("PluxeeWorkModel", "Helper"),
        translate("PluxeeWorkModel", "Hours\nPluxee"),
        translate("PluxeeWorkModel", "Hours\nhere"),
        translate("PluxeeWorkModel", "Status\nPluxee"),
        translate("PluxeeWorkModel", "Status\nhere"),
        translate("PluxeeWorkModel", "Prestation"),
        translate("PluxeeWorkModel", "Message"),
    ]


def _hours(value: int | None) -> str:
    return "" if value is None else str(value)


def text(row: WorkRow, column: int) -> str:
    """What a cell shows: Pluxee's side, or ours for a prestation Pluxee does not have."""
    if column == CATEGORY:
        return pluxee_category_label(row.category)
    if column == WORK_ID:
        return row.work_id or ""
    if column == DATE:
        return date_text(row.date or row.date_here)
    if column == USER_NUMBER:
        return user_number_text(row.user_number or row.user_number_here or "")
    if column == HELPER:
        return row.helper_name if row.line is not None else (row.helper_here or "")
    if column == HOURS_PLUXEE:
        return _hours(row.hours_pluxee)
    if column == HOURS_HERE:
        return _hours(row.hours_here)
    if column == STATUS_PLUXEE:
        return status_label(row.status_pluxee) if row.status_pluxee else ""
    if column == STATUS_HERE:
        return status_label(row.status_here) if row.status_here else ""
    if column == PRESTATION:
        return "" if row.prestation_id is None else str(row.prestation_id)
    if column == MESSAGE:
        return row.message
    return ""


def sort_value(row: WorkRow, column: int) -> Any:
    if column == CATEGORY:
        return (_CATEGORY_RANK.get(row.category, 99), row.line or 0)
    if column == DATE:
        day = row.date or row.date_here
        return (day.toordinal() if day else 0, row.line or 0)
    if column in (HOURS_PLUXEE, HOURS_HERE, PRESTATION):
        value = {HOURS_PLUXEE: row.hours_pluxee, HOURS_HERE: row.hours_here,
                 PRESTATION: row.prestation_id}[column]
        return (value is None, value or 0)
    if column == WORK_ID:
        work_id = row.work_id or ""
        return (len(work_id), work_id)  # numbers of one length sort as numbers
    return text(row, column).casefold()


def _differs(row: WorkRow, column: int) -> bool:
    """Whether the two sides disagree in this column (shown in orange)."""
    if column in (HOURS_PLUXEE, HOURS_HERE):
        return (row.hours_pluxee is not None and row.hours_here is not None
                and row.hours_pluxee != row.hours_here)
    if column in (STATUS_PLUXEE, STATUS_HERE):
        return (row.status_pluxee is not None and row.status_here is not None
                and row.status_pluxee != row.status_here)
    if column == USER_NUMBER:
        return bool(row.user_number_here) and row.user_number != row.user_number_here
    return False


class PluxeeWorkModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[WorkRow] = []
        self._rows: list[WorkRow] = []
        self._positions: dict[int, int] = {}  # row id -> position shown
        self.shown_filter: str = NEEDS_ACTION
        self.show_handled = False
        self._sort: tuple[int, bool] | None = None  # (column, descending)

    # --- content ------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[WorkRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, shown: str, show_handled: bool) -> None:
        self.beginResetModel()
        self.shown_filter, self.show_handled = shown, show_handled
        self._rows = self._visible()
        self.endResetModel()

    def _accepts(self) -> Callable[[WorkRow], bool]:
        shown, show_handled = self.shown_filter, self.show_handled
        if shown == ALL:
            def wanted(row: WorkRow) -> bool:
                return True
        elif shown == NEEDS_ACTION:
            def wanted(row: WorkRow) -> bool:
                return row.category != PluxeeCategory.MATCHED
        else:
            def wanted(row: WorkRow) -> bool:
                return row.category == shown
        return lambda row: wanted(row) and (show_handled or not row.handled)

    def _visible(self) -> list[WorkRow]:
        accepts = self._accepts()
        rows = [row for row in self._all if accepts(row)]
        if self._sort is not None:
            column, descending = self._sort
            rows.sort(key=lambda r: sort_value(r, column), reverse=descending)
        self._positions = {row.id: position for position, row in enumerate(rows)}
        return rows

    def all_rows(self) -> list[WorkRow]:
        return list(self._all)

    def row_at(self, row: int) -> WorkRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows_of(self, ids: Iterable[int]) -> list[WorkRow]:
        positions = sorted(p for p in map(self._positions.get, ids) if p is not None)
        return [self._rows[p] for p in positions]

    def row_of(self, row_id: int) -> int | None:
        return self._positions.get(row_id)

    cached_row_of = row_of  # what `IdTableView.select_ids` asks (no scan of every row)

    # --- Qt -----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        before = {id(r): i for i, r in enumerate(self._rows)}
        self._rows = self._visible()
        moved = {before[id(r)]: i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.row() in moved:
                self.changePersistentIndex(index, self.index(moved[index.row()],
                                                             index.column()))
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT
                and role == Qt.ItemDataRole.DisplayRole):
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                HOURS_PLUXEE, HOURS_HERE, PRESTATION):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.handled:
                return _GREY
            if _differs(row, column):
                return _DIFFERENT
        return None

    @staticmethod
    def _tooltip(row: WorkRow, column: int) -> str | None:
        if column == CATEGORY:
            return pluxee_category_help(row.category)
        if column == STATUS_PLUXEE and row.status_text:
            return row.status_text + (f" ({date_text(row.status_date)})"
                                      if row.status_date else "")
        return row.message or None  # the whole message, wherever the row is pointed at
