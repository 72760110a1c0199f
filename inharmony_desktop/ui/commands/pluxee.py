"""Reading Pluxee's export and working through its work list, as undoable commands.

A reading is applied once (on a worker thread, with progress) and then pushed
already done; its undo forgets the reading and puts every prestation back, its
redo applies the same plan again, which makes a new reading with new work-list
rows. A command on rows of the work list therefore keeps, besides their ids,
what identifies them in any reading of the same file (`RowRef`), and finds them
again when the reading they belonged to was undone and redone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import pluxee_readings, pluxee_worklist
from inharmony_desktop.core.services.pluxee_readings import ReadingResult
from inharmony_desktop.core.services.pluxee_worklist import WorkRow
from inharmony_desktop.core.services.reconciliation_plan import ReadingPlan
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand
from inharmony_desktop.ui.commands.prestations import MovePrestationsCommand


class ReadPluxeeExportCommand(ServiceCommand):
    """Applies a previewed plan; undo forgets the reading, redo applies the plan again.

    `result` is the reading already applied on a worker thread (the first run then
    writes nothing more); without it the first run applies the plan itself.
    """

    kind = broadcast.PRESTATION
    also_changes = (broadcast.PLUXEE_READING,)

    def __init__(self, plan: ReadingPlan, result: ReadingResult | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "PluxeeCommands", "Read Pluxee export {file}").format(file=plan.export.file_name))
        self.plan = plan
        self.result = result
        self._done = result is not None

    def apply(self) -> list[int]:
        if not self._done:
            self.result = pluxee_readings.apply_plan(self.plan)
        self._done = False
        assert self.result is not None
        return [*self.result.changed_ids, *self.result.created_ids]

    def revert(self) -> list[int]:
        assert self.result is not None
        pluxee_readings.undo_reading(self.result.reading_id)
        return [*self.result.changed_ids, *self.result.created_ids]


@dataclass(frozen=True)
class RowRef:
    """A row of a reading's work list: its id, and what it is in any reading of the same
    file (its line in the file; for our own prestations, which have none, the prestation)."""

    row_id: int
    reading_id: int
    line: int | None
    prestation_id: int | None

    @classmethod
    def of(cls, row: WorkRow) -> RowRef:
        return cls(row.id, row.reading_id, row.line,
                   None if row.line is not None else row.prestation_id)

    def key(self) -> tuple:
        return ("line", self.line) if self.line is not None else ("ours", self.prestation_id)


class WorkRows:
    """The rows a command acts on, found again in the last reading when theirs was undone
    and redone (the same file read again gives the same rows in a new reading)."""

    def __init__(self, rows: Sequence[WorkRow]) -> None:
        self.refs = [RowRef.of(row) for row in rows]
        self._handled_at: list[int] = []  # positions of the rows `handle()` changed

    def __len__(self) -> int:
        return len(self.refs)

    def ids(self) -> list[int]:
        """The rows' ids in the last reading; refuses (`KnownError`) rows that are gone."""
        last = pluxee_worklist.last_reading()
        if last is None:
            raise KnownError(QCoreApplication.translate(
                "PluxeeCommands", "This reading of the Pluxee export no longer exists."))
        if all(ref.reading_id == last.id for ref in self.refs):
            return [ref.row_id for ref in self.refs]
        by_key = {RowRef.of(row).key(): row for row in pluxee_worklist.work_list(last.id)}
        found = [by_key.get(ref.key()) for ref in self.refs]
        if any(row is None for row in found):
            raise KnownError(QCoreApplication.translate(
                "PluxeeCommands", "These rows are no longer in the last reading of the Pluxee "
                "export."))
        self.refs = [RowRef.of(row) for row in found]  # type: ignore[arg-type]
        return [ref.row_id for ref in self.refs]

    def handle(self, handled: bool) -> list[int]:
        """Mark the rows handled (or open); returns the ids of those that changed."""
        ids = self.ids()
        changed = set(pluxee_worklist.set_handled(ids, handled))
        self._handled_at = [i for i, row_id in enumerate(ids) if row_id in changed]
        return [ids[i] for i in self._handled_at]

    def put_back(self, handled: bool) -> list[int]:
        """Undo `handle(handled)`: the rows it changed back as they were."""
        ids = self.ids()
        back = [ids[i] for i in self._handled_at]
        pluxee_worklist.set_handled(back, not handled)
        return back


class SetHandledCommand(ServiceCommand):
    """Marks work-list rows handled (or open again); undo puts back those it changed."""

    kind = broadcast.PLUXEE_READING

    def __init__(self, rows: Sequence[WorkRow], handled: bool) -> None:
        translate = QCoreApplication.translate
        text = (translate("PluxeeCommands", "Mark %n Pluxee row(s) handled", None, len(rows))
                if handled else
                translate("PluxeeCommands", "Open %n Pluxee row(s) again", None, len(rows)))
        super().__init__(text)
        self.rows = WorkRows(rows)
        self.handled = handled

    def apply(self) -> list[int]:
        return self.rows.handle(self.handled)

    def revert(self) -> list[int]:
        return self.rows.put_back(self.handled)


class CreateMissingCommand(ServiceCommand):
    """Creates the prestations of `missing_here` rows as Pluxee has them and marks the rows
    handled; undo removes them and opens the rows again."""

    kind = broadcast.PRESTATION
    also_changes = (broadcast.PLUXEE_READING,)

    def __init__(self, rows: Sequence[WorkRow]) -> None:
        super().__init__(QCoreApplication.translate(
            "PluxeeCommands", "Create %n prestation(s) as Pluxee has them", None, len(rows)))
        self.rows = WorkRows(rows)
        self.created: list[int] = []

    def apply(self) -> list[int]:
        self.created = pluxee_worklist.create_missing(self.rows.ids())
        self.rows.handle(True)
        return list(self.created)

    def revert(self) -> list[int]:
        pluxee_worklist.remove_created(self.rows.ids())
        self.rows.put_back(True)
        return list(self.created)


class MoveWorkRowCommand(MovePrestationsCommand):
    """The move of an `other_user_number` row's prestation to Pluxee's user number (the
    ordinary move, with its correction flag), marking the row handled with it."""

    also_changes = (broadcast.PLUXEE_READING,)

    def __init__(self, ids: list[int], target_id: int, target_text: str, *,
                 row: WorkRow, allow_other_customer: bool = False) -> None:
        super().__init__(ids, target_id, target_text, allow_other_customer=allow_other_customer)
        self.rows = WorkRows([row])

    def apply(self) -> list[int]:
        self.rows.ids()  # refuses before moving when the row is gone
        moved = super().apply()
        self.rows.handle(True)
        return moved

    def revert(self) -> list[int]:
        moved = super().revert()
        self.rows.put_back(True)
        return moved
