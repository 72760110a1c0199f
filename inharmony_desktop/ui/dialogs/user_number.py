"""Add or edit a user number, with its payment-mode history (paper/electronic from a date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.services import user_numbers
from inharmony_desktop.core.services.payment_modes import history
from inharmony_desktop.core.services.user_numbers import UserNumberChange, UserNumberInput
from inharmony_desktop.core.vocabulary import Medium, Quota, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, customer_choices
from inharmony_desktop.ui.formatting import DATE_FORMAT, date_text, from_qdate
from inharmony_desktop.ui.labels import medium_label, quota_label


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class UserNumberDialog(FormDialog):
    REQUIRED = frozenset({"number", "customer", "holder", "payment_mode"})

    def __init__(self, parent: QWidget | None, initial: UserNumberInput | None = None,
                 user_number_id: int | None = None, customer_id: int | None = None) -> None:
        title = self.tr("Edit user number") if user_number_id else self.tr("New user number")
        super().__init__(parent, title)
        self.user_number_id = user_number_id
        self.number = self.add_field("number", self.tr("User number (12 digits)"), QLineEdit())
        self.number.setInputMask("")
        self.number.setPlaceholderText("1234 5678 9012")
        self.customer = self.add_field("customer", self.tr("Customer"),
                                       IdComboBox(customer_choices()))
        self.holder = self.add_field("holder", self.tr("Holder"), QLineEdit())
        self.quota = self.add_field("quota", self.tr("Quota"), QComboBox())
        for code in codes(Quota):
            self.quota.addItem(quota_label(code), code)
        self.active = self.add_field("active", self.tr("Active"), QCheckBox())
        self.active.setChecked(True)
        self.modes = self.add_field("payment_mode", self.tr("Payment mode"), self._mode_editor())
        if initial is not None:
            self.number.setText(initial.number)
            self.customer.set_current_id(initial.customer_id)
            self.holder.setText(initial.holder)
            self.quota.setCurrentIndex(max(self.quota.findData(initial.quota), 0))
            self.active.setChecked(initial.active)
        elif customer_id is not None:
            self.customer.set_current_id(customer_id)
        rows = (history(user_number_id).rows() if user_number_id
                else [(clock.today(), Medium.ELECTRONIC)])
        self._set_modes(rows)

    # --- payment-mode history -----------------------------------------------------------------
    def _mode_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode_table = QTableWidget(0, 2, box)
        self.mode_table.setObjectName("mode_history")
        self.mode_table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Pays with")])
        self.mode_table.verticalHeader().setVisible(False)
        self.mode_table.horizontalHeader().setStretchLastSection(True)
        self.mode_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mode_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mode_table.setFixedHeight(110)
        row = QHBoxLayout()
        self.mode_date = _date_edit()
        self.mode_choice = QComboBox(box)
        for code in codes(Medium):
            self.mode_choice.addItem(medium_label(code), code)
        add = QPushButton(self.tr("Add"), box)
        add.clicked.connect(self._add_mode)
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self._remove_mode)
        # Two rows: on one the date edit would be squeezed to "27/11/20".
        row.addWidget(self.mode_date)
        row.addWidget(self.mode_choice)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(self.mode_table)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return box

    def _set_modes(self, rows: list[tuple[dt.date, str]]) -> None:
        self._mode_rows = sorted(rows)
        self.mode_table.setRowCount(len(self._mode_rows))
        for i, (day, mode) in enumerate(self._mode_rows):
            self.mode_table.setItem(i, 0, QTableWidgetItem(date_text(day)))
            self.mode_table.setItem(i, 1, QTableWidgetItem(medium_label(mode)))

    def add_mode(self, day: dt.date, mode: str) -> None:
        rows = [(d, m) for d, m in self._mode_rows if d != day]
        self._set_modes([*rows, (day, mode)])

    @Slot()
    def _add_mode(self) -> None:
        self.add_mode(from_qdate(self.mode_date.date()), self.mode_choice.currentData())

    @Slot()
    def _remove_mode(self) -> None:
        row = self.mode_table.currentRow()
        if 0 <= row < len(self._mode_rows):
            self._set_modes([r for i, r in enumerate(self._mode_rows) if i != row])

    def mode_rows(self) -> list[tuple[dt.date, str]]:
        return list(self._mode_rows)

    # --- validation ---------------------------------------------------------------------------
    def collect(self) -> UserNumberChange:
        modes = self.mode_rows()
        first_day, first_mode = modes[0] if modes else (None, "")
        data = UserNumberInput(
            number=self.number.text(), customer_id=self.customer.current_id() or 0,
            holder=self.holder.text(), quota=self.quota.currentData(),
            payment_mode=first_mode if self.user_number_id is None else modes[-1][1],
            mode_since=first_day, active=self.active.isChecked(),
        ) if modes else None
        if data is None:
            raise ValidationError(
                {"payment_mode": self.tr("Give at least one payment mode with its start date.")})
        return UserNumberChange(data, modes)

    def validate(self, value: UserNumberChange) -> None:
        user_numbers.clean(value.data, existing_id=self.user_number_id)

