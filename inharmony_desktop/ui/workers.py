"""Long work off the GUI thread, behind a progress dialog with Cancel.

`TaskWorker` is a `QThread` that runs a Qt-free task `task(progress, cancel)`
— `progress(done, total, text)` is a callback (total 0 when unknown), `cancel`
a `threading.Event` — and reports only through signals, so no widget is ever
touched from the worker. `TaskRun` shows the window-modal progress dialog and
turns the outcome into one signal. `StatementBatchRun` is the batch of yearly
statements on top of them.

Signals of `TaskWorker` (emitted from the worker thread, delivered queued to
receivers in the GUI thread):
    progressed(done: int, total: int, text: str)
    succeeded(result: object)
    cancelled()                  the task raised one of `cancelled_by`
    failed(error: KnownError)    a refusal, or a bug told in plain words (and logged)
Signal of `TaskRun`:
    finished_with(outcome: str, payload: object), once: ("done", result),
    ("cancelled", None) or ("failed", KnownError)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import database

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Task = Callable[[Progress, threading.Event], object]


class TaskWorker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, task: Task, parent: QObject | None = None, *,
                 cancelled_by: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(parent)
        self.task = task
        self.cancelled_by = cancelled_by
        self.cancel_event = threading.Event()

    @Slot()
    def cancel(self) -> None:
        """Ask the task to stop at its next check; safe from any thread."""
        self.cancel_event.set()

    def is_cancelling(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        try:
            result = self.task(self.progressed.emit, self.cancel_event)
        except self.cancelled_by:
            self.cancelled.emit()
        except KnownError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: logged with its traceback, told in plain words
            log.exception("Background task failed")
            self.failed.emit(KnownError(f"Onverwachte fout: {exc}"))
        else:
            self.succeeded.emit(result)
        finally:
            # Peewee keeps one connection per thread: close this thread's own.
            if database.obj is not None:
                database.obj.close()


class TaskRun(QObject):
    finished_with = Signal(str, object)

    def __init__(self, parent: QWidget | None, title: str, label: str, worker: TaskWorker) -> None:
        super().__init__(parent)
        self.label = label
        self.worker = worker
        worker.setParent(self)
        translate = QCoreApplication.translate
        self.progress = QProgressDialog(label, translate("TaskRun", "Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_cancel)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(lambda result: self._finish("done", result))
        worker.cancelled.connect(lambda: self._finish("cancelled", None))
        worker.failed.connect(lambda error: self._finish("failed", error))

    def start(self) -> None:
        self.progress.show()
        self.worker.start()

    @Slot()
    def _on_cancel(self) -> None:
        self.worker.cancel()
        self.progress.setLabelText(QCoreApplication.translate("TaskRun", "Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.worker.is_cancelling():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done if total else 0)
        self.progress.setLabelText(f"{self.label}\n{text}" if text else self.label)

    def _finish(self, outcome: str, payload: object) -> None:
        self.worker.wait()
        self.progress.close()
        self.finished_with.emit(outcome, payload)


class StatementBatchRun(TaskRun):
    """The yearly statements of `year` into `folder` (`reports.batch.write_statements`)."""

    def __init__(self, parent: QWidget | None, year: int, folder: Path) -> None:
        # ReportLab is imported on first use: it would add ~0.2 s to every start of the window.
        from inharmony_desktop.reports.batch import BatchCancelled, write_statements

        def task(progress: Progress, cancel: threading.Event) -> object:
            return write_statements(year, Path(folder), progress=progress, cancel=cancel)

        translate = QCoreApplication.translate
        super().__init__(
            parent,
            translate("StatementBatchRun", "Yearly statements {year}").format(year=year),
            translate("StatementBatchRun", "Making the yearly statements of {year}…").format(
                year=year),
            TaskWorker(task, cancelled_by=(BatchCancelled,)),
        )
        self.year = year
