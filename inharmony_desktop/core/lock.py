"""One user at a time on an SQLite file: a lock file beside the database.

The lock file `<database>.lock` is created atomically (O_CREAT | O_EXCL) and
holds the host name, the user and the process id of its owner. Another
instance, on this PC or on another one, finds it and gets
`DatabaseInUseError` naming that PC and user.

A lock whose owner is on this PC but whose process is gone was left by a
crash: it is *stale*, and `acquire()` takes it over by itself (the caller says
so in one line). An empty lock file older than `EMPTY_STALE_AFTER` is stale
too: it was created but never written (the disk was full). A lock from
another PC is never assumed stale, because its process cannot be seen from
here; the command line takes it over only with `--take-over-lock`, the window
only after the user confirms (offered when the lock is older than
`SUSPECT_AFTER` or unreadable).

The lock file is readable by its user only (0600 on Linux and macOS). Writing
it either succeeds whole or leaves no lock behind: a full disk is a
`KnownError`, never an empty lock file.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import DatabaseInUseError, KnownError

SUSPECT_AFTER = dt.timedelta(hours=12)
EMPTY_STALE_AFTER = dt.timedelta(seconds=10)


@dataclass(frozen=True)
class LockOwner:
    host: str
    user: str
    pid: int
    since: str  # ISO timestamp
    program: str = ""  # executable name, to see through a process id reused after a crash

    @classmethod
    def me(cls, now: dt.datetime | None = None) -> LockOwner:
        from inharmony_desktop.core.services.base import current_user

        moment = (now or clock.now()).isoformat(timespec="seconds")
        return cls(socket.gethostname(), current_user().split("@")[0], os.getpid(), moment,
                   process_name(os.getpid()) or "")

    def started(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.since)
        except ValueError:
            return None


class LockHeldError(DatabaseInUseError):
    """The lock belongs to someone else; `stale` / `suspect` tell whether to offer a take-over."""

    def __init__(self, message: str, owner: LockOwner | None, *, stale: bool, suspect: bool):
        super().__init__(message)
        self.owner = owner
        self.stale = stale
        self.suspect = suspect

    @property
    def can_take_over(self) -> bool:
        """Whether the window offers to take it over (after asking)."""
        return self.stale or self.suspect

    @property
    def can_take_over_elsewhere(self) -> bool:
        """Whether `--take-over-lock` may replace it: a lock of another PC (of any age)
        or an unreadable one; never one whose program demonstrably runs on this PC."""
        return self.owner is not None and self.owner.host != socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this PC."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    return True


def process_name(pid: int) -> str | None:
    """The executable name of a running process on this PC, when it can be read."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return None
        try:
            size = wintypes.DWORD(1024)
            buffer = ctypes.create_unicode_buffer(size.value)
            if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return None
            return Path(buffer.value).name.lower()
        finally:
            kernel32.CloseHandle(handle)
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name.lower()
    except OSError:
        return None


def owner_gone(owner: LockOwner) -> bool:
    """The lock's process on this PC no longer runs (or its id now belongs to another program)."""
    if not pid_alive(owner.pid):
        return True
    if owner.program:
        running = process_name(owner.pid)
        return running is not None and running != owner.program
    return False


# What `read_owner` returns for an empty lock file that nobody is writing any more.
EMPTY_LOCK = LockOwner("", "", 0, "")


def _write_failed(path: Path, exc: OSError) -> KnownError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return KnownError(
            f"De schijf is vol: het slot naast de databank ({path.name}) kan niet geschreven "
            "worden, dus de databank wordt niet geopend. Maak ruimte vrij en probeer opnieuw."
        )
    return KnownError(
        f"De map {path.parent} is niet beschrijfbaar; de databank kan niet veilig geopend "
        f"worden ({exc.strerror or exc})."
    )


def takeover_notice(owner: LockOwner, *, asked: bool = False) -> str:
    """The one line that says a lock was taken over: by itself (its program crashed on
    this PC), or because the user `asked` for it (another PC, an unreadable lock)."""
    if owner == EMPTY_LOCK:
        return "Een leeg slot van een mislukte opening is opgeruimd."
    if owner.host == "?":
        return "Het onleesbare slot naast de databank is overgenomen."
    since = owner.started()
    when = f" sinds {since:%d/%m/%Y %H:%M}" if since else ""
    if asked:
        return f"Slot van PC {owner.host} ({owner.user}{when}) overgenomen op uw vraag."
    return (f"Slot overgenomen van een afgebroken sessie op PC {owner.host} "
            f"({owner.user}{when}); dat programma draait niet meer.")


