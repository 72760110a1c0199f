"""Each dialog validates every field with the core's Dutch message beside it,
closes only on good input, and writes nothing itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Customer, Helper, Order, Prestation, UserNumber
from inharmony_desktop.core.services import customers, helpers
from inharmony_desktop.ui.dialogs.customer import CustomerDialog
from inharmony_desktop.ui.dialogs.helper import HelperDialog
from inharmony_desktop.ui.dialogs.order import OrderDialog
from inharmony_desktop.ui.dialogs.prestation import PrestationDialog
from inharmony_desktop.ui.dialogs.settings import SettingsDialog
from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_customer_dialog_shows_each_error_beside_its_field(qtbot, db):
    dialog = _open(qtbot, CustomerDialog(None))
    dialog.postal_code.setText("x")
    dialog.email.setText("geen-adres")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("reference") == "Het klantnummer is verplicht."
    assert dialog.error_text("name") == "De naam is verplicht."
    assert dialog.error_text("postal_code") == "Een Belgische postcode heeft 4 cijfers (bv. 3940)."
    assert dialog.error_text("email") == "Dit is geen geldig e-mailadres."
    assert dialog.error_text("phone") == ""
    assert Customer.select().count() == 0


def test_customer_dialog_refuses_a_duplicate_reference_and_accepts_good_input(qtbot, sample):
    dialog = _open(qtbot, CustomerDialog(None))
    dialog.reference.setText("K001")
    dialog.name.setText("Nieuwe Klant")
    dialog.postal_code.setText("3940")
    dialog.city.setText("Hechtel")
    dialog.accept()
    assert dialog.error_text("reference") == "Klantnummer K001 bestaat al."
    dialog.reference.setText("K999")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value.reference == "K999"
    assert Customer.select().count() == 2  # the dialog itself writes nothing


def test_editing_a_customer_keeps_its_own_reference(qtbot, sample):
    initial = customers.to_input(customers.get_customer(sample["janssens"]))
    dialog = _open(qtbot, CustomerDialog(None, initial, sample["janssens"]))
    assert dialog.name.text() == "Janssens Maria"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_helper_dialog_checks_insz_and_hours(qtbot, sample):
    dialog = _open(qtbot, HelperDialog(None))
    dialog.reference.setText("M003")
    dialog.name.setText("Carla")
    dialog.insz.setText("12345678901")
    dialog.contract_hours.setText("70")
    dialog.accept()
    assert "INSZ" in dialog.error_text("insz")
    assert dialog.error_text("contract_hours") == "De contracturen liggen tussen 0 en 60 per week."
    dialog.insz.setText("")
    dialog.contract_hours.setText("30,4")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value.contract_hours == "30,4"
    assert helpers.clean(dialog.value)["contract_hours"] == pytest.approx(30.4)
    assert Helper.select().count() == 2


def test_user_number_dialog_checks_the_number_and_keeps_the_history(qtbot, sample):
    dialog = _open(qtbot, UserNumberDialog(None, customer_id=sample["willems"]))
    dialog.number.setText("1234")
    dialog.holder.setText("Jos")
    dialog.accept()
    assert dialog.error_text("number") == "Een gebruikersnummer heeft 12 cijfers, niet 4."
    dialog.number.setText("1111 2222 3333")
    dialog.accept()
    assert dialog.error_text("number").startswith("Gebruikersnummer 1111 2222 3333 bestaat al")
    dialog.number.setText("9999 8888 7777")
    dialog.add_mode(dt.date(2025, 6, 1), "paper")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value.data.customer_id == sample["willems"]
    assert (dt.date(2025, 6, 1), "paper") in dialog.value.modes
    assert UserNumber.select().count() == 3


def test_user_number_dialog_shows_the_existing_history(qtbot, sample):
    from inharmony_desktop.core.services import user_numbers

    un = user_numbers.get_user_number(sample["un1"])
    dialog = _open(qtbot, UserNumberDialog(None, user_numbers.to_input(un), un.id))
    assert dialog.mode_table.rowCount() == 1
    assert dialog.mode_table.item(0, 1).text() == "electronic"
    dialog.mode_table.selectRow(0)
    dialog._remove_mode()
    dialog.accept()
    assert "payment mode" in dialog.error_text("payment_mode")


def test_prestation_dialog_requires_user_number_and_helper(qtbot, sample):
    dialog = _open(qtbot, PrestationDialog(None))
    dialog.accept()
    assert dialog.error_text("user_number") == "Kies een bestaand gebruikersnummer."
    assert dialog.error_text("helper") == "Kies een bestaande medewerker."
    dialog.user_number.set_current_id(sample["un1"])
    dialog.helper.set_current_id(sample["anna"])
    dialog.manual.setChecked(True)
    dialog.hours.setValue(3)
    dialog.paper.setValue(1)
    dialog.electronic.setValue(1)
    dialog.accept()
    assert "moet gelijk zijn aan het aantal uren (3)" in dialog.error_text("split")
    dialog.electronic.setValue(2)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.value.paper, dialog.value.electronic) == (1, 2)
    assert Prestation.select().count() == 10


def test_prestation_dialog_finds_a_user_number_by_typing_a_name(qtbot, sample):
    dialog = _open(qtbot, PrestationDialog(None))
    dialog.user_number.setEditText("Piet Jan")
    assert dialog.user_number.current_id() == sample["un2"]
    dialog.user_number.setEditText("4444 5555")
    assert dialog.user_number.current_id() == sample["un2"]


def test_prestation_dialog_edit_returns_only_changes(qtbot, sample):
    p = Prestation.select().where(Prestation.user_number == sample["un1"]).first()
    dialog = _open(qtbot, PrestationDialog(None, p.id))
    dialog.hours.setValue(5)
    dialog.accept()
    assert dialog.value == {"hours": 5}


def test_order_dialog_refuses_more_than_the_personal_maximum(qtbot, sample):
    dialog = _open(qtbot, OrderDialog(None, user_number_id=sample["un1"]))
    dialog.order_date.setDate(QDate(clock.today()))
    dialog.quantity.setValue(450)
    dialog.accept()
    assert "persoonlijke maximum" in dialog.general_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.quantity.setValue(20)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Order.select().count() == 1


def test_settings_dialog_validates_the_rules_table(qtbot, db):
    dialog = _open(qtbot, SettingsDialog(None))
    assert dialog.company["company_name"].text() == "Inharmony"
    assert dialog.rules_table.rowCount() >= 10
    dialog.rules_table.item(0, 1).setText("negen")
    dialog.accept()
    assert "Row 1" in dialog.general_error.text()
    dialog.rules_table.item(0, 1).setText("9,50")
    dialog.company["company_phone"].setText("011 00 00 00")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value.rule_rows[0]["base_price_cents"] == 950
    assert dialog.value.values["company_phone"] == "011 00 00 00"
