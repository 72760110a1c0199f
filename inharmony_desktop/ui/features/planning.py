"""The planning actions: schedules and absences (new, edit, end, delete),
generating a week or a month, and the week review. Each opens its dialog and
runs the result as one undoable command through the window's `Editor`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inharmony_desktop.core.services import absences, schedules
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.commands.planning import (
    ApplyWeekReviewCommand,
    EndScheduleCommand,
    GeneratePrestationsCommand,
)
from inharmony_desktop.ui.commands.rows import CreateCommand, DeleteCommand, UpdateCommand
from inharmony_desktop.ui.dialogs.absence import AbsenceDialog
from inharmony_desktop.ui.dialogs.generate import GenerateDialog
from inharmony_desktop.ui.dialogs.schedule import EndScheduleDialog, ScheduleDialog
from inharmony_desktop.ui.dialogs.week_review import WeekReviewDialog
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.formatting import date_text

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate



class Planning:
    """Entry points for the Schedules and Absences tabs and the Planning menu."""

    def __init__(self, parent: QWidget, editor: Editor) -> None:
        self.parent = parent
        self.editor = editor

    # --- schedules ----------------------------------------------------------------------------
    def new_schedule(self) -> int | None:
        data = ScheduleDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(translate("Planning", "New schedule"), broadcast.SCHEDULE,
                                         lambda: schedules.create_schedule(data))
        return command.row_id if self.editor.run(command) else None

    def edit_schedule(self, schedule_id: int) -> bool:
        initial = schedules.to_input(schedules.get_schedule(schedule_id))
        data = ScheduleDialog.ask(self.parent, initial, schedule_id)
        if data is None:
            return False
        return self.editor.run(UpdateCommand(
            translate("Planning", "Edit schedule"), broadcast.SCHEDULE, schedule_id,
            lambda: schedules.update_schedule(schedule_id, data)))

    def end_schedule(self, schedule_id: int) -> bool:
        last = EndScheduleDialog.ask(self.parent, schedule_id)
        if last is None:
            return False
        return self.editor.run(EndScheduleCommand(
            translate("Planning", "End schedule on {date}").format(date=date_text(last)),
            schedule_id, last))

    def delete_schedule(self, schedule_id: int) -> bool:
        question = translate("Planning", "Delete this schedule? A schedule that already "
                                         "generated prestations can only be ended.")
        if not messages.confirm(self.parent, translate("Planning", "Delete schedule"), question):
            return False
        return self.editor.run(DeleteCommand(
            translate("Planning", "Delete schedule"), broadcast.SCHEDULE, schedule_id,
            lambda: schedules.delete_schedule(schedule_id)))

    # --- absences -----------------------------------------------------------------------------
    def new_absence(self) -> int | None:
        data = AbsenceDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(translate("Planning", "New absence"), broadcast.ABSENCE,
                                         lambda: absences.create_absence(data))
        return command.row_id if self.editor.run(command) else None

    def edit_absence(self, absence_id: int) -> bool:
        initial = absences.to_input(absences.get_absence(absence_id))
        data = AbsenceDialog.ask(self.parent, initial, absence_id)
        if data is None:
            return False
        return self.editor.run(UpdateCommand(
            translate("Planning", "Edit absence"), broadcast.ABSENCE, absence_id,
            lambda: absences.update_absence(absence_id, data)))

    def delete_absence(self, absence_id: int) -> bool:
        if not messages.confirm(self.parent, translate("Planning", "Delete absence"),
                                translate("Planning", "Delete this absence?")):
            return False
        return self.editor.run(DeleteCommand(
            translate("Planning", "Delete absence"), broadcast.ABSENCE, absence_id,
            lambda: absences.delete_absence(absence_id)))

    # --- generation and review ----------------------------------------------------------------
    def generate(self, kind: str) -> list[int]:
        """`kind` is "week" or "month"; returns the ids created (empty when cancelled)."""
        plan = GenerateDialog.ask(self.parent, kind)
        if plan is None:
            return []
        command = GeneratePrestationsCommand(
            translate("Planning", "Generate {count} prestations ({start} to {end})").format(
                count=len(plan.to_create), start=date_text(plan.start),
                end=date_text(plan.end)),
            plan)
        return command.ids if self.editor.run(command) else []

    def review_week(self, day: dt.date | None = None) -> bool:
        changes = WeekReviewDialog.ask(self.parent, day)
        if changes is None:
            return False
        return self.editor.run(ApplyWeekReviewCommand(
            translate("Planning", "Week review: {performed} performed, {cancelled} cancelled").format(
                performed=len(changes.performed), cancelled=len(changes.cancelled)),
            changes))
