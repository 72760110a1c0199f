"""A table view that speaks in entity ids: selection kept across reloads,
context-menu entries added by anyone, double-click to edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from inharmony_desktop.ui.models import ID_ROLE

MenuBuilder = Callable[[QMenu, list[int]], None]


def drag_badge(text: str, font: QFont) -> QPixmap:
    """A rounded label such as "3 prestaties" to drag instead of a picture of the rows."""
    metrics = QFontMetrics(font)
    width, height = metrics.horizontalAdvance(text) + 20, metrics.height() + 10
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2c6e8a"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, width, height, height / 2, height / 2)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class IdTableView(QTableView):
    """Signals:
        selection_changed_ids(ids): the selected entity ids changed.
        activated_id(id): a row was double-clicked or Enter was pressed on it.

    To add a context-menu entry: `view.menu_builders.append(builder)`, where
    `builder(menu, selected_ids)` adds its actions to the menu.
    """

    selection_changed_ids = Signal(list)
    activated_id = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.menu_builders: list[MenuBuilder] = []
        self._kept_ids: list[int] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(lambda index: self._activate(index.row()))

    # What a drag shows beside the cursor: a small badge, so the drop target stays visible.
    drag_label: Callable[[int], str] = staticmethod(str)

    def startDrag(self, supported: Qt.DropAction) -> None:
        rows = self.selectionModel().selectedRows()
        data = self.model().mimeData(rows) if rows else None
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        badge = drag_badge(self.drag_label(len(rows)), self.font())
        drag.setPixmap(badge)
        drag.setHotSpot(QPoint(-14, badge.height() // 2))  # beside the cursor, not under it
        drag.exec(supported, self.defaultDropAction())

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        model = self.model()
        ids = [model.index(r, 0).data(ID_ROLE) for r in rows]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows of these ids that are on screen (pages already fetched)."""
        model = self.model()
        finder = getattr(model, "cached_row_of", None)
        selection = QItemSelection()
        first = None
        for entity_id in ids:
            row = finder(entity_id) if finder else self._scan_row_of(entity_id)
            if row is None:
                continue
            first = row if first is None else first
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if first is not None:
            self.selectionModel().setCurrentIndex(
                model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _scan_row_of(self, entity_id: int) -> int | None:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == entity_id:
                return row
        return None

    def keyPressEvent(self, event) -> None:
        # Enter that confirms an in-place editor reaches the view too: it must not open
        # the dialog of the row as well.
        editing = self.state() == QAbstractItemView.State.EditingState
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing
                and self.currentIndex().isValid()):
            self._activate(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _activate(self, row: int) -> None:
        entity_id = self.model().index(row, 0).data(ID_ROLE)
        if entity_id is not None:
            self.activated_id.emit(entity_id)

    @Slot()
    def _remember_selection(self) -> None:
        self._kept_ids = self.selected_ids()

    @Slot()
    def _restore_selection(self) -> None:
        if self._kept_ids:
            self.select_ids(self._kept_ids)

    @Slot()
    def _selection_changed(self, *_args) -> None:
        self.selection_changed_ids.emit(self.selected_ids())

    @Slot(QPoint)
    def _show_menu(self, point: QPoint) -> None:
        if not self.menu_builders:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed-out entry says why
        ids = self.selected_ids()
        for build in self.menu_builders:
            build(menu, ids)
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(point))
