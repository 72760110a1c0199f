"""Long work off the GUI thread: the batch of yearly statements.

`StatementBatchWorker` is a `QThread` that calls the Qt-free batch
(`reports.batch.write_statements`) and reports only through signals, so no
widget is ever touched from the worker. `StatementBatchRun` shows the
progress dialog with Cancel and turns the outcome into one of three signals.

Signals of `StatementBatchWorker` (emitted from the worker thread, delivered
queued to receivers in the GUI thread):
    progressed(done: int, total: int, text: str)
    succeeded(result: BatchResult)
    cancelled()
    failed(message: str)
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import database

if TYPE_CHECKING:
    from inharmony_desktop.reports.batch import BatchResult

log = logging.getLogger(__name__)


class StatementBatchWorker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, year: int, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.folder = Path(folder)
        self._cancel = threading.Event()

    @Slot()
    def cancel(self) -> None:
        """Ask the run to stop at the next statement; safe from any thread."""
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        # ReportLab is imported on first use: it would add ~0.2 s to every start of the window.
        from inharmony_desktop.reports.batch import BatchCancelled, write_statements

        try:
            result = write_statements(self.year, self.folder, progress=self.progressed.emit,
                                      cancel=self._cancel)
        except BatchCancelled:
            self.cancelled.emit()
        except KnownError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # a bug: log it with its traceback, tell the user
            log.exception("Batch of yearly statements failed")
            self.failed.emit(f"Onverwachte fout bij het maken van de jaaroverzichten: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            # Peewee keeps one connection per thread: close this thread's own.
            if database.obj is not None:
                database.obj.close()


class StatementBatchRun(QObject):
    """A batch with a modal progress dialog; emits `finished_with(outcome, payload)`
    once: ("done", BatchResult), ("cancelled", None) or ("failed", message)."""

    finished_with = Signal(str, object)

    def __init__(self, parent: QWidget | None, year: int, folder: Path) -> None:
        super().__init__(parent)
        self.worker = StatementBatchWorker(year, folder, self)
        self.progress = QProgressDialog(
            self.tr("Making the yearly statements of {year}…\n{text}").format(year=year, text=""),
            self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Yearly statements {year}").format(year=year))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_cancel)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_succeeded)
        self.worker.cancelled.connect(lambda: self._finish("cancelled", None))
        self.worker.failed.connect(lambda message: self._finish("failed", message))
        self.outcome: str | None = None

    def start(self) -> None:
        self.progress.show()
        self.worker.start()

    @Slot()
    def _on_cancel(self) -> None:
        self.worker.cancel()
        self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.worker.is_cancelling():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Making the yearly statements of {year}…\n{text}")
                                   .format(year=self.worker.year, text=text))

    @Slot(object)
    def _on_succeeded(self, result: BatchResult) -> None:
        self._finish("done", result)

    def _finish(self, outcome: str, payload: object) -> None:
        self.worker.wait()
        self.outcome = outcome
        self.progress.close()
        self.finished_with.emit(outcome, payload)


class TaskWorker(QThread):
    """Any Qt-free task `task(progress, cancel)` on its own thread.

    Signals (queued to the GUI thread): progressed(done, total, text) — total 0 when
    unknown; succeeded(result); failed(error: KnownError) — a cancel arrives as the
    task's own KnownError subclass, so the caller can tell it apart.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.cancel_event = threading.Event()

    @Slot()
    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.task(self.progressed.emit, self.cancel_event)
        except KnownError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: logged with its traceback, told in plain words
            log.exception("Background task failed")
            self.failed.emit(KnownError(f"Onverwachte fout: {exc}"))
        else:
            self.succeeded.emit(result)
        finally:
            if database.obj is not None:
                database.obj.close()  # this thread's own connection


class TaskRun(QObject):
    """A `TaskWorker` behind a window-modal progress dialog with Cancel.
    Emits `finished_with(ok, payload)` once: the result, or the KnownError."""

    finished_with = Signal(bool, object)

    def __init__(self, parent: QWidget | None, title: str, label: str, task) -> None:
        super().__init__(parent)
        self.label = label
        self.worker = TaskWorker(task, self)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_cancel)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(lambda result: self._finish(True, result))
        self.worker.failed.connect(lambda error: self._finish(False, error))

    def start(self) -> None:
        self.worker.start()

    @Slot()
    def _on_cancel(self) -> None:
        self.worker.cancel()
        self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.worker.cancel_event.is_set():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done if total else 0)
        self.progress.setLabelText(f"{self.label}\n{text}")

    def _finish(self, ok: bool, payload: object) -> None:
        self.worker.wait()
        self.progress.close()
        self.finished_with.emit(ok, payload)
