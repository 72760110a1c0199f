"""The split editor, the switch-over wizard and the ironing workshop in the
main window: their actions' slots, context-menu entries and the wallet &
quota section of the details panel.

`VoucherTools(parts)` connects everything; each change runs as an undoable
command on the window's one stack through the window's `Editor`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.services import customers
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.actions import Actions

# The dialogs, their commands and the ironing service are imported where they are used,
# not with the window.
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.views.customer_tree import CustomerPanel
from inharmony_desktop.ui.views.details import DetailsPanel, DetailsSection
from inharmony_desktop.ui.views.id_table import IdTableView
from inharmony_desktop.ui.views.wallet_panel import WalletPanel


class WalletSection(DetailsSection):
    """The wallet & quota panel of the selected user number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wallet and quota"), parent)
        self.panel = WalletPanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)  # the panel's own boxes have margins already
        layout.addWidget(self.panel)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        if user_number_id is None:
            self.hide()
            return
        self.panel.show_user_number(user_number_id)
        self.show()


class IroningSection(DetailsSection):
    """The customer's ironing minute credit and the last change to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ironing workshop"), parent)
        self.credit = QLabel(self)
        self.credit.setWordWrap(True)
        self.credit.setObjectName("ironing_credit")
        QVBoxLayout(self).addWidget(self.credit)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        from inharmony_desktop.core.services import ironing

        if customer_id is None:
            self.hide()
            return
        lines = ironing.credit_history(customer_id)
        minutes = customers.get_customer(customer_id).ironing_credit_minutes
        text = self.tr("Minute credit: {minutes} min").format(minutes=minutes)
        if lines:
            text += "<br><small>" + html.escape(lines[-1].text) + "</small>"
        self.credit.setText(text)
        self.show()


@dataclass(frozen=True)
class VoucherParts:
    """The window parts the split editor, the switch-over and the ironing workshop use."""

    parent: QWidget  # of the dialogs and messages
    actions: Actions  # edit_split, switchover, ironing_basket
    editor: Editor
    customers: CustomerPanel
    prestations_table: IdTableView
    details: DetailsPanel


class VoucherTools(QObject):
    def __init__(self, parts: VoucherParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.parent_widget = parts.parent
        actions = parts.actions
        actions.edit_split.triggered.connect(self.edit_split)
        actions.switchover.triggered.connect(self.switch_over)
        actions.ironing_basket.triggered.connect(self.ironing_basket)
        parts.prestations_table.menu_builders.append(self._table_menu)
        parts.customers.menu_builders.append(self._tree_menu)
        self.wallet_section = WalletSection(parts.details.widget())
        parts.details.add_section(self.wallet_section)
        self.ironing_section = IroningSection(parts.details.widget())
        parts.details.add_section(self.ironing_section)

    def _table_menu(self, menu: QMenu, ids: list[int]) -> None:
        if ids:
            menu.addSeparator()
            menu.addAction(self.parts.actions.edit_split)

    def _tree_menu(self, menu: QMenu, kind: str | None, _id: int | None) -> None:
        if not kind:
            return
        menu.addSeparator()
        if kind == "user_number":
            menu.addAction(self.parts.actions.switchover)
        menu.addAction(self.parts.actions.ironing_basket)

    def _selected_user_number(self) -> int | None:
        kind, entity_id = self.parts.customers.selected()
        return entity_id if kind == "user_number" else None

    @Slot()
    def edit_split(self) -> bool:
        from inharmony_desktop.ui.commands.vouchers import SplitCommand
        from inharmony_desktop.ui.dialogs.split_editor import SplitEditor

        ids = self.parts.prestations_table.selected_ids()
        if not ids:
            messages.show_error(self.parent_widget, QCoreApplication.translate(
                "VoucherTools", "Select one or more prestations in the table first."))
            return False
        choice = SplitEditor.ask(self.parent_widget, ids)
        if choice is None:
            return False
        if choice.kind == "reset":
            text = QCoreApplication.translate(
                "VoucherTools", "Split of %n prestation(s) back to default", None, len(ids))
        else:
            text = QCoreApplication.translate(
                "VoucherTools", "Split %n prestation(s): {paper} paper + {electronic} electronic",
                None, len(ids)).format(paper=choice.paper, electronic=choice.electronic)
        return self.parts.editor.run(SplitCommand(text, choice))

    @Slot()
    def switch_over(self) -> bool:
        from inharmony_desktop.ui.commands.vouchers import SwitchoverCommand
        from inharmony_desktop.ui.dialogs.switchover_wizard import SwitchoverWizard

        plan = SwitchoverWizard.ask(self.parent_widget, self._selected_user_number())
        if plan is None:
            return False
        text = QCoreApplication.translate(
            "VoucherTools", "Switch {number} to electronic").format(
            number=user_number_text(plan.number))
        return self.parts.editor.run(SwitchoverCommand(text, plan))

    @Slot()
    def ironing_basket(self) -> bool:
        from inharmony_desktop.ui.commands.vouchers import IroningBasketCommand
        from inharmony_desktop.ui.dialogs.ironing_basket import IroningBasketDialog

        basket = IroningBasketDialog.ask(self.parent_widget, self.parts.customers.selected_customer_id())
        if basket is None:
            return False
        name = customers.get_customer(basket.customer_id).name
        text = QCoreApplication.translate(
            "VoucherTools", "Ironing basket for {name}").format(name=name)
        return self.parts.editor.run(IroningBasketCommand(text, basket))

