"""The customer tree on the left: quick search on top, customers and their user numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from inharmony_desktop.ui.formatting import SEARCH_MAX_LENGTH
from inharmony_desktop.ui.models import ID_ROLE, KIND_ROLE
from inharmony_desktop.ui.models.customer_tree import CustomerFilterProxy, CustomerTreeModel
from inharmony_desktop.ui.views.drop_tree import DropTreeView

MenuBuilder = Callable[[QMenu, str | None, int | None], None]


class CustomerPanel(QWidget):
    """Signals:
        selection_changed(kind, id): "customer" or "user_number" and its id, or ("", 0)
            when nothing is selected.
        activated(kind, id): double-click or Enter on a customer or user number.

    To add a context-menu entry: `panel.menu_builders.append(builder)` where
    `builder(menu, kind, id)` adds its actions. The tree view is `panel.tree`
    (drop targets can install themselves on it).
    """

    selection_changed = Signal(str, int)
    activated = Signal(str, int)

    def __init__(self, model: CustomerTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = CustomerFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.menu_builders: list[MenuBuilder] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Search customer, number or town"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self._search_changed)

        self.tree = DropTreeView(self)  # prestations can be dropped on a user number
        self.tree.setObjectName("customer_tree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The narrow columns hold a user number's payment mode and its vouchers this year;
        # the names keep the rest of the room on a laptop screen (the town and the holder's
        # full name are in the tooltip and the details panel).
        header.resizeSection(1, 50)
        header.resizeSection(2, 68)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        # While the tree is read in the background (the window has just opened).
        self.loading = QLabel(self.tr("Loading customers…"), self.tree.viewport())
        self.loading.setObjectName("tree_loading")
        self.loading.setStyleSheet("color: #6b6b6b; padding: 6px;")
        self.loading.setVisible(model.loading)
        model.loading_changed.connect(self._loading_changed)
        model.load_failed.connect(self._load_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def selected(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        index = index.siblingAtColumn(0)
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def selected_customer_id(self) -> int | None:
        kind, entity_id = self.selected()
        if kind == "customer":
            return entity_id
        if kind == "user_number":
            return self.model.customer_of_user_number(entity_id)
        return None

    def select(self, kind: str, entity_id: int) -> None:
        source = (self.model.index_of_customer(entity_id) if kind == "customer"
                  else self.model.index_of_user_number(entity_id))
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        if kind == "user_number":
            self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)  # only scrolls when the row is out of sight

    def reload(self) -> None:
        """Reload the data; the open customers, the selection and the scroll position stay."""
        kind, entity_id = self.selected()
        expanded = self.expanded_customer_ids()
        scrolled = self.tree.verticalScrollBar().value()
        self.model.reload()
        for customer_id in expanded:
            index = self.proxy.mapFromSource(self.model.index_of_customer(customer_id))
            if index.isValid():
                self.tree.expand(index)
        self.tree.verticalScrollBar().setValue(scrolled)
        if kind and entity_id is not None:
            self.select(kind, entity_id)

    def load_in_background(self) -> None:
        """Read the tree off the GUI thread; "Loading customers…" shows until it is there."""
        self.model.load_in_background()

    @Slot(bool)
    def _loading_changed(self, loading: bool) -> None:
        self.loading.setText(self.tr("Loading customers…"))
        self.loading.adjustSize()
        self.loading.setVisible(loading)

    @Slot(str)
    def _load_failed(self, reason: str) -> None:
        self.loading.setText(self.tr("The customers could not be read ({reason}). "
                                     "Try View › Refresh.").format(reason=reason))
        self.loading.setWordWrap(True)
        self.loading.resize(self.tree.viewport().width(), self.loading.heightForWidth(
            self.tree.viewport().width()))
        self.loading.show()

    def expanded_customer_ids(self) -> set[int]:
        ids: set[int] = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.tree.isExpanded(index):
                ids.add(index.data(ID_ROLE))
        return ids

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip() and self.proxy.rowCount() <= 20:
            self.tree.expandAll()
        elif not text.strip():
            self.tree.collapseAll()
            self.selection_changed.emit("", 0)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.selection_changed.emit("", 0)
            return
        index = current.siblingAtColumn(0)
        self.selection_changed.emit(index.data(KIND_ROLE), index.data(ID_ROLE))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        self.activated.emit(index.data(KIND_ROLE), index.data(ID_ROLE))

    @Slot(QPoint)
    def _show_menu(self, point: QPoint) -> None:
        kind, entity_id = self.selected()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed-out entry says why
        for build in self.menu_builders:
            build(menu, kind, entity_id)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))
