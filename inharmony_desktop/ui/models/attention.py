"""Which user numbers need attention, worked out off the GUI thread.

`wallet_outlook.attention_flags` settles the wallet of every user number with a
lot about to expire or prestations planned (from the last year's usage, further
back only where that cannot decide): about a fifth of a second on the large
demo, still too long to block the window. `AttentionLoader.request(ids)` runs it as a background task
(`ui/workers.py`) and delivers the result with `attention_loaded`; a newer
request makes the results of older ones be dropped. A server that is briefly
away leaves the marks away; a bug goes to the crash handler.

Signals:
    attention_loaded(generation, reasons): {user number id: [Dutch reasons]}
        for the request numbered `generation`.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.concurrency import server_away_errors
from inharmony_desktop.ui.workers import TaskWorker, run_in_background, wait_for

log = logging.getLogger(__name__)


def _reasons(ids: list[int], on: dt.date) -> dict[int, list[str]]:
    # Read on the worker thread: the wallet modules are not needed for the first screen.
    from inharmony_desktop.core.services.wallet_outlook import attention_flags

    try:
        flags = attention_flags(ids, on)
    except server_away_errors() as exc:
        raise KnownError(f"De aandachtspunten konden niet berekend worden: {exc}") from exc
    return {number_id: found.reasons for number_id, found in flags.items()}


class AttentionLoader(QObject):
    attention_loaded = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._workers: list[TaskWorker] = []
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)  # no worker may outlive the database

    def request(self, user_number_ids: list[int], on: dt.date | None = None) -> int:
        self.generation += 1
        generation, ids, day = self.generation, list(user_number_ids), on or clock.today()
        self._workers = [w for w in self._workers if _running(w)]
        self._workers.append(run_in_background(
            lambda _progress, _cancel: _reasons(ids, day),
            lambda reasons: self._finished(generation, reasons),
            on_failure=lambda error: log.warning("%s", error)))
        return generation

    def invalidate(self) -> None:
        """Drop the results of every request made so far (a newer one is on its way)."""
        self.generation += 1

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running requests are done (closing, tests)."""
        return wait_for(self._workers, msecs)

    def _finished(self, generation: int, reasons: dict) -> None:
        if generation != self.generation:
            return
        try:
            self.attention_loaded.emit(generation, reasons)
        except RuntimeError:  # the window closed while this ran: nobody to tell
            log.debug("Attention marks computed after the window closed")


def _running(worker: TaskWorker) -> bool:
    try:
        return not worker.isFinished()
    except RuntimeError:  # deleted: it had finished
        return False
