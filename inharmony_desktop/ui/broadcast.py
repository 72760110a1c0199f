"""One signal that tells every view what changed after a command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# The kinds of entities a command can change.
CUSTOMER = "customer"
USER_NUMBER = "user_number"
HELPER = "helper"
PRESTATION = "prestation"
ORDER = "order"
SETTINGS = "settings"
SCHEDULE = "schedule"
ABSENCE = "absence"
REFUND = "refund"
PLUXEE_READING = "pluxee_reading"  # a reading of Pluxee's export or its work list


class ChangeBroadcaster(QObject):
    """Carries what a command changed.

    Signals:
        entities_changed(kind, ids): rows of `kind` (see the constants above)
            with these ids were created, edited or deleted; an empty list means
            "any row of this kind may have changed".
        command_failed(message): an undo or redo was refused (a Dutch message).
    """

    entities_changed = Signal(str, list)
    command_failed = Signal(str)

    def announce(self, kind: str, ids: list[int] | None = None) -> None:
        self.entities_changed.emit(kind, list(ids or []))
