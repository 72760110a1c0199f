"""Opening the SQLite file safely: where it lives, who holds it, whether it is sound.

`open_checked(path)` is the one way the window and the command line open a
database file for writing. In order it:

1. refuses a path on a network drive or in a synced folder (SQLite's locking
   is not reliable there and sync clients copy half-written files), unless
   the user allowed it on this PC (`local_override`);
2. refuses, without writing a byte, a folder, an empty file, a file that is
   not SQLite or is another program's database (`db.inspect_file`), and a
   missing folder unless the caller creates a database on purpose;
3. takes the lock file beside the database (`core/lock.py`), taking over by
   itself a lock whose program crashed on this PC (`OpenedDatabase.took_over`);
4. reads the file read-only: a damaged file (`PRAGMA quick_check`) or a file
   from a newer program version is refused before anything can write to it;
5. opens it with `core/db.open_database`.

`open_for_reading(path)` opens for commands that only read: no lock, nothing
written, so it works while the window has the database open.

A server database (a URL) skips the file checks and the lock.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

import peewee
from platformdirs import user_config_dir

from inharmony_desktop import APP_NAME, ORG_NAME
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import migrations
from inharmony_desktop.core.errors import KnownError, SchemaTooNewError
from inharmony_desktop.core.lock import DatabaseLock, LockHeldError, LockOwner, takeover_notice
from inharmony_desktop.core.services.backups import integrity_problems

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
    "ceph", "glusterfs", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "lustre",
}
SYNCED_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "my drive",
                       "icloud drive", "iclouddrive", "mobile documents", "box sync")
OVERRIDE_KEY = "allow_unsafe_database_location"


class UnsafeLocationError(KnownError):
    """The database file is on a network drive or in a synced folder."""


class DamagedDatabaseError(KnownError):
    """The file fails `PRAGMA quick_check`; `problems` holds what SQLite reported."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message, details=problems[:10])
        self.problems = problems


# --- where the file lives ------------------------------------------------------------------

def _synced_folder(path: PurePath) -> str | None:
    for part in path.parts:
        name = part.lower()
        for synced in SYNCED_FOLDER_NAMES:
            if name == synced or name.startswith(f"{synced} -") or name.startswith(f"{synced}-"):
                return part
    return None


def _mount_type(path: Path, mounts_text: str) -> str | None:
    """The file system type of the longest mount point that contains `path`."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote_drive(path: Path) -> bool:
    import ctypes

    root = path.anchor or str(path)[:3]
    return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # type: ignore[attr-defined]  # REMOTE


def location_problem(path: Path, *, mounts_text: str | None = None,
                     platform: str = sys.platform) -> str | None:
    """Why `path` is no place for the database, or None when it is a local folder."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return f"{path} ligt op een netwerkschijf (een gedeelde map op een andere PC of server)."
    synced = _synced_folder(PurePath(text))
    if synced:
        return (f"{path} ligt in de gesynchroniseerde map '{synced}'. Zo'n map kopieert een "
                "databank terwijl die half geschreven is, en gegevens kunnen verloren gaan.")
    if platform == "win32":
        if _windows_remote_drive(path):
            return f"{path} ligt op een netwerkschijf ({path.anchor})."
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fstype = _mount_type(Path(text), mounts_text)
    if fstype and fstype.lower() in NETWORK_FILESYSTEMS:
        return f"{path} ligt op een netwerkschijf (bestandssysteem {fstype})."
    return None


def local_override_file() -> Path:
    return Path(user_config_dir(APP_NAME, ORG_NAME, roaming=False)) / "local.json"


def local_override(file: Path | None = None) -> bool:
    """Whether the user of this PC allowed a database on a network drive or synced folder."""
    try:
        data = json.loads((file or local_override_file()).read_text(encoding="utf-8"))
        return bool(data.get(OVERRIDE_KEY, False))
    except (OSError, ValueError, AttributeError):
        return False


def set_local_override(allowed: bool, file: Path | None = None) -> None:
    file = file or local_override_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    data[OVERRIDE_KEY] = allowed
    temp = file.with_suffix(".tmp")
    temp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    temp.replace(file)


def check_location(path: Path, *, allow_unsafe: bool = False, **probe) -> None:
    problem = location_problem(path, **probe)
    if problem and not allow_unsafe:
        raise UnsafeLocationError(
            f"{problem} Het programma opent de databank daar niet: op een netwerkschijf of in "
            "een gesynchroniseerde map kan het bestand beschadigd raken als twee PC's of de "
            "synchronisatie tegelijk schrijven. Zet de databank in een lokale map, of sta dit "
            "uitdrukkelijk toe in de instellingen van deze PC."
        )


# --- opening ---------------------------------------------------------------------------------

