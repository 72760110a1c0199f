"""Backup menu actions, the restore dialog and the start-up checks, as a user meets them."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from inharmony_desktop.core import clock, safety
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.lock import lock_path_for
from inharmony_desktop.core.models import Customer
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui import startup
from inharmony_desktop.ui.dialogs.restore import RestoreDialog
from inharmony_desktop.ui.features import backups as backup_actions
from tests.core.safety_data import fill

# SQLite backups and restore: a server database has its own (tests/core/test_server_tools.py).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.add_widget(widget)
    return widget


def _backup_at(day: int, hour: int = 9) -> Path:
    return backups.make_backup(now=lambda: dt.datetime(2026, 1, day, hour, 0))


def test_restore_dialog_lists_backups_and_refuses_damaged_ones(db, db_path, qtbot, tmp_path):
    fill(2, 3)
    _backup_at(5)
    Customer.create(reference="K9", name="Nieuw", postal_code="3940", city="Peer")
    _backup_at(6)
    folder = db_path.parent / "backups"
    (folder / "inharmony-20260107-090000.db").write_bytes(b"kapot" * 300)
    dialog = RestoreDialog(backups.list_backups(folder), folder)
    qtbot.add_widget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text()[:10] for r in range(3)] == [
        "07/01/2026", "06/01/2026", "05/01/2026"]
    assert table.item(0, 2).text() != "3"  # damaged: no counts
    assert (table.item(1, 2).text(), table.item(1, 3).text()) == ("3", "6")
    assert (table.item(2, 2).text(), table.item(2, 3).text()) == ("2", "6")
    assert dialog.chosen().path.name == "inharmony-20260106-090000.db"  # newest good preselected
    table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    table.selectRow(2)
    assert dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "restore.png"))


def test_make_backup_action_writes_and_tells(db, db_path, window, monkeypatch, qtbot):
    told = []
    monkeypatch.setattr(backup_actions, "inform", lambda parent, title, text: told.append(text))
    actions = backup_actions.BackupController(window)
    actions.make_backup()  # off the GUI thread, with a progress dialog
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    made = backups.list_backups()
    assert len(made) == 1
    assert str(made[0].path) in told[0]


def test_restore_action_restores_after_confirmation_and_signals(db, db_path, window, qtbot,
                                                                monkeypatch):
    fill(1, 2)
    _backup_at(5)
    Customer.create(reference="K9", name="Nieuw", postal_code="3940", city="Peer")
    monkeypatch.setattr(backup_actions, "choose_backup", lambda p, found, folder: found[0])
    monkeypatch.setattr(backup_actions, "confirm_restore", lambda p, info: True)
    monkeypatch.setattr(backup_actions, "inform", lambda *args: None)
    actions = backup_actions.BackupController(window)
    with qtbot.waitSignal(actions.database_restored, timeout=5000):
        actions.restore_backup()
    assert Customer.select().count() == 1


def test_restore_action_does_nothing_when_not_confirmed(db, window, qtbot, monkeypatch):
    fill(1, 2)
    _backup_at(5)
    Customer.create(reference="K9", name="Nieuw", postal_code="3940", city="Peer")
    monkeypatch.setattr(backup_actions, "choose_backup", lambda p, found, folder: found[0])
    monkeypatch.setattr(backup_actions, "confirm_restore", lambda p, info: False)
    actions = backup_actions.BackupController(window)
    with qtbot.assertNotEmitted(actions.database_restored):
        actions.restore_backup()
    assert Customer.select().count() == 2


def test_restore_waits_for_the_background_backup(db, window, monkeypatch):
    _backup_at(5)
    errors, chosen = [], []
    monkeypatch.setattr(backup_actions, "show_error", lambda p, error: errors.append(str(error)))
    monkeypatch.setattr(backup_actions, "choose_backup", lambda *args: chosen.append(1))
    actions = backup_actions.BackupController(window)
    actions.background_busy = lambda: True
    actions.restore_backup()
    assert chosen == [] and "background" in errors[0]


def test_restore_dialog_accepts_through_its_button(db, db_path, qtbot):
    _backup_at(5)
    folder = db_path.parent / "backups"
    dialog = RestoreDialog(backups.list_backups(folder), folder)
    qtbot.add_widget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.buttons.buttonRole(dialog.restore_button) == \
        QDialogButtonBox.ButtonRole.AcceptRole


# --- start-up ------------------------------------------------------------------------------

@pytest.fixture
def answers(monkeypatch):
    """Record every start-up question; answer yes unless told otherwise."""
    log: dict[str, list] = {"told": [], "asked": []}
    reply = {"value": True}

    def asker(name):
        return lambda *args: log["asked"].append(name) or reply["value"]

    monkeypatch.setattr(startup, "tell", lambda parent, error: log["told"].append(str(error)))
    monkeypatch.setattr(startup, "ask_take_over", asker("take_over"))
    monkeypatch.setattr(startup, "ask_allow_location", asker("location"))
    monkeypatch.setattr(startup, "ask_restore_damaged", asker("restore"))
    monkeypatch.setattr(safety, "local_override_file", lambda: Path(log_dir[0]) / "local.json")
    log_dir = [None]
    log["reply"] = reply
    log["dir"] = log_dir
    return log


def test_start_opens_a_fresh_database_and_holds_the_lock(db_path, answers, tmp_path):
    answers["dir"][0] = tmp_path
    opened = startup.open_at_start(db_path)
    assert opened is not None and lock_path_for(db_path).exists()
    opened.close()
    assert answers["asked"] == [] and answers["told"] == []


def test_start_with_the_database_open_elsewhere_tells_who(db_path, answers, tmp_path):
    answers["dir"][0] = tmp_path
    dbmod.open_database(db_path)
    dbmod.close_database()
    lock_path_for(db_path).write_text(json.dumps(
        {"host": "KANTOOR-2", "user": "els", "pid": 12, "since": clock.now().isoformat()}))
    assert startup.open_at_start(db_path) is None
    assert answers["told"] and "in gebruik op PC KANTOOR-2 door els" in answers["told"][0]
    assert answers["asked"] == []


def test_an_old_lock_of_another_pc_is_only_taken_over_after_the_question(db_path, answers,
                                                                          tmp_path):
    answers["dir"][0] = tmp_path
    dbmod.open_database(db_path)
    dbmod.close_database()
    old = {"host": "KANTOOR-2", "user": "els", "pid": 12,
           "since": (clock.now() - dt.timedelta(days=2)).isoformat()}
    lock_path_for(db_path).write_text(json.dumps(old))
    answers["reply"]["value"] = False
    assert startup.open_at_start(db_path) is None
    assert answers["asked"] == ["take_over"]
    assert json.loads(lock_path_for(db_path).read_text())["host"] == "KANTOOR-2"
    answers["reply"]["value"] = True
    opened = startup.open_at_start(db_path)
    assert opened is not None and answers["asked"] == ["take_over", "take_over"]
    try:
        assert json.loads(lock_path_for(db_path).read_text())["host"] == socket.gethostname()
    finally:
        opened.close()


def test_start_after_a_crash_takes_over_the_stale_lock_by_itself(db_path, answers, tmp_path):
    answers["dir"][0] = tmp_path
    dbmod.open_database(db_path)
    dbmod.close_database()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path_for(db_path).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "jan", "pid": dead.pid, "since": "2026-01-01"}))
    answers["reply"]["value"] = False
    opened = startup.open_at_start(db_path)
    assert opened is not None
    assert answers["asked"] == [] and answers["told"] == []
    assert "afgebroken sessie" in opened.takeover_notice and "jan" in opened.takeover_notice
    opened.close()


def test_start_in_a_synced_folder_asks_and_remembers_the_override(tmp_path, answers):
    answers["dir"][0] = tmp_path
    path = tmp_path / "OneDrive - Inharmony" / "inharmony.db"
    path.parent.mkdir()
    answers["reply"]["value"] = False
    assert startup.open_at_start(path) is None
    assert not path.exists()
    answers["reply"]["value"] = True
    opened = startup.open_at_start(path)
    assert opened is not None
    opened.close()
    assert safety.local_override(tmp_path / "local.json") is True


def test_start_on_a_damaged_file_offers_the_newest_good_backup(db_path, answers, tmp_path):
    answers["dir"][0] = tmp_path
    dbmod.open_database(db_path)
    fill(2, 50)
    good = _backup_at(3)
    dbmod.close_database()
    with open(db_path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad" * 6000)
    opened = startup.open_at_start(db_path)
    assert answers["asked"] == ["restore"]
    assert opened is not None
    assert Customer.select().count() == 2
    opened.close()
    aside = list(db_path.parent.glob("inharmony.db.beschadigd-*"))
    assert len(aside) == 1 and aside[0].read_bytes() != good.read_bytes()


def test_start_on_a_damaged_file_without_backup_explains(db_path, answers, tmp_path):
    answers["dir"][0] = tmp_path
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    assert startup.open_at_start(db_path) is None
    assert answers["told"]


def test_start_on_a_newer_database_refuses(db_path, answers, tmp_path):
    import sqlite3

    answers["dir"][0] = tmp_path
    dbmod.open_database(db_path)
    dbmod.close_database()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE schema_info SET version = 42")
    conn.commit()
    conn.close()
    assert startup.open_at_start(db_path) is None
    assert "nieuwere versie" in answers["told"][0]


# --- settings page -------------------------------------------------------------------------

def test_settings_backups_page_sets_the_folder_and_this_pcs_permission(db, db_path, qtbot,
                                                                       tmp_path, monkeypatch):
    from inharmony_desktop.core.errors import ValidationError
    from inharmony_desktop.ui.dialogs import safety_page
    from inharmony_desktop.ui.dialogs.settings import SettingsDialog

    monkeypatch.setattr(safety, "local_override_file", lambda: tmp_path / "local.json")
    monkeypatch.setattr(safety_page, "choose_folder", lambda parent, start: str(tmp_path / "B"))
    dialog = SettingsDialog(None)
    qtbot.add_widget(dialog)
    page = dialog.safety
    assert page.folder.placeholderText() == str(db_path.parent / "backups")
    assert not page.allow_unsafe.isChecked()
    page.folder.setText("relatief/pad")
    with pytest.raises(ValidationError):
        dialog.collect()
    page._browse()
    page.allow_unsafe.setChecked(True)
    change = dialog.collect()
    assert change.values["backup_folder"] == str(tmp_path / "B")
    assert change.allow_unsafe_location is True


def test_main_window_saves_backup_folder_and_permission(qtbot, db, db_path, tmp_path,
                                                        monkeypatch, open_window):
    from inharmony_desktop.core.services import settings
    from inharmony_desktop.ui.dialogs.settings import SettingsChange, SettingsDialog

    monkeypatch.setattr(safety, "local_override_file", lambda: tmp_path / "local.json")
    monkeypatch.setattr(backup_actions, "inform", lambda *args: None)
    window = open_window(str(db_path))
    change = SettingsChange({"company_name": "Inharmony", "backup_folder": str(tmp_path / "B")},
                            [], "nl", True)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, *a, **k: change))
    window.open_settings()
    assert settings.get("backup_folder") == str(tmp_path / "B")
    assert safety.local_override(tmp_path / "local.json") is True
    window.menu_actions.make_backup.trigger()
    qtbot.waitUntil(lambda: window.backups.run is None, timeout=20_000)
    assert len(list((tmp_path / "B").iterdir())) == 1
    assert window.backup_status.text().startswith("Last backup: 25/11/2026")
