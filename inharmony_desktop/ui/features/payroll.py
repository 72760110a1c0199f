"""Planning › Maandstaten medewerkers…: the helpers' monthly statements and the
social secretariat's CSV (SPEC §4.9), wired into the window.

The action opens `PayrollDialog` beside the window. What a warning is about
opens in the window itself: the helper's or the absence's edit dialog, or its
prestations selected in the prestations table (the dialog steps aside for that:
on a 768-pixel screen it would hide them; the action brings it back as it was).
After every change the dialog checks the month again. The batch (`reports.payroll_batch.write_payroll`) runs
on a `TaskRun` with progress and Cancel; cancel leaves the folder as it was.
Messages go through `inform()` and `warn()`, which tests replace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance, Slot
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.features.parts import ShowStatus
from inharmony_desktop.ui.formatting import month_text
from inharmony_desktop.ui.tabs.prestations import PrestationsTab
from inharmony_desktop.ui.workers import Progress, TaskRun, TaskWorker

if TYPE_CHECKING:
    from inharmony_desktop.core.services.payroll import Month
    from inharmony_desktop.ui.dialogs.payroll import PayrollDialog

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate
# The broadcast kinds after which the month's warnings may differ.
PAYROLL_KINDS = frozenset({broadcast.PRESTATION, broadcast.HELPER, broadcast.ABSENCE,
                           broadcast.SCHEDULE, broadcast.SETTINGS, broadcast.CUSTOMER,
                           broadcast.USER_NUMBER})


@dataclass(frozen=True)
class PayrollParts:
    """The window parts the monthly statements use."""

    parent: QWidget  # of the dialog and the messages
    actions: Actions  # payroll
    tabs: QTabWidget
    prestations: PrestationsTab  # where a warning's prestations are shown
    edit_helper: Callable[[int], object]
    edit_absence: Callable[[int], object]
    entities_changed: SignalInstance  # the broadcaster's: the dialog checks again
    show_status: ShowStatus


class PayrollBatchRun(TaskRun):
    """The month's statements, office copy and CSV into `folder`, from the database as it
    is when the run starts (a change after the last check is in them too)."""

    def __init__(self, parent: QWidget | None, month: Month, folder: Path) -> None:
        # ReportLab is imported on first use: it would add ~0.2 s to every start of the window.
        from inharmony_desktop.core.services.payroll import payroll_month
        from inharmony_desktop.reports.payroll_batch import PayrollCancelled, write_payroll

        def task(progress: Progress, cancel: threading.Event) -> object:
            progress(0, 0, translate("PayrollBatchRun", "Counting the hours…"))
            data = payroll_month(month)
            if cancel.is_set():
                raise PayrollCancelled()
            return write_payroll(data, folder, progress=progress, cancel=cancel)

        super().__init__(
            parent,
            translate("PayrollBatchRun", "Monthly statements {month}").format(month=month_text(month)),
            translate("PayrollBatchRun", "Making the monthly statements of {month}…").format(
                month=month_text(month)),
            TaskWorker(task, cancelled_by=(PayrollCancelled,)),
        )
        self.month = month
        self.folder = folder


class PayrollFeature(QObject):
    """The action, the dialog and the batch. `dialog` is the open dialog (or None),
    `run` the batch being made (or None)."""

    def __init__(self, parts: PayrollParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.dialog: PayrollDialog | None = None
        self.run: PayrollBatchRun | None = None
        parts.actions.payroll.triggered.connect(self.open)
        parts.entities_changed.connect(self._data_changed)

    @Slot()
    def open(self) -> PayrollDialog:
        """Show the dialog: the one open or stepped aside (checked again), or a new one on
        the last full month."""
        dialog = self.dialog
        if dialog is not None:
            if not dialog.isVisible():
                dialog.show()
                dialog.check()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        # The dialog and the month's services load on first use, not with the window.
        from inharmony_desktop.ui.dialogs.payroll import PayrollDialog

        dialog = PayrollDialog(self.parts.parent)
        dialog.prestations_requested.connect(self.show_prestations)
        dialog.helper_requested.connect(self._edit(self.parts.edit_helper))
        dialog.absence_requested.connect(self._edit(self.parts.edit_absence))
        dialog.make_requested.connect(self.make)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        dialog.check()
        return dialog

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # --- what a warning is about --------------------------------------------------------------
    @Slot(list, int, object)
    def show_prestations(self, ids: list[int], helper_id: int, month: Month) -> list[int]:
        """The prestations tab, filtered on the month (and the helper), with `ids` selected;
        the dialog steps aside until the action is chosen again."""
        tab = self.parts.prestations
        if self.dialog is not None:
            self.dialog.hide()
        self.parts.tabs.setCurrentWidget(tab)
        selected = tab.reveal(ids, month.first, month.last, helper_id or None)
        tab.table.setFocus()
        self.parts.show_status(translate(
            "PayrollFeature", "Planning › Helpers' monthly statements… brings the monthly "
            "statements of {month} back.").format(month=month_text(month)), 30_000)
        return selected

    def _edit(self, edit: Callable[[int], object]) -> Callable[[int], None]:
        def open_it(entity_id: int) -> None:
            try:
                edit(entity_id)
            except KnownError as exc:  # deleted meanwhile, say
                self.warn(exc.message)
        return open_it

    @Slot(str, list)
    def _data_changed(self, kind: str, _ids: list) -> None:
        # Orders and refunds change nothing in a helper's month.
        if kind in PAYROLL_KINDS and self.dialog is not None and self.run is None:
            self.dialog.data_changed()

    # --- the batch ----------------------------------------------------------------------------
    @Slot(object, object)
    def make(self, month: Month, folder: Path) -> None:
        if self.run is not None:
            return  # one batch at a time
        self.run = self.new_run(month, folder)
        self.run.finished_with.connect(self._finished)
        self.run.start()

    def new_run(self, month: Month, folder: Path) -> PayrollBatchRun:
        return PayrollBatchRun(self.dialog or self.parts.parent, month, folder)

    @Slot(str, object)
    def _finished(self, outcome: str, payload: object) -> None:
        run = self.run
        self.run = None
        if run is not None:
            run.progress.deleteLater()
            run.deleteLater()  # its worker thread has finished (see TaskRun)
        if outcome == "cancelled":
            self.inform(translate("PayrollFeature", "Cancelled: no monthly statements were "
                                                  "written; the folder is as it was."))
        elif outcome == "failed":
            self.warn(str(payload))
        elif outcome == "done" and self.dialog is not None:
            self.dialog.show_result(payload)

    # --- seams --------------------------------------------------------------------------------
    def _message_parent(self) -> QWidget:
        visible = self.dialog is not None and self.dialog.isVisible()
        return self.dialog if visible else self.parts.parent

    def inform(self, message: str) -> None:
        QMessageBox.information(self._message_parent(), translate(
            "PayrollFeature", "Helpers' monthly statements"), message)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self._message_parent(), translate(
            "PayrollFeature", "Helpers' monthly statements"), message)