def lock_path_for(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


class DatabaseLock:
    """The lock file of one database; `acquire()` it before opening for writing."""

    def __init__(self, db_path: Path, *, now: dt.datetime | None = None) -> None:
        self.path = lock_path_for(Path(db_path))
        self.owner = LockOwner.me(now)
        self.held = False

    def read_owner(self) -> LockOwner | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockOwner(str(data["host"]), str(data["user"]), int(data["pid"]),
                             str(data.get("since", "")), str(data.get("program", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Damaged: nobody can be named, treat it as held by an unknown PC. An empty
            # file is told apart: it is what a failed write leaves behind.
            if self._empty_and_old():
                return EMPTY_LOCK
            return LockOwner("?", "?", 0, "")

    def _empty_and_old(self) -> bool:
        try:
            info = self.path.stat()
        except OSError:
            return False
        age = time.time() - info.st_mtime  # file times are real time, not the clock's
        return info.st_size == 0 and age > EMPTY_STALE_AFTER.total_seconds()

    def acquire(self, *, now: dt.datetime | None = None) -> LockOwner | None:
        """Take the lock, or raise `LockHeldError` describing who holds it.

        A stale lock (its program crashed on this PC, or it was never written)
        is taken over: the replaced owner is returned so that the caller can
        say so; None when the lock was free.
        """
        if self._create():
            return None
        owner = self.read_owner()
        if owner is None and self._create():  # released between our two looks
            return None
        error = self._held_error(owner, now or clock.now())
        if error.stale:
            self.take_over(owner)
            return owner
        raise error

    def take_over(self, expected: LockOwner | None) -> None:
        """Replace a lock the user agreed to take over; refuses if it changed meanwhile."""
        current = self.read_owner()
        if current != expected:
            raise KnownError("De vergrendeling is intussen veranderd; probeer opnieuw te openen.")
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            self._write(fd)
            os.replace(temp, self.path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise _write_failed(self.path, exc) from exc
        self.held = True

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.held and self.read_owner() == self.owner:
            self.path.unlink(missing_ok=True)
        self.held = False

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _content(self) -> str:
        return json.dumps(asdict(self.owner), ensure_ascii=False)

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _write_failed(self.path, exc) from exc
        try:
            self._write(fd)
        except OSError as exc:
            self.path.unlink(missing_ok=True)  # never leave an empty lock behind
            raise _write_failed(self.path, exc) from exc
        self.held = True
        return True

    def _write(self, fd: int) -> None:
        """Write the owner into the open file `fd` and close it; all of it reaches the disk."""
        with os.fdopen(fd, "wb") as handle:
            handle.write(self._content().encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def _held_error(self, owner: LockOwner | None, now: dt.datetime) -> LockHeldError:
        if owner == EMPTY_LOCK:
            return LockHeldError("Er stond een leeg slot naast de databank (een eerdere poging "
                                 "om te openen liep vast op een volle schijf).",
                                 owner, stale=True, suspect=False)
        if owner is None or owner.host == "?":
            return LockHeldError(
                "De databank is in gebruik: er staat een onleesbaar slot naast. Als niemand "
                "anders het programma open heeft, kan u het slot overnemen.",
                owner, stale=False, suspect=True,
            )
        where = f"De databank is in gebruik op PC {owner.host} door {owner.user}"
        since = owner.started()
        if since:
            where += f" (sinds {since:%d/%m/%Y %H:%M})"
        if owner.host == socket.gethostname():
            if owner_gone(owner):
                return LockHeldError(
                    f"{where}, maar dat programma draait niet meer (vastgelopen of afgesloten "
                    "zonder op te ruimen). U kan het slot overnemen.",
                    owner, stale=True, suspect=False,
                )
            return LockHeldError(f"{where}. Sluit het daar eerst.", owner, stale=False,
                                 suspect=False)
        suspect = since is not None and now - since > SUSPECT_AFTER
        advice = (
            " Is die PC vastgelopen of uitgeschakeld zonder het programma te sluiten, "
            "dan kan u het slot overnemen."
            if suspect else " Sluit het daar eerst."
        )
        return LockHeldError(f"{where}.{advice}", owner, stale=False, suspect=suspect)
