"""Add or edit a schedule (uurrooster), and end one on a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QSpinBox, QTimeEdit, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import schedules
from inharmony_desktop.core.services.schedules import ScheduleInput
from inharmony_desktop.core.vocabulary import Activity, codes
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, helper_choices, user_number_choices
from inharmony_desktop.ui.formatting import from_qdate, to_qdate
from inharmony_desktop.ui.labels import activity_label
from inharmony_desktop.ui.models.schedules import weekday_label


def date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(to_qdate(day))
    return edit


class ScheduleDialog(FormDialog):
    """`ask(parent, initial=None, schedule_id=None)` returns a `ScheduleInput` or None."""

    REQUIRED = frozenset({"helper", "user_number", "weekday", "start_time", "hours", "first_date"})

    def __init__(self, parent: QWidget | None, initial: ScheduleInput | None = None,
                 schedule_id: int | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent, self.tr("Edit schedule") if schedule_id else
                         self.tr("New schedule"))
        self.schedule_id = schedule_id
        today = today or clock.today()
        self.helper = self.add_field("helper", self.tr("Helper"), IdComboBox(
            helper_choices(initial.helper_id if initial else None), self))
        self.user_number = self.add_field("user_number", self.tr("User number"), IdComboBox(
            user_number_choices(initial.user_number_id if initial else None), self))
        self.activity = self.add_field("activity", self.tr("Activity"), QComboBox(self))
        for code in codes(Activity):
            self.activity.addItem(activity_label(code), code)
        self.weekday = self.add_field("weekday", self.tr("Weekday"), QComboBox(self))
        for day in range(7):
            self.weekday.addItem(weekday_label(day), day)
        self.start_time = self.add_field("start_time", self.tr("Start time"), QTimeEdit(self))
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(QTime(8, 30))
        self.hours = self.add_field("hours", self.tr("Hours"), QSpinBox(self))
        self.hours.setRange(1, 12)
        self.hours.setValue(3)
        self.every_weeks = self.add_field("every_weeks", self.tr("Repeats"), QComboBox(self))
        self.every_weeks.addItem(self.tr("every week"), 1)
        self.every_weeks.addItem(self.tr("every other week"), 2)
        self.first_date = self.add_field("first_date", self.tr("First date"),
                                         date_edit(self, today))
        self.has_end = QCheckBox(self.tr("Ends"), self)
        self.last_date = self.add_field("last_date", self.tr("Last date"),
                                        date_edit(self, today))
        self.form.insertRow(self.form.rowCount() - 1, "", self.has_end)
        self.has_end.toggled.connect(self.last_date.setEnabled)
        self.last_date.setEnabled(False)
        if initial is not None:
            self._show(initial)

    def _show(self, data: ScheduleInput) -> None:
        self.helper.set_current_id(data.helper_id)
        self.user_number.set_current_id(data.user_number_id)
        self.activity.setCurrentIndex(self.activity.findData(data.activity))
        self.weekday.setCurrentIndex(self.weekday.findData(data.weekday))
        self.start_time.setTime(QTime.fromString(data.start_time, "HH:mm"))
        self.hours.setValue(data.hours)
        self.every_weeks.setCurrentIndex(self.every_weeks.findData(data.every_weeks))
        self.first_date.setDate(to_qdate(data.first_date))
        if data.last_date:
            self.has_end.setChecked(True)
            self.last_date.setDate(to_qdate(data.last_date))

    def collect(self) -> ScheduleInput:
        return ScheduleInput(
            helper_id=self.helper.current_id(), user_number_id=self.user_number.current_id(),
            weekday=self.weekday.currentData(), start_time=self.start_time.time().toString("HH:mm"),
            hours=self.hours.value(), first_date=from_qdate(self.first_date.date()),
            activity=self.activity.currentData(), every_weeks=self.every_weeks.currentData(),
            last_date=from_qdate(self.last_date.date()) if self.has_end.isChecked() else None,
        )

    def validate(self, value: ScheduleInput) -> None:
        schedules.clean(value)


class EndScheduleDialog(FormDialog):
    """Ask the last date of a schedule; `ask(parent, schedule_id)` returns it or None."""

    def __init__(self, parent: QWidget | None, schedule_id: int, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent, self.tr("End schedule"))
        self.schedule = schedules.get_schedule(schedule_id)
        self.last_date = self.add_field("last_date", self.tr("Last date"),
                                        date_edit(self, today or clock.today()))
        self.last_date.setMinimumDate(QDate(2000, 1, 1))

    def collect(self) -> dt.date:
        return from_qdate(self.last_date.date())

    def validate(self, value: dt.date) -> None:
        schedules.check_end_date(self.schedule, value)
