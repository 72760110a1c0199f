"""The 'Te corrigeren in Pluxee' rows as a table: a thin adapter over
`core.services.corrections`, keyed by prestation id.

The first column is a check box: ticking it does not change the row itself,
it emits `tick_requested` so that the panel pushes an undoable command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import status_label, user_number_text
from inharmony_desktop.ui.models import ID_ROLE

if TYPE_CHECKING:  # the corrections service loads when the list is first shown
    from inharmony_desktop.core.services.corrections import CorrectionRow

Index = QModelIndex

DONE, DATE, HOURS, CUSTOMER, OLD, NEW, HELPER, STATUS, REASON = range(9)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def number_with_holder(number: str | None, holder: str | None) -> str:
    if not number:
        return ""
    return f"{user_number_text(number)}  {holder or ''}".rstrip()


def reason_label(row: CorrectionRow) -> str:
    if row.old_number is None:
        return QCoreApplication.translate("CorrectionTableModel", "changed after registration")
    return QCoreApplication.translate("CorrectionTableModel", "moved")


class CorrectionTableModel(QAbstractTableModel):
    """Signals:
    tick_requested(ids): the office ticked these prestations off (done in Pluxee).
    """

    tick_requested = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CorrectionRow] = []

    def reload(self) -> None:
        from inharmony_desktop.core.services import corrections

        self.beginResetModel()
        self._rows = corrections.corrections()
        self.endResetModel()

    def rows(self) -> list[CorrectionRow]:
        return list(self._rows)

    def row_of(self, prestation_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.prestation_id == prestation_id:
                return i
        return -1

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CorrectionTableModel", "Done"),
            QCoreApplication.translate("CorrectionTableModel", "Date"),
            QCoreApplication.translate("CorrectionTableModel", "Hours"),
            QCoreApplication.translate("CorrectionTableModel", "Customer"),
            QCoreApplication.translate("CorrectionTableModel", "Registered on (old)"),
            QCoreApplication.translate("CorrectionTableModel", "Now on (new)"),
            QCoreApplication.translate("CorrectionTableModel", "Helper"),
            QCoreApplication.translate("CorrectionTableModel", "Status"),
            QCoreApplication.translate("CorrectionTableModel", "Reason"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 9
        ):
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.prestation_id
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOURS:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == DONE:
            return QCoreApplication.translate(
                "CorrectionTableModel", "Tick off when this prestation was corrected in Pluxee's zone."
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        return None

    @staticmethod
    def text(row: CorrectionRow, column: int) -> str:
        if column == DATE:
            return date_text(row.date)
        if column == HOURS:
            return str(row.hours)
        if column == CUSTOMER:
            return f"{row.customer_name} ({row.customer_reference})"
        if column == OLD:
            return number_with_holder(row.old_number, row.old_holder)
        if column == NEW:
            return number_with_holder(row.new_number, row.new_holder)
        if column == HELPER:
            return row.helper
        if column == STATUS:
            return status_label(row.status)
        if column == REASON:
            return reason_label(row)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and index.column() == DONE
            and role == Qt.ItemDataRole.CheckStateRole
            and Qt.CheckState(value) == Qt.CheckState.Checked
        ):
            self.tick_requested.emit([self._rows[index.row()].prestation_id])
            return True
        return False
