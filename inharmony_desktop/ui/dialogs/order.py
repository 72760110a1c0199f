"""Add or edit a voucher order; the price follows the yearly rules unless set by hand."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QSpinBox, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import orders
from inharmony_desktop.core.services.orders import OrderInput
from inharmony_desktop.core.validation import date_value
from inharmony_desktop.core.vocabulary import Medium, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, user_number_choices
from inharmony_desktop.ui.formatting import BELGIAN, DATE_FORMAT, from_qdate, to_qdate
from inharmony_desktop.ui.labels import medium_label


class OrderDialog(FormDialog):
    REQUIRED = frozenset({"user_number", "order_date", "quantity"})

    def __init__(self, parent: QWidget | None, initial: OrderInput | None = None,
                 order_id: int | None = None, user_number_id: int | None = None) -> None:
        title = self.tr("Edit order") if order_id else self.tr("New order")
        super().__init__(parent, title)
        self.order_id = order_id
        self.user_number = self.add_field(
            "user_number", self.tr("User number"),
            IdComboBox(user_number_choices(initial.user_number_id if initial else None)))
        self.order_date = self.add_field("order_date", self.tr("Order date"),
                                         QDateEdit(QDate(clock.today())))
        self.order_date.setDisplayFormat(DATE_FORMAT)
        self.order_date.setCalendarPopup(True)
        self.quantity = self.add_field("quantity", self.tr("Vouchers"), QSpinBox())
        self.quantity.setRange(1, 2000)
        self.quantity.setValue(10)
        self.medium = self.add_field("medium", self.tr("Medium"), QComboBox())
        self.medium.addItem(self.tr("as the payment mode"), None)
        for code in codes(Medium):
            self.medium.addItem(medium_label(code), code)
        self.override = self.add_field("override", self.tr("Own unit price"), QCheckBox())
        self.unit_price = self.add_field("unit_price", self.tr("Unit price (€)"),
                                         QDoubleSpinBox())
        self.unit_price.setLocale(BELGIAN)
        self.unit_price.setRange(0, 1000)
        self.unit_price.setDecimals(2)
        self.unit_price.setValue(10)  # shows the Belgian decimal comma from the start
        self.unit_price.setEnabled(False)
        self.override.toggled.connect(self.unit_price.setEnabled)
        if initial is not None:
            self.user_number.set_current_id(initial.user_number_id)
            day = date_value(initial.order_date)
            self.order_date.setDate(to_qdate(day))
            self.quantity.setValue(initial.quantity)
            self.medium.setCurrentIndex(max(self.medium.findData(initial.medium), 0))
            if initial.unit_price_cents is not None:
                self.override.setChecked(True)
                self.unit_price.setValue(initial.unit_price_cents / 100)
        elif user_number_id is not None:
            self.user_number.set_current_id(user_number_id)

    def collect(self) -> OrderInput:
        return OrderInput(
            user_number_id=self.user_number.current_id() or 0,
            order_date=from_qdate(self.order_date.date()),
            quantity=self.quantity.value(),
            medium=self.medium.currentData(),
            unit_price_cents=round(self.unit_price.value() * 100)
            if self.override.isChecked() else None,
        )

    def validate(self, value: OrderInput) -> None:
        orders.clean(value, existing_id=self.order_id)
