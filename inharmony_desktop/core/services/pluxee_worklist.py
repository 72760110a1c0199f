"""The work list of a Pluxee reading (SPEC §4.8), for the "Pluxee" tab and the report.

Plain rows with the Pluxee side and our side next to each other, and the
actions a row allows: open its prestation, move it (`moves.move_prestations`
to `move_target_id`), create the missing one as Pluxee has it, mark it
handled. Each action is one transaction with its own inverse, so that the
window can wrap it in an undo command.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from peewee import JOIN

from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.csvio import write_rows
from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.models import PluxeeReading, PluxeeReadingRow, UserNumber
from inharmony_desktop.core.pluxee_file import PluxeeRow
from inharmony_desktop.core.services.base import chunked, transaction
from inharmony_desktop.core.services.pluxee_readings import (
    create_prestations,
    remove_prestations,
    require_versions,
)
from inharmony_desktop.core.services.reconciliation_plan import IN_ORDER, ReadingPlan
from inharmony_desktop.core.vocabulary import Activity, PluxeeCategory, Status

C = PluxeeCategory
# How the planner names an ambiguous row's prestations: "…: 12, 13; kies de juiste".
_CANDIDATES = re.compile(r":\s*(\d+(?:,\s*\d+)*); kies de juiste$")


@dataclass(frozen=True)
class ReadingSummary:
    id: int
    at: dt.datetime
    who: str
    file_name: str
    period_from: dt.date | None
    period_to: dt.date | None
    row_count: int
    changed_count: int
    created_count: int
    counts: dict[str, int]


@dataclass(frozen=True)
class WorkRow:
    """One line of the work list: the Pluxee side, our side, and what can be done."""

    id: int
    reading_id: int
    category: PluxeeCategory
    handled: bool
    line: int | None
    # Pluxee's side (None/"" for missing_at_pluxee)
    work_id: str | None
    date: dt.date | None
    user_number: str
    helper_name: str
    helper_insz: str | None
    activity: str | None
    hours_pluxee: int | None
    status_pluxee: str | None
    status_text: str
    status_date: dt.date | None
    # our side, as it was at the reading
    prestation_id: int | None
    date_here: dt.date | None
    user_number_here: str | None
    helper_here: str | None
    hours_here: int | None
    status_here: str | None
    message: str
    created: bool
    helper_id: int | None
    user_number_id: int | None  # Pluxee's user number, when it is one of ours
    # An other_user_number row whose prestation another row matched on its own number: a
    # registration Pluxee has twice (to delete there), not a prestation to move.
    double: bool = False

    @property
    def can_create(self) -> bool:
        return (self.category == C.MISSING_HERE and not self.created
                and self.prestation_id is None and self.activity is not None
                and self.status_pluxee != Status.CANCELLED and self.helper_id is not None
                and self.user_number_id is not None)

    @property
    def move_target_id(self) -> int | None:
        """The user number to move the prestation to, for an `other_user_number` row."""
        if (self.category == C.OTHER_USER_NUMBER and self.prestation_id is not None
                and not self.double and self.user_number_id is not None
                and self.user_number != self.user_number_here):
            return self.user_number_id
        return None

    @property
    def candidate_ids(self) -> tuple[int, ...]:
        """The prestations an `ambiguous` row may be, as the planner names them in its
        message; empty when the candidates are helpers (two with the same name)."""
        found = _CANDIDATES.search(self.message) if self.category == C.AMBIGUOUS else None
        return tuple(int(i) for i in re.findall(r"\d+", found.group(1))) if found else ()


def _summary(r: PluxeeReading) -> ReadingSummary:
    return ReadingSummary(r.id, r.at, r.who, r.file_name, r.period_from, r.period_to,
                          r.row_count, r.changed_count, r.created_count, json.loads(r.counts))


def last_reading() -> ReadingSummary | None:
    """The most recent reading, or None. Refuses nothing (read only)."""
    row = PluxeeReading.select().order_by(PluxeeReading.id.desc()).first()
    return _summary(row) if row else None


def readings(limit: int = 20) -> list[ReadingSummary]:
    """The most recent readings, newest first. Refuses nothing (read only)."""
    query = PluxeeReading.select().order_by(PluxeeReading.id.desc()).limit(limit)
    return [_summary(r) for r in query]


def work_list(reading_id: int | None = None, *,
              categories: Iterable[PluxeeCategory] | None = None,
              open_only: bool = False) -> list[WorkRow]:
    """The rows of a reading (the last one by default) in file order, ours at the end;
    `open_only`: the differences not marked handled (no matched or corrected rows).
    Refuses nothing (read only)."""
    if reading_id is None:
        last = last_reading()
        if last is None:
            return []
        reading_id = last.id
    R = PluxeeReadingRow
    query = (R.select(R, UserNumber.id.alias("un_id"))
             .join(UserNumber, JOIN.LEFT_OUTER, on=(UserNumber.number == R.user_number))
             .where(R.reading == reading_id).order_by(R.position))
    if categories is not None:
        query = query.where(R.category.in_([c.value for c in categories]))
    if open_only:
        query = query.where(~R.handled & R.category.not_in([c.value for c in IN_ORDER]))
    rows = [_work_row(r) for r in query.objects()]
    matched = _matched_elsewhere(reading_id)
    return [replace(r, double=True) if r.category == C.OTHER_USER_NUMBER
            and r.prestation_id in matched else r for r in rows]


def _matched_elsewhere(reading_id: int) -> set[int]:
    """Prestations that a row of this reading matched on their own user number."""
    R = PluxeeReadingRow
    query = R.select(R.prestation).where(
        (R.reading == reading_id) & R.prestation.is_null(False)
        & R.category.in_([C.MATCHED.value, C.HOURS_DIFFER.value, C.CORRECTED.value,
                          C.STATUS_CONFLICT.value]))
    return {pid for (pid,) in query.tuples()}


def _work_row(r) -> WorkRow:
    return WorkRow(
        id=r.id, reading_id=r.reading_id, category=C(r.category), handled=r.handled,
        line=r.line, work_id=r.work_id, date=r.date, user_number=r.user_number,
        helper_name=r.helper_name, helper_insz=r.helper_insz, activity=r.activity,
        hours_pluxee=r.hours_pluxee, status_pluxee=r.status_pluxee, status_text=r.status_text,
        status_date=r.status_date, prestation_id=r.prestation_id, date_here=r.date_here,
        user_number_here=r.user_number_here, helper_here=r.helper_here,
        hours_here=r.hours_here, status_here=r.status_here, message=r.message,
        created=r.created, helper_id=r.helper_id, user_number_id=r.un_id,
    )


def set_handled(row_ids: Iterable[int], handled: bool = True) -> list[int]:
    """Mark rows handled (or open again); returns the ids that changed, for the undo
    (`set_handled(ids, not handled)`). A handled row stays handled in the next reading.
    Refuses nothing (ids that do not exist are passed over)."""
    R = PluxeeReadingRow
    ids = list(dict.fromkeys(int(i) for i in row_ids))
    changed: list[int] = []
    with transaction():
        for chunk in chunked(ids):
            found = [i for (i,) in R.select(R.id).where(
                R.id.in_(list(chunk)) & (R.handled != handled)).tuples()]
            if found:
                R.update(handled=handled).where(R.id.in_(found)).execute()
                changed.extend(found)
    return changed


def create_missing(row_ids: Sequence[int]) -> list[int]:
    """Create the prestations of `missing_here` rows as Pluxee has them; all or none.
    Refuses (`KnownError`, nothing written) a row that is gone, that is not a creatable
    missing_here row, or whose user number is inactive."""
    R = PluxeeReadingRow
    with transaction():
        rows = {r.id: r for r in R.select().where(R.id.in_(list(row_ids)))}
        wanted = []
        for row_id in row_ids:
            work = rows.get(row_id)
            if work is None:
                raise KnownError("Deze regel van de werklijst bestaat niet (meer).")
            un = UserNumber.get_or_none(UserNumber.number == work.user_number)
            item = _work_row_with(work, un.id if un else None)
            if not item.can_create:
                raise KnownError(f"Lijn {work.line}: deze prestatie kan niet aangemaakt worden "
                                 f"({work.message}).")
            wanted.append((_pluxee_row(work), work.helper_id, un.id))
        ids = create_prestations(wanted)
        for row_id, pid in zip(row_ids, ids, strict=True):
            R.update(prestation=pid, created=True, after_version=1,
                     message="aangemaakt zoals Pluxee ze heeft").where(R.id == row_id).execute()
    return ids


def remove_created(row_ids: Sequence[int]) -> None:
    """The undo of `create_missing`. Refuses (nothing written) with `KnownError` rows that
    did not create one, with `ConflictError` a created prestation changed since."""
    R = PluxeeReadingRow
    with transaction():
        rows = list(R.select().where(R.id.in_(list(row_ids)) & R.created))
        if len(rows) != len(set(row_ids)):
            raise KnownError("Deze prestaties zijn niet (meer) aangemaakt vanuit de werklijst.")
        require_versions({r.prestation_id: r.after_version for r in rows},
                        "aanmaken kan niet meer ongedaan gemaakt worden.")
        for r in rows:
            R.update(prestation=None, created=False, after_version=None,
                     message="niets hier op die dag voor deze medewerker").where(
                R.id == r.id).execute()
        remove_prestations([r.prestation_id for r in rows],
                           "aanmaken uit de Pluxee-werklijst ongedaan gemaakt")


def _work_row_with(row, un_id: int | None) -> WorkRow:
    row.un_id = un_id
    return _work_row(row)


def _pluxee_row(work) -> PluxeeRow:
    try:
        status, refund = pv.status(work.status_text or work.status_pluxee)
    except pv.CellError as exc:
        raise ConflictError(f"Lijn {work.line}: {exc}") from None
    return PluxeeRow(
        line=work.line or 0, work_id=work.work_id, user_number=work.user_number, date=work.date,
        hours=work.hours_pluxee, status=status, refund_requested=refund,
        status_text=work.status_text, worker_insz=work.helper_insz, worker_name=work.helper_name,
        activity=Activity(work.activity) if work.activity else None, status_date=work.status_date,
    )


# --- the report (CSV) -------------------------------------------------------------------------

REPORT_COLUMNS = ("category", "work_id", "date", "user_number", "helper", "hours_pluxee",
                  "hours_here", "status_pluxee", "status_here", "prestation_id", "message")


def report_lines_from_plan(plan: ReadingPlan) -> list[list[object]]:
    """The work list of a plan (the dry run) as report lines. Refuses nothing."""
    lines = []
    for item in plan.items:
        row, ours = item.row, item.ours
        lines.append([
            item.category.value, row.work_id if row else "",
            _iso(row.date if row else ours.date if ours else None),
            row.user_number if row else ours.user_number if ours else "",
            row.worker_name if row else item.helper_name, row.hours if row else "",
            ours.hours if ours else "", row.status.value if row else "",
            ours.status if ours else "", item.prestation_id or "", item.message,
        ])
    return lines


def report_lines(rows: Sequence[WorkRow]) -> list[list[object]]:
    """A stored work list as report lines. Refuses nothing."""
    return [[
        r.category.value, r.work_id or "", _iso(r.date or r.date_here),
        r.user_number or r.user_number_here or "",
        r.helper_name if r.line is not None else (r.helper_here or ""),
        "" if r.hours_pluxee is None else r.hours_pluxee,
        "" if r.hours_here is None else r.hours_here, r.status_pluxee or "",
        r.status_here or "", r.prestation_id or "", r.message,
    ] for r in rows]


def write_report(path: Path, lines: Sequence[Sequence[object]]) -> int:
    """The work list as CSV (`;`, UTF-8 with BOM, formulas neutralised), written atomically.
    Refuses (`KnownError`) a file that cannot be written."""
    return write_rows(Path(path), REPORT_COLUMNS, lines)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
