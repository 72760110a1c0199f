"""The "Te corrigeren in Pluxee" work list.

A prestation gets `needs_pluxee_correction` when it changed (moved, edited)
after it was entered in Pluxee's zone. The office redoes it there, then ticks
it off here; ticking off is undoable.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.formatting import date_text
from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import chunked, transaction
from inharmony_desktop.core.services.prestations import STATUS_LABELS


@dataclass(frozen=True)
class CorrectionRow:
    prestation_id: int
    date: dt.date
    hours: int
    paper: int
    electronic: int
    status: str
    helper: str
    customer_reference: str
    customer_name: str
    new_number: str
    new_holder: str
    old_number: str | None  # None: changed in place (not moved)
    old_holder: str | None
    version: int

    @property
    def reason(self) -> str:
        if self.old_number is None:
            return "gewijzigd na registratie"
        return "verplaatst"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CorrectionMark:
    """What ticking one prestation off changed, so that it can be undone."""

    prestation_id: int
    correction_from_id: int | None
    version: int  # after ticking off


def corrections(*, user_number_id: int | None = None) -> list[CorrectionRow]:
    """Every prestation that must be redone in Pluxee's zone, oldest first.
    Refuses nothing (read only)."""
    Old = UserNumber.alias("old")
    query = (
        Prestation.select(
            Prestation.id, Prestation.date, Prestation.hours, Prestation.paper,
            Prestation.electronic, Prestation.status, Prestation.version,
            Helper.name.alias("helper_name"),
            Customer.reference, Customer.name.alias("customer_name"),
            UserNumber.number, UserNumber.holder,
            Old.number.alias("old_number"), Old.holder.alias("old_holder"),
        )
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .join(Customer, on=(UserNumber.customer == Customer.id))
        .switch(Prestation)
        .join(Helper, on=(Prestation.helper == Helper.id))
        .switch(Prestation)
        .join(Old, JOIN.LEFT_OUTER, on=(Prestation.correction_from == Old.id))
        # The bare column, not `== True`: it matches the partial index prestation_correction.
        .where(Prestation.needs_pluxee_correction)
        .order_by(Prestation.date, Prestation.id)
    )
    if user_number_id is not None:
        query = query.where(
            (Prestation.user_number == user_number_id)
            | (Prestation.correction_from == user_number_id)
        )
    return [
        CorrectionRow(
            prestation_id=r["id"], date=r["date"], hours=r["hours"], paper=r["paper"],
            electronic=r["electronic"], status=r["status"], helper=r["helper_name"],
            customer_reference=r["reference"], customer_name=r["customer_name"],
            new_number=r["number"], new_holder=r["holder"], old_number=r["old_number"],
            old_holder=r["old_holder"], version=r["version"],
        )
        for r in query.dicts()
    ]


def count(user_number_ids: Sequence[int] | None = None) -> int:
    """How many prestations are on the list (those on or moved away from these numbers).
    Refuses nothing (read only)."""
    query = Prestation.select().where(Prestation.needs_pluxee_correction)  # partial index
    if user_number_ids is not None:
        ids = list(user_number_ids)
        query = query.where(Prestation.user_number.in_(ids) | Prestation.correction_from.in_(ids))
    return query.count()


def mark_corrected(ids: Iterable[int]) -> list[CorrectionMark]:
    """Tick prestations off: redone in Pluxee. All or none; returns what undo needs.
    Refuses (`KnownError`, nothing written) an empty selection, a prestation that no longer
    exists, and a selection of which none is on the list."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if not wanted:
        raise KnownError("Kies minstens één prestatie om af te vinken.")
    with transaction():
        rows = {}
        for chunk in chunked(wanted):
            query = Prestation.select(
                Prestation.id, Prestation.date, Prestation.hours,
                Prestation.needs_pluxee_correction, Prestation.correction_from, Prestation.version,
            ).where(Prestation.id.in_(chunk))
            rows.update({r[0]: r for r in query.tuples()})
        missing = [pid for pid in wanted if pid not in rows]
        if missing:
            raise KnownError(f"Prestatie {missing[0]} bestaat niet (meer); er is niets afgevinkt.")
        open_ids = [pid for pid in wanted if rows[pid][3]]
        if not open_ids:
            raise KnownError("Deze prestaties staan niet (meer) op de correctielijst.")
        for chunk in chunked(open_ids):
            Prestation.update(
                needs_pluxee_correction=False, correction_from=None,
                version=Prestation.version + 1,
            ).where(Prestation.id.in_(chunk)).execute()
        audit.record_many([
            {"entity": "prestation", "entity_id": pid, "action": "corrected",
             "summary": f"Prestatie {date_text(rows[pid][1])}, {rows[pid][2]} u gecorrigeerd in "
                        "Pluxee",
             "before": {"needs_pluxee_correction": True, "correction_from_id": rows[pid][4]},
             "after": {"needs_pluxee_correction": False, "correction_from_id": None}}
            for pid in open_ids
        ])
    return [CorrectionMark(pid, rows[pid][4], rows[pid][5] + 1) for pid in open_ids]


