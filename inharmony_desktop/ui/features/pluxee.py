"""Reading Pluxee's prestation export from the window, and its work list (SPEC §4.8).

File › Read Pluxee export… picks a `.csv` or `.xlsx` (the folder is remembered
on this PC), reads and matches it on a worker thread with progress and Cancel,
asks which column is which when the headers are not recognised, shows every
bad line of a refused file, and previews the reading; "Read" applies it on the
worker thread and pushes it as one undoable command, then shows the Pluxee
tab. The tab's row actions become commands here too.

The questions are seams tests replace: `ask_open_path`, `ask_columns`,
`ask_preview` and `show_box`.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QWidget

from inharmony_desktop.core.errors import ImportFailed, KnownError
from inharmony_desktop.core.services import prestations
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.features.moves import MoveController
from inharmony_desktop.ui.features.parts import AddTab, ShowStatus
from inharmony_desktop.ui.tabs.pluxee import PluxeeTab
from inharmony_desktop.ui.tabs.prestations import PrestationsTab
from inharmony_desktop.ui.workers import TaskRun, TaskWorker

if TYPE_CHECKING:
    from inharmony_desktop.core.services.pluxee_readings import ReadingResult
    from inharmony_desktop.core.services.pluxee_worklist import WorkRow
    from inharmony_desktop.core.services.reconciliation import ReadingPlan

# Reading an export (the file reader, the matching, the commands, the dialogs) is imported
# where it is done: the window starts without it.

FOLDER_KEY = "pluxee/folder"  # where the last export was read from, on this PC


def _ask_open_path(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PluxeeFeature", "Read Pluxee export"), folder,
        QCoreApplication.translate("PluxeeFeature",
                                   "Pluxee export (*.csv *.xlsx *.txt);;All files (*)"))
    return Path(name) if name else None


def _ask_columns(*args, **kwargs):
    from inharmony_desktop.ui.dialogs.pluxee_columns import PluxeeColumnsDialog

    return PluxeeColumnsDialog.ask(*args, **kwargs)


def _ask_preview(*args, **kwargs):
    from inharmony_desktop.ui.dialogs.pluxee_preview import PluxeePreviewDialog

    return PluxeePreviewDialog.ask(*args, **kwargs)


@dataclass(frozen=True)
class PluxeeParts:
    """The window parts reading Pluxee's export uses."""

    parent: QWidget  # of the dialogs and the progress
    editor: Editor  # runs the commands (a refusal is shown), edits a prestation
    actions: Actions  # read_pluxee
    tabs: QTabWidget
    add_tab: AddTab
    prestations: PrestationsTab  # reveal(): open a row's prestation
    mover: MoveController  # the ordinary move, with its correction flag
    show_status: ShowStatus


