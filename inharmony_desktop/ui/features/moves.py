"""Moving prestations from the window: a drop on the customer tree, "Verplaatsen
naar…" in the context menu or the Edit menu. Every path ends in one
`MovePrestationsCommand` on the window's undo stack.

The questions the office must answer are seams that tests replace:
`ask_target` (the user-number picker), `ask_customer_number` (which number of
a customer with several) and `confirm_other_customer`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import lookups, moves
from inharmony_desktop.ui.commands.base import CommandRunner
from inharmony_desktop.ui.commands.prestations import MarkCorrectedCommand, MovePrestationsCommand
from inharmony_desktop.ui.dialogs.move_target import MoveTargetDialog, confirm_other_customer
from inharmony_desktop.ui.labels import user_number_text

ErrorSink = Callable[[str], None]


def target_text(user_number_id: int) -> str:
    found = lookups.number_and_holder(user_number_id)
    return f"{user_number_text(found[0])} ({found[1]})" if found else "?"


def customer_numbers(customer_id: int) -> list[tuple[int, str]]:
    """The active user numbers of one customer, as picker choices."""
    return [(number_id, f"{user_number_text(number)} — {holder} ({name})")
            for number_id, number, holder, name in lookups.active_numbers_of(customer_id)]


class MoveController(QObject):
    """Signals:
    prestations_moved(ids, user_number_id, corrections): a move was done (not sent for
        undo/redo); `corrections` of the moved prestations must be redone in Pluxee.
    """

    prestations_moved = Signal(list, int, int)

    def __init__(self, window, runner: CommandRunner, show_error: ErrorSink) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.show_error = show_error
        self.ask_target: Callable[..., int | None] = MoveTargetDialog.ask
        self.ask_customer_number: Callable[..., int | None] = MoveTargetDialog.ask
        self.confirm_other_customer: Callable[..., bool] = confirm_other_customer

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
                    self.window,
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
        target = self.ask_target(self.window, len(ids))
        if target is None:
            return False
        return self.move(ids, target)

    def move(self, ids: list[int], user_number_id: int) -> bool:
        """Move `ids` to the user number: one undoable command, or a message."""
        text = target_text(user_number_id)
        command = MovePrestationsCommand(ids, user_number_id, text)
        try:
            self.runner.run(command)
        except moves.OtherCustomerError as exc:
            if not self.confirm_other_customer(self.window, text, exc.customers):
                return False
            command = MovePrestationsCommand(ids, user_number_id, text, allow_other_customer=True)
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


def install(window) -> MoveController:
    """Wire moving into the main window: the tree as drop target, "Move to…" and
    "History…" in the Edit and context menus, the "To correct in Pluxee" tab
    and details section. Returns the controller (`window.move_controller`)."""
    from inharmony_desktop.ui import broadcast, messages
    from inharmony_desktop.ui.dialogs.history import HistoryDialog
    from inharmony_desktop.ui.views.corrections import CorrectionsPanel, CorrectionsSection

    controller = MoveController(window, window.editor.runner, lambda text: messages.show_error(window, text))
    window.tree_model.drop_handler = controller.drop
    panel = CorrectionsPanel(window, show_error=lambda text: messages.show_error(window, text))
    window.corrections = panel
    window.add_tab(
        "corrections",
        panel,
        QCoreApplication.translate("MoveController", "To correct in Pluxee"),
        {broadcast.PRESTATION, broadcast.CUSTOMER, broadcast.USER_NUMBER},
        edit=lambda ids: window.editor.edit_prestation(ids[0]),
    )
    section = CorrectionsSection(window.details.widget())
    window.details.add_section(section)

    def show_history(kind: str, entity_id: int) -> None:
        try:
            HistoryDialog.ask(window, kind, entity_id)
        except KnownError as exc:
            messages.show_error(window, exc)

    def selected_prestations() -> list[int]:
        table = panel.table if window.tabs.currentWidget() is panel else window.prestations.table
        return table.selected_ids()

    def history_of_selection() -> None:
        kind, entity_id = window.customers.selected()
        ids = selected_prestations()
        if kind == "user_number" and (window._tree_has_focus() or not ids):
            show_history("user_number", entity_id)
        elif ids:
            show_history("prestation", ids[0])

    def report(ids: list, user_number_id: int, to_correct: int) -> None:
        text = QCoreApplication.translate(
            "MoveController", "%n prestation(s) moved to {target}.", None, len(ids)
        ).format(target=target_text(user_number_id))
        if to_correct:
            text += " " + QCoreApplication.translate(
                "MoveController", "%n to correct in Pluxee.", None, to_correct
            )
        window.statusBar().showMessage(text, 10_000)

    controller.prestations_moved.connect(report)
    a = window.actions_
    a.move_to.triggered.connect(lambda: controller.move_with_picker(selected_prestations()))
    a.history.triggered.connect(history_of_selection)
    a.show_corrections.triggered.connect(lambda: window.tabs.setCurrentWidget(panel))
    panel.tick_requested.connect(controller.tick_off)
    panel.history_requested.connect(lambda pid: show_history("prestation", pid))
    section.history_requested.connect(show_history)
    section.open_list_requested.connect(lambda: window.tabs.setCurrentWidget(panel))

    def prestation_menu(menu, ids) -> None:
        if ids:
            menu.addSeparator()
            menu.addActions([a.move_to, a.history])

    def tree_menu(menu, kind, _id) -> None:
        if kind == "user_number":
            menu.addSeparator()
            menu.addAction(a.history)

    window.prestations.table.menu_builders.append(prestation_menu)
    panel.table.menu_builders.append(prestation_menu)
    window.customers.menu_builders.append(tree_menu)
    return controller
