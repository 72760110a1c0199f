"""Actions that cannot apply are greyed out before the user invests work, with the
reason as their tooltip (and in the status bar when pointed at).

- Move to…, the split editor and Delete: not for paid prestations (and Delete not
  for prestations already in Pluxee's zone either), not without a selection;
- Switch to electronic: not for a user number that already pays electronically.

The states follow the prestations table's selection, the open tab and the
customer tree's selection. Each action keeps its own tooltip for when it applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from inharmony_desktop.core.services import prestations
from inharmony_desktop.core.vocabulary import Medium
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.labels import user_number_text
from inharmony_desktop.ui.models.customer_tree import CustomerTreeModel
from inharmony_desktop.ui.views.customer_tree import CustomerPanel
from inharmony_desktop.ui.views.id_table import IdTableView


@dataclass
class AvailabilityParts:
    """The window parts whose state decides what can apply."""

    actions: Actions
    tabs: QTabWidget
    prestations_tab: QWidget
    prestations_table: IdTableView
    customers: CustomerPanel
    tree_model: CustomerTreeModel
    tab_deletes: Callable[[], bool] = lambda: True  # the open tab has rows to delete


class ActionAvailability(QObject):
    def __init__(self, parts: AvailabilityParts) -> None:
        super().__init__(parts.tabs)
        self.parts = parts
        self.own_tips: dict[QAction, tuple[str, str]] = {}  # tooltip, status tip
        table = parts.prestations_table
        table.selectionModel().selectionChanged.connect(self.update)
        table.model().modelReset.connect(self.update)
        parts.tabs.currentChanged.connect(self.update)
        parts.customers.selection_changed.connect(self.update)
        self.update()

    @Slot()
    def update(self) -> None:
        actions = self.parts.actions
        on_prestations = self.parts.tabs.currentWidget() is self.parts.prestations_tab
        ids = self.parts.prestations_table.selected_ids() if on_prestations else []
        state = prestations.selection_state(ids) if ids else None
        choose = self.tr("Select one or more prestations first.")
        paid = self.tr("Paid prestations cannot be moved, split or deleted; "
                       "take them out of the selection.")
        self._set(actions.move_to, None if state and not state.paid else
                  (paid if state else choose))
        self._set(actions.edit_split, None if state and not state.paid else
                  (paid if state else choose))
        if on_prestations and not self.parts.customers.tree.hasFocus():
            in_zone = self.tr("Prestations already in Pluxee's zone are not deleted: "
                              "cancel them, or correct them in Pluxee first.")
            reason = (choose if state is None else paid if state.paid
                      else in_zone if state.at_pluxee else None)
            self._set(actions.delete, reason)
        elif self.parts.customers.tree.hasFocus() or self.parts.tab_deletes():
            self._set(actions.delete, None)
        else:
            self._set(actions.delete, self.tr("Nothing in this tab is deleted here."))
        self._set(actions.switchover, self._switchover_reason())

    def _switchover_reason(self) -> str | None:
        kind, entity_id = self.parts.customers.selected()
        if kind != "user_number" or entity_id is None:
            return None  # the wizard lets the user pick a number that pays on paper
        if self.parts.tree_model.mode_of(entity_id) == Medium.ELECTRONIC:
            number = self.parts.tree_model.number_of(entity_id)
            return self.tr("{number} already pays electronically.").format(
                number=user_number_text(number))
        return None

    def _set(self, action: QAction, reason: str | None) -> None:
        """Enable `action`, or disable it with `reason` as its tooltip and status tip."""
        if action not in self.own_tips:
            self.own_tips[action] = (action.toolTip(), action.statusTip())
        action.setEnabled(reason is None)
        tooltip, status_tip = self.own_tips[action] if reason is None else (reason, reason)
        action.setToolTip(tooltip)
        action.setStatusTip(status_tip)