def unmark_corrected(marks: Sequence[CorrectionMark]) -> None:
    """Put ticked-off prestations back on the list exactly (the undo of `mark_corrected`).
    Refuses (`ConflictError`, nothing written) when a ticked-off prestation was changed
    since."""
    if not marks:
        return
    with transaction():
        ids = [m.prestation_id for m in marks]
        versions = {}
        for chunk in chunked(ids):
            query = Prestation.select(Prestation.id, Prestation.version).where(
                Prestation.id.in_(chunk))
            versions.update(dict(query.tuples()))
        if any(versions.get(m.prestation_id) != m.version for m in marks):
            raise ConflictError(
                "Een afgevinkte prestatie werd intussen gewijzigd; afvinken kan niet meer "
                "ongedaan gemaakt worden."
            )
        by_origin: dict[int | None, list[int]] = {}
        for m in marks:
            by_origin.setdefault(m.correction_from_id, []).append(m.prestation_id)
        for origin, pids in by_origin.items():
            for chunk in chunked(pids):
                Prestation.update(
                    needs_pluxee_correction=True, correction_from=origin,
                    version=Prestation.version + 1,
                ).where(Prestation.id.in_(chunk)).execute()
        audit.record_many([
            {"entity": "prestation", "entity_id": m.prestation_id, "action": "corrected",
             "summary": "Terug op de lijst 'Te corrigeren in Pluxee' (afvinken ongedaan gemaakt)",
             "after": {"needs_pluxee_correction": True,
                       "correction_from_id": m.correction_from_id}}
            for m in marks
        ])


CSV_HEADER = (
    "prestatie_id", "datum", "uren", "papier", "elektronisch", "status", "medewerker",
    "klantnr", "klant", "oud_gebruikersnummer", "oude_houder", "nieuw_gebruikersnummer",
    "nieuwe_houder", "reden",
)


def csv_text(rows: Sequence[CorrectionRow]) -> str:
    """The list as CSV for a spreadsheet (semicolons, as Excel expects in Belgium).
    Refuses nothing."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow([
            r.prestation_id, r.date.isoformat(), r.hours, r.paper, r.electronic, r.status_label,
            r.helper, r.customer_reference, r.customer_name, r.old_number or "",
            r.old_holder or "", r.new_number, r.new_holder, r.reason,
        ])
    return out.getvalue()


def export_csv(path: str | Path, rows: Sequence[CorrectionRow] | None = None) -> int:
    """Write the list to `path` atomically (UTF-8 with BOM); returns the row count.
    Refuses (`KnownError`) a file that cannot be written."""
    rows = corrections() if rows is None else rows
    target = Path(path)
    text = csv_text(rows)
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".corrections-", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as file:
            file.write(text)
        os.replace(temp, target)
    except OSError as exc:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        raise KnownError(f"Kan {target} niet schrijven: {exc.strerror or exc}.") from exc
    return len(rows)
