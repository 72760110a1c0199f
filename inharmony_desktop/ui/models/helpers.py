"""The helpers table: a small list model (about a hundred rows), sorted by a proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inharmony_desktop.core.services.helpers import HelperRow, list_helpers
from inharmony_desktop.ui.formatting import number_text
from inharmony_desktop.ui.models import ID_ROLE
from inharmony_desktop.ui.models.paged import Index

_GREY = QBrush(QColor("#8a8a8a"))


class HelperTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HelperRow] = []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("HelperTableModel", "Number"),
            QCoreApplication.translate("HelperTableModel", "Name"),
            QCoreApplication.translate("HelperTableModel", "Phone"),
            QCoreApplication.translate("HelperTableModel", "Hours per week"),
            QCoreApplication.translate("HelperTableModel", "Active"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_helpers()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if 0 <= section < 5 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return h.id
        if role == Qt.ItemDataRole.ForegroundRole and not h.active:
            return _GREY
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                h.reference,
                h.name,
                h.phone,
                number_text(h.contract_hours),
                QCoreApplication.translate("HelperTableModel", "yes")
                if h.active
                else QCoreApplication.translate("HelperTableModel", "no"),
            ][column]
        if role == Qt.ItemDataRole.EditRole:  # what the sort proxy compares
            return [h.reference, h.name.lower(), h.phone, h.contract_hours or 0.0, int(h.active)][
                column
            ]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rows(self) -> list[HelperRow]:
        return list(self._rows)
