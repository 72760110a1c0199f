"""Which user numbers need attention, worked out off the GUI thread.

`wallet_outlook.attention_flags` replays two years of wallet history for every
user number: a second or more on a large database, too long to block the
window. `AttentionLoader.request(ids)` runs it on a worker thread with its own
database connection and delivers the result with `attention_loaded`; a newer
request makes the results of older ones be dropped.

Signals:
    attention_loaded(generation, reasons): {user number id: [Dutch reasons]}
        for the request numbered `generation`.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import database
from inharmony_desktop.core.services.wallet_outlook import attention_flags

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(int, object)


class _AttentionTask(QRunnable):
    def __init__(self, generation: int, ids: list[int], on: dt.date, relay: _Relay) -> None:
        super().__init__()
        self.generation = generation
        self.ids = ids
        self.on = on
        self.relay = relay

    def run(self) -> None:
        db = database.obj
        try:
            db.connect(reuse_if_open=True)
            flags = attention_flags(self.ids, self.on)
            reasons = {uid: found.reasons for uid, found in flags.items()}
        except Exception:  # a worker must not crash the program; the marks just stay away
            log.exception("De aandachtspunten konden niet berekend worden")
            reasons = None
        finally:
            if db is not None and not db.is_closed():
                db.close()
        if reasons is not None:
            try:
                self.relay.finished.emit(self.generation, reasons)
            except RuntimeError:  # the window closed while this ran: nobody to tell
                log.debug("Attention marks computed after the window closed")


class AttentionLoader(QObject):
    attention_loaded = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)  # no worker may outlive the database

    def request(self, user_number_ids: list[int], on: dt.date | None = None) -> int:
        self.generation += 1
        task = _AttentionTask(self.generation, list(user_number_ids), on or clock.today(),
                              self._relay)
        self.pool.start(task)
        return self.generation

    def invalidate(self) -> None:
        """Drop the results of every request made so far (a newer one is on its way)."""
        self.generation += 1

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running request is done (closing, tests)."""
        return self.pool.waitForDone(msecs)

    def _finished(self, generation: int, reasons: dict) -> None:
        if generation == self.generation:
            self.attention_loaded.emit(generation, reasons)
