"""A batch of files that lands in its folder all at once, or not at all.

Every file of a batch (the yearly statements, the monthly payroll) is made in
a hidden staging folder inside the target folder and only moved into place by
`publish()`, when the whole batch is complete. Cancel or failure before that
leaves the target folder exactly as it was: the staging folder goes, and so
does the target folder itself when this batch made it. The staging folder's
name carries the process id (`core.leftovers`), so the next batch into the
same folder clears one that a killed run left behind.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from inharmony_desktop.core import leftovers
from inharmony_desktop.core.errors import KnownError

# progress(done, total, text): `done` of `total` steps finished; `text` says what is next.
Progress = Callable[[int, int, str], None]


class CancelFlag(Protocol):
    """Anything with `is_set()`, e.g. a `threading.Event`."""

    def is_set(self) -> bool: ...


def prepare_folder(folder: Path) -> bool:
    """Make `folder` if needed; True when it was made here."""
    if folder.exists():
        if not folder.is_dir():
            raise KnownError(f"{folder} is een bestand, geen map.")
        return False
    try:
        folder.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise KnownError(f"Kan de map {folder} niet maken: {exc.strerror or exc}.") from exc
    return True


class StagedFolder:
    """`with StagedFolder(folder, "name") as staged:` make files in `staged.path` (a hidden
    `.name-PID-…` folder), then `staged.publish(names)` moves them into `folder`."""

    def __init__(self, folder: Path | str, name: str) -> None:
        self.folder = Path(folder)
        self.name = name
        self.path = self.folder
        self.created = False
        self.finished = False

    def __enter__(self) -> StagedFolder:
        self.created = prepare_folder(self.folder)
        leftovers.remove_stale_staging(self.folder, self.name)  # of a batch that was killed
        try:
            self.path = Path(tempfile.mkdtemp(prefix=leftovers.staging_prefix(self.name),
                                              dir=self.folder))
        except OSError as exc:
            self._remove_folder()
            raise KnownError(f"Kan niet schrijven in {self.folder}: "
                             f"{exc.strerror or exc}.") from exc
        return self

    def publish(self, names: Iterable[str]) -> list[Path]:
        """Move the named files from the staging folder into place; returns their paths."""
        placed = []
        for name in names:
            target = self.folder / name
            (self.path / name).replace(target)
            placed.append(target)
        self.finished = True
        return placed

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.path)
        if not self.finished:
            self._remove_folder()

    def _remove_folder(self) -> None:
        if self.created:
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only succeeds when empty
