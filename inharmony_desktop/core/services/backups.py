"""Backups of the SQLite database: make, rotate, list and restore.

A backup is taken with SQLite's online backup API from the open connection,
so it is a consistent snapshot even while another connection writes. It is
written to a temporary file, checked with `PRAGMA integrity_check`, and only
then moved into place with `os.replace`: a backup file either is complete and
sound, or does not exist.

Automatic backups (at start and at close) are made at most once per day and
rotated: the newest backup of each of the 7 newest days, of the 4 newest ISO
weeks and of the 12 newest months that have a backup are kept; the rules are
applied independently and their union survives, plus every backup of today. Backups made with `--to`
elsewhere are never rotated.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inharmony_desktop.core import clock, leftovers
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import settings

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
PREFIX = "inharmony-"
_NAME = re.compile(r"^inharmony-(\d{8})-(\d{6})(?:-[a-z-]+)?\.db$")

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog shows it."""

    path: Path
    taken_at: dt.datetime
    size: int
    customers: int | None  # None: the file could not be read as a sound database
    prestations: int | None

    @property
    def readable(self) -> bool:
        return self.customers is not None


def _require_sqlite_path() -> Path:
    path = dbmod.database_path()
    if path is None:
        raise KnownError(
            "Een serverdatabank (PostgreSQL) wordt teruggezet met pg_restore op de server; "
            "terugzetten vanuit het programma kan alleen bij een databankbestand."
        )
    return path


def server_backup_folder() -> Path:
    """For a server database: the `backup_folder` setting, or this PC's data folder."""
    configured = settings.get("backup_folder").strip()
    return Path(configured) if configured else dbmod.default_database_path().parent / "backups"


def backup_folder() -> Path:
    """The `backup_folder` setting, or a `backups` folder beside the database."""
    configured = settings.get("backup_folder").strip()
    if configured:
        return Path(configured).expanduser()
    return _require_sqlite_path().parent / "backups"


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) reports; empty when sound.

    The file is opened read-only; a file that is not a database is a problem too.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = dbmod.connect_readonly(path)
    except sqlite3.Error as exc:
        return [f"kan niet geopend worden: {exc}"]
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


