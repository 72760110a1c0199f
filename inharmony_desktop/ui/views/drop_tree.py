"""A tree view that takes dropped prestations and shows where they will land.

While a drag with prestation ids hovers over a customer or user number that
accepts it, that row is painted in the highlight colour; the drop itself is
Qt's own: the model's `dropMimeData` turns the ids into one move command.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QTreeView, QWidget

from inharmony_desktop.ui.models.prestation_mime import PRESTATION_IDS

HOVER_COLOUR = QColor("#ffd166")


class DropTreeView(QTreeView):
    """A QTreeView whose rows are drop targets for prestation ids (`PRESTATION_IDS`).

    `drop_target()` is the row under a hovering drag (invalid when none).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAutoExpandDelay(700)
        self._hover = QPersistentModelIndex()

    def drop_target(self) -> QModelIndex:
        return QModelIndex(self._hover) if self._hover.isValid() else QModelIndex()

    def _accepts(self, event: QDropEvent) -> QModelIndex:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(PRESTATION_IDS):
            return QModelIndex()
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return QModelIndex()
        index = index.siblingAtColumn(0)
        if not self.model().flags(index) & Qt.ItemFlag.ItemIsDropEnabled:
            return QModelIndex()
        if not self.model().canDropMimeData(mime, event.dropAction(), -1, -1, index):
            return QModelIndex()
        return index

    def _set_hover(self, index: QModelIndex) -> None:
        if QModelIndex(self._hover) == index:
            return
        self._hover = QPersistentModelIndex(index)
        self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and mime.hasFormat(PRESTATION_IDS):
            event.acceptProposedAction()
            self._set_hover(self._accepts(event))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        index = self._accepts(event)
        self._set_hover(index)
        if index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hover(QModelIndex())
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        index = self._accepts(event)
        self._set_hover(QModelIndex())
        if not index.isValid():
            event.ignore()
            return
        mime = event.mimeData()
        if self.model().dropMimeData(mime, event.dropAction(), -1, -1, index):
            event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its rows
            event.accept()
        else:
            event.ignore()

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem,
                index: QModelIndex) -> None:
        hovered = QModelIndex(self._hover)
        if hovered.isValid() and index.row() == hovered.row() \
                and index.parent() == hovered.parent():
            painter.fillRect(option.rect, HOVER_COLOUR)
            option = QStyleOptionViewItem(option)
            option.palette.setColor(QPalette.ColorRole.Base, HOVER_COLOUR)
            option.palette.setColor(QPalette.ColorRole.AlternateBase, HOVER_COLOUR)
        super().drawRow(painter, option, index)
