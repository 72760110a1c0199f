"""A read-only table model that fetches its rows from SQL page by page.

Subclasses give `headers`, `_count()`, `_fetch(offset, limit, total)` and
`_cell(row, column, role)`; sorting and filtering happen in SQL. Rows are
plain tuples whose first item is the entity id; at most `MAX_PAGES` pages
are kept in memory (least recently used go first).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from inharmony_desktop.ui.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 50
    # The roles `_cell` answers; `None` for all. The view asks ~10 roles per cell and
    # paint: the others are answered here without looking up the row.
    ROLES: frozenset[int] | None = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._total = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.sort_column = 0
        self.descending = True
        self.fetch_count = 0  # pages read from the database, for tests and diagnostics
        self._titles: list[str] | None = None  # headers(), translated once

    # --- to implement -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        raise NotImplementedError

    def _cell(self, row: tuple, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- Qt model API -------------------------------------------------------------------------
    def titles(self) -> list[str]:
        """`headers()` translated once (the view asks for them on every layout)."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.titles()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total:
            return None
        if self.ROLES is not None and role not in self.ROLES and role != ID_ROLE:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row[0]
        return self._cell(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.titles()):
            return
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- public API ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Count again and forget every cached page (after a filter, sort or change)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = self._count()
        self.endResetModel()

    def row_at(self, row: int) -> tuple | None:
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * self.PAGE_SIZE, self.PAGE_SIZE, self._total)
            self.fetch_count += 1
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found[0] if found else None

    def ids_for_rows(self, rows: list[int]) -> list[int]:
        return [i for i in (self.id_at(r) for r in rows) if i is not None]

    def cached_row_of(self, entity_id: int) -> int | None:
        """The row of `entity_id` if its page is in memory (no query)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row[0] == entity_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def cached_page_count(self) -> int:
        return len(self._pages)
