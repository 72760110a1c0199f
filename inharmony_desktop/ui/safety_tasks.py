"""The slow safety work of the window, off the GUI thread.

On the large database `PRAGMA quick_check` takes about a second and a
backup with its integrity check about fifteen, far too long to freeze the
window. `SafetyTasks` runs them in a worker thread, each on the thread's own
read-only or backup connection (Peewee keeps one connection per thread):

- `start_checks()` right after the window is shown: the quick check, then the
  automatic backup of the day (skipped when the check failed);
- `finish()` when the window closes: waits for running work, then makes the
  automatic backup if the day has none yet (the program stayed open past
  midnight).

Signals (delivered on the GUI thread): `damaged(list)` with SQLite's report,
`backup_made(str)` with the path, `backup_failed(str)` with the message,
`finished()` when a run ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import backups

log = logging.getLogger(__name__)


class SafetyTasks(QObject):
    damaged = Signal(list)
    backup_made = Signal(str)
    backup_failed = Signal(str)
    finished = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._thread: threading.Thread | None = None
        self.found_damage = False

    def start_checks(self) -> None:
        self._start(self._check_then_backup)

    def finish(self) -> None:
        """At close: wait for the running work, then the day's backup if still missing."""
        self.wait()
        if not self.found_damage:
            self._auto_backup()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _start(self, work: Callable[[], None]) -> None:
        if self.running:
            return
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True,
                                        name="inharmony-safety")
        self._thread.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception:  # a bug here must not take the window down from a thread
            log.exception("safety task failed")
        finally:
            db = dbmod.database.obj
            if db is not None and not db.is_closed():
                db.close()  # this thread's connection only
            self.finished.emit()

    def _check_then_backup(self) -> None:
        problems = backups.integrity_problems(self.db_path, quick=True)
        if problems:
            log.error("quick_check failed: %s", problems[:5])
            self.found_damage = True  # no backup of a damaged file, now or at close
            self.damaged.emit(problems)
            return
        self._auto_backup()

    def _auto_backup(self) -> None:
        if dbmod.database_path() is None:
            return
        try:
            made = backups.auto_backup()
        except KnownError as exc:
            log.warning("automatic backup failed: %s", exc)
            self.backup_failed.emit(str(exc))
            return
        if made is not None:
            log.info("automatic backup %s", made)
            self.backup_made.emit(str(made))
