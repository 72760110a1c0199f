"""Killed in the middle, damaged on disk: the data stays whole, the program explains."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import integrity, safety
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import AuditEntry, Customer, Prestation
from inharmony_desktop.core.services import backups
from tests.core.safety_data import fill

ROOT = Path(__file__).parents[2]
BIG = 4000


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database with BIG prestations, built once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "inharmony.db"
    dbmod.open_database(path)
    fill(4, BIG // 4)
    dbmod.close_database()
    return path


@pytest.fixture
def filled(template, tmp_path) -> Path:
    path = tmp_path / "inharmony.db"
    shutil.copyfile(template, path)
    return path


def _customers_csv(path: Path, count: int) -> Path:
    lines = ["reference;name;street;postal_code;city"]
    lines += [f"N{i:05d};Klant {i};Kerkstraat {i};3940;Hechtel-Eksel" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run_and_kill(args: list[str], *, block: bool) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_child", *args, "block" if block else "race"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline().strip()
    if line != "inside":
        proc.kill()
        _, err = proc.communicate(timeout=30)
        pytest.fail(f"child did not reach the middle: {line!r} {err[-2000:]}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return line


def _reopen_after_crash(path: Path) -> safety.OpenedDatabase:
    """What the office sees after the crash: the crashed program's lock taken over by
    itself (and said), then a sound file."""
    opened = safety.open_checked(path)
    assert opened.took_over is not None
    assert "afgebroken sessie" in opened.takeover_notice
    return opened


def test_kill_in_the_middle_of_a_big_import_leaves_none_of_it(filled, tmp_path):
    csv_file = _customers_csv(tmp_path / "klanten.csv", 3000)
    _run_and_kill([str(filled), "import", str(csv_file)], block=True)
    wal = Path(f"{filled}-wal")
    assert wal.exists() and wal.stat().st_size > 100_000  # uncommitted pages were on disk
    assert integrity.full_check(filled).ok
    handle = _reopen_after_crash(filled)
    try:
        assert Customer.select().count() == 4
        assert Customer.select().where(Customer.reference.startswith("N")).count() == 0
    finally:
        handle.close()


def test_kill_in_the_middle_of_a_big_status_update_leaves_none_of_it(filled):
    audit_before = _audit_count(filled)
    _run_and_kill([str(filled), "status"], block=True)
    assert integrity.full_check(filled).ok
    handle = _reopen_after_crash(filled)
    try:
        assert Prestation.select().where(Prestation.status == "registered").count() == 0
        assert Prestation.select().count() == BIG
        assert AuditEntry.select().count() == audit_before
    finally:
        handle.close()


def test_kill_in_the_middle_of_a_big_move_leaves_none_of_it(filled):
    from inharmony_desktop.core.models import UserNumber

    audit_before = _audit_count(filled)
    _run_and_kill([str(filled), "move"], block=True)
    assert integrity.full_check(filled).ok
    handle = _reopen_after_crash(filled)
    try:
        counts = [u.prestations.count() for u in UserNumber.select().order_by(UserNumber.id)]
        assert counts == [BIG // 4] * 4
        assert AuditEntry.select().count() == audit_before
    finally:
        handle.close()


@pytest.mark.parametrize("operation", ["import", "status", "move"])
def test_kill_at_any_moment_leaves_all_or_none(filled, tmp_path, operation):
    extra = [str(_customers_csv(tmp_path / "k.csv", 2500))] if operation == "import" else []
    _run_and_kill([str(filled), operation, *extra], block=False)
    assert integrity.full_check(filled).ok
    handle = _reopen_after_crash(filled)
    try:
        if operation == "import":
            assert Customer.select().where(Customer.reference.startswith("N")).count() in (0, 2500)
        elif operation == "status":
            registered = Prestation.select().where(Prestation.status == "registered").count()
            assert registered in (0, BIG)
        else:
            from inharmony_desktop.core.models import UserNumber

            counts = [u.prestations.count() for u in UserNumber.select().order_by(UserNumber.id)]
            assert counts in ([BIG // 4] * 4, [0, 0, 3 * BIG // 4, BIG // 4])
    finally:
        handle.close()


def _audit_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        conn.close()


# --- damaged files ---------------------------------------------------------------------------

def test_truncated_database_is_a_known_error_and_check_reports_it(filled):
    size = filled.stat().st_size
    with open(filled, "r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(safety.DamagedDatabaseError) as info:
        safety.open_checked(filled)
    assert "beschadigd" in str(info.value)
    assert info.value.problems
    report = integrity.full_check(filled)
    assert not report.ok and "gevonden" in report.summary


@pytest.mark.parametrize("content", [
    b"\x00" * 4096,
    os.urandom(8192),
    b"SQLite format 3\x00" + os.urandom(4000),
    b"reference;name\nK1;Jan\n",
    b"SQL",
])
def test_garbage_database_file_is_a_known_error_not_a_crash(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(KnownError):
        safety.open_checked(db_path)
    with pytest.raises(KnownError):
        dbmod.open_database(db_path)
    assert db_path.read_bytes() == content  # refused, never repaired or overwritten
    assert not integrity.full_check(db_path).ok


def test_page_damaged_in_the_middle_is_found_and_a_good_backup_offered(filled):
    dbmod.open_database(filled)
    good = backups.make_backup()
    dbmod.close_database()
    with open(filled, "r+b") as handle:
        handle.seek(4096 * 5)
        handle.write(os.urandom(4096 * 3))
    with pytest.raises(safety.DamagedDatabaseError):
        safety.open_checked(filled)
    assert backups.newest_good_backup(filled.parent / "backups") == good
    backups.replace_database_file(filled, good)
    handle = safety.open_checked(filled)
    assert Prestation.select().count() == BIG
    handle.close()


def test_check_command_passes_a_sound_file_and_fails_a_broken_reference(filled, capsys):
    from inharmony_desktop import cli

    assert cli.main(["check", "--db", str(filled)]) == 0
    assert "in orde" in capsys.readouterr().out
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE prestation SET helper_id = 999 WHERE id = 1")
    conn.commit()
    conn.close()
    assert cli.main(["check", "--db", str(filled)]) == 1
    captured = capsys.readouterr()
    assert "tabel prestation, rij 1 verwijst naar een ontbrekende helper" in captured.err


def test_backup_command_writes_a_checked_copy(filled, tmp_path, capsys):
    from inharmony_desktop import cli

    target = tmp_path / "usb" / "kopie.db"
    assert cli.main(["backup", "--db", str(filled), "--to", str(target)]) == 0
    assert "gecontroleerd" in capsys.readouterr().out
    assert integrity.full_check(target).ok
    assert not Path(f"{filled}.lock").exists()
    assert cli.main(["backup", "--db", str(tmp_path / "nergens.db")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


# --- a full disk -----------------------------------------------------------------------------

def _fill_the_disk(extra_pages: int = 20) -> None:
    """SQLite reports SQLITE_FULL ("database or disk is full") past max_page_count."""
    from inharmony_desktop.core.models import database

    pages = database.obj.execute_sql("PRAGMA page_count").fetchone()[0]
    database.obj.execute_sql(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_full_disk_during_a_big_import_is_a_message_and_keeps_nothing(filled, tmp_path):
    from inharmony_desktop.core.services import imports

    handle = safety.open_checked(filled)
    try:
        _fill_the_disk()
        with pytest.raises(KnownError, match="schijf is vol"):
            imports.import_file("customers", _customers_csv(tmp_path / "k.csv", 3000))
        assert Customer.select().count() == 4
    finally:
        handle.close()
    assert integrity.full_check(filled).ok


def test_full_disk_during_a_big_update_is_a_message_and_keeps_nothing(filled):
    from inharmony_desktop.core.services import prestations

    handle = safety.open_checked(filled)
    try:
        _fill_the_disk(extra_pages=2)
        ids = [p for (p,) in Prestation.select(Prestation.id).tuples()]
        with pytest.raises(KnownError, match="schijf is vol"):
            prestations.set_status(ids, "registered")
        assert Prestation.select().where(Prestation.status == "registered").count() == 0
    finally:
        handle.close()


def test_database_locked_by_another_program_stops_the_import_with_one_message(filled, tmp_path):
    from inharmony_desktop.core.models import database
    from inharmony_desktop.core.services import imports

    handle = safety.open_checked(filled)
    other = sqlite3.connect(filled, isolation_level=None)  # e.g. a database browser
    try:
        database.obj.execute_sql("PRAGMA busy_timeout = 50")
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(KnownError, match="bezet") as info:
            imports.import_file("customers", _customers_csv(tmp_path / "k.csv", 200))
        assert len(info.value.details) <= 1  # not one "busy" line per row
        other.execute("ROLLBACK")
        assert Customer.select().count() == 4
    finally:
        other.close()
        handle.close()
