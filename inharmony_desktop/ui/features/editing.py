"""Opening the edit dialogs and turning their result into commands.

The main window's New/Edit/Delete actions land here; every change goes
through `CommandRunner.run()` so that it can be undone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers
from inharmony_desktop.core.services.prestations import PrestationInput
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.commands.base import CommandRunner, ServiceCommand
from inharmony_desktop.ui.commands.prestations import (
    CreatePrestationCommand,
    DeletePrestationsCommand,
    UpdatePrestationCommand,
)
from inharmony_desktop.ui.commands.rows import CreateCommand, DeleteCommand, UpdateCommand

# Each dialog is imported in the method that opens it: the window starts without them.


class Editor:
    """New, edit and delete for every kind of entity, as undoable commands."""

    def __init__(self, parent: QWidget, runner: CommandRunner) -> None:
        self.parent = parent
        self.runner = runner

    def run(self, command: ServiceCommand) -> bool:
        """Run a command; a refusal is shown to the user. True when it was done."""
        try:
            self.runner.run(command)
        except KnownError as exc:
            messages.show_error(self.parent, exc)
            return False
        return True

    # --- customers ----------------------------------------------------------------------------
    def new_customer(self) -> int | None:
        from inharmony_desktop.ui.dialogs.customer import CustomerDialog

        data = CustomerDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Editing", "New customer {name}").format(name=data.name),
            broadcast.CUSTOMER,
            lambda: customers.create_customer(data),
        )
        return command.row_id if self.run(command) else None

    def edit_customer(self, customer_id: int) -> bool:
        from inharmony_desktop.ui.dialogs.customer import CustomerDialog

        initial = customers.to_input(customers.get_customer(customer_id))
        data = CustomerDialog.ask(self.parent, initial, customer_id)
        if data is None:
            return False
        return self.run(
            UpdateCommand(
                QCoreApplication.translate("Editing", "Edit customer {name}").format(
                    name=data.name
                ),
                broadcast.CUSTOMER,
                customer_id,
                lambda: customers.update_customer(customer_id, data),
            )
        )

    def _confirm_delete(self, title: str, question: str, command_text: str, kind: str,
                        row_id: int, delete) -> bool:
        """Ask, then delete as one undoable command; the texts arrive translated."""
        if not messages.confirm(self.parent, title, question):
            return False
        return self.run(DeleteCommand(command_text, kind, row_id, delete))

    def delete_customer(self, customer_id: int) -> bool:
        name = customers.get_customer(customer_id).name
        return self._confirm_delete(
            QCoreApplication.translate("Editing", "Delete customer"),
            QCoreApplication.translate("Editing", "Delete customer {name}?").format(name=name),
            QCoreApplication.translate("Editing", "Delete customer {name}").format(name=name),
            broadcast.CUSTOMER, customer_id, lambda: customers.delete_customer(customer_id))

    # --- user numbers -------------------------------------------------------------------------
    def new_user_number(self, customer_id: int | None = None) -> int | None:
        from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog

        change = UserNumberDialog.ask(self.parent, None, None, customer_id)
        if change is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Editing", "New user number {number}").format(
                number=user_number_text(change.data.number)
            ),
            broadcast.USER_NUMBER,
            lambda: user_numbers.apply_change(None, change),
        )
        return command.row_id if self.run(command) else None

    def edit_user_number(self, user_number_id: int) -> bool:
        from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog

        initial = user_numbers.to_input(user_numbers.get_user_number(user_number_id))
        change = UserNumberDialog.ask(self.parent, initial, user_number_id)
        if change is None:
            return False
        return self.run(
            UpdateCommand(
                QCoreApplication.translate("Editing", "Edit user number {number}").format(
                    number=user_number_text(change.data.number)
                ),
                broadcast.USER_NUMBER,
                user_number_id,
                lambda: user_numbers.apply_change(user_number_id, change),
            )
        )

    def delete_user_number(self, user_number_id: int) -> bool:
        number = user_numbers.get_user_number(user_number_id).number
        return self._confirm_delete(
            QCoreApplication.translate("Editing", "Delete user number"),
            QCoreApplication.translate("Editing", "Delete user number {number}?").format(
                number=user_number_text(number)),
            QCoreApplication.translate("Editing", "Delete user number {number}").format(
                number=user_number_text(number)),
            broadcast.USER_NUMBER, user_number_id,
            lambda: user_numbers.delete_user_number(user_number_id))

    # --- helpers ------------------------------------------------------------------------------
    def new_helper(self) -> int | None:
        from inharmony_desktop.ui.dialogs.helper import HelperDialog

        data = HelperDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Editing", "New helper {name}").format(name=data.name),
            broadcast.HELPER,
            lambda: helpers.create_helper(data),
        )
        return command.row_id if self.run(command) else None

    def edit_helper(self, helper_id: int) -> bool:
        from inharmony_desktop.ui.dialogs.helper import HelperDialog

        initial = helpers.to_input(helpers.get_helper(helper_id))
        data = HelperDialog.ask(self.parent, initial, helper_id)
        if data is None:
            return False
        return self.run(
            UpdateCommand(
                QCoreApplication.translate("Editing", "Edit helper {name}").format(name=data.name),
                broadcast.HELPER,
                helper_id,
                lambda: helpers.update_helper(helper_id, data),
            )
        )

    def delete_helper(self, helper_id: int) -> bool:
        name = helpers.get_helper(helper_id).name
        return self._confirm_delete(
            QCoreApplication.translate("Editing", "Delete helper"),
            QCoreApplication.translate("Editing", "Delete helper {name}?").format(name=name),
            QCoreApplication.translate("Editing", "Delete helper {name}").format(name=name),
            broadcast.HELPER, helper_id, lambda: helpers.delete_helper(helper_id))

    # --- orders -------------------------------------------------------------------------------
    def new_order(self, user_number_id: int | None = None) -> int | None:
        from inharmony_desktop.core.services import orders
        from inharmony_desktop.ui.dialogs.order import OrderDialog

        data = OrderDialog.ask(self.parent, None, None, user_number_id)
        if data is None:
            return None
        command = CreateCommand(
            QCoreApplication.translate("Editing", "New order of {count} vouchers").format(
                count=data.quantity
            ),
            broadcast.ORDER,
            lambda: orders.create_order(data),
        )
        return command.row_id if self.run(command) else None

    def edit_order(self, order_id: int) -> bool:
        from inharmony_desktop.core.services import orders
        from inharmony_desktop.ui.dialogs.order import OrderDialog

        initial = orders.to_input(orders.get_order(order_id))
        data = OrderDialog.ask(self.parent, initial, order_id)
        if data is None:
            return False
        return self.run(
            UpdateCommand(
                QCoreApplication.translate("Editing", "Edit order"),
                broadcast.ORDER,
                order_id,
                lambda: orders.update_order(order_id, data),
            )
        )

    def delete_order(self, order_id: int) -> bool:
        from inharmony_desktop.core.services import orders

        return self._confirm_delete(
            QCoreApplication.translate("Editing", "Delete order"),
            QCoreApplication.translate("Editing", "Delete this order?"),
            QCoreApplication.translate("Editing", "Delete order"),
            broadcast.ORDER, order_id, lambda: orders.delete_order(order_id))

    # --- prestations --------------------------------------------------------------------------
    def new_prestation(self, user_number_id: int | None = None) -> int | None:
        from inharmony_desktop.ui.dialogs.prestation import PrestationDialog

        data = PrestationDialog.ask(self.parent, None, user_number_id)
        return None if data is None else self.add_prestation(data, show_errors=True)

    def add_prestation(self, data: PrestationInput, *, show_errors: bool = False) -> int | None:
        """Save one prestation as a command; raises `KnownError` unless `show_errors`.
        An unusual date (far ahead, before the user number existed) is asked about first;
        None when the user says no."""
        if not self.date_is_meant(data.user_number_id, data.date):
            return None
        command = CreatePrestationCommand(
            QCoreApplication.translate("Editing", "New prestation"), data
        )
        if show_errors:
            return command.prestation_id if self.run(command) else None
        self.runner.run(command)
        return command.prestation_id

    def date_is_meant(self, user_number_id: int | None, day: object) -> bool:
        """True unless the date is unusual for this user number and the user says so."""
        if user_number_id is None or not isinstance(day, dt.date):
            return True
        doubts = prestations.date_doubts(user_number_id, day)
        if not doubts:
            return True
        question = QCoreApplication.translate("Editing", "Save it anyway?")
        return messages.confirm(self.parent, QCoreApplication.translate(
            "Editing", "Unusual date"), "\n".join([*doubts, "", question]))

    def edit_prestation(self, prestation_id: int) -> bool:
        from inharmony_desktop.ui.dialogs.prestation import PrestationDialog

        before = prestations.get_prestation(prestation_id)
        seen = before.version  # as the dialog shows it
        changes = PrestationDialog.ask(self.parent, prestation_id)
        if not changes:
            return False
        if "date" in changes or "user_number" in changes:
            user_number_id = changes.get("user_number", before.user_number_id)
            if not self.date_is_meant(user_number_id, changes.get("date", before.date)):
                return False
        return self.run(
            UpdatePrestationCommand(
                QCoreApplication.translate("Editing", "Edit prestation"), prestation_id, changes,
                expected_version=seen,
            )
        )

    def change_prestation(self, prestation_id: int, changes: dict) -> bool:
        """A change typed in the table itself (the hours), as one undoable command."""
        return self.run(UpdatePrestationCommand(
            QCoreApplication.translate("Editing", "Change hours"), prestation_id, changes))

    def delete_prestations(self, ids: list[int]) -> bool:
        if not ids:
            return False
        text = QCoreApplication.translate("Editing", "Delete %n prestation(s)?", "", len(ids))
        if not messages.confirm(
            self.parent, QCoreApplication.translate("Editing", "Delete prestations"), text
        ):
            return False
        return self.run(
            DeletePrestationsCommand(
                QCoreApplication.translate("Editing", "Delete %n prestation(s)", "", len(ids)), ids
            )
        )
