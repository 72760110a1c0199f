"""Moving prestations from the window: a drop on the customer tree, "Verplaatsen
naar…" in the context menu or the Edit menu. Every path ends in one
`MovePrestationsCommand` on the window's undo stack.

The questions the office must answer are seams that tests replace:
`ask_target` (the user-number picker), `ask_customer_number` (which number of
a customer with several) and `confirm_other_customer`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import lookups
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.commands.base import CommandRunner
from inharmony_desktop.ui.commands.prestations import MarkCorrectedCommand, MovePrestationsCommand
from inharmony_desktop.ui.features.parts import AddTab, ShowStatus
from inharmony_desktop.ui.labels import user_number_text
from inharmony_desktop.ui.models.customer_tree import CustomerTreeModel
from inharmony_desktop.ui.views.corrections import CorrectionsPanel, CorrectionsSection
from inharmony_desktop.ui.views.customer_tree import CustomerPanel
from inharmony_desktop.ui.views.details import DetailsPanel
from inharmony_desktop.ui.views.id_table import IdTableView

ErrorSink = Callable[[str], None]


def target_text(user_number_id: int) -> str:
    found = lookups.number_and_holder(user_number_id)
    return f"{user_number_text(found[0])} ({found[1]})" if found else "?"


def customer_numbers(customer_id: int) -> list[tuple[int, str]]:
    """The active user numbers of one customer, as picker choices."""
    return [(number_id, f"{user_number_text(number)} — {holder} ({name})")
            for number_id, number, holder, name in lookups.active_numbers_of(customer_id)]


def _ask_target(*args, **kwargs) -> int | None:
    from inharmony_desktop.ui.dialogs.move_target import MoveTargetDialog  # loaded when used

    return MoveTargetDialog.ask(*args, **kwargs)


def _confirm_other_customer(*args, **kwargs) -> bool:
    from inharmony_desktop.ui.dialogs.move_target import confirm_other_customer

    return confirm_other_customer(*args, **kwargs)


class MoveController(QObject):
    """Signals:
    prestations_moved(ids, user_number_id, corrections): a move was done (not sent for
        undo/redo); `corrections` of the moved prestations must be redone in Pluxee.
    """

    prestations_moved = Signal(list, int, int)

    def __init__(self, parent: QWidget, runner: CommandRunner, show_error: ErrorSink) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.show_error = show_error
        self.ask_target: Callable[..., int | None] = _ask_target
        self.ask_customer_number: Callable[..., int | None] = _ask_target
        self.confirm_other_customer: Callable[..., bool] = _confirm_other_customer

    # --- the three ways in -------------------------------------------------------------------
    def drop(self, ids: list[int], kind: str, entity_id: int) -> bool:
        """A drop on the tree: on a user number, or on a customer (its one number,
        or the number the office picks). True when a command was pushed."""
        if not ids:
            return False
        if kind == "customer":
            choices = customer_numbers(entity_id)
            if not choices:
                self.show_error(
                    QCoreApplication.translate("MoveController", "This customer has no active user number.")
                )
                return False
            if len(choices) == 1:
                target = choices[0][0]
            else:
                target = self.ask_customer_number(
                    self.parent_widget,
                    len(ids),
                    choices,
                    title=QCoreApplication.translate("MoveController", "Which user number?"),
                )
                if target is None:
                    return False
            return self.move(ids, target)
        if kind == "user_number":
            return self.move(ids, entity_id)
        return False

    def move_with_picker(self, ids: list[int]) -> bool:
        """ "Verplaatsen naar…": pick the user number, then move."""
        if not ids:
            self.show_error(
                QCoreApplication.translate("MoveController", "Select the prestations to move first.")
            )
            return False
        target = self.ask_target(self.parent_widget, len(ids))
        if target is None:
            return False
        return self.move(ids, target)

    def move(self, ids: list[int], user_number_id: int, *,
             make: Callable[..., MovePrestationsCommand] = MovePrestationsCommand) -> bool:
        """Move `ids` to the user number: one undoable command, or a message. `make` builds
        the command (a subclass that does more in the same step, e.g. the Pluxee work list's)."""
        from inharmony_desktop.core.services import moves  # loaded with the first move

        text = target_text(user_number_id)
        command = make(ids, user_number_id, text)
        try:
            self.runner.run(command)
        except moves.OtherCustomerError as exc:
            if not self.confirm_other_customer(self.parent_widget, text, exc.customers):
                return False
            command = make(ids, user_number_id, text, allow_other_customer=True)
            if not self._run(command):
                return False
        except KnownError as exc:
            self.show_error(str(exc))
            return False
        result = command.result
        self.prestations_moved.emit(result.moved_ids, user_number_id, len(result.correction_ids))
        return True

    # --- the correction list ------------------------------------------------------------------
    def tick_off(self, ids: list[int]) -> bool:
        return bool(ids) and self._run(MarkCorrectedCommand(ids))

    def _run(self, command) -> bool:
        try:
            self.runner.run(command)
        except KnownError as exc:
            self.show_error(str(exc))
            return False
        return True


@dataclass(frozen=True)
class MoveParts:
    """The window parts moving prestations uses."""

    parent: QWidget  # of the dialogs and messages
    runner: CommandRunner
    actions: Actions  # move_to, history, show_corrections
    customers: CustomerPanel
    tree_model: CustomerTreeModel
    prestations_table: IdTableView
    details: DetailsPanel
    tabs: QTabWidget
    add_tab: AddTab
    edit_prestation: Callable[[int], object]
    tree_has_focus: Callable[[], bool]
    show_status: ShowStatus


class MoveFeature:
    """Moving wired into the window: the tree as drop target, "Move to…" and
    "History…" in the Edit and context menus, the "To correct in Pluxee" tab
    (`panel`) and details section. `controller` is the `MoveController`."""

    def __init__(self, parts: MoveParts) -> None:
        self.parts = parts
        parent = parts.parent
        self.controller = MoveController(parent, parts.runner,
                                         lambda text: messages.show_error(parent, text))
        parts.tree_model.drop_handler = self.controller.drop
        self.panel = CorrectionsPanel(parent, show_error=lambda text: messages.show_error(
            parent, text))
        parts.add_tab(
            "corrections", self.panel,
            QCoreApplication.translate("MoveController", "To correct in Pluxee"),
            {broadcast.PRESTATION, broadcast.CUSTOMER, broadcast.USER_NUMBER},
            edit=lambda ids: parts.edit_prestation(ids[0]),
        )
        self.section = CorrectionsSection(parts.details.widget())
        parts.details.add_section(self.section)
        self._connect()
        self._add_menu_entries()

    def _connect(self) -> None:
        actions, panel = self.parts.actions, self.panel
        self.controller.prestations_moved.connect(self._report)
        actions.move_to.triggered.connect(
            lambda: self.controller.move_with_picker(self._selected_prestations()))
        actions.history.triggered.connect(self._history_of_selection)
        actions.show_corrections.triggered.connect(self._show_list)
        panel.tick_requested.connect(self.controller.tick_off)
        panel.history_requested.connect(lambda pid: self.show_history("prestation", pid))
        self.section.history_requested.connect(self.show_history)
        self.section.open_list_requested.connect(self._show_list)

    def _add_menu_entries(self) -> None:
        actions = self.parts.actions

        def prestation_menu(menu, ids) -> None:
            if ids:
                menu.addSeparator()
                menu.addActions([actions.move_to, actions.history])

        def tree_menu(menu, kind, _id) -> None:
            if kind == "user_number":
                menu.addSeparator()
                menu.addAction(actions.history)

        self.parts.prestations_table.menu_builders.append(prestation_menu)
        self.panel.table.menu_builders.append(prestation_menu)
        self.parts.customers.menu_builders.append(tree_menu)

    def _show_list(self) -> None:
        self.parts.tabs.setCurrentWidget(self.panel)

    def show_history(self, kind: str, entity_id: int) -> None:
        from inharmony_desktop.ui.dialogs.history import HistoryDialog  # loaded when used

        try:
            HistoryDialog.ask(self.parts.parent, kind, entity_id)
        except KnownError as exc:
            messages.show_error(self.parts.parent, exc)

    def _selected_prestations(self) -> list[int]:
        showing_list = self.parts.tabs.currentWidget() is self.panel
        table = self.panel.table if showing_list else self.parts.prestations_table
        return table.selected_ids()

    def _history_of_selection(self) -> None:
        kind, entity_id = self.parts.customers.selected()
        ids = self._selected_prestations()
        if kind == "user_number" and (self.parts.tree_has_focus() or not ids):
            self.show_history("user_number", entity_id)
        elif ids:
            self.show_history("prestation", ids[0])

    def _report(self, ids: list, user_number_id: int, to_correct: int) -> None:
        text = QCoreApplication.translate(
            "MoveController", "%n prestation(s) moved to {target}.", None, len(ids)
        ).format(target=target_text(user_number_id))
        if to_correct:
            text += " " + QCoreApplication.translate(
                "MoveController", "%n to correct in Pluxee.", None, to_correct
            )
        self.parts.show_status(text, 10_000)
