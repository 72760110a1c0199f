"""The WAL written back into the database file while the office is idle.

A change is committed to SQLite's WAL; copying it back into the file (a
checkpoint) costs about as much as the change itself on a large database.
`Checkpoints` does it in the background a moment after the last change, so a
move, an undo or a save does not wait for it (core.db keeps SQLite's own
checkpoint for a WAL the window did not get to). Nothing on a server database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.ui.workers import TaskWorker, run_in_background

IDLE_MS = 1_000  # after the last change


class Checkpoints(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._run)
        self._worker: TaskWorker | None = None

    @Slot()
    def changed(self, *_args) -> None:
        """Data changed: write the WAL back once the changes stop for a moment."""
        if dbmod.is_sqlite():
            self._timer.start()

    @Slot()
    def _run(self) -> None:
        if self._worker is not None:  # the one still running takes the next changes too
            self._timer.start()
            return
        self._worker = run_in_background(lambda _progress, _cancel: dbmod.checkpoint(),
                                         lambda _result: None)
        self._worker.finished.connect(self._ended)

    @Slot()
    def _ended(self) -> None:
        self._worker = None
