"""What a killed program leaves behind while writing, and how the next run clears it.

Every temporary file or staging folder that the program writes beside its
results carries the id of the process that made it (`.NAME.tmp-PID`,
`.jaaroverzichten-PID-XXXX`). A run that writes into the same folder later
removes those whose process no longer runs on this PC, so a killed backup
never leaves a hidden full-size copy behind for good, and a killed batch no
staging folder. What a running process is still writing is never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

from inharmony_desktop.core.lock import pid_alive

SQLITE_HEADER = b"SQLite format 3\x00"
_TEMP_FILE = re.compile(r"^\..+\.tmp-(\d+)$")


def temp_name(target: Path) -> Path:
    """The hidden temporary file beside `target` that this process writes first."""
    return target.with_name(f".{target.name}.tmp-{os.getpid()}")


def staging_prefix(name: str) -> str:
    """The prefix of a hidden staging folder of this process (for `tempfile.mkdtemp`)."""
    return f".{name}-{os.getpid()}-"


def _dead(pid_text: str) -> bool:
    pid = int(pid_text)
    return pid != os.getpid() and not pid_alive(pid)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove `.NAME.tmp-PID` files of dead processes in `folder` that hold an SQLite
    database or nothing (a backup that was killed); returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        match = _TEMP_FILE.match(path.name)
        if not match or not _dead(match[1]) or not path.is_file() or path.is_symlink():
            continue
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
            if head in (b"", SQLITE_HEADER):
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # someone else's or unreadable: leave it
    return removed


def remove_stale_staging(folder: Path, name: str) -> list[Path]:
    """Remove `.NAME-PID-*` staging folders of dead processes in `folder`."""
    pattern = re.compile(rf"^\.{re.escape(name)}-(\d+)-")
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match or not _dead(match[1]) or not path.is_dir() or path.is_symlink():
            continue
        with contextlib.suppress(OSError):
            shutil.rmtree(path)
            removed.append(path)
    return removed
