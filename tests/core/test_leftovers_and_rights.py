"""What a killed run leaves behind is cleared by the next one, and what the program writes is
readable by its user only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import leftovers
from inharmony_desktop.core.services import backups
from inharmony_desktop.reports.batch import write_statements
from tests.core.safety_data import fill
from tests.statement_fixtures import make_household

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.sqlite_only


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _killed_backup_copy(folder: Path, name: str, pid: int, size: int = 2_000_000) -> Path:
    """What a backup killed half-way leaves: a hidden SQLite file named after its process."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{name}.tmp-{pid}"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * size)
    return path


def test_a_killed_backups_hidden_copy_goes_with_the_next_backup(db, db_path, tmp_path):
    fill(2, 3)
    folder = db_path.parent / "backups"
    stale = _killed_backup_copy(folder, "inharmony-20261124-090000.db", _dead_pid())
    running = _killed_backup_copy(folder, "inharmony-20261125-090000.db", os.getppid())
    made = backups.make_backup()
    assert made.exists() and not stale.exists()
    assert running.exists()  # a process that still runs keeps its file


def test_a_killed_backup_beside_to_is_cleared_by_the_next_backup_there(db, tmp_path):
    fill(1, 2)
    target = tmp_path / "usb" / "kopie.db"
    stale = _killed_backup_copy(target.parent, "kopie.db", _dead_pid())
    other = target.parent / ".notities.txt.tmp-1"
    other.write_text("not ours")
    backups.make_backup(to=target)
    assert target.exists() and not stale.exists()
    assert other.exists()  # only SQLite files (or empty ones) are taken for a killed backup


def test_a_killed_statement_batchs_staging_folder_goes_with_the_next_run(db, tmp_path):
    household = make_household()
    household.order("2024-03-01", 30)
    out = tmp_path / "jaaroverzichten"
    out.mkdir()
    stale = out / f".jaaroverzichten-{_dead_pid()}-x1"
    stale.mkdir()
    (stale / "half.pdf").write_bytes(b"%PDF-1.4 half")
    mine = Path(leftovers.staging_prefix("jaaroverzichten"))
    assert mine.name.startswith(f".jaaroverzichten-{os.getpid()}-")
    result = write_statements(2024, out)
    assert result.files and not stale.exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_what_the_program_writes_is_readable_by_its_user_only(tmp_path, demo_template):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "inharmony.db"
    csv = tmp_path / "in.csv"
    csv.write_text("reference,name,postal_code,city\nK1,Jan,3940,Peer\n", encoding="utf-8")
    demo = tmp_path / "demo.db"
    shutil.copyfile(demo_template, demo)
    conn = sqlite3.connect(demo)
    (number,) = conn.execute('SELECT u.number FROM user_number u JOIN "order" o '
                             "ON o.user_number_id = u.id WHERE o.order_date LIKE '2025%'").fetchone()
    conn.close()

    def run(*args: object) -> None:
        result = subprocess.run([sys.executable, "-m", "inharmony_desktop", *map(str, args)],
                                capture_output=True, text=True, timeout=120, cwd=ROOT,
                                preexec_fn=lambda: os.umask(0o022))
        assert result.returncode == 0, result.stderr

    run("import", "customers", csv, "--db", db)  # a new database
    run("backup", "--db", db)
    run("statements", "--year", "2025", "--user-number", number, "--out", tmp_path / "pdf",
        "--db", demo)
    run("export", "customers", tmp_path / "klanten.csv", "--db", db)

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(db) == 0o600
    backup_folder = folder / "backups"
    assert mode(backup_folder) == 0o700
    assert {mode(p) for p in backup_folder.iterdir()} == {0o600}
    assert mode(tmp_path / "pdf") == 0o700
    assert {mode(p) for p in (tmp_path / "pdf").iterdir()} == {0o600}
    assert mode(tmp_path / "klanten.csv") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_wal_and_lock_are_private_even_without_a_strict_umask(tmp_path, loose_umask):
    from inharmony_desktop.core import safety

    opened = safety.open_checked(tmp_path / "x.db")
    try:
        dbmod.database.obj.execute_sql("CREATE TABLE t (x)")
        for suffix in ("", "-wal", "-shm", ".lock"):
            path = Path(f"{tmp_path / 'x.db'}{suffix}")
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, suffix
    finally:
        opened.close()
