"""Edit and Delete (Enter, Del, the menus) on whatever is selected: the customer or
user number in the tree when the tree has the focus, otherwise the rows selected
in the tab on top, through that tab's own `edit` / `delete` (ui/features/tab_set.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.features.tab_set import TabEntry, TabSet
from inharmony_desktop.ui.views.customer_tree import CustomerPanel


@dataclass(frozen=True)
class SelectionParts:
    window: QWidget  # whose focus widget decides between the tree and the tab
    customers: CustomerPanel
    tab_set: TabSet
    editor: Editor


class SelectionActions:
    def __init__(self, parts: SelectionParts) -> None:
        self.parts = parts

    def tree_has_focus(self) -> bool:
        focus = self.parts.window.focusWidget()
        customers = self.parts.customers
        return focus is not None and (focus is customers.tree or customers.isAncestorOf(focus))

    def edit(self) -> None:
        kind, entity_id = self.parts.customers.selected()
        if self.tree_has_focus() and kind:
            self.open_in_tree(kind, entity_id)
            return
        entry, ids = self._selected_in_tab()
        if ids and entry.edit is not None:
            entry.edit(ids)

    def delete(self) -> None:
        kind, entity_id = self.parts.customers.selected()
        if self.tree_has_focus() and kind:
            if kind == "customer":
                self.parts.editor.delete_customer(entity_id)
            else:
                self.parts.editor.delete_user_number(entity_id)
            return
        entry, ids = self._selected_in_tab()
        if ids and entry.delete is not None:
            entry.delete(ids)

    def open_in_tree(self, kind: str, entity_id: int) -> None:
        """A customer or user number of the tree opened (double-click, Enter): its dialog."""
        if kind == "customer":
            self.parts.editor.edit_customer(entity_id)
        elif kind == "user_number":
            self.parts.editor.edit_user_number(entity_id)

    def _selected_in_tab(self) -> tuple[TabEntry, list[int]]:
        entry = self.parts.tab_set.current()
        return entry, entry.widget.table.selected_ids() if hasattr(entry.widget, "table") else []
