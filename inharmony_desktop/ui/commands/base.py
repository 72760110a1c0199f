"""The base of every command: `ServiceCommand` and the `CommandRunner` that runs
it once and pushes it on the window's one undo stack.

Every edit made in the window is a `QUndoCommand` that calls the core services.

A command runs once through `CommandRunner.run()`, which raises `KnownError`
when the service refuses (nothing was written and nothing is pushed); after
that the one `QUndoStack` replays it with `undo()`/`redo()`. Each command
announces what it changed on the `ChangeBroadcaster`.

To add a command: subclass `ServiceCommand`, set `kind`, implement `apply()`
(first run and redo) and `revert()` (undo), each returning the changed ids.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.ui.broadcast import ChangeBroadcaster


class ServiceCommand(QUndoCommand):
    """Base of all commands: `apply()` does, `revert()` undoes; both return ids."""

    kind = ""
    also_changes: tuple[str, ...] = ()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.broadcaster: ChangeBroadcaster | None = None
        self._skip_next_redo = False
        self.first_run = True

    def apply(self) -> list[int]:
        raise NotImplementedError

    def revert(self) -> list[int]:
        raise NotImplementedError

    def execute(self) -> None:
        """The first run; raises `KnownError` and writes nothing on refusal."""
        ids = self.apply()
        self.first_run = False
        self._skip_next_redo = True
        self._announce(ids)

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], list[int]]) -> None:
        try:
            ids = step()
        except KnownError as exc:
            self.setObsolete(True)
            if self.broadcaster is not None:
                self.broadcaster.command_failed.emit(str(exc))
            return
        self._announce(ids)

    def _announce(self, ids: list[int]) -> None:
        if self.broadcaster is None:
            return
        self.broadcaster.announce(self.kind, ids)
        for other in self.also_changes:
            self.broadcaster.announce(other, [])


class CommandRunner:
    """Runs a command once, then pushes it on the window's one undo stack."""

    def __init__(self, stack: QUndoStack, broadcaster: ChangeBroadcaster) -> None:
        self.stack = stack
        self.broadcaster = broadcaster

    def run(self, command: ServiceCommand) -> None:
        command.broadcaster = self.broadcaster
        command.execute()
        self.stack.push(command)
