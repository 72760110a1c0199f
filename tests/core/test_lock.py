"""The lock beside the database and the checks before a file is opened for writing."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from inharmony_desktop.core import clock, safety
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import DatabaseInUseError, KnownError, SchemaTooNewError
from inharmony_desktop.core.lock import DatabaseLock, LockHeldError, LockOwner, lock_path_for
from inharmony_desktop.core.models import Customer


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _write_lock(db_path: Path, host: str, user: str, pid: int, since: dt.datetime) -> None:
    lock_path_for(db_path).write_text(json.dumps(
        {"host": host, "user": user, "pid": pid, "since": since.isoformat()}))


@pytest.fixture
def opened(db_path):
    handle = safety.open_checked(db_path, allow_unsafe_location=False)
    yield handle
    handle.close()


def test_lock_file_names_host_user_and_pid_and_goes_away_on_close(db_path):
    handle = safety.open_checked(db_path)
    data = json.loads(lock_path_for(db_path).read_text())
    assert data["host"] == socket.gethostname()
    assert data["pid"] > 0 and data["user"]
    handle.close()
    assert not lock_path_for(db_path).exists()


def test_second_instance_is_refused_with_pc_and_user(opened, db_path):
    code = (
        "import sys\n"
        "from inharmony_desktop.core import safety\n"
        "from inharmony_desktop.core.errors import DatabaseInUseError\n"
        "try:\n"
        f"    safety.open_checked({str(db_path)!r})\n"
        "except DatabaseInUseError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).parents[2], timeout=60)
    assert result.returncode == 3, result.stderr
    assert f"in gebruik op PC {socket.gethostname()}" in result.stdout
    assert "Sluit het daar eerst" in result.stdout


def test_other_pc_is_refused_and_never_assumed_stale(db_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    _write_lock(db_path, "KANTOOR-2", "els", 4242, clock.now() - dt.timedelta(hours=1))
    with pytest.raises(LockHeldError) as info:
        safety.open_checked(db_path)
    assert "De databank is in gebruik op PC KANTOOR-2 door els" in str(info.value)
    assert not info.value.can_take_over
    assert lock_path_for(db_path).exists()


def test_old_lock_of_other_pc_is_offered_for_take_over_after_asking(db_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    _write_lock(db_path, "KANTOOR-2", "els", 4242, clock.now() - dt.timedelta(days=2))
    with pytest.raises(LockHeldError) as info:
        safety.open_checked(db_path)
    assert info.value.suspect and not info.value.stale
    handle = safety.open_checked(db_path, take_over=info.value.owner)
    assert json.loads(lock_path_for(db_path).read_text())["host"] == socket.gethostname()
    handle.close()


def test_stale_lock_of_a_crashed_instance_on_this_pc_is_taken_over_and_said(db_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    _write_lock(db_path, socket.gethostname(), "jan", _dead_pid(), clock.now())
    handle = safety.open_checked(db_path)
    assert handle.took_over.user == "jan"
    assert "afgebroken sessie" in handle.takeover_notice
    assert "draait niet meer" in handle.takeover_notice
    assert json.loads(lock_path_for(db_path).read_text())["pid"] == os.getpid()
    assert Customer.select().count() == 0
    handle.close()
    assert not lock_path_for(db_path).exists()


def test_lock_whose_process_id_now_belongs_to_another_program_is_stale(db_path):
    other = subprocess.Popen(["sleep", "30"])
    try:
        lock_path_for(db_path).write_text(json.dumps(
            {"host": socket.gethostname(), "user": "jan", "pid": other.pid,
             "since": "2026-11-27T08:00:00", "program": "inharmony-desktop.exe"}))
        handle = safety.open_checked(db_path)
        assert handle.took_over is not None and handle.took_over.pid == other.pid
        handle.close()
    finally:
        other.kill()
        other.wait()


def test_lock_of_a_running_instance_of_the_program_is_not_stale(db_path):
    handle = safety.open_checked(db_path)
    try:
        owner = DatabaseLock(db_path).read_owner()
        assert owner.program  # recorded, so a reused pid can be told apart
        with pytest.raises(LockHeldError) as info:
            safety.open_checked(db_path)
        assert not info.value.can_take_over
    finally:
        handle.close()


def test_take_over_refuses_a_lock_that_changed_meanwhile(db_path):
    _write_lock(db_path, socket.gethostname(), "jan", _dead_pid(), clock.now())
    seen = DatabaseLock(db_path).read_owner()
    _write_lock(db_path, "KANTOOR-3", "piet", 17, clock.now())
    with pytest.raises(KnownError, match="intussen veranderd"):
        safety.open_checked(db_path, take_over=seen)
    assert json.loads(lock_path_for(db_path).read_text())["user"] == "piet"


def test_unreadable_lock_is_in_use_but_can_be_taken_over(db_path):
    lock_path_for(db_path).write_bytes(b"\xff\x00half")
    with pytest.raises(LockHeldError) as info:
        safety.open_checked(db_path)
    assert info.value.can_take_over


def test_lock_is_released_when_the_file_is_refused(db_path):
    db_path.write_bytes(b"garbage " * 1000)
    with pytest.raises(KnownError):
        safety.open_checked(db_path)
    assert not lock_path_for(db_path).exists()


@pytest.mark.parametrize("path, mounts, expected", [
    ("/home/an/data/inharmony.db", "/dev/sda1 / ext4 rw 0 0", None),
    ("/mnt/kantoor/inharmony.db", "/dev/sda1 / ext4 rw 0 0\nsrv:/d /mnt/kantoor nfs4 rw 0 0",
     "nfs4"),
    ("/media/share/x/inharmony.db", "//srv/share /media/share cifs rw 0 0", "cifs"),
    ("/media/sharelocal/inharmony.db", "//srv/share /media/share cifs rw 0 0", None),
    ("/home/an/Dropbox/inharmony.db", "/dev/sda1 / ext4 rw 0 0", "Dropbox"),
    ("/home/an/OneDrive - Inharmony/inharmony.db", "/dev/sda1 / ext4 rw 0 0", "OneDrive"),
    ("/Users/an/Library/Mobile Documents/com~apple~CloudDocs/inharmony.db", "", "Mobile"),
    ("/home/an/Google Drive/My Drive/inharmony.db", "", "Google Drive"),
    ("//server/share/inharmony.db", "", "netwerkschijf"),
])
def test_network_and_synced_locations_are_recognised(path, mounts, expected):
    problem = safety.location_problem(Path(path), mounts_text=mounts, platform="linux")
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


def test_unc_path_is_a_network_drive():
    problem = safety.location_problem(PureWindowsPath(r"\\SERVER\data\inharmony.db"),
                                      mounts_text="", platform="linux")
    assert problem is not None and "netwerkschijf" in problem


def test_synced_folder_is_refused_unless_allowed_on_this_pc(tmp_path):
    path = tmp_path / "Dropbox" / "inharmony.db"
    path.parent.mkdir()
    with pytest.raises(safety.UnsafeLocationError, match="gesynchroniseerde map 'Dropbox'"):
        safety.open_checked(path, allow_unsafe_location=False)
    assert not path.exists()
    handle = safety.open_checked(path, allow_unsafe_location=True)
    assert path.exists()
    handle.close()


def test_local_override_is_remembered_per_pc(tmp_path):
    file = tmp_path / "conf" / "local.json"
    assert safety.local_override(file) is False
    safety.set_local_override(True, file)
    assert safety.local_override(file) is True
    file.write_text("{kapot")
    assert safety.local_override(file) is False


def test_newer_schema_is_refused_without_ever_opening_it_for_writing(db_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=delete")  # as a newer version might leave it
    conn.execute("UPDATE schema_info SET version = 99")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="nieuwere versie"):
        safety.open_checked(db_path)
    with pytest.raises(SchemaTooNewError):
        dbmod.open_database(db_path)
    # journal_mode=wal on a read-write open would have changed the header bytes
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists()
    assert not lock_path_for(db_path).exists()


def test_database_in_use_error_is_a_known_error():
    assert issubclass(LockHeldError, DatabaseInUseError)
    assert LockOwner("a", "b", 1, "x").started() is None
