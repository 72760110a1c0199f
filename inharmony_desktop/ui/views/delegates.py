"""Item delegates for in-place editing in the tables."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class HoursDelegate(QStyledItemDelegate):
    """A spin box of 1-12 vouchers: a prestation's hours are whole vouchers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, 12)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor
