"""Add or edit an absence: a helper away (holiday, sickness, training) or a
customer away (holiday, stop), possibly for one activity only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.services import absences
from inharmony_desktop.core.services.absences import AbsenceInput
from inharmony_desktop.core.vocabulary import Activity, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, customer_choices, helper_choices
from inharmony_desktop.ui.dialogs.schedule import date_edit
from inharmony_desktop.ui.formatting import from_qdate, to_qdate
from inharmony_desktop.ui.labels import absence_reason_label, activity_label

HELPER_REASONS = ("holiday", "sickness", "training", "other")
CUSTOMER_REASONS = ("holiday", "stop", "other")


class AbsenceDialog(FormDialog):
    """`ask(parent, initial=None, absence_id=None)` returns an `AbsenceInput` or None."""

    REQUIRED = frozenset({"who", "from_date", "to_date", "reason"})

    def __init__(self, parent: QWidget | None, initial: AbsenceInput | None = None,
                 absence_id: int | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent, self.tr("Edit absence") if absence_id else
                         self.tr("New absence"))
        today = today or clock.today()
        choice = QWidget(self)
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.for_helper = QRadioButton(self.tr("A helper"), choice)
        self.for_customer = QRadioButton(self.tr("A customer"), choice)
        row.addWidget(self.for_helper)
        row.addWidget(self.for_customer)
        row.addStretch(1)
        self.add_field("who", self.tr("Who is away"), choice)
        self.helper = self.add_field("helper", self.tr("Helper"), IdComboBox(
            helper_choices(initial.helper_id if initial else None), self))
        self.customer = self.add_field("customer", self.tr("Customer"),
                                       IdComboBox(customer_choices(), self))
        self.activity = self.add_field("activity", self.tr("Stops"), QComboBox(self))
        self.activity.addItem(self.tr("everything"), None)
        for code in codes(Activity):
            self.activity.addItem(activity_label(code), code)
        self.from_date = self.add_field("from_date", self.tr("From"), date_edit(self, today))
        self.to_date = self.add_field("to_date", self.tr("Until"), date_edit(self, today))
        self.reason = self.add_field("reason", self.tr("Reason"), QComboBox(self))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(self))
        self.for_helper.toggled.connect(self._kind_changed)
        self.for_helper.setChecked(True)
        self._kind_changed(True)
        if initial is not None:
            self._show(initial)

    def _kind_changed(self, helper: bool) -> None:
        self.helper.setEnabled(helper)
        self.customer.setEnabled(not helper)
        self.activity.setEnabled(not helper)
        current = self.reason.currentData()
        self.reason.clear()
        for code in HELPER_REASONS if helper else CUSTOMER_REASONS:
            self.reason.addItem(absence_reason_label(code), code)
        index = self.reason.findData(current)
        self.reason.setCurrentIndex(max(index, 0))

    def _show(self, data: AbsenceInput) -> None:
        if data.customer_id is not None:
            self.for_customer.setChecked(True)
            self.customer.set_current_id(data.customer_id)
            self.activity.setCurrentIndex(max(self.activity.findData(data.activity), 0))
        else:
            self.helper.set_current_id(data.helper_id)
        self.reason.setCurrentIndex(max(self.reason.findData(data.reason), 0))
        self.from_date.setDate(to_qdate(data.from_date))
        self.to_date.setDate(to_qdate(data.to_date))
        self.note.setText(data.note)

    def collect(self) -> AbsenceInput:
        helper = self.for_helper.isChecked()
        return AbsenceInput(
            from_date=from_qdate(self.from_date.date()), to_date=from_qdate(self.to_date.date()),
            reason=self.reason.currentData(),
            helper_id=self.helper.current_id() if helper else None,
            customer_id=None if helper else self.customer.current_id(),
            activity=None if helper else self.activity.currentData(),
            note=self.note.text(),
        )

    def validate(self, value: AbsenceInput) -> None:
        if value.helper_id is None and value.customer_id is None:
            # Say which picker is empty rather than "a helper or a customer".
            field = "helper" if self.for_helper.isChecked() else "customer"
            text = (self.tr("Choose a helper.") if field == "helper"
                    else self.tr("Choose a customer."))
            raise ValidationError({field: text})
        absences.clean(value)
