"""The command line and the lock: recovery after a crash, another PC, a full disk, and
commands that only read while the window holds the database."""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inharmony_desktop.core import clock
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.lock import lock_path_for
from tests.core.safety_data import fill

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.sqlite_only


def cli(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inharmony_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, **kwargs)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _lock(db_path: Path, host: str, pid: int) -> None:
    lock_path_for(db_path).write_text(json.dumps(
        {"host": host, "user": "els", "pid": pid, "since": clock.now().isoformat()}))


@pytest.fixture
def filled(db_path):
    dbmod.open_database(db_path)
    fill(2, 3)
    dbmod.close_database()
    return db_path


def _customers_csv(tmp_path: Path) -> Path:
    path = tmp_path / "klanten.csv"
    path.write_text("reference,name,postal_code,city\nK9,Nieuw,3940,Peer\n", encoding="utf-8")
    return path


def test_a_crashed_programs_lock_is_taken_over_by_the_next_command_in_one_line(filled, tmp_path):
    _lock(filled, socket.gethostname(), _dead_pid())
    result = cli("import", "customers", _customers_csv(tmp_path), "--db", filled)
    assert result.returncode == 0, result.stderr
    notice = [line for line in result.stderr.splitlines() if "afgebroken sessie" in line]
    assert len(notice) == 1 and "draait niet meer" in notice[0]
    assert "1 rij geïmporteerd" in result.stdout
    assert not lock_path_for(filled).exists()  # released at the end


def test_another_pcs_lock_needs_take_over_lock(filled, tmp_path):
    _lock(filled, "KANTOOR-2", 4242)
    refused = cli("import", "customers", _customers_csv(tmp_path), "--db", filled)
    assert refused.returncode == 1
    assert "in gebruik op PC KANTOOR-2" in refused.stderr and "--take-over-lock" in refused.stderr
    assert json.loads(lock_path_for(filled).read_text())["host"] == "KANTOOR-2"
    taken = cli("import", "customers", _customers_csv(tmp_path), "--db", filled,
                "--take-over-lock")
    assert taken.returncode == 0, taken.stderr
    assert "Slot van PC KANTOOR-2 (els" in taken.stderr and "op uw vraag" in taken.stderr


def test_take_over_lock_never_replaces_a_program_that_runs_on_this_pc(filled, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom inharmony_desktop.core import safety\n"
         f"safety.open_checked({str(filled)!r})\nprint('open', flush=True)\ntime.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = cli("import", "customers", _customers_csv(tmp_path), "--db", filled,
                     "--take-over-lock")
        assert result.returncode == 1 and "Sluit het daar eerst" in result.stderr
    finally:
        holder.kill()
        holder.communicate()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_lock_that_cannot_be_written_is_a_message_and_leaves_no_lock(filled, tmp_path):
    def no_room() -> None:  # every write fails as on a full disk (EFBIG instead of ENOSPC)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    before = filled.read_bytes()
    reader = sqlite3.connect(filled)  # keeps the WAL index in place, as an open window does
    reader.execute("SELECT count(*) FROM customer").fetchone()
    try:
        result = cli("import", "customers", _customers_csv(tmp_path), "--db", filled,
                     preexec_fn=no_room)
    finally:
        reader.close()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "De schijf is vol: het slot naast de databank" in result.stderr
    assert not lock_path_for(filled).exists()
    assert filled.read_bytes() == before


def test_an_empty_lock_left_by_a_full_disk_is_cleared_by_the_next_command(filled, tmp_path):
    lock = lock_path_for(filled)
    lock.write_bytes(b"")
    old = clock.now().timestamp() - 60
    os.utime(lock, (old, old))
    result = cli("import", "customers", _customers_csv(tmp_path), "--db", filled)
    assert result.returncode == 0, result.stderr
    assert "leeg slot" in result.stderr


@pytest.mark.parametrize("holder", ["this_pc", "other_pc"])
def test_commands_that_only_read_work_while_the_window_holds_the_database(filled, tmp_path,
                                                                          holder):
    window = None
    if holder == "this_pc":
        window = subprocess.Popen(
            [sys.executable, "-c", "import time\nfrom inharmony_desktop.core import safety\n"
             f"safety.open_checked({str(filled)!r})\nprint('open', flush=True)\ntime.sleep(60)"],
            stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert window.stdout.readline().strip() == "open"
    else:
        _lock(filled, "KANTOOR-2", 4242)
    lock_before = lock_path_for(filled).read_bytes()
    try:
        export = cli("export", "customers", tmp_path / "k.csv", "--db", filled)
        assert export.returncode == 0, export.stderr
        assert "2 rijen geschreven" in export.stdout
        check = cli("check", "--db", filled)
        assert check.returncode == 0 and "in orde" in check.stdout
        statements = cli("statements", "--year", "2025", "--out", tmp_path / "pdf",
                         "--user-number", "100000000000", "--db", filled)
        assert statements.returncode == 0, statements.stderr
        assert "1 jaaroverzicht (1 pagina) geschreven" in statements.stdout
        write = cli("import", "customers", _customers_csv(tmp_path), "--db", filled)
        assert write.returncode == 1 and "in gebruik op PC" in write.stderr
        assert lock_path_for(filled).read_bytes() == lock_before
    finally:
        if window is not None:
            window.kill()
            window.communicate()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_cannot_take_a_byte_is_not_called_damage(filled, tmp_path):
    def no_room() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    result = cli("import", "customers", _customers_csv(tmp_path), "--db", filled,
                 preexec_fn=no_room)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "beschadigd" not in result.stderr and "de schijf is vol" in result.stderr
    assert not lock_path_for(filled).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks are per process")
def test_read_only_commands_never_take_the_windows_wal_away(tmp_path):
    """On Linux, any open-and-close of the database file inside the window's process drops
    its locks; a command that only reads must then still leave the WAL alone."""
    db = tmp_path / "kantoor.db"
    holder = subprocess.Popen([sys.executable, "-m", "tests.core.wal_holder", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "ready"
        empty = tmp_path / "pluxee.csv"
        empty.write_text("Work ID;User number;Date of work;Worker INSZ;Worker name;Activity;"
                         "Hours;Status\n", encoding="utf-8")
        for args in (("export", "customers", tmp_path / "k.csv"), ("check",),
                     ("reconcile", empty, "--dry-run")):
            assert cli(*args, "--db", db).returncode == 0, args
            assert Path(f"{db}-wal").exists(), args
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
    finally:
        holder.communicate()
    conn = sqlite3.connect(db)
    assert [r for (r,) in conn.execute("SELECT reference FROM customer ORDER BY reference")] == [
        "K1", "K2"]
    conn.close()
