"""Refunds in the window: the list per user number, the add form, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMenu

from inharmony_desktop.core import clock, rules
from inharmony_desktop.core.models import Refund
from inharmony_desktop.core.services.orders import RefundInput
from inharmony_desktop.ui.dialogs.refund import RefundDialog, RefundsDialog


def _dialog(qtbot, window, user_number_id) -> RefundsDialog:
    dialog = RefundsDialog(window, user_number_id, window.refunds)
    qtbot.addWidget(dialog)
    return dialog


def test_amount_follows_the_base_price_until_typed(qtbot, sample):
    dialog = RefundDialog(None, sample["un1"])
    qtbot.addWidget(dialog)
    base = rules.rules_for(clock.today().year).base_price_cents
    dialog.quantity.setValue(4)
    assert round(dialog.amount.value() * 100) == 4 * base
    dialog.amount.lineEdit().selectAll()
    qtbot.keyClicks(dialog.amount.lineEdit(), "12,50")
    dialog.quantity.setValue(6)
    assert dialog.amount.value() == 12.5
    dialog.accept()
    assert dialog.value == RefundInput(sample["un1"], clock.today(), 6, "electronic", 1250)


def test_a_refund_of_a_date_without_a_user_number_is_refused_beside_the_field(qtbot, sample):
    dialog = RefundDialog(None, sample["un1"])
    qtbot.addWidget(dialog)
    dialog.user_number_id = 999_999
    dialog.accept()
    assert dialog.value is None
    assert "gebruikersnummer" in dialog.error_text("user_number")


def test_add_refund_lists_it_and_undo_removes_it(qtbot, window, sample, monkeypatch):
    window.customers.select("user_number", sample["un1"])
    dialog = _dialog(qtbot, window, sample["un1"])
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.delete_button.isEnabled()
    monkeypatch.setattr(RefundDialog, "ask", staticmethod(
        lambda parent, un: RefundInput(un, clock.today(), 5, "electronic", 4500)))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "5"
    assert dialog.table.item(0, 3).text() == "€\u00a045,00"
    assert window.undo_stack.undoText() == "Refund of 5 vouchers"
    wallet = window.voucher_tools.wallet_section.panel
    # 100 ordered, 15 paid for five prestations of 3 hours, 5 refunded.
    assert (wallet.refunded.text(), wallet.available.text()) == ("5", "80")
    window.undo_stack.undo()
    assert Refund.select().count() == 0
    assert (wallet.refunded.text(), wallet.available.text()) == ("0", "85")
    window.undo_stack.redo()
    assert Refund.get().amount_cents == 4500


def test_a_refund_above_the_wallet_is_refused_and_nothing_is_written(
        qtbot, window, sample, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("inharmony_desktop.ui.messages.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(RefundDialog, "ask", staticmethod(
        lambda parent, un: RefundInput(un, clock.today(), 500, "electronic")))
    dialog = _dialog(qtbot, window, sample["un1"])
    dialog.add_refund()
    assert Refund.select().count() == 0
    assert dialog.table.rowCount() == 0
    assert "elektronische cheques beschikbaar" in shown[0]
    assert window.undo_stack.count() == 0


def test_delete_asks_first_and_undo_brings_the_same_refund_back(
        qtbot, window, sample, monkeypatch):
    monkeypatch.setattr(RefundDialog, "ask", staticmethod(
        lambda parent, un: RefundInput(un, clock.today(), 2, "electronic")))
    dialog = _dialog(qtbot, window, sample["un1"])
    dialog.add_refund()
    refund_id = Refund.get().id
    dialog.table.selectRow(0)
    assert dialog.delete_button.isEnabled()
    answers = iter([False, True])
    monkeypatch.setattr("inharmony_desktop.ui.messages.confirm",
                        lambda parent, title, text: next(answers))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1  # "No": nothing happens
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert Refund.select().count() == 0
    window.undo_stack.undo()
    assert Refund.get().id == refund_id
    dialog.reload()
    assert dialog.table.rowCount() == 1


def test_refunds_are_in_the_vouchers_menu_and_the_user_numbers_menu(qtbot, window, sample):
    assert window.menu_actions.refunds in window.menus["vouchers"].actions()
    menu = QMenu(window)
    for build in window.customers.menu_builders:
        build(menu, "user_number", sample["un1"])
    assert window.menu_actions.refunds in menu.actions()
    menu = QMenu(window)
    for build in window.customers.menu_builders:
        build(menu, "customer", sample["janssens"])
    assert window.menu_actions.refunds not in menu.actions()


def test_refunds_without_a_user_number_says_what_to_do(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("inharmony_desktop.ui.messages.show_error",
                        lambda parent, text: shown.append(str(text)))
    window.menu_actions.refunds.trigger()
    assert shown == ["Select a user number on the left first."]


def test_the_date_changes_the_default_amount_to_that_years_price(qtbot, sample):
    dialog = RefundDialog(None, sample["un1"])
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(3)
    last_year = clock.today().year - 1
    dialog.refund_date.setDate(QDate(last_year, 6, 1))
    assert round(dialog.amount.value() * 100) == 3 * rules.rules_for(last_year).base_price_cents