class PluxeeFeature(QObject):
    """File › Read Pluxee export… and the "Pluxee" tab (`tab`)."""

    def __init__(self, parts: PluxeeParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.parent_widget = parts.parent
        self.tab = PluxeeTab(parts.parent, parts.actions.read_pluxee)
        parts.add_tab("pluxee", self.tab, self.tr("Pluxee"), {broadcast.PLUXEE_READING},
                      edit=self._edit_prestation)
        parts.actions.read_pluxee.triggered.connect(self.read_export)
        self.tab.open_requested.connect(self.open_prestation)
        self.tab.move_requested.connect(self.move)
        self.tab.create_requested.connect(self.create_missing)
        self.tab.candidates_requested.connect(self.show_candidates)
        self.tab.handled_requested.connect(self.set_handled)
        self.ask_open_path: Callable[[QWidget, str], Path | None] = _ask_open_path
        self.ask_columns = _ask_columns
        self.ask_preview = _ask_preview
        self.run: TaskRun | None = None

    # --- reading ------------------------------------------------------------------------------
    @Slot()
    def read_export(self) -> None:
        if self.run is not None:
            return
        settings = QSettings()
        path = self.ask_open_path(self.parent_widget, str(settings.value(FOLDER_KEY, "")))
        if not path:
            return
        settings.setValue(FOLDER_KEY, str(path.parent))
        self.read_file(path)

    def read_file(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        """Read and match `path` off the GUI thread, then the preview (or the refusal)."""
        from inharmony_desktop.core.services import pluxee_readings
        from inharmony_desktop.core.services.reconciliation import plan_reading

        def task(progress, cancel: threading.Event) -> ReadingPlan:
            export = pluxee_readings.read_export(path, mapping, progress=progress, cancel=cancel)
            return plan_reading(export, progress=progress, cancel=cancel)

        self._start(self.tr("Reading {file}…").format(file=path.name), task,
                    lambda plan: self._preview(plan, mapping),
                    lambda error: self._refused(path, mapping, error))

    def _preview(self, plan: ReadingPlan, mapping: dict[str, str] | None) -> None:
        from inharmony_desktop.core.services import pluxee_readings

        if not self.ask_preview(self.parent_widget, plan):
            self.parts.show_status(self.tr("Pluxee export not read: nothing was saved."), 8000)
            return
        headers = plan.export.headers

        def task(progress, cancel: threading.Event):
            result = pluxee_readings.apply_plan(plan, progress=progress, cancel=cancel)
            if mapping:
                pluxee_readings.save_mapping(headers, mapping)
            return result

        self._start(self.tr("Saving {file}…").format(file=plan.export.file_name), task,
                    lambda result: self._applied(plan, result), self._show_refusal)

    def _applied(self, plan: ReadingPlan, result: ReadingResult) -> None:
        # Already written on the worker thread: the command's first run writes nothing more.
        from inharmony_desktop.ui.commands.pluxee import ReadPluxeeExportCommand

        self.parts.editor.run(ReadPluxeeExportCommand(plan, result))
        self.show_tab()
        self.parts.show_status(self.tr(
            "Pluxee export {file} read: %n difference(s) on the work list.", "",
            plan.differences).format(file=plan.export.file_name), 10_000)

    def show_tab(self) -> None:
        self.parts.tabs.setCurrentWidget(self.tab)
        self.tab.reload()

    def _start(self, label: str, task, on_success, on_failure) -> None:
        from inharmony_desktop.core.pluxee_file import ExportCancelled

        title = self.tr("Read Pluxee export")
        self.run = TaskRun(self.parent_widget, title, label,
                           TaskWorker(task, cancelled_by=(ExportCancelled,)))

        def finished(outcome: str, payload: object) -> None:
            self.run = None
            if outcome == "done":
                on_success(payload)
            elif outcome == "cancelled":
                self.parts.show_status(self.tr("Reading cancelled: nothing was saved."), 8000)
            elif outcome == "failed":
                on_failure(payload)
            # "crashed": the crash handler has shown the bug already

        self.run.finished_with.connect(finished)
        self.run.start()

    def _refused(self, path: Path, tried: dict[str, str] | None, error: KnownError) -> None:
        from inharmony_desktop.core.pluxee_file import UnrecognisedColumns
        from inharmony_desktop.core.services import pluxee_readings

        if isinstance(error, UnrecognisedColumns):
            offered = tried or pluxee_readings.saved_mapping(error.headers)
            mapping = self.ask_columns(self.parent_widget, path.name, error, offered)
            if mapping:
                self.read_file(path, mapping)
            return
        self._show_refusal(error)

    def _show_refusal(self, error: KnownError) -> None:
        """Every bad line, as the CSV import shows them (the Excel advice is in the message)."""
        from inharmony_desktop.core.pluxee_file import ExportRefused

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pluxee export refused"),
                          str(error), QMessageBox.StandardButton.Ok, self.parent_widget)
        if isinstance(error, (ImportFailed, ExportRefused)) or error.details:
            shown = error.details[:15]
            more = len(error.details) - len(shown)
            box.setInformativeText("\n".join(shown) + (f"\n… (+{more})" if more > 0 else ""))
            box.setDetailedText("\n".join(error.details))
        self.show_box(box)

    def show_box(self, box: QMessageBox) -> None:
        """Seam: tests read the box instead of running it."""
        box.exec()

    # --- the work list's actions --------------------------------------------------------------
    @Slot(object)
    def open_prestation(self, row: WorkRow) -> bool:
        """Select the row's prestation in the Prestations tab."""
        return self._reveal([row.prestation_id])  # type: ignore[list-item]

    @Slot(object)
    def show_candidates(self, row: WorkRow) -> bool:
        """Select the prestations an ambiguous row may be in the Prestations tab."""
        return self._reveal(list(row.candidate_ids))

    def _reveal(self, ids: list[int]) -> bool:
        found = prestations.snapshots(ids)
        if not found:
            self.parts.show_status(self.tr("This prestation no longer exists."), 8000)
            return False
        days = [dt.date.fromisoformat(str(p["date"])[:10]) for p in found]
        self.parts.tabs.setCurrentWidget(self.parts.prestations)
        selected = self.parts.prestations.reveal([p["id"] for p in found], min(days), max(days))
        return bool(selected)

    @Slot(object)
    def move(self, row: WorkRow) -> bool:
        """Move the row's prestation to Pluxee's user number (and mark the row handled)."""
        from inharmony_desktop.ui.commands.pluxee import MoveWorkRowCommand

        if row.prestation_id is None or row.move_target_id is None:
            return False
        return self.parts.mover.move([row.prestation_id], row.move_target_id,
                                     make=partial(MoveWorkRowCommand, row=row))

    @Slot(list)
    def create_missing(self, rows: list[WorkRow]) -> bool:
        from inharmony_desktop.ui.commands.pluxee import CreateMissingCommand

        return bool(rows) and self.parts.editor.run(CreateMissingCommand(rows))

    @Slot(list, bool)
    def set_handled(self, rows: list[WorkRow], handled: bool) -> bool:
        from inharmony_desktop.ui.commands.pluxee import SetHandledCommand

        return bool(rows) and self.parts.editor.run(SetHandledCommand(rows, handled))

    def _edit_prestation(self, ids: list[int]) -> None:
        """Edit (F2) on the tab: the prestation of the selected row."""
        rows = self.tab.model.rows_of(ids)
        row = next((r for r in rows if r.prestation_id is not None), None)
        if row is None:
            return
        try:
            self.parts.editor.edit_prestation(row.prestation_id)  # type: ignore[arg-type]
        except KnownError as exc:  # deleted since the reading
            messages.show_error(self.parent_widget, exc)
