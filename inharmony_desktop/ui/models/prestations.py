"""The prestations table: a paged SQL model over `core.services.prestation_query`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from inharmony_desktop.core.services import prestation_query
from inharmony_desktop.core.vocabulary import Status
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import activity_label, status_label, user_number_text
from inharmony_desktop.ui.models.paged import Index, PagedTableModel
from inharmony_desktop.ui.models.prestation_mime import PRESTATION_IDS, encode_ids

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_GREY = QBrush(QColor("#8a8a8a"))
_CORRECTION = QBrush(QColor("#fff1c2"))


HOURS_COLUMN = 5
# Only the hours are edited in place: every other field has rules (split, user number,
# status) that the prestation dialog explains. Paid or cancelled prestations stay as they are.
_FIXED_STATUSES = (Status.PAID, Status.CANCELLED)


class PrestationTableModel(PagedTableModel):
    """Prestations filtered by `prestation_filter`, sorted in SQL, fetched per page.

    Signals:
        edit_requested(prestation_id, changes): the hours were typed in the table; the
            window turns this into an undoable command (the model never writes itself).
    """

    edit_requested = Signal(int, dict)

    ROLES = frozenset({
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
    })

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prestation_filter = prestation_query.PrestationFilter()
        self.sort_column = 0
        self.descending = True

    # --- dragging prestations onto a user number (the customer tree decodes the ids) ---------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == HOURS_COLUMN:
            row = self.row_at(index.row())
            if row is not None and row.status not in _FIXED_STATUSES:  # type: ignore[attr-defined]
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != HOURS_COLUMN:
            return False
        row = self.row_at(index.row())
        try:
            hours = int(value)
        except (TypeError, ValueError):
            return False
        if row is None or not 1 <= hours <= 12:
            return False
        if hours != row.hours:  # type: ignore[attr-defined]
            self.edit_requested.emit(row.id, {"hours": hours})  # type: ignore[attr-defined]
        return True

    def mimeTypes(self) -> list[str]:
        return [PRESTATION_IDS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids(self.ids_for_rows(rows))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PrestationTableModel", "Date"),
            QCoreApplication.translate("PrestationTableModel", "Customer"),
            QCoreApplication.translate("PrestationTableModel", "User number"),
            QCoreApplication.translate("PrestationTableModel", "Helper"),
            QCoreApplication.translate("PrestationTableModel", "Activity"),
            QCoreApplication.translate("PrestationTableModel", "Hours"),
            QCoreApplication.translate("PrestationTableModel", "Paper / electronic"),
            QCoreApplication.translate("PrestationTableModel", "Status"),
        ]

    def set_filter(self, prestation_filter: prestation_query.PrestationFilter) -> None:
        if prestation_filter != self.prestation_filter:
            self.prestation_filter = prestation_filter
            self.reload()

    def _count(self) -> int:
        return prestation_query.count(self.prestation_filter)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return prestation_query.page(
            self.prestation_filter,
            sort_column=self.sort_column,
            descending=self.descending,
            offset=offset,
            limit=limit,
            total=total,
        )

    def _cell(self, row: tuple, column: int, role: int) -> Any:
        p: prestation_query.PrestationRow = row  # type: ignore[assignment]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == Qt.ItemDataRole.EditRole:
            return p.hours if column == HOURS_COLUMN else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6):
            return _RIGHT if column == 5 else _CENTER
        if role == Qt.ItemDataRole.ForegroundRole and p.status == Status.CANCELLED:
            return _GREY
        if role == Qt.ItemDataRole.BackgroundRole and p.needs_correction:
            return _CORRECTION
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and p.split_manual:
            return QCoreApplication.translate(
                "PrestationTableModel", "Split set by hand: it no longer follows the payment mode."
            )
        if role == Qt.ItemDataRole.ToolTipRole and p.needs_correction:
            return QCoreApplication.translate(
                "PrestationTableModel", "Changed after registration: correct it in Pluxee too."
            )
        return None

    @staticmethod
    def _text(p: prestation_query.PrestationRow, column: int) -> str:
        if column == 0:
            return date_text(p.date)
        if column == 1:
            return p.customer
        if column == 2:
            return user_number_text(p.number)
        if column == 3:
            return p.helper
        if column == 4:
            return activity_label(p.activity)
        if column == 5:
            return str(p.hours)
        if column == 6:
            return f"{p.paper} / {p.electronic}" + (" ✎" if p.split_manual else "")
        return status_label(p.status)

    def row_info(self, row: int) -> prestation_query.PrestationRow | None:
        found = self.row_at(row)
        return found  # type: ignore[return-value]
