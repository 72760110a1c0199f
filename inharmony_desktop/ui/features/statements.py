"""The two statement actions of the main window, kept out of the window itself.

"Jaaroverzicht…" previews the statement of the selected user number;
"Jaaroverzichten afdrukken…" runs the batch for a year off the GUI thread and
then opens `combined.pdf` in the preview, ready to print. Messages go through
`inform()` and `warn()`, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.ui.workers import StatementBatchRun

# The dialogs are imported where they are opened: the preview loads Qt's PDF and print
# modules, which the window does not need to start.


class StatementActions(QObject):
    """Slots for the statement actions; `window` is the parent of every dialog."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.last_folder: Path | None = None
        self.run: StatementBatchRun | None = None

    def show_statement(self, user_number_id: int | None) -> None:
        from inharmony_desktop.ui.dialogs.statement_options import StatementOptionsDialog
        from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog

        if user_number_id is None:
            self.warn(self.tr("Select a user number first."))
            return
        options = StatementOptionsDialog.ask(self.parent_widget, with_folder=False)
        if options is None:
            return
        try:
            StatementPreviewDialog.ask(self.parent_widget, user_number_id, options.year)
        except KnownError as exc:
            self.warn(exc.message)

    @Slot()
    def print_statements(self) -> None:
        if self.run is not None:
            return  # one batch at a time
        from inharmony_desktop.ui.dialogs.statement_options import StatementOptionsDialog

        options = StatementOptionsDialog.ask(self.parent_widget, with_folder=True,
                                             folder=self.last_folder)
        if options is None or options.folder is None:
            return
        self.last_folder = options.folder
        self.run = StatementBatchRun(self.parent_widget, options.year, options.folder)
        self.run.finished_with.connect(self._batch_finished)
        self.run.start()

    @Slot(str, object)
    def _batch_finished(self, outcome: str, payload: object) -> None:
        from inharmony_desktop.reports.batch import BatchResult  # ReportLab only when used

        if self.run is not None:
            self.run.progress.deleteLater()
            self.run.deleteLater()  # its worker thread has finished (see StatementBatchRun)
        self.run = None
        if outcome == "cancelled":
            self.inform(self.tr("Cancelled: no yearly statements were written."))
        elif outcome == "failed":
            self.warn(str(payload))
        elif isinstance(payload, BatchResult):
            self.inform(self.tr("%n yearly statement(s) written to {folder}.", "",
                                len(payload.files)).format(folder=payload.folder))
            if payload.combined is not None:
                self.open_preview(payload.combined)

    def open_preview(self, path: Path) -> None:
        from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog

        try:
            StatementPreviewDialog.for_file(self.parent_widget, path).exec()
        except KnownError as exc:
            self.warn(exc.message)

    # --- seams --------------------------------------------------------------------------------
    def inform(self, message: str) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Yearly statements"), message)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Yearly statements"), message)
