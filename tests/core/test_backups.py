"""Backups: atomic and checked, consistent under writes, rotated, listed and restored."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Prestation
from inharmony_desktop.core.services import backups, settings
from tests.core.safety_data import fill

# SQLite's backup API and files; a server database is dumped (tests/core/test_server_tools.py).
pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_to_file_is_a_sound_copy_with_the_data(db, tmp_path):
    fill(3, 4)
    target = backups.make_backup(to=tmp_path / "elders" / "kopie.db")
    assert target.is_file()
    assert backups.integrity_problems(target) == []
    assert _count(target, "customer") == 3
    assert _count(target, "prestation") == 12
    assert list(target.parent.iterdir()) == [target]  # no temp file left behind


def test_default_folder_is_beside_the_database_and_setting_moves_it(db, db_path, tmp_path):
    now = lambda: dt.datetime(2026, 3, 4, 8, 30, 0)  # noqa: E731
    path = backups.make_backup(now=now)
    assert path == db_path.parent / "backups" / "inharmony-20260304-083000.db"
    settings.save({"backup_folder": str(tmp_path / "andere")})
    path = backups.make_backup(now=now)
    assert path.parent == tmp_path / "andere"


def test_failed_check_leaves_no_backup(db, tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "integrity_problems", lambda path, quick=False: ["page 3 bad"])
    target = tmp_path / "kopie.db"
    with pytest.raises(KnownError, match="niet in orde"):
        backups.make_backup(to=target)
    assert list(tmp_path.glob("*kopie*")) == []


def test_backup_into_unwritable_place_is_a_known_error(db, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    with pytest.raises(KnownError):
        backups.make_backup(to=blocker / "kopie.db")


def test_backup_while_another_connection_writes_is_consistent(db, db_path, tmp_path):
    """Each writer transaction adds a customer and its prestations together;
    a backup must never hold one without the other."""
    fill(2, 10)
    stop = threading.Event()
    done = []

    def writer() -> None:
        conn = sqlite3.connect(db_path, timeout=10)
        conn.execute("PRAGMA busy_timeout=10000")
        n = 0
        while not stop.is_set() and n < 400:
            with conn:
                conn.execute(
                    "INSERT INTO customer (reference, name, street, postal_code, city, phone,"
                    " email, language, notes, active, ironing_credit_minutes)"
                    " VALUES (?, 'W', '', '3940', 'X', '', '', 'nl', '', 1, 0)", (f"W{n}",))
                conn.execute(
                    "INSERT INTO prestation (date, user_number_id, helper_id, activity, hours,"
                    " paper, electronic, split_manual, status, needs_pluxee_correction, note,"
                    " version) SELECT date, user_number_id, helper_id, activity, hours, paper,"
                    " electronic, split_manual, status, needs_pluxee_correction, ?, 1"
                    " FROM prestation WHERE note = '' LIMIT 5", (f"W{n}",))
            n += 1
        done.append(n)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    copies = [backups.make_backup(to=tmp_path / f"b{i}.db") for i in range(8)]
    stop.set()
    thread.join()
    assert done and done[0] > 0
    for copy in copies:
        assert backups.integrity_problems(copy) == []
        customers_written = _count(copy, "customer") - 2
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        written = conn.execute("SELECT count(*) FROM prestation WHERE note != ''").fetchone()[0]
        conn.close()
        assert written == 5 * customers_written


def _simulate(days: int, start: dt.date) -> list[dt.date]:
    """Open and close the program every day; return the dates of the backups left."""
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        morning = dt.datetime.combine(day, dt.time(8, 0))
        evening = dt.datetime.combine(day, dt.time(17, 30))
        backups.auto_backup(now=lambda m=morning: m)
        backups.auto_backup(now=lambda e=evening: e)
    return sorted(info.taken_at.date() for info in backups.list_backups())


def _cheap_copies(monkeypatch) -> None:
    """Rotation is about names and dates; a real checked copy per day is tested above."""
    def touch(target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
        return target

    monkeypatch.setattr(backups, "write_backup", touch)


def test_rotation_over_400_days_keeps_7_daily_4_weekly_12_monthly(db, db_path, monkeypatch):
    _cheap_copies(monkeypatch)
    start = dt.date(2025, 1, 1)
    kept = _simulate(400, start)
    last = start + dt.timedelta(days=399)
    assert last == dt.date(2026, 2, 4)  # a Wednesday
    daily = [last - dt.timedelta(days=i) for i in range(7)]  # 29/01 .. 04/02
    weekly = [dt.date(2026, 1, 25), dt.date(2026, 1, 18)]  # Sundays of earlier ISO weeks
    # (the newest two weeks are already kept as daily: 02/02-04/02 and 26/01-01/02)
    monthly = [dt.date(2026, 1, 31)] + [dt.date(2025, m, d) for m, d in
               ((12, 31), (11, 30), (10, 31), (9, 30), (8, 31), (7, 31), (6, 30),
                (5, 31), (4, 30), (3, 31))]
    assert kept == sorted(set(daily + weekly + monthly))
    assert len(kept) == 7 + 2 + 10
    # one backup per day, made in the morning: the evening start did not add one
    assert all(info.taken_at.hour == 8 for info in backups.list_backups())


def test_rotation_ignores_foreign_files_and_future_dates(db, db_path, monkeypatch):
    _cheap_copies(monkeypatch)
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "notities.txt").write_text("blijft")
    (folder / "inharmony-20990101-000000.db").write_bytes(b"")
    _simulate(30, dt.date(2026, 1, 1))
    assert (folder / "notities.txt").exists()
    assert (folder / "inharmony-20990101-000000.db").exists()


def test_manual_backup_is_made_even_when_one_exists_today(db):
    now = lambda: dt.datetime(2026, 5, 6, 9, 0)  # noqa: E731
    assert backups.auto_backup(now=now) is not None
    assert backups.auto_backup(now=now) is None
    later = lambda: dt.datetime(2026, 5, 6, 11, 0)  # noqa: E731
    assert backups.make_backup(now=later).name == "inharmony-20260506-110000.db"
    assert len(backups.list_backups()) == 2


def test_list_shows_date_size_and_counts_and_marks_a_broken_file(db, db_path):
    fill(2, 3)
    backups.make_backup(now=lambda: dt.datetime(2026, 1, 2, 10, 0))
    Customer.delete().where(Customer.id.not_in(
        [p.user_number.customer_id for p in Prestation.select()])).execute()
    folder = db_path.parent / "backups"
    (folder / "inharmony-20260103-100000.db").write_bytes(b"dit is geen databank" * 100)
    infos = backups.list_backups()
    assert [i.taken_at for i in infos] == [dt.datetime(2026, 1, 3, 10), dt.datetime(2026, 1, 2, 10)]
    broken, good = infos
    assert not broken.readable and broken.size == 2000
    assert (good.customers, good.prestations) == (2, 6)
    assert good.size == good.path.stat().st_size > 0
    assert backups.newest_good_backup(folder) == good.path


def test_restore_brings_back_the_data_and_keeps_the_current_data_first(db, db_path):
    fill(2, 3)
    saved = backups.make_backup(now=lambda: dt.datetime(2026, 1, 2, 10, 0))
    fill_more = Customer.create(reference="NIEUW", name="Na de back-up", postal_code="3940",
                                city="Peer")
    assert fill_more.id
    safety = backups.restore_backup(saved, now=lambda: dt.datetime(2026, 1, 2, 12, 0))
    assert not dbmod.database.obj.is_closed() or dbmod.database.obj.connect()
    assert Customer.select().count() == 2
    assert Prestation.select().count() == 6
    assert "voor-terugzetten" in safety.name
    assert _count(safety, "customer") == 3  # the data from before the restore is kept
    assert not Path(f"{db_path}-journal").exists()
    assert dbmod.database_path() == db_path


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db, db_path, tmp_path):
    fill(1, 1)
    bad = tmp_path / "inharmony-20260101-000000.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    with pytest.raises(KnownError, match="beschadigd"):
        backups.restore_backup(bad)
    assert Customer.select().count() == 1


def test_restore_removes_a_stale_wal_of_the_old_file(db_path, tmp_path):
    dbmod.open_database(db_path)
    fill(1, 2)
    saved = backups.make_backup(to=tmp_path / "inharmony-20260101-000000.db")
    dbmod.close_database()
    Path(f"{db_path}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    backups.replace_database_file(db_path, saved)
    assert not Path(f"{db_path}-wal").exists()
    assert backups.integrity_problems(db_path) == []
