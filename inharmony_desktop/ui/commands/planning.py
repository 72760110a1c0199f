"""Undoable commands of the planning: generating prestations from the
schedules, applying a week review, and ending a schedule. Both are one core transaction each
way; redo writes back the exact rows that undo removed or changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inharmony_desktop.core.services import (
    generation,
    prestations,
    row_restore,
    schedules,
    week_review,
)
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.core.services.generation import Plan
from inharmony_desktop.core.services.week_review import ReviewChanges
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand


class GeneratePrestationsCommand(ServiceCommand):
    """Creates the planned prestations of a reviewed plan; undo removes them.

    `created` are the ids of a plan already applied on a worker thread (the first
    run then writes nothing more); without them the first run applies the plan.
    """

    kind = broadcast.PRESTATION
    also_changes = (broadcast.CUSTOMER,)

    def __init__(self, text: str, plan: Plan, created: list[int] | None = None) -> None:
        super().__init__(text)
        self.plan = plan
        self.ids: list[int] = list(created or [])
        self._applied = created is not None
        self._removed: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        if self._removed:
            prestations.restore(self._removed, reason="Generatie opnieuw gedaan")
            self._removed = []
        elif not self._applied:
            self.ids = generation.apply_generation(self.plan)
        self._applied = False
        return self.ids

    def revert(self) -> list[int]:
        self._removed = generation.undo_generation(self.ids)
        return self.ids


class ApplyWeekReviewCommand(ServiceCommand):
    """Marks performed, changes hours and cancels, as the week review decided."""

    kind = broadcast.PRESTATION
    also_changes = (broadcast.CUSTOMER,)

    def __init__(self, text: str, changes: ReviewChanges) -> None:
        super().__init__(text)
        self.changes = changes
        self.ids = sorted(set(changes.performed) | set(changes.hours) | set(changes.cancelled))
        self._before: list[dict[str, Any]] = []
        self._after: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        if self._after:
            prestations.restore(self._after, reason="Weekoverzicht opnieuw toegepast")
        else:
            self._before = week_review.apply_review(self.changes)
            self._after = prestations.snapshots(self.ids)
        return self.ids

    def revert(self) -> list[int]:
        prestations.restore(self._before, reason="Weekoverzicht ongedaan gemaakt")
        return self.ids


class EndScheduleCommand(ServiceCommand):
    """Ends a schedule on a date; its planned prestations after that date go.
    Undo puts the schedule and those prestations back exactly."""

    kind = broadcast.SCHEDULE
    also_changes = (broadcast.PRESTATION,)

    def __init__(self, text: str, schedule_id: int, last_date: dt.date) -> None:
        super().__init__(text)
        self.schedule_id = schedule_id
        self.last_date = last_date
        self._before: dict[str, Any] | None = None
        self._removed: list[dict[str, Any]] = []

    def apply(self) -> list[int]:
        before = row_restore.take(broadcast.SCHEDULE, self.schedule_id)
        self._removed = schedules.end_schedule(self.schedule_id, self.last_date)
        self._before = before
        return [self.schedule_id]

    def revert(self) -> list[int]:
        with transaction():
            row_restore.restore(broadcast.SCHEDULE, self._before, reason="Ongedaan gemaakt")
            prestations.restore(self._removed, reason="Einde uurrooster ongedaan gemaakt")
        return [self.schedule_id]
