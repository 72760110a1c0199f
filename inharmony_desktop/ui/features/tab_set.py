"""The tabs in the middle of the window: each one's broadcast kinds, Edit and Delete,
and when it reads its rows.

A tab reads its rows when it is first shown: when the window opens only the tab
on top does (reading the schedules or the helpers of a large office behind it
would slow the opening down), the others when the office first clicks them.
From then on a tab refreshes after every change of a kind in its `on_change`,
shown or not, as the window always did.

A tab widget has `refresh()`; it may have `set_scope(kind, id)` (it follows the
tree), `table` (an `IdTableView`, whose header the window state keeps) and
`count_changed(int)`.

Signals:
    count_changed(shown): a tab's number of rows changed (the status bar counts).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTabWidget, QWidget

from inharmony_desktop.ui.features.parts import IdsAction


@dataclass
class TabEntry:
    key: str
    widget: QWidget
    on_change: set[str] = field(default_factory=set)
    edit: IdsAction | None = None
    delete: IdsAction | None = None
    loaded: bool = False  # its rows were read at least once


class TabSet(QObject):
    count_changed = Signal(int)

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.entries: list[TabEntry] = []
        # No tab is read before the window's first `refresh_all`: the first tab added
        # becomes current while the window is still being built.
        self.started = False
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, widget: QWidget, title: str, on_change: set[str] | None = None,
            *, edit: IdsAction | None = None, delete: IdsAction | None = None) -> None:
        self.entries.append(TabEntry(key, widget, set(on_change or ()), edit, delete))
        self.tabs.addTab(widget, title)
        if hasattr(widget, "count_changed"):
            widget.count_changed.connect(self.count_changed)

    def current(self) -> TabEntry:
        return self.entries[self.tabs.currentIndex()]

    def is_loaded(self, widget: QWidget) -> bool:
        return any(entry.loaded for entry in self.entries if entry.widget is widget)

    def refresh_all(self) -> None:
        """Read again every tab read before, and the one on top; the others wait until
        they are shown."""
        self.started = True
        current = self.tabs.currentWidget()
        for entry in self.entries:
            if entry.loaded or entry.widget is current:
                self._refresh(entry)

    def refresh_kind(self, kind: str) -> None:
        """After a change of `kind`: refresh the tabs that show it (and were read)."""
        current = self.tabs.currentWidget()
        for entry in self.entries:
            if kind in entry.on_change and (entry.loaded or entry.widget is current):
                self._refresh(entry)

    def set_scope(self, kind: str, entity_id: int) -> None:
        for entry in self.entries:
            if hasattr(entry.widget, "set_scope"):
                entry.widget.set_scope(kind, entity_id)

    def headers(self) -> dict[str, QHeaderView]:
        """The table headers whose column widths and sorting the window state keeps."""
        return {entry.key: entry.widget.table.horizontalHeader()
                for entry in self.entries if hasattr(entry.widget, "table")}

    def _refresh(self, entry: TabEntry) -> None:
        entry.loaded = True
        entry.widget.refresh()

    @Slot(int)
    def _shown(self, index: int) -> None:
        if self.started and 0 <= index < len(self.entries) and not self.entries[index].loaded:
            self._refresh(self.entries[index])
