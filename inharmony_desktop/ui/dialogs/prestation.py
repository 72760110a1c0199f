"""Add or edit one prestation: date, user number, helper, activity, hours, split, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import prestations
from inharmony_desktop.core.services.payment_modes import default_split
from inharmony_desktop.core.services.prestations import TRANSITIONS, PrestationInput
from inharmony_desktop.core.vocabulary import Activity, Status, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, helper_choices, user_number_choices
from inharmony_desktop.ui.formatting import DATE_FORMAT, from_qdate, to_qdate
from inharmony_desktop.ui.labels import activity_label, status_label


class PrestationDialog(FormDialog):
    """`value` is a `PrestationInput` for a new prestation, or a dict of changed
    fields (names of `PrestationInput`) for an existing one."""

    REQUIRED = frozenset({"date", "user_number", "helper", "hours"})

    def __init__(self, parent: QWidget | None, prestation_id: int | None = None,
                 user_number_id: int | None = None) -> None:
        title = self.tr("Edit prestation") if prestation_id else self.tr("New prestation")
        super().__init__(parent, title)
        self.prestation_id = prestation_id
        self.original = (
            prestations.get_prestation(prestation_id) if prestation_id else None)
        p = self.original
        self.date = self.add_field("date", self.tr("Date"), QDateEdit(QDate(clock.today())))
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.user_number = self.add_field(
            "user_number", self.tr("User number"),
            IdComboBox(user_number_choices(p.user_number_id if p else None)))
        self.user_number.lineEdit().setPlaceholderText(self.tr("Type a number or a name"))
        self.helper = self.add_field("helper", self.tr("Helper"),
                                     IdComboBox(helper_choices(p.helper_id if p else None)))
        self.activity = self.add_field("activity", self.tr("Activity"), QComboBox())
        for code in codes(Activity):
            self.activity.addItem(activity_label(code), code)
        self.hours = self.add_field("hours", self.tr("Hours (vouchers)"), QSpinBox())
        self.hours.setRange(1, 12)
        self.hours.setValue(3)
        self.add_field("split", self.tr("Paper / electronic"), self._split_editor())
        self.status = self.add_field("status", self.tr("Status"), QComboBox())
        allowed = (p.status, *TRANSITIONS[p.status]) if p else (Status.PLANNED, Status.PERFORMED)
        for code in codes(Status):
            if code in allowed:
                self.status.addItem(status_label(code), code)
        self.status.setCurrentIndex(max(self.status.findData(p.status if p else Status.PERFORMED), 0))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        if p is not None:
            self.date.setDate(to_qdate(p.date))
            self.user_number.set_current_id(p.user_number_id)
            self.helper.set_current_id(p.helper_id)
            self.activity.setCurrentIndex(max(self.activity.findData(p.activity), 0))
            self.hours.setValue(p.hours)
            self.manual.setChecked(p.split_manual)
            self.paper.setValue(p.paper)
            self.electronic.setValue(p.electronic)
            self.note.setText(p.note)
        elif user_number_id is not None:
            self.user_number.set_current_id(user_number_id)
        self._manual_toggled(self.manual.isChecked())
        # The two parts always add up to the hours: typing one completes the other.
        self.paper.valueChanged.connect(lambda value: self._complete(self.electronic, value))
        self.electronic.valueChanged.connect(lambda value: self._complete(self.paper, value))
        self.hours.valueChanged.connect(lambda _h: self._complete(self.electronic,
                                                                  self.paper.value()))
        self.manual.toggled.connect(self._start_from_default)

    def _split_editor(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.manual = QCheckBox(self.tr("by hand"), box)
        self.manual.setToolTip(self.tr("Without this, the split follows the payment mode."))
        self.paper = QSpinBox(box)
        self.paper.setRange(0, 12)
        self.electronic = QSpinBox(box)
        self.electronic.setRange(0, 12)
        self.manual.toggled.connect(self._manual_toggled)
        row.addWidget(self.manual)
        row.addWidget(QLabel(self.tr("paper"), box))
        row.addWidget(self.paper)
        row.addWidget(QLabel(self.tr("electronic"), box))
        row.addWidget(self.electronic)
        row.addStretch(1)
        return box

    def _manual_toggled(self, on: bool) -> None:
        self.paper.setEnabled(on)
        self.electronic.setEnabled(on)

    def _complete(self, other: QSpinBox, value: int) -> None:
        hours = self.hours.value()
        for box in (self.paper, self.electronic):
            box.setMaximum(hours)
        wanted = max(hours - min(value, hours), 0)
        if other.value() != wanted:
            other.blockSignals(True)
            other.setValue(wanted)
            other.blockSignals(False)

    def _start_from_default(self, on: bool) -> None:
        """Setting the split by hand starts from the split it has now (its default)."""
        user_number_id = self.user_number.current_id()
        if not on or self.paper.value() + self.electronic.value() == self.hours.value() \
                or user_number_id is None:
            return
        paper, electronic = default_split(user_number_id, from_qdate(self.date.date()),
                                          self.hours.value())
        for box, value in ((self.paper, paper), (self.electronic, electronic)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _input(self) -> PrestationInput:
        manual = self.manual.isChecked()
        return PrestationInput(
            date=from_qdate(self.date.date()),
            user_number_id=self.user_number.current_id() or 0,
            helper_id=self.helper.current_id() or 0,
            hours=self.hours.value(),
            activity=self.activity.currentData(),
            paper=self.paper.value() if manual else None,
            electronic=self.electronic.value() if manual else None,
            status=self.status.currentData(),
            note=self.note.text(),
        )

    def collect(self) -> PrestationInput | dict[str, Any]:
        data = self._input()
        if self.original is None:
            return data
        return prestations.changed_fields(self.original, data, self.manual.isChecked())

    def validate(self, value: PrestationInput | dict[str, Any]) -> None:
        prestations.clean(self._input())

