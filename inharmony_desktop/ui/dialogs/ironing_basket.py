"""The ironing workshop's entry form: one basket for one customer.

The vouchers and the customer's new minute credit are computed by the core
(`ironing.check_basket`) as the fields change and shown before saving; the
credit history underneath explains every earlier change. The dialog only
collects a `BasketInput`; the caller records it as an undoable command.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.services import ironing
from inharmony_desktop.core.services.ironing import BasketInput
from inharmony_desktop.ui.messages import error_label


def _combo(parent: QWidget, choices: list[tuple[int, str]]) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for entity_id, text in choices:
        box.addItem(text, entity_id)
    box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCurrentIndex(-1)
    return box


def _current_id(box: QComboBox) -> int | None:
    index = box.findText(box.currentText())
    return box.itemData(index) if index >= 0 else None


class IroningBasketDialog(QDialog):
    """`value` holds the basket once the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, customer_id: int | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ironing basket"))
        self.value: BasketInput | None = None
        self.handling = ironing.default_handling_minutes()
        today = today or clock.today()

        self.customer = _combo(self, ironing.customer_choices())
        self.user_number = QComboBox(self)
        self.helper = _combo(self, ironing.helper_choices())
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 6000)
        self.minutes.setSuffix(self.tr(" min"))
        self.handling_label = QLabel(self.tr("{minutes} min (settings)").format(
            minutes=self.handling), self)
        self.credit_label = QLabel(self)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: bold;")
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("&Customer:"), self.customer)
        form.addRow(self.tr("&User number:"), self.user_number)
        form.addRow(self.tr("&Ironed by:"), self.helper)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Ironing time:"), self.minutes)
        form.addRow(self.tr("Handling time:"), self.handling_label)
        form.addRow(self.tr("Credit now:"), self.credit_label)
        form.addRow(self.tr("This basket:"), self.preview)

        self.history = QTableWidget(0, 3, self)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Change"), self.tr("Credit")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_box = QGroupBox(self.tr("Credit history"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(history_box, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.customer.editTextChanged.connect(self._customer_changed)
        for signal in (self.user_number.currentIndexChanged, self.helper.currentIndexChanged,
                       self.minutes.valueChanged, self.date.dateChanged):
            signal.connect(self._update_preview)
        if customer_id is not None:
            self.customer.setCurrentIndex(self.customer.findData(customer_id))
        self._customer_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int | None = None) -> BasketInput | None:
        dialog = cls(parent, customer_id)
        return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None

    @Slot()
    def _customer_changed(self) -> None:
        cid = _current_id(self.customer)
        if cid == getattr(self, "_shown_customer", -1):
            return
        self._shown_customer = cid
        self.user_number.clear()
        if cid is not None:
            for uid, text in ironing.user_number_choices(cid):
                self.user_number.addItem(text, uid)
        self._fill_history(cid)
        self._update_preview()

    def _fill_history(self, customer_id: int | None) -> None:
        lines = ironing.credit_history(customer_id) if customer_id is not None else []
        self.history.setRowCount(len(lines))
        for row, line in enumerate(reversed(lines)):
            credit = f"{line.credit_before} → {line.credit_after} min"
            for column, text in enumerate((f"{line.at:%d/%m/%Y %H:%M}", line.text, credit)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(2)

    def _collect(self) -> tuple:
        return (_current_id(self.customer), self.user_number.currentData(),
                _current_id(self.helper), self.date.date().toPython(), self.minutes.value(),
                self.handling)

    @Slot()
    def _update_preview(self) -> None:
        cid = _current_id(self.customer)
        if cid is None:
            self.credit_label.setText("—")
            self.preview.setText(self.tr("Choose a customer."))
            return
        try:
            preview = ironing.preview_basket(cid, max(self.minutes.value(), 1), self.handling)
        except KnownError as exc:
            self.preview.setText(str(exc))
            return
        self.credit_label.setText(self.tr("{minutes} min").format(minutes=preview.credit_before))
        if not self.minutes.value():
            self.preview.setText(self.tr("Enter the ironing time."))
            return
        self.preview.setText(self.tr(
            "{paid} min to pay → %n voucher(s); new credit {credit} min", "", preview.vouchers
        ).format(paid=preview.minutes_to_pay, credit=preview.credit_after))
        self.error.clear()

    def accept(self) -> None:
        customer_id, user_number_id, helper_id, day, minutes, handling = self._collect()
        try:
            ironing.check_basket(customer_id, user_number_id, helper_id, day, minutes, handling)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.fields.values()) or str(exc))
            return
        except KnownError as exc:
            self.error.setText(str(exc))
            return
        self.value = BasketInput(customer_id, user_number_id, helper_id, day, minutes, handling)
        super().accept()
