"""The one way the window works in the background.

`TaskWorker` is a `QThread` that runs a Qt-free task `task(progress, cancel)`
— `progress(done, total, text)` is a callback (total 0 when unknown), `cancel`
a `threading.Event` — on its own database connection
(`core.services.base.thread_connection`), and reports only through signals,
so no widget is ever touched from the worker. Its outcome is one of:

- `succeeded(result)`: the task's return value;
- `cancelled()`: the task raised one of `cancelled_by`;
- `failed(error)`: a `KnownError` (a refusal): the receiver tells the user;
- `crashed(exc_info)`: anything else is a bug; the worker hands it to the
  crash handler (`sys.excepthook`, ui/crash.py) on the GUI thread itself, and
  the receiver may add what it means for it.

Every signal is emitted from the worker thread and delivered queued to
receivers in the GUI thread. Two ways to run one:

- `TaskRun`: behind a window-modal progress dialog with Cancel, the outcome as
  one `finished_with(outcome, payload)` signal (the statement batch, the CSV
  transfers);
- `run_in_background(task, ...)`: no dialog; the application owns the worker
  until it ends, so it may outlive the widget that asked (generation plans,
  attention marks, the safety tasks). `wait_for_all()` lets every running one
  finish (closing the database, quitting, tests).

Signal of `TaskRun`:
    finished_with(outcome: str, payload: object), once: ("done", result),
    ("cancelled", None), ("failed", KnownError) or ("crashed", None)
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.base import thread_connection

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Task = Callable[[Progress, threading.Event], object]


class TaskWorker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    crashed = Signal(object)

    def __init__(self, task: Task, parent: QObject | None = None, *,
                 cancelled_by: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(parent)
        self.task = task
        self.cancelled_by = cancelled_by
        self.cancel_event = threading.Event()
        self.crashed.connect(self._report_bug)
        self._pending = False  # `start_soon` was asked, the thread not yet started

    def start_soon(self) -> None:
        """Start two turns of the event loop from now, after the first paint of a window
        just shown: while it is built and painted, the task's Python work would compete
        with it for the interpreter. `wait_for` starts it at once if still waiting."""
        self._pending = True
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.start_if_pending))

    @Slot()
    def start_if_pending(self) -> None:
        if self._pending:
            self._pending = False
            self.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the task to stop at its next check; safe from any thread."""
        self.cancel_event.set()

    def is_cancelling(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        with thread_connection():
            try:
                result = self.task(self.progressed.emit, self.cancel_event)
            except self.cancelled_by:
                self.cancelled.emit()
            except KnownError as exc:
                self.failed.emit(exc)
            except Exception:  # a bug: the crash handler shows and logs it
                self.crashed.emit(sys.exc_info())
            else:
                self.succeeded.emit(result)

    @Slot(object)
    def _report_bug(self, exc_info: tuple) -> None:
        sys.excepthook(*exc_info)


def run_in_background(task: Task, on_success: Callable[[object], None], *,
                      on_failure: Callable[[KnownError], None] | None = None,
                      on_crash: Callable[[], None] | None = None,
                      soon: bool = False) -> TaskWorker:
    """Start `task` without a dialog (`soon`: once control is back in the event loop,
    see `TaskWorker.start_soon`); the callbacks run on the GUI thread.

    The worker belongs to the application until it has finished, so the widget
    that asked may go meanwhile (its callbacks must then ignore the answer).
    """
    worker = TaskWorker(task, QCoreApplication.instance())
    worker.succeeded.connect(on_success)
    if on_failure is not None:
        worker.failed.connect(on_failure)
    else:
        worker.failed.connect(lambda error: log.warning("background task refused: %s", error))
    if on_crash is not None:
        worker.crashed.connect(lambda _exc_info: on_crash())
    worker.finished.connect(worker.deleteLater)
    if soon:
        worker.start_soon()
    else:
        worker.start()
    return worker


def wait_for(workers: Iterable[TaskWorker], timeout_ms: int | None = 30_000) -> bool:
    """Block until these workers have finished (None: however long it takes); True
    when all did in time. One still waiting to start is started first."""
    deadline = (QDeadlineTimer(QDeadlineTimer.ForeverConstant.Forever) if timeout_ms is None
                else QDeadlineTimer(timeout_ms))
    done = True
    for worker in list(workers):
        try:
            worker.start_if_pending()
            done = worker.wait(deadline) and done
        except RuntimeError:  # already deleted: it had finished
            continue
    return done


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Let every running background worker finish (closing the database, quitting, tests)."""
    app = QCoreApplication.instance()
    if app is None:
        return True
    return wait_for((child for child in app.children() if isinstance(child, TaskWorker)),
                    timeout_ms)


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
        worker.crashed.connect(lambda _exc_info: self._finish("crashed", None))

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