def write_backup(target: Path) -> Path:
    """Copy the open database to `target` atomically, checked before it is in place."""
    _require_sqlite_path()
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise KnownError(f"De back-upmap {target.parent} kan niet gemaakt worden ({exc}).") from exc
    leftovers.remove_stale_temp_files(target.parent)  # of a backup that was killed
    temp = leftovers.temp_name(target)
    try:
        os.close(os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))  # user only
        source = dbmod.database.obj.connection()
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest)  # one step: a consistent snapshot of the committed data
            dest.execute("PRAGMA journal_mode=delete")  # a self-contained single file
        finally:
            dest.close()
        problems = integrity_problems(temp)
        if problems:
            raise KnownError(
                "De back-up is na het schrijven niet in orde en is niet bewaard: "
                + "; ".join(problems[:3])
            )
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        raise KnownError(
            f"De back-up naar {target} is mislukt ({exc}); er is niets bewaard."
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def backup_name(taken_at: dt.datetime, label: str = "") -> str:
    suffix = f"-{label}" if label else ""
    return f"{PREFIX}{taken_at:%Y%m%d-%H%M%S}{suffix}.db"


def make_backup(*, to: Path | None = None, now: Clock = clock.now, label: str = "") -> Path:
    """A backup now: to `to`, or into the backup folder (then the folder is rotated)."""
    if dbmod.database_path() is None:  # a server database: pg_dump instead of the backup API
        from inharmony_desktop.core import server_tools

        return server_tools.dump_server(Path(to) if to is not None else
                                        server_backup_folder() / server_tools.dump_name(now()))
    if to is not None:
        return write_backup(Path(to))
    folder = backup_folder()
    path = write_backup(folder / backup_name(now(), label))
    rotate(folder, today=now().date())
    return path


def backup_due(*, now: Clock = clock.now) -> bool:
    """Whether the automatic backup is still to be made today: a database file whose
    backup folder has none of today. Refuses nothing (reads a folder listing)."""
    if dbmod.database_path() is None:
        return False
    today = now().date()
    return not any(taken.date() == today for _, taken in _dated_files(backup_folder()))


def auto_backup(*, now: Clock = clock.now) -> Path | None:
    """The automatic backup at start or close: none if one was already made today.
    Refuses (`KnownError`) what `make_backup` refuses."""
    if not backup_due(now=now):
        return None
    return make_backup(now=now)


def last_backup_time() -> dt.datetime | None:
    """When the newest backup of the open database was made (its folder, or this PC's
    dumps of a server database); None when there is none. Refuses nothing (read only)."""
    if dbmod.database_path() is None:
        folder = server_backup_folder()
        pattern = re.compile(r"^inharmony-(\d{8})-(\d{6})\.dump$")
        times = [dt.datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S")
                 for path in (folder.iterdir() if folder.is_dir() else [])
                 if (m := pattern.match(path.name))]
        return max(times, default=None)
    files = _dated_files(backup_folder())
    return files[0][1] if files else None


def _dated_files(folder: Path) -> list[tuple[Path, dt.datetime]]:
    """Backups in `folder` with the moment in their name, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            taken = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
        except ValueError:
            continue
        found.append((path, taken))
    return sorted(found, key=lambda item: item[1], reverse=True)


def _keep_newest_per_period(
    files: list[tuple[Path, dt.datetime]], period: Callable[[dt.datetime], object], count: int
) -> set[Path]:
    kept: set[Path] = set()
    seen: list[object] = []
    for path, taken in files:  # newest first: the first of each period is its newest
        key = period(taken)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.add(path)
    return kept


def files_to_keep(files: list[tuple[Path, dt.datetime]]) -> set[Path]:
    """The union of the daily, weekly and monthly rules over `files` (newest first)."""
    return (
        _keep_newest_per_period(files, lambda t: t.date(), KEEP_DAILY)
        | _keep_newest_per_period(files, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
        | _keep_newest_per_period(files, lambda t: (t.year, t.month), KEEP_MONTHLY)
    )


def rotate(folder: Path, *, today: dt.date | None = None) -> list[Path]:
    """Delete the backups in `folder` the rotation does not keep; return them.

    Every backup of `today` is kept (a manual backup or the copy made before a
    restore must survive the day); backups dated after `today` (a clock set
    wrong once) are kept and not counted.
    """
    files = _dated_files(folder)
    protected: set[Path] = set()
    if today is not None:
        protected = {path for path, taken in files if taken.date() >= today}
        files = [item for item in files if item[1].date() <= today]
    keep = files_to_keep(files) | protected
    removed = []
    for path, _ in files:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        conn = dbmod.connect_readonly(path)
    except sqlite3.Error:
        return None, None
    try:
        customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
        prestations = conn.execute("SELECT count(*) FROM prestation").fetchone()[0]
        return int(customers), int(prestations)
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The backups in the backup folder, newest first, each read read-only."""
    folder = folder or backup_folder()
    infos = []
    for path, taken in _dated_files(folder):
        customers, prestations = _counts(path)
        infos.append(BackupInfo(path, taken, path.stat().st_size, customers, prestations))
    return infos


def newest_good_backup(folder: Path) -> Path | None:
    """The newest backup in `folder` that passes the integrity check."""
    for path, _ in _dated_files(folder):
        if not integrity_problems(path):
            return path
    return None


def _remove_journal_files(db_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def replace_database_file(db_path: Path, backup: Path) -> None:
    """Put a copy of `backup` in place of the (closed) database at `db_path`, atomically."""
    problems = integrity_problems(backup)
    if problems:
        raise KnownError(f"De back-up {backup.name} is beschadigd en wordt niet teruggezet.")
    temp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    try:
        shutil.copyfile(backup, temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        # A WAL left beside the old file would be replayed into the restored one.
        _remove_journal_files(db_path)
        os.replace(temp, db_path)
    except OSError as exc:
        raise KnownError(f"Terugzetten mislukt ({exc}); de databank is niet gewijzigd.") from exc
    finally:
        temp.unlink(missing_ok=True)


def restore_backup(backup: Path, *, now: Clock = clock.now) -> Path:
    """Replace the open database by `backup`; the current data is backed up first.

    Returns the safety backup of the data as it was. The database is open again
    (on the restored data) when this returns, also when the restore failed.
    """
    db_path = _require_sqlite_path()
    backup = Path(backup)
    if not backup.is_file():
        raise KnownError(f"De back-up {backup} bestaat niet.")
    if backup.resolve() == db_path.resolve():
        raise KnownError("Dit is de databank zelf, geen back-up.")
    problems = integrity_problems(backup)
    if problems:
        raise KnownError(f"De back-up {backup.name} is beschadigd en wordt niet teruggezet.")
    safety = make_backup(now=now, label="voor-terugzetten")
    dbmod.close_database()
    try:
        replace_database_file(db_path, backup)
    finally:
        dbmod.open_database(db_path, create=False)
    return safety
