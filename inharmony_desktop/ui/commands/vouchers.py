"""Undoable commands of the split editor, the switch-over wizard and the
ironing workshop. Each calls one core service; undo restores exactly.

They follow `ui.commands.ServiceCommand`: `apply()` is the first run and redo,
`revert()` is undo, both return the changed prestation ids.
"""

from __future__ import annotations

from typing import Any

from inharmony_desktop.core.services import ironing, prestations, splits, switchover
from inharmony_desktop.core.services.ironing import BasketInput
from inharmony_desktop.core.services.splits import SplitChoice
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand


class SplitCommand(ServiceCommand):
    """A split set by hand, or back to the default, on the selected prestations."""

    kind = broadcast.PRESTATION
    also_changes = (broadcast.CUSTOMER,)

    def __init__(self, text: str, choice: SplitChoice) -> None:
        super().__init__(text)
        self.choice = choice
        self.ids = list(choice.ids)
        self._before: list[dict[str, Any]] = []
        self._after: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        if self._after:
            prestations.restore(self._after, reason="Opnieuw gedaan")
            return self.ids
        before = prestations.snapshots(self.ids)
        splits.apply_choice(self.choice)
        self._before = before
        self._after = prestations.snapshots(self.ids)
        return self.ids

    def revert(self) -> list[int]:
        prestations.restore(self._before)
        return self.ids


class SwitchoverCommand(ServiceCommand):
    """The whole switch-over plan with its payment-mode row, as one step."""

    kind = broadcast.PRESTATION
    also_changes = (broadcast.USER_NUMBER, broadcast.CUSTOMER)

    def __init__(self, text: str, plan: switchover.SwitchPlan) -> None:
        super().__init__(text)
        self.plan = plan
        self.ids = [row.prestation_id for row in plan.rows]
        self._undo: switchover.SwitchUndo | None = None

    def apply(self) -> list[int]:
        self._undo = switchover.apply_switchover(self.plan)
        return self.ids

    def revert(self) -> list[int]:
        if self._undo is not None:
            switchover.undo_switchover(self._undo)
        return [row["id"] for row in self._undo.prestation_rows] if self._undo else self.ids


class IroningBasketCommand(ServiceCommand):
    """A basket with its ironing prestation and the customer's new minute credit."""

    kind = broadcast.PRESTATION
    also_changes = (broadcast.CUSTOMER,)

    def __init__(self, text: str, basket: BasketInput) -> None:
        super().__init__(text)
        self.basket = basket
        self.record: ironing.BasketUndo | None = None
        self._undone = False

    def apply(self) -> list[int]:
        if self.record is None:
            b = self.basket
            self.record = ironing.record_basket(
                b.customer_id, b.user_number_id, b.helper_id, b.day, b.ironing_minutes,
                b.handling_minutes)
        elif self._undone:
            ironing.redo_basket(self.record)
        self._undone = False
        return self._ids()

    def revert(self) -> list[int]:
        ironing.undo_basket(self.record)
        self._undone = True
        return self._ids()

    def _ids(self) -> list[int]:
        prestation = self.record.prestation if self.record else None
        return [prestation["id"]] if prestation else []
