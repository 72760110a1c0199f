"""Add or edit a customer (household)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from inharmony_desktop.core.services import customers
from inharmony_desktop.core.services.customers import CustomerInput
from inharmony_desktop.core.vocabulary import Language, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.labels import language_label


class CustomerDialog(FormDialog):
    REQUIRED = frozenset({"reference", "name", "postal_code", "city"})

    def __init__(self, parent: QWidget | None, initial: CustomerInput | None = None,
                 customer_id: int | None = None) -> None:
        title = self.tr("Edit customer") if customer_id else self.tr("New customer")
        super().__init__(parent, title)
        self.customer_id = customer_id
        self.reference = self.add_field("reference", self.tr("Customer number"), QLineEdit())
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.street = self.add_field("street", self.tr("Street and number"), QLineEdit())
        self.postal_code = self.add_field("postal_code", self.tr("Postal code"), QLineEdit())
        self.city = self.add_field("city", self.tr("City"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email = self.add_field("email", self.tr("E-mail"), QLineEdit())
        self.language = self.add_field("language", self.tr("Language"), QComboBox())
        for code in codes(Language):
            self.language.addItem(language_label(code), code)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(70)
        self.active = self.add_field("active", self.tr("Active"), QCheckBox())
        self.active.setChecked(True)
        if initial is not None:
            self._fill(initial)

    def _fill(self, data: CustomerInput) -> None:
        self.reference.setText(data.reference)
        self.name.setText(data.name)
        self.street.setText(data.street)
        self.postal_code.setText(data.postal_code)
        self.city.setText(data.city)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)

    def collect(self) -> CustomerInput:
        return CustomerInput(
            reference=self.reference.text(), name=self.name.text(),
            postal_code=self.postal_code.text(), city=self.city.text(),
            street=self.street.text(), phone=self.phone.text(), email=self.email.text(),
            language=self.language.currentData(), notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )

    def validate(self, value: CustomerInput) -> None:
        customers.clean(value, existing_id=self.customer_id)
