"""The window writes each change back from the WAL into the database file itself
while the office pauses, off the GUI thread (ui/checkpoints.py)."""

import sqlite3
import threading

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.ui.commands.settings import SaveSettingsCommand


def _phone_in_the_file_alone(db_path) -> str | None:
    """The company phone as the database file says it without its WAL."""
    alone = db_path.with_name("alone.db")
    alone.write_bytes(db_path.read_bytes())
    connection = sqlite3.connect(alone)
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = 'company_phone'").fetchone()
    except sqlite3.Error:  # not even the table is in the file yet
        row = None
    finally:
        connection.close()
    return row[0] if row else None


@pytest.mark.sqlite_only
def test_a_change_reaches_the_file_itself_once_the_office_pauses(window, db_path, qtbot,
                                                                 monkeypatch):
    threads: list[threading.Thread] = []
    checkpoint = dbmod.checkpoint

    def recorded():
        threads.append(threading.current_thread())
        return checkpoint()

    monkeypatch.setattr(dbmod, "checkpoint", recorded)
    for phone in ("011 11 11 11", "011 22 22 22"):  # two changes in a row: one checkpoint
        window.editor.run(SaveSettingsCommand("Change settings", {"company_phone": phone}, []))
    assert _phone_in_the_file_alone(db_path) != "011 22 22 22"  # in the WAL only, for now
    qtbot.waitUntil(lambda: _phone_in_the_file_alone(db_path) == "011 22 22 22",
                    timeout=10_000)
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()
