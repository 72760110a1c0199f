"""The undoable commands of moving prestations and ticking off Pluxee corrections.

Both call the same core services as the command line (`core.services.moves`
and `core.services.corrections`); undo writes every prestation back exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core.services import corrections, moves
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands import ServiceCommand


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
