"""Prestations: create, edit and delete, moves to another user number and the
Pluxee correction list (the same services as `inharmony-desktop move`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core.services import prestations, row_restore
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand

if TYPE_CHECKING:  # loaded when a move or a correction is first made
    from inharmony_desktop.core.services import corrections, moves


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



class MovePrestationsCommand(ServiceCommand):
    """Moves prestations to one user number; undo puts each back as it was.

    The first run raises `KnownError` (nothing written, nothing pushed) when
    the move is refused; `OtherCustomerError` means: ask, then run a new
    command with `allow_other_customer=True`.
    """

    kind = broadcast.PRESTATION  # and the user numbers involved, by id (see `_announce`)

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
        from inharmony_desktop.core.services import moves

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
        from inharmony_desktop.core.services import moves

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
        from inharmony_desktop.core.services import corrections

        self.marks = corrections.mark_corrected(self.ids)
        return [m.prestation_id for m in self.marks]

    def revert(self) -> list[int]:
        from inharmony_desktop.core.services import corrections

        corrections.unmark_corrected(self.marks)
        return [m.prestation_id for m in self.marks]
