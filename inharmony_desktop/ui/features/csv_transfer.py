"""CSV import and export from the window (File menu), off the GUI thread.

An import is all rows or none: a refused file shows every bad row (line,
column, reason), and Cancel rolls it back. It is not on the undo stack: the
import is one transaction with its own audit entry; a wrong file is best
removed by restoring the backup taken at start. The `ask_*` attributes are the
seams tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from inharmony_desktop.core.errors import ImportFailed, KnownError

# The import and export services are loaded on first use, not with the window.
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.features.parts import ShowStatus
from inharmony_desktop.ui.workers import TaskRun, TaskWorker


def kind_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "customers": translate("CsvTransfer", "Customers"),
        "user-numbers": translate("CsvTransfer", "User numbers"),
        "helpers": translate("CsvTransfer", "Helpers"),
        "orders": translate("CsvTransfer", "Orders"),
        "prestations": translate("CsvTransfer", "Prestations"),
    }


def _ask_kind(parent: QWidget, title: str) -> str | None:
    from inharmony_desktop.core.csvio import KINDS  # the CSV code loads when it is used

    labels = kind_labels()
    text, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("CsvTransfer", "What does the file hold?"),
        [labels[k] for k in KINDS], 0, False)
    if not ok:
        return None
    return next(k for k, label in labels.items() if label == text)


def _ask_open_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CsvTransfer", "Import CSV"), "",
        QCoreApplication.translate("CsvTransfer", "CSV files (*.csv *.txt);;All files (*)"))
    return Path(name) if name else None


def _ask_save_path(parent: QWidget, kind: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CsvTransfer", "Export CSV"), f"{kind}.csv",
        QCoreApplication.translate("CsvTransfer", "CSV files (*.csv)"))
    return Path(name) if name else None


@dataclass(frozen=True)
class CsvParts:
    """The window parts the CSV transfer uses."""

    parent: QWidget  # of the dialogs and the progress
    actions: Actions  # import_csv, export_csv
    refresh_all: Callable[[], None]  # after an import: everything may have changed
    show_status: ShowStatus


class CsvTransfer(QObject):
    """File › Import CSV… and Export CSV… for the main window."""

    def __init__(self, parts: CsvParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.parent_widget = parts.parent
        parts.actions.import_csv.triggered.connect(self.import_csv)
        parts.actions.export_csv.triggered.connect(self.export_csv)
        self.ask_kind = _ask_kind
        self.ask_open_path = _ask_open_path
        self.ask_save_path = _ask_save_path
        self.run: TaskRun | None = None
        self.last_import: tuple[str, Path] | None = None

    @Slot()
    def import_csv(self) -> None:
        self.import_kind("")

    def import_kind(self, kind: str) -> None:
        """Import a file of `kind` (the welcome page knows which); '' asks which."""
        kind = kind or self.ask_kind(self.parent_widget, self.tr("Import CSV"))
        path = self.ask_open_path(self.parent_widget) if kind else None
        if not kind or not path:
            return
        self._import(kind, path, allow_duplicates=False)

    def _import(self, kind: str, path: Path, *, allow_duplicates: bool) -> None:
        from inharmony_desktop.core.services import imports

        self.last_import = (kind, path)
        self._start(self.tr("Import CSV"), self.tr("Importing {file}…").format(file=path.name),
                    lambda progress, cancel: imports.import_file(
                        kind, path, progress=progress, cancel=cancel,
                        allow_duplicates=allow_duplicates),
                    lambda count: self._imported(count, path))

    @Slot()
    def export_csv(self) -> None:
        from inharmony_desktop.core.services import exports

        kind = self.ask_kind(self.parent_widget, self.tr("Export CSV"))
        path = self.ask_save_path(self.parent_widget, kind) if kind else None
        if not kind or not path:
            return
        self._start(self.tr("Export CSV"), self.tr("Writing {file}…").format(file=path.name),
                    lambda progress, cancel: exports.export_file(kind, path, progress=progress,
                                                                 cancel=cancel),
                    lambda count: self.parts.show_status(
                        self.tr("%n row(s) written to {file}.", "", count).format(file=path), 8000))

    def _start(self, title: str, label: str, task, on_success) -> None:
        self.run = TaskRun(self.parent_widget, title, label, TaskWorker(task))

        def finished(outcome: str, payload: object) -> None:
            self.run = None
            if outcome == "done":
                on_success(payload)
            elif outcome != "crashed":  # a bug was shown by the crash handler already
                # A cancel arrives as ImportCancelled/ExportCancelled, with its message.
                self._show_failure(payload)  # type: ignore[arg-type]

        self.run.finished_with.connect(finished)
        self.run.start()

    def _imported(self, count: int, path: Path) -> None:
        self.parts.refresh_all()
        self.parts.show_status(
            self.tr("%n row(s) imported from {file}.", "", count).format(file=path.name), 8000)

    def _show_failure(self, error: KnownError) -> None:
        from inharmony_desktop.core.services import exports, imports

        if isinstance(error, (imports.ImportCancelled, exports.ExportCancelled)):
            self.parts.show_status(error.message, 8000)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not possible"), error.message,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        if isinstance(error, ImportFailed) or error.details:
            shown = error.details[:15]
            more = len(error.details) - len(shown)
            text = "\n".join(shown) + (f"\n… (+{more})" if more > 0 else "")
            box.setInformativeText(text)
            box.setDetailedText("\n".join(error.details))
        anyway = None
        if isinstance(error, ImportFailed) and error.only_duplicates:
            # Every refused row is one the database has already: the user may know better
            # (two real visits alike), so offer to import them all the same.
            anyway = box.addButton(self.tr("Import them anyway"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(QMessageBox.StandardButton.Ok)
        self.show_box(box)
        if anyway is not None and box.clickedButton() is anyway:
            kind, path = self.last_import
            self._import(kind, path, allow_duplicates=True)

    def show_box(self, box: QMessageBox) -> None:
        """Seam: tests read the box instead of running it."""
        box.exec()