def preflight(path: Path, *, quick_check: bool = True) -> None:
    """Read-only checks before the file is opened for writing.

    `quick_check` reads every page (about 0.9 s for a 235 MB database); the
    window runs it in the background instead (`ui/safety_tasks.py`).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if quick_check:
        problems = integrity_problems(path, quick=True)
        if problems:
            raise damaged_error(path, problems)
    dbmod._refuse_if_too_new(dbmod.peek_schema_version(path))


def _inspect(path: Path) -> int | None:
    """`db.inspect_file`, with an SQLite file that cannot be read told as damaged (so the
    window offers the newest good backup)."""
    try:
        return dbmod.inspect_file(path)
    except SchemaTooNewError:
        raise
    except KnownError:
        if dbmod.has_sqlite_header(path):
            problems = integrity_problems(path, quick=True)
            if problems:
                raise damaged_error(path, problems) from None
        raise


# What SQLite says when the disk, not the file, is the problem (full, gone, no rights).
NOT_DAMAGE = ("disk i/o error", "unable to open", "readonly database", "database is locked")


def damaged_error(path: Path, problems: list[str]) -> KnownError:
    """Damage found by a check — or, when the check could not even read the file because
    of the disk, that (a full disk is no reason to offer an old backup)."""
    if any(sign in problem.lower() for problem in problems for sign in NOT_DAMAGE):
        return KnownError(
            f"De databank {path.name} kan nu niet gelezen worden: de schijf is vol of niet "
            "leesbaar. Maak ruimte vrij (of controleer de schijf) en probeer opnieuw; het "
            "bestand is niet gewijzigd.", details=problems[:10])
    return DamagedDatabaseError(
        f"De databank {path.name} is beschadigd en wordt niet geopend. Zet de nieuwste "
        "goede back-up terug.", problems,
    )


@dataclass
class OpenedDatabase:
    db: peewee.Database
    lock: DatabaseLock | None
    took_over: LockOwner | None = None  # a stale lock replaced while opening

    @property
    def takeover_notice(self) -> str | None:
        return takeover_notice(self.took_over) if self.took_over is not None else None

    def close(self) -> None:
        dbmod.close_database()
        if self.lock is not None:
            self.lock.release()


def open_checked(target: str | Path | None = None, *, create: bool = True,
                 allow_unsafe_location: bool | None = None,
                 take_over: LockOwner | None = None, quick_check: bool = True,
                 make_folder: bool = False) -> OpenedDatabase:
    """Open a database for writing after every check above; see the module docstring.

    `take_over` is the lock owner the user agreed to replace (from a `LockHeldError`).
    `make_folder` allows creating a missing folder (the default database, a demo).
    """
    if target is None:
        from inharmony_desktop.core.db_choice import default_target

        target = default_target()
        make_folder = True
    if dbmod.is_url(target):
        return OpenedDatabase(dbmod.open_database(target, create=create), None)
    path = Path(target).expanduser().absolute()
    if allow_unsafe_location is None:
        allow_unsafe_location = local_override()
    check_location(path, allow_unsafe=allow_unsafe_location)
    if _inspect(path) is None:
        if not create:
            raise KnownError(f"De databank {path} bestaat niet.")
        dbmod.require_folder(path, make_folder=make_folder)
    lock = DatabaseLock(path)
    took_over = None
    if take_over is not None:
        lock.take_over(take_over)
    else:
        took_over = lock.acquire()
    try:
        preflight(path, quick_check=quick_check)
        db = dbmod.open_database(path, create=create)
    except BaseException:
        lock.release()
        raise
    return OpenedDatabase(db, lock, took_over)


def open_for_reading(target: str | Path | None = None) -> OpenedDatabase:
    """Open a database to read it only: no lock is taken and nothing is written, so
    it works while the window has it open on this or another PC.

    Refuses what `db.inspect_file` refuses and a missing file. A file of an older
    schema is brought up to date first when nobody holds it (that writes); while
    someone holds it, it is refused with what to do.
    """
    if target is None:
        from inharmony_desktop.core.db_choice import default_target

        target = default_target()
    if dbmod.is_url(target):
        return OpenedDatabase(dbmod.open_database(target, create=False), None)
    path = Path(target).expanduser().absolute()
    version = _inspect(path)
    if version is None:
        raise KnownError(f"De databank {path} bestaat niet.")
    if version < migrations.LATEST:
        try:
            opened = open_checked(path, create=False)
        except LockHeldError as exc:
            raise KnownError(
                f"{path} moet eerst bijgewerkt worden naar deze versie van het programma, en "
                f"dat kan niet terwijl ze in gebruik is. {exc}"
            ) from exc
        opened.close()
    return OpenedDatabase(dbmod.open_readonly(path), None)
