"""Customers, user numbers, helpers, orders, refunds, schedules and absences:
one row created, changed or deleted by a service call; undo and redo write
the row's snapshots back (`core.services.row_restore`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from inharmony_desktop.core.services import row_restore
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand

# What else a change of one row may show differently. A user number's own rows in the
# tree follow its announcement (with its id); its customer's row needs no reload.
_ALSO = {
    broadcast.USER_NUMBER: (broadcast.PRESTATION,),
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


