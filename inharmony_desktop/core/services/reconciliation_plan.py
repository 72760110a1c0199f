"""The plan of a Pluxee reading (SPEC §4.8): one item per row of the file, in the
categories of §4.8, with what applying it would change; and the rules for when Pluxee's
status may replace ours. `core.services.reconciliation` makes a plan, `pluxee_readings`
applies it; the window and the command line show it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from inharmony_desktop.core.services.prestations import STATUS_LABELS
from inharmony_desktop.core.vocabulary import PluxeeCategory, Status

if TYPE_CHECKING:  # the file reader loads when a file is read, not with the window
    from inharmony_desktop.core.pluxee_file import PluxeeExport, PluxeeRow

C = PluxeeCategory
CATEGORY_ORDER = tuple(C)
# Rows that ask nothing of the office; every other row is a difference to look at.
IN_ORDER = (C.MATCHED, C.CORRECTED)

# A status's place in Pluxee's flow; registered and contested are both "entered, not
# confirmed": between them Pluxee moves sideways.
RANK = {Status.PLANNED: 0, Status.PERFORMED: 1, Status.REGISTERED: 2, Status.CONTESTED: 2,
        Status.CONFIRMED: 3, Status.PAID: 4}
DATE_COLUMNS = ("registered_on", "confirmed_on", "refund_requested_on", "paid_on")

Progress = Callable[[int, int, str], None]


class OurSide(NamedTuple):
    """Our prestation as it was when the plan was made."""

    prestation_id: int
    date: dt.date
    user_number: str
    helper: str
    hours: int  # its electronic vouchers: what Pluxee's hours are compared with
    status: str
    version: int
    pluxee_version: int | None = None


@dataclass(slots=True)
class PlanItem:
    """One line of the work list. `changes` maps a prestation column to (before, after).
    Read-only by convention (a frozen dataclass would cost a tenth of the matching)."""

    category: PluxeeCategory
    row: PluxeeRow | None
    ours: OurSide | None = None
    message: str = ""
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    helper_id: int | None = None
    user_number_id: int | None = None
    helper_name: str = ""  # our helper's name when known, else the file's
    can_create: bool = False  # a missing_here row `create_missing` can make as Pluxee has it

    @property
    def prestation_id(self) -> int | None:
        return self.ours.prestation_id if self.ours else None

    def signature(self) -> tuple:
        return (self.category, self.row.line if self.row else None, self.prestation_id,
                tuple(sorted((k, repr(v)) for k, v in self.changes.items())))


@dataclass(frozen=True)
class ReadingPlan:
    export: PluxeeExport
    items: tuple[PlanItem, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Category code -> rows, in the order of §4.8, only those that occur."""
        found = Counter(item.category for item in self.items)
        return {c.value: found[c] for c in CATEGORY_ORDER if found[c]}

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        return self.export.period

    @property
    def differences(self) -> int:
        return sum(1 for item in self.items if item.category not in IN_ORDER)

    @property
    def changing(self) -> list[PlanItem]:
        return [item for item in self.items if item.changes]

    def signature(self) -> tuple:
        return tuple(item.signature() for item in self.items)


def status_conflict(ours: str, theirs: Status, hand_changed: bool, said_as: str = "") -> str:
    """Why Pluxee's status may not replace ours ("" when it may); `said_as` is Pluxee's word.
    Refuses nothing."""
    if ours == theirs:
        return ""
    said = f"Pluxee zegt {said_as or STATUS_LABELS[theirs]}, hier {STATUS_LABELS[ours]}"
    if ours == Status.CANCELLED:
        return f"{said}: hier geannuleerd, de status wordt niet overschreven"
    if theirs == Status.CANCELLED:
        if ours == Status.PAID:
            return f"{said}: een betaalde prestatie wordt niet geannuleerd"
        return f"{said}: na de vorige lezing met de hand gewijzigd" if hand_changed else ""
    step = RANK[Status(theirs)] - RANK[Status(ours)]
    if step < 0:
        return f"{said}: de status gaat niet terug"
    if step == 0 and hand_changed:
        return f"{said}: na de vorige lezing met de hand gewijzigd"
    return ""


def counts_lines(counts: dict[str, int]) -> Iterable[str]:
    """`CODE: N` lines in the order of §4.8. Refuses nothing."""
    for code in CATEGORY_ORDER:
        if counts.get(code.value):
            yield f"{code.value}: {counts[code.value]}"
