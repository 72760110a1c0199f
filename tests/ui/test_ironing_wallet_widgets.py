"""The ironing basket form and the wallet & quota panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from inharmony_desktop.core.services import ironing, orders
from inharmony_desktop.ui.dialogs.ironing_basket import IroningBasketDialog
from inharmony_desktop.ui.views.wallet_panel import WalletPanel
from tests.core.split_fixtures import D, customer, helper, prestation, user_number


@pytest.fixture
def shop(db):
    cid = customer()
    un = user_number(cid, mode="electronic", since=D(2025, 1, 1))
    return cid, un, helper("S01", "Strijkster Mia")


def test_basket_form_shows_vouchers_and_credit_before_saving(qtbot, shop):
    cid, un, hid = shop
    ironing.record_basket(cid, un, hid, D(2026, 3, 2), 100)  # credit 5
    dialog = IroningBasketDialog(None, cid, today=D(2026, 3, 9))
    qtbot.addWidget(dialog)
    assert dialog.credit_label.text() == "5 min"
    assert dialog.handling_label.text() == "15 min (settings)"
    assert dialog.history.rowCount() == 1
    assert "100 min strijken" in dialog.history.item(0, 1).text()
    dialog.helper.setCurrentIndex(dialog.helper.findData(hid))
    dialog.minutes.setValue(50)
    assert dialog.preview.text() == "60 min to pay → 1 voucher; new credit 0 min"
    dialog.minutes.setValue(51)
    assert dialog.preview.text() == "61 min to pay → 2 vouchers; new credit 59 min"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.value.ironing_minutes == 51
    assert (dialog.value.customer_id, dialog.value.user_number_id) == (cid, un)
    assert dialog.value.day == D(2026, 3, 9)


def test_basket_form_refuses_missing_fields(qtbot, shop):
    cid, _, _ = shop
    dialog = IroningBasketDialog(None, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.value is None and dialog.isVisible()
    assert "strijktijd" in dialog.error.text()
    assert "medewerker van het strijkatelier" in dialog.error.text()


def test_basket_form_changes_user_numbers_with_the_customer(qtbot, shop):
    cid, un, _ = shop
    other = customer("K2", "Janssens")
    second = user_number(other, "222222222222")
    dialog = IroningBasketDialog(None)
    qtbot.addWidget(dialog)
    dialog.customer.setCurrentIndex(dialog.customer.findData(other))
    assert [dialog.user_number.itemData(i) for i in range(dialog.user_number.count())] == [second]
    dialog.customer.setCurrentIndex(dialog.customer.findData(cid))
    assert dialog.user_number.currentData() == un
    dialog.date.setDate(QDate(2026, 1, 2))


def test_wallet_panel_shows_wallet_quota_and_forecast(qtbot, shop):
    _, un, hid = shop
    orders.create_order(orders.OrderInput(un, D(2025, 3, 3), 20, "electronic"))
    orders.create_order(orders.OrderInput(un, D(2026, 1, 5), 460, "electronic"))
    prestation(un, hid, D(2026, 1, 12), 3, status="performed")
    for week in range(3):
        prestation(un, hid, D(2026, 2, 2) + dt.timedelta(weeks=week), 4)
    panel = WalletPanel()
    qtbot.addWidget(panel)
    panel.show_user_number(un, on=D(2026, 2, 2))
    assert (panel.ordered.text(), panel.used.text(), panel.available.text()) == ("480", "3", "477")
    assert panel.expiring.text() == "17 on 31/03/2026 (order of 03/03/2025)"
    assert panel.personal.text() == "460 of 500"
    assert panel.household.text() == "460 of 1000"
    assert panel.tier.text() == "higher price €\xa011,00 (above 400 vouchers)"
    assert panel.quota_box.title() == "Quota 2026"
    assert "17 cheques vervallen" in panel.attention.text()
    assert "460 van 500" in panel.attention.text()
    assert "per week" in panel.forecast.text()
    panel.show_user_number(None)
    assert not panel.isEnabled() and panel.available.text() == ""
