"""Reading Pluxee's export into the database (SPEC §4.8): apply a plan, undo a reading.

A reading is one transaction: the prestations brought up to date (one audit
entry each), those created as Pluxee has them (`create_missing`), and the
reading with its work list, which keeps for every changed prestation what it
was before. `undo_reading` puts all of that back exactly, in one transaction,
and is refused when one of those prestations changed since; applying the same
plan again is the redo. The column mapping the office chose for a file whose
headers were not recognised is kept per set of headers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from inharmony_desktop.core import pluxee_file
from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.models import (
    PluxeeReading,
    PluxeeReadingRow,
    Prestation,
    Setting,
    UserNumber,
)
from inharmony_desktop.core.pluxee_file import PluxeeExport, PluxeeRow
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import (
    chunked,
    current_user,
    execute_many,
    fetch_rows,
    snapshot,
    transaction,
)
from inharmony_desktop.core.services.concurrency import lock_for_update, supports_row_locks
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.services.reconciliation import plan_reading
from inharmony_desktop.core.services.reconciliation_plan import PlanItem, Progress, ReadingPlan
from inharmony_desktop.core.vocabulary import PluxeeCategory, Status

C = PluxeeCategory
MAPPING_PREFIX = "pluxee_columns:"
_JSON = json.JSONEncoder(default=str)
_DATE_COLUMNS = {"registered_on", "confirmed_on", "refund_requested_on", "paid_on"}


@dataclass(frozen=True)
class ReadingResult:
    reading_id: int
    counts: dict[str, int]
    changed_ids: tuple[int, ...]
    created_ids: tuple[int, ...]


# --- the file and its column mapping ----------------------------------------------------------

def read_export(path: Path, mapping: Mapping[str, str] | None = None, *,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> PluxeeExport:
    """Read the file whole; without `mapping`, the one saved for these headers is used.
    Refuses (nothing written) a missing or unreadable file (`KnownError`), headers without a
    needed column (`UnrecognisedColumns`), any bad row (`ExportRefused`), and stops on
    `cancel` (`ExportCancelled`)."""
    with pluxee_file.collector_paused():
        table = pluxee_file.load_table(Path(path))
        if mapping is None:
            mapping = saved_mapping(table.headers)
        return pluxee_file.parse_table(table, mapping, progress=progress, cancel=cancel)


def _mapping_key(headers: Sequence[str]) -> str:
    names = "\x1f".join(sorted(pv.key(h) for h in headers))
    return MAPPING_PREFIX + hashlib.sha1(names.encode("utf-8")).hexdigest()


def saved_mapping(headers: Sequence[str]) -> dict[str, str] | None:
    """The mapping (field code -> header) saved for a file with these headers, if any.
    Refuses nothing (read only)."""
    row = Setting.get_or_none(Setting.key == _mapping_key(headers))
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def save_mapping(headers: Sequence[str], mapping: Mapping[str, str]) -> None:
    """Remember which column is which for files with these headers. Refuses
    (`UnrecognisedColumns`, nothing written) a mapping that leaves a needed field out."""
    pluxee_file.recognise(headers, mapping)
    with transaction():
        Setting.upsert(key=_mapping_key(headers),
                       value=json.dumps(dict(mapping), ensure_ascii=False)).execute()


# --- applying ---------------------------------------------------------------------------------

def reconcile(export: PluxeeExport, *, create_missing: bool = False,
              progress: Progress | None = None,
              cancel: threading.Event | None = None) -> tuple[ReadingPlan, ReadingResult]:
    """Plan and apply in one transaction (the command line's real run). Refuses
    (`KnownError`, nothing written) what the database refuses, and stops on `cancel`."""
    with transaction(), pluxee_file.collector_paused():
        plan = plan_reading(export, progress=progress, cancel=cancel)
        return plan, _write(plan, create_missing)


def apply_plan(plan: ReadingPlan, *, create_missing: bool = False,
               progress: Progress | None = None,
               cancel: threading.Event | None = None) -> ReadingResult:
    """Apply a plan made earlier (the window's preview), or again after an undo (redo).

    The matching is done again inside the transaction. Refuses (nothing written) with
    `ConflictError` when the data changed so that it comes out differently, with
    `KnownError` what the database refuses; stops on `cancel`.
    """
    with transaction(), pluxee_file.collector_paused():
        fresh = plan_reading(plan.export, progress=progress, cancel=cancel)
        if fresh.signature() != plan.signature():
            raise ConflictError(
                "De gegevens zijn gewijzigd sinds de voorvertoning van deze Pluxee-export; "
                "lees het bestand opnieuw in. Er is niets opgeslagen."
            )
        return _write(fresh, create_missing)


def creatable(item: PlanItem) -> bool:
    """Whether `create_missing` makes this row's prestation. Refuses nothing."""
    return item.can_create


def _write(plan: ReadingPlan, create_missing: bool) -> ReadingResult:
    """Write a plan made inside the same transaction."""
    changing = plan.changing
    if supports_row_locks():
        # On a server another PC may have changed them between the plan and now. (SQLite:
        # a write by another connection since this transaction read makes ours fail.)
        require_versions({i.prestation_id: i.ours.version  # type: ignore[union-attr]
                          for i in changing})
    carried = _handled_before()
    period = plan.period
    reading = PluxeeReading.create(
        at=_now(), who=current_user(), file_name=plan.export.file_name[:255],
        period_from=period[0] if period else None, period_to=period[1] if period else None,
        row_count=len(plan.export.rows), counts=json.dumps(plan.counts),
    )
    _update(changing, plan.export.file_name)
    created: dict[int, int] = {}
    if create_missing:
        wanted = [(index, item) for index, item in enumerate(plan.items) if creatable(item)]
        ids = create_prestations([(item.row, item.helper_id, item.user_number_id)
                                  for _, item in wanted])  # type: ignore[misc]
        created = {index: pid for (index, _), pid in zip(wanted, ids, strict=True)}
    _store_rows(reading.id, plan.items, created, carried)
    reading.changed_count = len(changing)
    reading.created_count = len(created)
    reading.save()
    audit.record("pluxee_reading", reading.id, "read",
                 f"Pluxee-export {plan.export.file_name} ingelezen: {len(plan.export.rows)} rijen, "
                 f"{len(changing)} prestaties bijgewerkt, {len(created)} aangemaakt",
                 after=plan.counts)
    return ReadingResult(reading.id, plan.counts,
                         tuple(i.prestation_id for i in changing),  # type: ignore[misc]
                         tuple(created.values()))


def _now() -> dt.datetime:
    from inharmony_desktop.core import clock

    return clock.now()


def require_versions(expected: Mapping[int, int], refusal: str | None = None) -> None:
    """Lock the prestations about to change (call inside a transaction). Refuses
    (`ConflictError`) a prestation whose version is not the expected one, or that is gone."""
    def query(chunk: Sequence[int]):
        return lock_for_update(Prestation.select(Prestation.id, Prestation.version).where(
            Prestation.id.in_(list(chunk))))

    found = {pid: version for pid, version in fetch_rows(query, chunked(sorted(expected)))}
    stale = [pid for pid, version in expected.items() if found.get(pid) != version]
    if stale:
        raise ConflictError(
            f"{len(stale)} prestatie(s) werden intussen gewijzigd of verwijderd; "
            + (refusal or "de Pluxee-export is niet ingelezen. Lees het bestand opnieuw in.")
        )


def _sql_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _set_columns(rows: Sequence[tuple[int, Mapping[str, object]]], *,
                 pluxee_version: str | None) -> None:
    """One UPDATE per set of columns: `values` per prestation id, version bumped (and
    `pluxee_version` set to the SQL expression given, when given)."""
    groups: dict[tuple[str, ...], list[tuple[int, Mapping[str, object]]]] = defaultdict(list)
    for pid, values in sorted(rows, key=itemgetter(0)):  # in id order: pages written once
        groups[tuple(sorted(values))].append((pid, values))
    table = Prestation._meta.table_name
    for columns, members in groups.items():
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        if pluxee_version is not None:
            sets += f', "pluxee_version" = {pluxee_version}'
        execute_many(
            f'UPDATE "{table}" SET {sets}, "version" = "version" + 1 WHERE "id" = ?',
            [[*(_sql_value(values[c]) for c in columns), pid] for pid, values in members],
        )


def _update(items: Sequence[PlanItem], file_name: str) -> None:
    _set_columns([(i.prestation_id, {c: after for c, (_b, after) in i.changes.items()})
                  for i in items], pluxee_version='"version" + 1')  # type: ignore[misc]
    audit.record_many([
        {"entity": "prestation", "entity_id": i.prestation_id, "action": "pluxee",
         "summary": f"Pluxee-export {file_name}: {i.message or 'gekoppeld'}",
         "before": {c: before for c, (before, _a) in i.changes.items()},
         "after": {c: after for c, (_b, after) in i.changes.items()}}
        for i in items
    ])


def create_prestations(wanted: Sequence[tuple[PluxeeRow, int, int]]) -> list[int]:
    """Create prestations as Pluxee has them (row, helper id, user number id): its hours
    all electronic, its status and dates, linked to its Work ID. Call inside a transaction.
    Refuses (`KnownError`) a row on an inactive user number."""
    modes = histories(un_id for _, _, un_id in wanted)
    inactive = {i for (i,) in UserNumber.select(UserNumber.id).where(
        UserNumber.id.in_(list({u for _, _, u in wanted})) & ~UserNumber.active).tuples()}
    ids = []
    for row, helper_id, un_id in wanted:
        if un_id in inactive:
            raise KnownError(f"Gebruikersnummer {user_number_text(row.user_number)} is niet "
                             f"actief; de prestatie van lijn {row.line} kan niet aangemaakt "
                             "worden.")
        split = (0, row.hours)
        values = {
            "date": row.date, "user_number": un_id, "helper": helper_id,
            "activity": row.activity, "hours": row.hours, "paper": 0, "electronic": row.hours,
            "split_manual": split != split_for(modes[un_id].mode_on(row.date), row.hours),
            "status": row.status.value, "pluxee_work_id": row.work_id, "version": 1,
            "pluxee_version": 1,
            "registered_on": row.encoding_date or (
                row.status_date if row.status == Status.REGISTERED else None),
            "confirmed_on": row.confirmation_date or (
                row.status_date if row.status == Status.CONFIRMED and not row.refund_requested
                else None),
            "refund_requested_on": row.refund_request_date or (
                row.status_date if row.refund_requested else None),
            "paid_on": row.payment_date or (row.status_date if row.status == Status.PAID else None),
            "note": f"Aangemaakt uit de Pluxee-export (Work ID {row.work_id})",
        }
        ids.append(Prestation.insert(**values).execute())
    for chunk in chunked(ids):
        audit.record_many([
            {"entity": "prestation", "entity_id": p.id, "action": "create",
             "summary": f"Prestatie {p.date}, {p.hours} u aangemaakt zoals in de Pluxee-export",
             "after": snapshot(p)}
            for p in Prestation.select().where(Prestation.id.in_(list(chunk)))
        ])
    return ids


_ROW_COLUMNS = (
    "reading_id", "position", "line", "category", "work_id", "date", "user_number", "helper_name",
    "helper_insz", "activity", "hours_pluxee", "status_pluxee", "status_text", "status_date",
    "prestation_id", "helper_id", "date_here", "user_number_here", "helper_here", "hours_here",
    "status_here", "message", "handled", "before", "after_version", "created",
)


def _store_rows(reading_id: int, items: Sequence[PlanItem], created: Mapping[int, int],
                carried: set[tuple]) -> None:
    payload = []
    for position, item in enumerate(items):
        row, ours = item.row, item.ours
        prestation_id = created.get(position, item.prestation_id)
        before = _JSON.encode({c: b for c, (b, _a) in item.changes.items()} | {
            "pluxee_version": ours.pluxee_version if ours else None}) if item.changes else None
        after_version = (ours.version + 1 if item.changes and ours else
                         1 if position in created else None)
        message = item.message
        if position in created:
            message = "aangemaakt zoals Pluxee ze heeft"
        payload.append((
            reading_id, position, row.line if row else None, item.category.value,
            row.work_id if row else None, _day(row.date if row else ours.date if ours else None),
            row.user_number if row else (ours.user_number if ours else ""),
            (row.worker_name if row else item.helper_name)[:120],
            row.worker_insz if row else None,
            (row.activity.value if row and row.activity else None),
            row.hours if row else None, row.status.value if row else None,
            row.status_text[:60] if row else "", _day(row.status_date if row else None),
            prestation_id, item.helper_id, _day(ours.date if ours else None),
            ours.user_number if ours else None, ours.helper[:120] if ours else None,
            ours.hours if ours else None, ours.status if ours else None, message,
            _carried_key(item) in carried, before, after_version, position in created,
        ))
    columns = ", ".join(f'"{c}"' for c in _ROW_COLUMNS)
    marks = ", ".join("?" for _ in _ROW_COLUMNS)
    execute_many(f'INSERT INTO "{PluxeeReadingRow._meta.table_name}" ({columns}) '
                 f"VALUES ({marks})", payload)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _carried_key(item: PlanItem) -> tuple:
    if item.row is not None:
        return (item.category.value, item.row.work_id)
    return (item.category.value, item.prestation_id)


def _handled_before() -> set[tuple]:
    """What the office marked handled in the last reading: stays handled in the next."""
    last = PluxeeReading.select(PluxeeReading.id).order_by(PluxeeReading.id.desc()).first()
    if last is None:
        return set()
    query = PluxeeReadingRow.select(PluxeeReadingRow.category, PluxeeReadingRow.work_id,
                                    PluxeeReadingRow.prestation).where(
        (PluxeeReadingRow.reading == last.id) & PluxeeReadingRow.handled)
    return {(c, w) if w is not None else (c, p) for c, w, p in query.tuples()}


# --- undo -------------------------------------------------------------------------------------

def undo_reading(reading_id: int) -> None:
    """Put back every prestation the reading changed, remove those it created, and forget
    the reading; one transaction. Refuses (nothing written) with `KnownError` a reading
    that no longer exists, with `ConflictError` when one of its prestations changed since
    or was deleted."""
    R = PluxeeReadingRow
    with transaction(), pluxee_file.collector_paused():
        reading = PluxeeReading.get_or_none(PluxeeReading.id == reading_id)
        if reading is None:
            raise KnownError("Deze lezing van de Pluxee-export bestaat niet (meer).")
        rows = list(R.select(R.prestation, R.before, R.after_version, R.created)
                    .where((R.reading == reading_id) & (R.before.is_null(False) | R.created))
                    .tuples())
        refusal = "het inlezen kan niet meer ongedaan gemaakt worden."
        if any(pid is None for pid, *_ in rows):
            raise ConflictError("Een prestatie van deze lezing werd intussen verwijderd; " + refusal)
        require_versions({pid: version for pid, _b, version, _c in rows}, refusal)
        restored = [(pid, json.loads(before), version) for pid, before, version, created in rows
                    if before and not created]
        # A prestation that was as the previous reading left it (its `pluxee_version` one
        # below the version this reading gave it) is so again: not "changed by hand".
        in_step = [(pid, {k: v for k, v in values.items() if k != "pluxee_version"})
                   for pid, values, version in restored if values["pluxee_version"] == version - 1]
        _set_columns(in_step, pluxee_version='"version" + 1')
        _set_columns([(pid, values) for pid, values, version in restored
                      if values["pluxee_version"] != version - 1], pluxee_version=None)
        audit.record_many([
            {"entity": "prestation", "entity_id": pid, "action": "pluxee",
             "summary": f"Inlezen van Pluxee-export {reading.file_name} ongedaan gemaakt",
             "after": values}
            for pid, values, _version in restored
        ])
        R.delete().where(R.reading == reading_id).execute()
        remove_prestations([pid for pid, _b, _v, created in rows if created],
                           f"Pluxee-export {reading.file_name} ongedaan gemaakt")
        reading.delete_instance()
        audit.record("pluxee_reading", reading_id, "undo",
                     f"Inlezen van Pluxee-export {reading.file_name} ongedaan gemaakt")


def remove_prestations(ids: Sequence[int], reason: str) -> None:
    """Delete prestations a reading created (inside the caller's transaction), with audit.
    Refuses nothing."""
    for chunk in chunked(list(ids)):
        rows = list(Prestation.select().where(Prestation.id.in_(list(chunk))))
        audit.record_many([
            {"entity": "prestation", "entity_id": p.id, "action": "delete",
             "summary": f"Prestatie {p.date}, {p.hours} u verwijderd: {reason}",
             "before": snapshot(p)}
            for p in rows
        ])
        Prestation.delete().where(Prestation.id.in_(list(chunk))).execute()
