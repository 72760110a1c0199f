"""The whole start of the window: lock, background check, day's backup, unlock at close."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inharmony_desktop.core import clock
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.lock import lock_path_for
from inharmony_desktop.ui import app as app_module
from inharmony_desktop.ui import crash, startup

# The lock file and backups of an SQLite file; see tests/core/test_server_tools.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def quiet_start(monkeypatch, tmp_path):
    monkeypatch.setattr(app_module, "preferred_language", lambda: "en")
    monkeypatch.setattr(crash, "default_log_folder", lambda: tmp_path / "logs")
    yield
    sys.excepthook = sys.__excepthook__
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_window_start_holds_the_lock_backs_up_in_the_background_and_unlocks(
        qapp, db_path, quiet_start):
    seen: dict[str, object] = {}
    backups_folder = db_path.parent / "backups"

    def watch() -> None:
        if lock_path_for(db_path).exists() and "lock" not in seen:
            seen["lock"] = json.loads(lock_path_for(db_path).read_text())
            seen["menu"] = [a.text() for w in QApplication.topLevelWidgets()
                            if hasattr(w, "menus") for a in w.menus["file"].actions()]
        if backups_folder.is_dir() and any(backups_folder.iterdir()):
            timer.stop()
            QApplication.closeAllWindows()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    # Never hang the suite; stopped afterwards, or it would close a later test's windows.
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(QApplication.closeAllWindows)
    deadline.start(30_000)
    assert app_module.run_gui(str(db_path), []) == 0
    timer.stop()
    deadline.stop()
    assert seen["lock"]["pid"] > 0
    assert "Make a &backup" in seen["menu"] and "&Restore a backup…" in seen["menu"]
    assert len(list(backups_folder.iterdir())) == 1
    assert not lock_path_for(db_path).exists()
    assert dbmod.database.obj.is_closed()


def test_window_does_not_start_when_the_database_is_in_use(qapp, db_path, quiet_start,
                                                           monkeypatch):
    told = []
    monkeypatch.setattr(startup, "tell", lambda parent, error: told.append(str(error)))
    dbmod.open_database(db_path)
    dbmod.close_database()
    lock_path_for(db_path).write_text(json.dumps(
        {"host": "KANTOOR-2", "user": "els", "pid": 7,
         "since": (clock.now() - dt.timedelta(hours=1)).isoformat(timespec="seconds")}))
    assert app_module.run_gui(str(db_path), []) == 1
    assert told and "KANTOOR-2" in told[0]
    assert lock_path_for(db_path).exists()  # someone else's lock is left alone
