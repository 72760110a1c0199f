"""The background quick check and automatic backups of the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import safety
from inharmony_desktop.core.models import Customer, database
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui import startup
from inharmony_desktop.ui.safety_tasks import SafetyTasks
from tests.core.safety_data import fill

# SQLite quick check and automatic backups: a server database has its own (tests/core/test_server_tools.py).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def opened(db_path):
    handle = safety.open_checked(db_path, quick_check=False)
    yield handle
    handle.close()


def test_start_checks_then_makes_the_days_backup_in_the_background(opened, db_path, qtbot):
    fill(2, 5)
    tasks = SafetyTasks(db_path)
    with qtbot.waitSignal(tasks.backup_made, timeout=20_000) as made:
        tasks.start_checks()
    path = Path(made.args[0])
    assert path.parent == db_path.parent / "backups"
    assert backups.integrity_problems(path) == []
    qtbot.waitUntil(lambda: not tasks.running)
    assert Customer.select().count() == 2  # the GUI thread's connection is untouched
    with qtbot.assertNotEmitted(tasks.backup_made):
        tasks.finish()  # one automatic backup per day


def test_damage_found_in_the_background_is_signalled_and_no_backup_made(opened, db_path, qtbot):
    fill(3, 400)
    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(db_path, "r+b") as handle:
        handle.seek(4096 * 6)
        handle.write(b"\xba\xd0" * 4096)
    tasks = SafetyTasks(db_path)
    with qtbot.waitSignal(tasks.damaged, timeout=20_000) as damaged:
        tasks.start_checks()
    assert damaged.args[0]
    qtbot.waitUntil(lambda: not tasks.running)
    assert not (db_path.parent / "backups").exists()


def test_recover_damaged_puts_back_the_newest_good_backup(opened, db_path, monkeypatch):
    fill(2, 3)
    backups.make_backup(now=lambda: dt.datetime(2026, 2, 1, 9, 0))
    Customer.create(reference="LATER", name="Later", postal_code="3940", city="Peer")
    monkeypatch.setattr(startup, "ask_restore_damaged", lambda *args: True)
    assert startup.recover_damaged(None, db_path, ["page 7: btreeInitPage() returns error"])
    assert Customer.select().count() == 2
    assert list(db_path.parent.glob("inharmony.db.beschadigd-*"))


def test_recover_damaged_stops_when_the_user_says_stop(opened, db_path, monkeypatch):
    backups.make_backup(now=lambda: dt.datetime(2026, 2, 1, 9, 0))
    monkeypatch.setattr(startup, "ask_restore_damaged", lambda *args: False)
    assert not startup.recover_damaged(None, db_path, ["bad"])
    assert dbmod.database.obj.is_closed()
    assert db_path.exists()  # nothing renamed or replaced


def _session_on(path: Path, qtbot):
    from inharmony_desktop.ui.app import build_window
    from inharmony_desktop.ui.session import WindowSession

    holder: dict[str, object] = {}
    session = WindowSession(holder, build_window, lambda *_args: None)
    assert session.start(path)
    qtbot.waitUntil(lambda: not session.tasks.running, timeout=30_000)
    return session, holder


def _todays_backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*.db"))


def test_the_closing_backup_is_made_behind_a_progress_dialog_before_the_window_goes(
        qapp, qtbot, tmp_path):
    path = tmp_path / "inharmony.db"
    session, _holder = _session_on(path, qtbot)
    window = session.window
    try:
        for made in _todays_backups(path):  # as if the program stayed open past midnight
            made.unlink()
        window.close()
        assert window.isVisible()  # still there, behind the backup's progress dialog
        assert session.closing is not None and session.closing.progress.isVisible()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
        [made] = _todays_backups(path)
        assert backups.integrity_problems(made) == []
    finally:
        session.finish()
    assert len(_todays_backups(path)) == 1  # the closing backup is not made twice


def test_a_window_closed_by_log_out_closes_at_once_and_the_backup_follows(qapp, qtbot, tmp_path):
    path = tmp_path / "inharmony.db"
    session, holder = _session_on(path, qtbot)
    window = session.window
    try:
        for made in _todays_backups(path):
            made.unlink()
        holder["stop"] = True  # SIGTERM: the event loop is about to end
        window.close()
        assert not window.isVisible() and session.closing is None
    finally:
        session.finish()
    assert len(_todays_backups(path)) == 1


def test_no_closing_backup_when_today_has_one(qapp, qtbot, tmp_path):
    path = tmp_path / "inharmony.db"
    session, _holder = _session_on(path, qtbot)
    window = session.window
    try:
        assert len(_todays_backups(path)) == 1  # the start's backup
        window.close()
        assert not window.isVisible() and session.closing is None
    finally:
        session.finish()
    assert len(_todays_backups(path)) == 1
