"""Vouchers returned to Pluxee: the refunds of one user number and the form to add one.

`RefundsDialog(parent, user_number_id, editor)` lists the refunds with
Add and Delete buttons; each change is an undoable command run through the
window's editor (`ui/refunds.py`). `RefundDialog.ask(parent, user_number_id)`
returns a validated `RefundInput` or None.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import orders, payment_modes, user_numbers
from inharmony_desktop.core.services.orders import RefundInput
from inharmony_desktop.core.vocabulary import Medium, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.formatting import BELGIAN, DATE_FORMAT, date_text, from_qdate, money_text
from inharmony_desktop.ui.labels import medium_label, user_number_text
from inharmony_desktop.ui.models import ID_ROLE


class RefundEditor(Protocol):
    def new_refund(self, user_number_id: int) -> int | None: ...
    def delete_refund(self, refund_id: int) -> bool: ...


class RefundDialog(FormDialog):
    """Date, number of vouchers, medium and amount; the amount follows the yearly
    base price until it is changed by hand."""

    REQUIRED = frozenset({"refund_date", "quantity"})

    def __init__(self, parent: QWidget | None, user_number_id: int) -> None:
        super().__init__(parent, self.tr("New refund"))
        self.user_number_id = user_number_id
        number = user_numbers.get_user_number(user_number_id)
        self.add_field("user_number", self.tr("User number"),
                       QLabel(user_number_text(number.number)))
        self.refund_date = self.add_field("refund_date", self.tr("Date"),
                                          QDateEdit(QDate(clock.today())))
        self.refund_date.setDisplayFormat(DATE_FORMAT)
        self.refund_date.setCalendarPopup(True)
        self.quantity = self.add_field("quantity", self.tr("Vouchers"), QSpinBox())
        self.quantity.setRange(1, 2000)
        self.medium = self.add_field("medium", self.tr("Medium"), QComboBox())
        for code in codes(Medium):
            self.medium.addItem(medium_label(code), code)
        mode = payment_modes.mode_on(user_number_id, clock.today())
        self.medium.setCurrentIndex(max(self.medium.findData(mode), 0))
        self.amount = self.add_field("amount", self.tr("Amount (€)"), QDoubleSpinBox())
        self.amount.setLocale(BELGIAN)
        self.amount.setRange(0, 100_000)
        self.amount.setDecimals(2)
        self.amount_by_hand = False
        self._fill_default_amount()
        self.quantity.valueChanged.connect(self._fill_default_amount)
        self.refund_date.dateChanged.connect(self._fill_default_amount)
        self.amount.lineEdit().textEdited.connect(self._amount_edited)
        self.quantity.setFocus()

    @Slot()
    def _amount_edited(self) -> None:
        self.amount_by_hand = True

    @Slot()
    def _fill_default_amount(self) -> None:
        if self.amount_by_hand:
            return
        cents = orders.default_refund_cents(from_qdate(self.refund_date.date()),
                                            self.quantity.value())
        self.amount.setValue(cents / 100)

    def collect(self) -> RefundInput:
        return RefundInput(
            user_number_id=self.user_number_id,
            refund_date=from_qdate(self.refund_date.date()),
            quantity=self.quantity.value(),
            medium=self.medium.currentData(),
            amount_cents=round(self.amount.value() * 100),
        )

    def validate(self, value: RefundInput) -> None:
        orders.clean_refund(value)


class RefundsDialog(QDialog):
    """The refunds of one user number; Add and Delete run commands through `editor`."""

    def __init__(self, parent: QWidget | None, user_number_id: int,
                 editor: RefundEditor) -> None:
        super().__init__(parent)
        self.user_number_id = user_number_id
        self.editor = editor
        number = user_numbers.get_user_number(user_number_id)
        self.setWindowTitle(self.tr("Refunds of {number}").format(
            number=user_number_text(number.number)))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("refunds_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Vouchers"), self.tr("Medium"), self.tr("Amount")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No vouchers were refunded for this user number."), self)
        self.add_button = QPushButton(self.tr("&Add refund…"), self)
        self.delete_button = QPushButton(self.tr("&Delete refund…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_refund)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(520, 320)
        self.reload()
        self.add_button.setFocus()

    def reload(self) -> None:
        refunds = orders.refunds_of(self.user_number_id)
        self.table.setRowCount(len(refunds))
        for row, refund in enumerate(refunds):
            values = [date_text(refund.refund_date), str(refund.quantity),
                      medium_label(refund.medium), money_text(refund.amount_cents)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, refund.id)
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not refunds)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    @Slot()
    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    @Slot()
    def add_refund(self) -> None:
        if self.editor.new_refund(self.user_number_id) is not None:
            self.reload()

    @Slot()
    def delete_selected(self) -> None:
        refund_id = self.selected_id()
        if refund_id is not None and self.editor.delete_refund(refund_id):
            self.reload()
