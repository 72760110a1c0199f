"""Refunds in the main window: the Vouchers > Refunds action, the user number's
context-menu entry, and the add/delete commands on the window's one undo stack.

`RefundActions(parts)` connects everything. Adding and deleting a refund are
`CreateCommand`/`DeleteCommand`s of kind `refund`, so undo removes or restores
exactly that row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMenu, QWidget

from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.commands.rows import CreateCommand, DeleteCommand
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.views.customer_tree import CustomerPanel


@dataclass(frozen=True)
class RefundParts:
    """The window parts refunds use."""

    parent: QWidget  # of the dialogs and messages
    actions: Actions  # refunds
    editor: Editor
    customers: CustomerPanel


class RefundActions(QObject):
    def __init__(self, parts: RefundParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.parent_widget = parts.parent
        # The dialogs opened from the refunds list belong to that list, not the window.
        self.dialog_parent: QWidget = parts.parent
        parts.actions.refunds.triggered.connect(self.show_refunds)
        parts.customers.menu_builders.append(self._tree_menu)

    def _tree_menu(self, menu: QMenu, kind: str | None, _id: int | None) -> None:
        if kind == "user_number":
            menu.addAction(self.parts.actions.refunds)

    @Slot()
    def show_refunds(self) -> None:
        kind, entity_id = self.parts.customers.selected()
        if kind != "user_number" or entity_id is None:
            messages.show_error(self.parent_widget, QCoreApplication.translate(
                "Refunds", "Select a user number on the left first."))
            return
        from inharmony_desktop.ui.dialogs.refund import RefundsDialog  # loaded when used

        dialog = RefundsDialog(self.parent_widget, entity_id, self)
        self.dialog_parent = dialog
        try:
            dialog.exec()
        finally:
            self.dialog_parent = self.parent_widget
            dialog.deleteLater()

    def new_refund(self, user_number_id: int) -> int | None:
        from inharmony_desktop.core.services import orders
        from inharmony_desktop.ui.dialogs.refund import RefundDialog

        data = RefundDialog.ask(self.dialog_parent, user_number_id)
        if data is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Refunds", "Refund of %n voucher(s)", "", data.quantity),
            broadcast.REFUND,
            lambda: orders.create_refund(data),
        )
        return command.row_id if self.parts.editor.run(command) else None

    def delete_refund(self, refund_id: int) -> bool:
        title = QCoreApplication.translate("Refunds", "Delete refund")
        if not messages.confirm(self.dialog_parent, title, QCoreApplication.translate(
                "Refunds", "Delete this refund?")):
            return False
        from inharmony_desktop.core.services import orders

        return self.parts.editor.run(DeleteCommand(
            title, broadcast.REFUND, refund_id,
            lambda: orders.delete_refund(refund_id)))
