"""Computing a generation plan off the GUI thread, so that a month on a large
database never freezes the window.

The worker only reads. Peewee keeps one connection per thread, so the worker
opens its own connection to the same database and closes it when done.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import database
from inharmony_desktop.core.services.generation import Plan

Planner = Callable[[dt.date, dt.date], Plan]

# Workers still running; a QThread must outlive its run, even when its dialog is gone.
_running: set[PlanWorker] = set()


class PlanWorker(QThread):
    """Signals: plan_ready(serial, plan) and plan_failed(serial, Dutch message).

    `serial` lets the receiver ignore the answer to a question it no longer asks.
    """

    plan_ready = Signal(int, object)
    plan_failed = Signal(int, str)

    def __init__(self, serial: int, planner: Planner, start: dt.date, end: dt.date) -> None:
        super().__init__()
        self.serial = serial
        self.planner = planner
        self.start_day = start
        self.end_day = end

    @classmethod
    def launch(cls, serial: int, planner: Planner, start: dt.date, end: dt.date,
               on_ready: Callable[[int, object], None],
               on_failed: Callable[[int, str], None]) -> PlanWorker:
        worker = cls(serial, planner, start, end)
        worker.plan_ready.connect(on_ready)
        worker.plan_failed.connect(on_failed)
        _running.add(worker)
        worker.finished.connect(lambda: _running.discard(worker))
        worker.start()
        return worker

    def run(self) -> None:
        try:
            database.connect(reuse_if_open=True)
            plan = self.planner(self.start_day, self.end_day)
        except KnownError as exc:
            self.plan_failed.emit(self.serial, str(exc))
            return
        except Exception:  # a bug: report it as one, and tell the dialog
            sys.excepthook(*sys.exc_info())
            self.plan_failed.emit(self.serial, QCoreApplication.translate(
                "PlanWorker", "The plan could not be computed because of an error."))
            return
        finally:
            if not database.is_closed():
                database.close()
        self.plan_ready.emit(self.serial, plan)


def wait_for_all(timeout_ms: int = 30_000) -> None:
    """Let running workers finish (closing the database, quitting the program)."""
    for worker in list(_running):
        worker.wait(timeout_ms)
