"""The slow safety work of the window, off the GUI thread.

On the large database `PRAGMA quick_check` takes about a second and a
backup with its integrity check about fifteen, far too long to freeze the
window. `SafetyTasks` runs them as a background task (`ui/workers.py`), each
on the worker thread's own read-only or backup connection:

- `start_checks()` right after the window is shown: the quick check, then the
  automatic backup of the day (skipped when the check failed);
- `closing_backup(window)` when the window is asked to close and the day has
  no backup yet (the program stayed open past midnight, or the start's backup
  still runs): the backup behind a progress dialog, while the window is still
  there;
- `finish()` when the window has closed: waits for running work, then makes the
  automatic backup if the day still has none (the window closed without asking:
  log-out).

Signals (delivered on the GUI thread): `damaged(list)` with SQLite's report,
`backup_made(str)` with the path, `backup_failed(str)` with the message,
`finished()` when a run ends.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui.workers import TaskRun, TaskWorker, run_in_background, wait_for

log = logging.getLogger(__name__)


Outcome = tuple[str, object] | None  # ("damaged", problems), ("made", path), ("failed", text)


class SafetyTasks(QObject):
    damaged = Signal(list)
    backup_made = Signal(str)
    backup_failed = Signal(str)
    finished = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._worker: TaskWorker | None = None
        self._closing: TaskWorker | None = None  # the closing backup's worker
        self.found_damage = False

    def start_checks(self) -> None:
        if self.running:
            return
        # Started after the window's first paint (`soon`); until then it counts as running.
        self._worker = run_in_background(lambda _progress, _cancel: self._check_then_backup(),
                                         self._report, soon=True)
        self._worker.finished.connect(self.finished)

    def backup_due(self) -> bool:
        """The day's backup is still to be made (none found today, no damage found)."""
        return not self.found_damage and backups.backup_due()

    def closing_backup(self, window: QWidget) -> TaskRun:
        """The day's backup before `window` closes, behind a progress dialog on it; the
        start's check and backup, if still running, end first. Started by the caller;
        its outcome (`finished_with`) is ("made", path), ("failed", text) or None."""
        if self.running:  # a start still waiting for the first paint starts here, not there
            self._worker.start_if_pending()  # type: ignore[union-attr]

        def task(_progress, _cancel) -> Outcome:
            self.wait()
            return None if self.found_damage else self._auto_backup()

        translate = QCoreApplication.translate
        run = TaskRun(window, translate("SafetyTasks", "Closing"),
                      translate("SafetyTasks", "Making today's backup before closing…"),
                      TaskWorker(task))
        run.progress.setCancelButton(None)  # a half backup is never kept anyway
        self._closing = run.worker
        return run

    def finish(self) -> None:
        """At close: wait for the running work, then the day's backup if still missing."""
        self.wait()
        if self._closing is not None:  # made, or tried and its failure shown, before closing
            wait_for([self._closing], None)
            return
        if not self.found_damage:
            self._report(self._auto_backup())

    def wait(self, timeout: float | None = None) -> None:
        """Block until the running work is done (`timeout` in seconds; None: as long as it takes)."""
        if self._worker is not None:
            wait_for([self._worker], None if timeout is None else int(timeout * 1000))

    @property
    def running(self) -> bool:
        if self._worker is None:
            return False
        try:
            return not self._worker.isFinished()
        except RuntimeError:  # deleted: it had finished
            return False

    def _report(self, outcome: object) -> None:
        """On the GUI thread: the work's outcome becomes this object's signal."""
        if not outcome:
            return
        kind, detail = outcome  # type: ignore[misc]
        if kind == "damaged":
            self.damaged.emit(detail)
        elif kind == "made":
            self.backup_made.emit(str(detail))
        else:
            self.backup_failed.emit(str(detail))

    def _check_then_backup(self) -> Outcome:
        problems = backups.integrity_problems(self.db_path, quick=True)
        if problems:
            log.error("quick_check failed: %s", problems[:5])
            self.found_damage = True  # no backup of a damaged file, now or at close
            return "damaged", problems
        return self._auto_backup()

    def _auto_backup(self) -> Outcome:
        if dbmod.database_path() is None:
            return None
        try:
            made = backups.auto_backup()
        except KnownError as exc:
            log.warning("automatic backup failed: %s", exc)
            return "failed", str(exc)
        if made is None:
            return None
        log.info("automatic backup %s", made)
        return "made", made
