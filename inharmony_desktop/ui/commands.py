"""Every edit made in the window is a `QUndoCommand` that calls the core services.

A command runs once through `CommandRunner.run()`, which raises `KnownError`
when the service refuses (nothing was written and nothing is pushed); after
that the one `QUndoStack` replays it with `undo()`/`redo()`. Each command
announces what it changed on the `ChangeBroadcaster`.

To add a command: subclass `ServiceCommand`, set `kind`, implement `apply()`
(first run and redo) and `revert()` (undo), each returning the changed ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from inharmony_desktop.core import rules
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import corrections, moves, prestations, row_restore, settings
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.ui import broadcast
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


# --- customers, user numbers, helpers, orders: rows restored from snapshots ------------------

_ALSO = {
    broadcast.USER_NUMBER: (broadcast.CUSTOMER, broadcast.PRESTATION),
    broadcast.ORDER: (broadcast.CUSTOMER,),
    broadcast.CUSTOMER: (broadcast.PRESTATION,),
    broadcast.HELPER: (broadcast.PRESTATION,),
}


class CreateCommand(ServiceCommand):
    """Creates a row with `create()`; undo removes it, redo puts the same row back."""

    def __init__(self, text: str, kind: str, create: Callable[[], int]) -> None:
        super().__init__(text)
        self.kind = kind
        self.also_changes = _ALSO.get(kind, ())
        self._create = create
        self.row_id: int | None = None
        self._after: dict[str, Any] | None = None

    def apply(self) -> list[int]:
        if self._after is None:
            with transaction():
                self.row_id = self._create()
        else:
            row_restore.restore(self.kind, self._after, reason="Opnieuw gedaan")
        return [self.row_id]

    def revert(self) -> list[int]:
        self._after = row_restore.take(self.kind, self.row_id)
        row_restore.remove(self.kind, self.row_id)
        return [self.row_id]


class UpdateCommand(ServiceCommand):
    """Changes one row with `update()`; undo and redo write the snapshots back."""

    def __init__(self, text: str, kind: str, row_id: int, update: Callable[[], Any]) -> None:
        super().__init__(text)
        self.kind = kind
        self.also_changes = _ALSO.get(kind, ())
        self.row_id = row_id
        self._update = update
        self._before: dict[str, Any] | None = None
        self._after: dict[str, Any] | None = None

    def apply(self) -> list[int]:
        if self._after is None:
            before = row_restore.take(self.kind, self.row_id)
            with transaction():  # several service calls: all or none
                self._update()
            self._before = before
            self._after = row_restore.take(self.kind, self.row_id)
        else:
            row_restore.restore(self.kind, self._after, reason="Opnieuw gedaan")
        return [self.row_id]

    def revert(self) -> list[int]:
        row_restore.restore(self.kind, self._before, reason="Ongedaan gemaakt")
        return [self.row_id]


class DeleteCommand(ServiceCommand):
    """Deletes one row with `delete()` (the service's own checks); undo restores it."""

    def __init__(self, text: str, kind: str, row_id: int, delete: Callable[[], Any]) -> None:
        super().__init__(text)
        self.kind = kind
        self.also_changes = _ALSO.get(kind, ())
        self.row_id = row_id
        self._delete = delete
        self._before: dict[str, Any] | None = None

    def apply(self) -> list[int]:
        before = row_restore.take(self.kind, self.row_id)
        self._delete()
        self._before = before
        return [self.row_id]

    def revert(self) -> list[int]:
        row_restore.restore(self.kind, self._before, reason="Verwijderen ongedaan gemaakt")
        return [self.row_id]


# --- prestations ------------------------------------------------------------------------------

class CreatePrestationCommand(ServiceCommand):
    kind = broadcast.PRESTATION

    def __init__(self, text: str, data: prestations.PrestationInput) -> None:
        super().__init__(text)
        self.data = data
        self.prestation_id: int | None = None
        self._after: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        if not self._after:
            self.prestation_id = prestations.create_prestation(self.data)
        else:
            prestations.restore(self._after, reason="Opnieuw gedaan")
        return [self.prestation_id]

    def revert(self) -> list[int]:
        self._after = prestations.snapshots([self.prestation_id])
        row_restore.discard_prestations([self.prestation_id])
        return [self.prestation_id]


class UpdatePrestationCommand(ServiceCommand):
    kind = broadcast.PRESTATION

    def __init__(self, text: str, prestation_id: int, changes: dict[str, Any],
                 expected_version: int | None = None) -> None:
        super().__init__(text)
        self.prestation_id = prestation_id
        self.changes = changes
        # The version the user saw; each undo/redo expects the one it left behind,
        # so a change from another PC in between is refused, never overwritten.
        self._version = expected_version
        self._before: list[dict[str, Any]] = []
        self._after: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        if not self._after:
            before = prestations.snapshots([self.prestation_id])
            prestations.update_prestation(self.prestation_id, self.changes,
                                          expected_version=self._version)
            self._before = before
            self._after = prestations.snapshots([self.prestation_id])
        else:
            prestations.restore(self._after, reason="Opnieuw gedaan",
                                expected_versions=self._expected())
        self._track()
        return [self.prestation_id]

    def revert(self) -> list[int]:
        prestations.restore(self._before, expected_versions=self._expected())
        self._track()
        return [self.prestation_id]

    def _expected(self) -> dict[int, int] | None:
        return None if self._version is None else {self.prestation_id: self._version}

    def _track(self) -> None:
        self._version = prestations.snapshots([self.prestation_id])[0]["version"]


class DeletePrestationsCommand(ServiceCommand):
    kind = broadcast.PRESTATION

    def __init__(self, text: str, ids: list[int]) -> None:
        super().__init__(text)
        self.ids = list(ids)
        self._before: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        self._before = prestations.delete_prestations(self.ids)
        return self.ids

    def revert(self) -> list[int]:
        prestations.restore(self._before, reason="Verwijderen ongedaan gemaakt")
        return self.ids


# --- settings and yearly rules ----------------------------------------------------------------

class SaveSettingsCommand(ServiceCommand):
    """Company settings and yearly rules, saved together from the settings dialog."""

    kind = broadcast.SETTINGS

    def __init__(self, text: str, values: dict[str, str], rule_rows: list[dict]) -> None:
        super().__init__(text)
        self._after = (dict(values), [dict(r) for r in rule_rows])
        current = settings.all_settings()
        self._before = (
            {k: current.get(k, "") for k in values},
            [_rules_row(r) for r in rules.all_rules()],
        )

    def apply(self) -> list[int]:
        _save(*self._after)
        return []

    def revert(self) -> list[int]:
        _save(*self._before)
        return []


def _rules_row(r: rules.Rules) -> dict:
    data = rules.as_dict(r)
    data.pop("source_year", None)
    return data


def _save(values: dict[str, str], rule_rows: list[dict]) -> None:
    with transaction():
        settings.save(values)
        for row in rule_rows:
            rules.save_rules(row)


# --- moves and the Pluxee correction list (same services as `inharmony-desktop move`) ----

class MovePrestationsCommand(ServiceCommand):
    """Moves prestations to one user number; undo puts each back as it was.

    The first run raises `KnownError` (nothing written, nothing pushed) when
    the move is refused; `OtherCustomerError` means: ask, then run a new
    command with `allow_other_customer=True`.
    """

    kind = broadcast.PRESTATION
    also_changes = (broadcast.CUSTOMER,)

    def __init__(
        self, ids: list[int], target_id: int, target_text: str, *, allow_other_customer: bool = False
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "MoveCommands", "Move %n prestation(s) to {target}", None, len(ids)
            ).format(target=target_text)
        )
        self.ids = list(ids)
        self.target_id = target_id
        self.allow_other_customer = allow_other_customer
        self.result: moves.MoveResult | None = None
        self._versions: dict[int, int] | None = None

    def apply(self) -> list[int]:
        if self.result is None:
            self.result = moves.move_prestations(
                self.ids, self.target_id, allow_other_customer=self.allow_other_customer
            )
        else:
            # A redo: the same prestations, refused if someone changed them since the undo.
            self.result = moves.move_prestations(
                self.result.moved_ids,
                self.target_id,
                allow_other_customer=True,
                expected_versions=self._versions,
            )
        return self.result.moved_ids

    def revert(self) -> list[int]:
        assert self.result is not None
        self._versions = moves.undo_move(self.result)
        return self.result.moved_ids

    def _announce(self, ids: list[int]) -> None:
        super()._announce(ids)
        if self.broadcaster is not None and self.result is not None:
            self.broadcaster.announce(broadcast.USER_NUMBER, self.result.user_number_ids)


class MarkCorrectedCommand(ServiceCommand):
    """Ticks prestations off the 'Te corrigeren in Pluxee' list; undo puts them back."""

    kind = broadcast.PRESTATION

    def __init__(self, ids: list[int]) -> None:
        super().__init__(
            QCoreApplication.translate(
                "MoveCommands", "Mark %n prestation(s) as corrected in Pluxee", None, len(ids)
            )
        )
        self.ids = list(ids)
        self.marks: list[corrections.CorrectionMark] = []

    def apply(self) -> list[int]:
        self.marks = corrections.mark_corrected(self.ids)
        return [m.prestation_id for m in self.marks]

    def revert(self) -> list[int]:
        corrections.unmark_corrected(self.marks)
        return [m.prestation_id for m in self.marks]
