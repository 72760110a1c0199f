"""The planning actions: schedules and absences (new, edit, end, delete),
generating a week or a month, and the week review. Each opens its dialog and
runs the result as one undoable command through the window's `Editor`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.commands.rows import CreateCommand, DeleteCommand, UpdateCommand

# Each dialog, and the generation and week review work, is imported in the method that
# uses it: the window starts without them.
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.features.parts import AddTab, ShowStatus
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.tabs.absences import AbsencesTab
from inharmony_desktop.ui.tabs.schedules import SchedulesTab
from inharmony_desktop.ui.workers import TaskRun, TaskWorker

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PlanningParts:
    """The window parts the planning tabs and actions use."""

    actions: Actions  # the Planning menu, Edit and Delete
    tabs: QTabWidget
    add_tab: AddTab
    show_status: ShowStatus


class Planning:
    """Entry points for the Schedules and Absences tabs and the Planning menu.

    `install(parts)` adds the two tabs (`schedules`, `absences`) and connects the
    planning actions; the other methods are what those actions do.
    """

    def __init__(self, parent: QWidget, editor: Editor) -> None:
        self.parent = parent
        self.editor = editor
        self.schedules: SchedulesTab | None = None
        self.absences: AbsencesTab | None = None
        self.run: TaskRun | None = None  # a generation being written

    def install(self, parts: PlanningParts) -> None:
        actions = parts.actions
        self.parts = parts
        self.schedules = SchedulesTab(self.parent, [
            actions.new_schedule, actions.end_schedule, actions.generate_week,
            actions.generate_month, actions.review_week])
        parts.add_tab("schedules", self.schedules, translate("Planning", "Schedules"),
                      {broadcast.SCHEDULE, broadcast.HELPER, broadcast.USER_NUMBER,
                       broadcast.ABSENCE},
                      edit=lambda ids: self.edit_schedule(ids[0]),
                      delete=lambda ids: self.delete_schedule(ids[0]))
        self.absences = AbsencesTab(self.parent, [actions.new_absence])
        parts.add_tab("absences", self.absences, translate("Planning", "Absences"),
                      {broadcast.ABSENCE, broadcast.HELPER, broadcast.CUSTOMER},
                      edit=lambda ids: self.edit_absence(ids[0]),
                      delete=lambda ids: self.delete_absence(ids[0]))
        self.schedules.table.activated_id.connect(self.edit_schedule)
        self.absences.table.activated_id.connect(self.edit_absence)
        self.schedules.table.menu_builders.append(
            lambda menu, ids: menu.addActions(
                [actions.new_schedule, actions.end_schedule, actions.edit, actions.delete]
                if ids else [actions.new_schedule]))
        self.absences.table.menu_builders.append(
            lambda menu, ids: menu.addActions([actions.new_absence, actions.edit, actions.delete]
                                              if ids else [actions.new_absence]))
        self._connect_actions(actions)

    def _connect_actions(self, actions: Actions) -> None:
        actions.new_schedule.triggered.connect(self.new_schedule)
        actions.end_schedule.triggered.connect(self.end_selected_schedule)
        actions.new_absence.triggered.connect(self.new_absence)
        actions.generate_week.triggered.connect(lambda: self.generate("week"))
        actions.generate_month.triggered.connect(lambda: self.generate("month"))
        actions.review_week.triggered.connect(lambda: self.review_week())

    def end_selected_schedule(self) -> bool:
        """"End schedule…" on the schedule selected in its tab, or say to select one."""
        assert self.schedules is not None
        schedule_id = self.schedules.table.current_id()
        if schedule_id is None:
            self.parts.tabs.setCurrentWidget(self.schedules)
            self.parts.show_status(
                translate("Planning", "Select the schedule to end first."), 5000)
            return False
        return self.end_schedule(schedule_id)

    # --- schedules ----------------------------------------------------------------------------
    def new_schedule(self) -> int | None:
        from inharmony_desktop.core.services import schedules
        from inharmony_desktop.ui.dialogs.schedule import ScheduleDialog

        data = ScheduleDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(translate("Planning", "New schedule"), broadcast.SCHEDULE,
                                         lambda: schedules.create_schedule(data))
        return command.row_id if self.editor.run(command) else None

    def edit_schedule(self, schedule_id: int) -> bool:
        from inharmony_desktop.core.services import schedules
        from inharmony_desktop.ui.dialogs.schedule import ScheduleDialog

        initial = schedules.to_input(schedules.get_schedule(schedule_id))
        data = ScheduleDialog.ask(self.parent, initial, schedule_id)
        if data is None:
            return False
        return self.editor.run(UpdateCommand(
            translate("Planning", "Edit schedule"), broadcast.SCHEDULE, schedule_id,
            lambda: schedules.update_schedule(schedule_id, data)))

    def end_schedule(self, schedule_id: int) -> bool:
        from inharmony_desktop.ui.commands.planning import EndScheduleCommand
        from inharmony_desktop.ui.dialogs.schedule import EndScheduleDialog

        last = EndScheduleDialog.ask(self.parent, schedule_id)
        if last is None:
            return False
        return self.editor.run(EndScheduleCommand(
            translate("Planning", "End schedule on {date}").format(date=date_text(last)),
            schedule_id, last))

    def delete_schedule(self, schedule_id: int) -> bool:
        from inharmony_desktop.core.services import schedules
        question = translate("Planning", "Delete this schedule? A schedule that already "
                                         "generated prestations can only be ended.")
        if not messages.confirm(self.parent, translate("Planning", "Delete schedule"), question):
            return False
        return self.editor.run(DeleteCommand(
            translate("Planning", "Delete schedule"), broadcast.SCHEDULE, schedule_id,
            lambda: schedules.delete_schedule(schedule_id)))

    # --- absences -----------------------------------------------------------------------------
    def new_absence(self) -> int | None:
        from inharmony_desktop.core.services import absences
        from inharmony_desktop.ui.dialogs.absence import AbsenceDialog

        data = AbsenceDialog.ask(self.parent)
        if data is None:
            return None
        command = CreateCommand(translate("Planning", "New absence"), broadcast.ABSENCE,
                                         lambda: absences.create_absence(data))
        return command.row_id if self.editor.run(command) else None

    def edit_absence(self, absence_id: int) -> bool:
        from inharmony_desktop.core.services import absences
        from inharmony_desktop.ui.dialogs.absence import AbsenceDialog

        initial = absences.to_input(absences.get_absence(absence_id))
        data = AbsenceDialog.ask(self.parent, initial, absence_id)
        if data is None:
            return False
        return self.editor.run(UpdateCommand(
            translate("Planning", "Edit absence"), broadcast.ABSENCE, absence_id,
            lambda: absences.update_absence(absence_id, data)))

    def delete_absence(self, absence_id: int) -> bool:
        from inharmony_desktop.core.services import absences
        if not messages.confirm(self.parent, translate("Planning", "Delete absence"),
                                translate("Planning", "Delete this absence?")):
            return False
        return self.editor.run(DeleteCommand(
            translate("Planning", "Delete absence"), broadcast.ABSENCE, absence_id,
            lambda: absences.delete_absence(absence_id)))

    # --- generation and review ----------------------------------------------------------------
    def generate(self, kind: str) -> None:
        """`kind` is "week" or "month". The reviewed plan is written on a worker thread
        behind a progress dialog (a month of a large office is thousands of rows), then
        pushed as one undoable command."""
        from inharmony_desktop.core.services import generation
        from inharmony_desktop.ui.commands.planning import GeneratePrestationsCommand
        from inharmony_desktop.ui.dialogs.generate import GenerateDialog

        plan = GenerateDialog.ask(self.parent, kind)
        if plan is None:
            return
        text = translate("Planning", "Generate {count} prestations ({start} to {end})").format(
            count=len(plan.to_create), start=date_text(plan.start), end=date_text(plan.end))
        self.run = TaskRun(self.parent, translate("Planning", "Generate prestations"),
                           translate("Planning", "Writing {count} planned prestations…").format(
                               count=len(plan.to_create)),
                           TaskWorker(lambda _progress, _cancel: generation.apply_generation(plan)))
        self.run.progress.setCancelButton(None)  # one transaction: all or nothing, in seconds

        def finished(outcome: str, payload: object) -> None:
            self.run = None
            if outcome == "failed":
                messages.show_error(self.parent, payload)  # type: ignore[arg-type]
            elif outcome == "done":
                ids = list(payload)  # type: ignore[call-overload]
                self.editor.run(GeneratePrestationsCommand(text, plan, ids))

        self.run.finished_with.connect(finished)
        self.run.start()

    def review_week(self, day: dt.date | None = None) -> bool:
        from inharmony_desktop.ui.commands.planning import ApplyWeekReviewCommand
        from inharmony_desktop.ui.dialogs.week_review import WeekReviewDialog

        changes = WeekReviewDialog.ask(self.parent, day)
        if changes is None:
            return False
        return self.editor.run(ApplyWeekReviewCommand(
            translate("Planning", "Week review: {performed} performed, {cancelled} cancelled").format(
                performed=len(changes.performed), cancelled=len(changes.cancelled)),
            changes))
