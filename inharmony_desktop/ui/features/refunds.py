"""Refunds in the main window: the Vouchers > Refunds action, the user number's
context-menu entry, and the add/delete commands on the window's one undo stack.

`RefundActions(window)` connects everything. Adding and deleting a refund are
`CreateCommand`/`DeleteCommand`s of kind `refund`, so undo removes or restores
exactly that row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMenu, QWidget

from inharmony_desktop.core.services import orders
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.commands.rows import CreateCommand, DeleteCommand
from inharmony_desktop.ui.dialogs.refund import RefundDialog, RefundsDialog


class RefundActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # The dialogs opened from the refunds list belong to that list, not the window.
        self.dialog_parent: QWidget = window
        window.actions_.refunds.triggered.connect(self.show_refunds)
        window.customers.menu_builders.append(self._tree_menu)

    def _tree_menu(self, menu: QMenu, kind: str | None, _id: int | None) -> None:
        if kind == "user_number":
            menu.addAction(self.window.actions_.refunds)

    @Slot()
    def show_refunds(self) -> None:
        kind, entity_id = self.window.customers.selected()
        if kind != "user_number" or entity_id is None:
            messages.show_error(self.window, QCoreApplication.translate(
                "Refunds", "Select a user number on the left first."))
            return
        dialog = RefundsDialog(self.window, entity_id, self)
        self.dialog_parent = dialog
        try:
            dialog.exec()
        finally:
            self.dialog_parent = self.window
            dialog.deleteLater()

    def new_refund(self, user_number_id: int) -> int | None:
        data = RefundDialog.ask(self.dialog_parent, user_number_id)
        if data is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Refunds", "Refund of %n voucher(s)", "", data.quantity),
            broadcast.REFUND,
            lambda: orders.create_refund(data),
        )
        return command.row_id if self.window.editor.run(command) else None

    def delete_refund(self, refund_id: int) -> bool:
        title = QCoreApplication.translate("Refunds", "Delete refund")
        if not messages.confirm(self.dialog_parent, title, QCoreApplication.translate(
                "Refunds", "Delete this refund?")):
            return False
        return self.window.editor.run(DeleteCommand(
            title, broadcast.REFUND, refund_id,
            lambda: orders.delete_refund(refund_id)))
