"""Prestations: create, edit, status transitions, splits, delete, and the
snapshots that let the GUI undo any of these exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from inharmony_desktop.core import clock
from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import STATUS_WORDS, date_text, user_number_text
from inharmony_desktop.core.models import ACTIVITIES, STATUSES, Helper, Prestation, UserNumber
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.audited import create_row
from inharmony_desktop.core.services.base import chunked, snapshot, transaction
from inharmony_desktop.core.services.concurrency import (
    check_version,
    check_versions,
    locked_prestation,
    locked_prestations,
)
from inharmony_desktop.core.services.payment_modes import default_split
from inharmony_desktop.core.services.splits import reset_split as reset_split
from inharmony_desktop.core.services.splits import set_split as set_split
from inharmony_desktop.core.vocabulary import Activity, Status

STATUS_LABELS = STATUS_WORDS

TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.PLANNED: (Status.PERFORMED, Status.CANCELLED),
    Status.PERFORMED: (Status.PLANNED, Status.REGISTERED, Status.CANCELLED),
    Status.REGISTERED: (Status.PERFORMED, Status.CONFIRMED, Status.CONTESTED, Status.CANCELLED),
    Status.CONFIRMED: (Status.PAID, Status.CONTESTED),
    Status.CONTESTED: (Status.REGISTERED, Status.CONFIRMED, Status.CANCELLED),
    Status.CANCELLED: (Status.PLANNED, Status.PERFORMED),
    Status.PAID: (),
}

# Entered in Pluxee's zone: a change must be redone there.
IN_PLUXEE = (Status.REGISTERED, Status.CONFIRMED, Status.CONTESTED)
# Fields whose change must be redone in Pluxee's zone.
PLUXEE_FIELDS = ("date", "user_number", "helper", "activity", "hours", "paper", "electronic")


@dataclass
class PrestationInput:
    date: dt.date | str
    user_number_id: int
    helper_id: int
    hours: int
    activity: str = Activity.HOME_HELP
    paper: int | None = None
    electronic: int | None = None
    status: str = Status.PERFORMED
    note: str = ""
    start_time: str | None = None
    ironing_minutes: int | None = None
    handling_minutes: int | None = None
    schedule_id: int | None = None


def clean(data: PrestationInput) -> dict[str, Any]:
    """Validate and complete a new prestation (the default split when none is given).
    Refuses bad fields, an unknown or inactive user number, an unknown helper and a split
    that does not add up to the hours (`ValidationError`, every bad field at once)."""
    c = v.Checker()
    day = c.check("date", v.date_value, data.date)
    hours = c.check("hours", v.integer, data.hours, "Het aantal uren", 1, 12)
    activity = c.check("activity", v.choice, data.activity or Activity.HOME_HELP, ACTIVITIES, "De activiteit")
    status = c.check("status", v.choice, data.status or Status.PERFORMED, STATUSES, "De status")
    start = c.check("start_time", v.time_of_day, data.start_time) if data.start_time else None
    user_number = UserNumber.get_or_none(UserNumber.id == data.user_number_id)
    if user_number is None:
        c.fail("user_number", "Kies een bestaand gebruikersnummer.")
    elif not user_number.active:
        c.fail("user_number", f"Gebruikersnummer {user_number_text(user_number.number)} is niet "
                              "actief.")
    helper = Helper.get_or_none(Helper.id == data.helper_id)
    if helper is None:
        c.fail("helper", "Kies een bestaande medewerker.")
    manual = data.paper is not None or data.electronic is not None
    paper = electronic = None
    if hours is not None and day is not None and user_number is not None:
        default = default_split(user_number.id, day, hours)
        if manual:
            paper, electronic = _manual_split(c, data.paper, data.electronic, hours)
            manual = (paper, electronic) != default
        else:
            paper, electronic = default
    c.raise_if_any()
    return {
        "date": day,
        "user_number": user_number.id,
        "helper": helper.id,
        "activity": activity,
        "hours": hours,
        "paper": paper,
        "electronic": electronic,
        "split_manual": manual,
        "status": status,
        "note": (data.note or "").strip(),
        "start_time": start,
        "ironing_minutes": data.ironing_minutes,
        "handling_minutes": data.handling_minutes,
        "schedule": data.schedule_id,
    }


def _manual_split(
    c: v.Checker, paper: int | None, electronic: int | None, hours: int
) -> tuple[int | None, int | None]:
    if paper is None:
        paper = hours - (electronic or 0)
    if electronic is None:
        electronic = hours - paper
    paper = c.check("paper", v.integer, paper, "Het aantal papieren cheques", 0, 12)
    electronic = c.check("electronic", v.integer, electronic, "Het aantal elektronische cheques", 0, 12)
    if paper is not None and electronic is not None and paper + electronic != hours:
        c.fail("split", f"Papier ({paper}) + elektronisch ({electronic}) moet gelijk zijn aan "
                        f"het aantal uren ({hours}).")
    return paper, electronic


def _summary(p: Prestation | dict) -> str:
    get = p.get if isinstance(p, dict) else lambda k: getattr(p, k)
    return f"{date_text(get('date'))}, {get('hours')} u"


def create_prestation(data: PrestationInput) -> int:
    """A new prestation with its default split unless one is given; refuses bad
    fields, an inactive user number and a split that does not add up
    (`ValidationError`)."""
    values = clean(data)
    return create_row(Prestation, values, "prestation",
                      lambda p: f"Prestatie {_summary(p)} aangemaakt").id


def create_many(rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert already-cleaned rows (see `clean`) in one transaction, with audit.
    Refuses nothing of its own (the rows were cleaned); a database refusal becomes a
    `KnownError` and nothing is written."""
    ids: list[int] = []
    with transaction():
        for values in rows:
            p = Prestation.create(**values)
            ids.append(p.id)
        audit.record_many(
            [{"entity": "prestation", "entity_id": i, "action": "create",
              "summary": "Prestatie aangemaakt"} for i in ids]
        )
    return ids


def get_prestation(prestation_id: int) -> Prestation:
    """The prestation; `KnownError` when it no longer exists."""
    p = Prestation.get_or_none(Prestation.id == prestation_id)
    if p is None:
        raise KnownError("Deze prestatie bestaat niet (meer).")
    return p


def _check_version(p: Prestation, expected: int | None) -> None:
    check_version(p, expected)


def update_prestation(
    prestation_id: int, changes: dict[str, Any], *, expected_version: int | None = None
) -> None:
    """Edit fields of one prestation. `changes` uses the names of `PrestationInput`.

    The split follows the payment mode unless it was set by hand; a manual split
    must still add up to the hours. A prestation already in Pluxee's zone gets
    `needs_pluxee_correction`; a paid one can only get a note.
    Refuses (nothing written) a prestation that no longer exists, a paid one for anything
    but its note, a status change its status does not allow (`KnownError`), a change on a
    version other than `expected_version` (`ConflictError`), and what `clean` refuses.
    """
    with transaction():
        # Locked until commit: a second PC editing it waits, then sees the new version.
        p = locked_prestation(prestation_id)
        if p is None:
            raise KnownError("Deze prestatie bestaat niet (meer).")
        _check_version(p, expected_version)
        before = snapshot(p)
        if p.status == Status.PAID and set(changes) - {"note"}:
            raise KnownError("Een betaalde prestatie kan niet meer gewijzigd worden.")
        data = PrestationInput(
            date=changes.get("date", p.date),
            user_number_id=changes.get("user_number_id", p.user_number_id),
            helper_id=changes.get("helper_id", p.helper_id),
            hours=changes.get("hours", p.hours),
            activity=changes.get("activity", p.activity),
            status=changes.get("status", p.status),
            note=changes.get("note", p.note),
            start_time=changes.get("start_time", p.start_time),
            ironing_minutes=changes.get("ironing_minutes", p.ironing_minutes),
            handling_minutes=changes.get("handling_minutes", p.handling_minutes),
            schedule_id=p.schedule_id,
        )
        split_given = "paper" in changes or "electronic" in changes
        if split_given:
            data.paper = changes.get("paper")
            data.electronic = changes.get("electronic")
        elif p.split_manual:
            data.paper, data.electronic = p.paper, p.electronic
        if "status" in changes and changes["status"] != p.status:
            _check_transition(p.status, changes["status"])
        values = clean(data)
        if p.split_manual and not split_given:
            values["split_manual"] = True
        for key, value in values.items():
            setattr(p, key, value)
        after = snapshot(p)
        touched = [k for k in PLUXEE_FIELDS if before.get(_col(k)) != after.get(_col(k))]
        if before["status"] in IN_PLUXEE and touched:
            p.needs_pluxee_correction = True
        p.version = p.version + 1
        p.save()
        audit.record("prestation", p.id, "update", f"Prestatie {_summary(p)} gewijzigd",
                     before=before, after=snapshot(p))


def changed_fields(p: Prestation, data: PrestationInput, manual: bool) -> dict[str, Any]:
    """The fields of `data` that differ from the prestation, as `update_prestation`
    takes them; the split only when it is set by hand (`manual`) and differs. Refuses nothing."""
    new: dict[str, Any] = {
        "date": data.date, "user_number_id": data.user_number_id, "helper_id": data.helper_id,
        "hours": data.hours, "activity": data.activity, "status": data.status, "note": data.note,
    }
    old: dict[str, Any] = {
        "date": p.date, "user_number_id": p.user_number_id, "helper_id": p.helper_id,
        "hours": p.hours, "activity": p.activity, "status": p.status, "note": p.note,
    }
    changes = {k: v for k, v in new.items() if old[k] != v}
    if manual and (data.paper, data.electronic) != (p.paper, p.electronic):
        changes["paper"], changes["electronic"] = data.paper, data.electronic
    return changes


def _col(field: str) -> str:
    return f"{field}_id" if field in ("user_number", "helper") else field


def _check_transition(old: str, new: str) -> None:
    if new not in TRANSITIONS.get(old, ()):
        raise KnownError(
            f"Een prestatie kan niet van '{STATUS_LABELS[old]}' naar '{STATUS_LABELS[new]}'."
        )


def set_status(ids: Iterable[int], status: str, *, on: dt.date | None = None) -> int:
    """Move every prestation in `ids` to `status`, all or none. Returns the count.
    Refuses (`KnownError`, nothing written) an unknown status and a step the flow does not
    allow for any of them."""
    if status not in STATUSES:
        raise KnownError(f"Onbekende status: {status}.")
    day = on or clock.today()
    ids = list(ids)
    entries = []
    with transaction():
        for p in locked_prestations(ids):
            if p.status == status:
                continue
            _check_transition(p.status, status)
            before = snapshot(p)
            p.status = status
            if status == Status.REGISTERED:
                p.registered_on = day
            elif status == Status.CONFIRMED:
                p.confirmed_on = day
            elif status == Status.PAID:
                p.paid_on = day
            p.version += 1
            p.save()
            entries.append({
                "entity": "prestation", "entity_id": p.id, "action": "status",
                "summary": f"Status {STATUS_LABELS[before['status']]} -> {STATUS_LABELS[status]}",
                "before": {"status": before["status"]}, "after": {"status": status},
            })
        audit.record_many(entries)
    return len(entries)


def delete_prestations(ids: Iterable[int]) -> list[dict[str, Any]]:
    """Delete, all or none; returns the snapshots (for undo). Paid and
    Pluxee-registered prestations are refused: cancel or correct them instead."""
    ids = list(ids)
    with transaction():
        rows = locked_prestations(ids)
        for p in rows:
            if p.status == Status.PAID or p.status in IN_PLUXEE:
                raise KnownError(
                    f"De prestatie van {date_text(p.date)} is {STATUS_LABELS[p.status]} en kan "
                    "niet verwijderd worden; annuleer ze of corrigeer ze eerst in Pluxee."
                )
        snapshots = [snapshot(p) for p in rows]
        Prestation.delete().where(Prestation.id.in_([p.id for p in rows])).execute()
        audit.record_many(
            [{"entity": "prestation", "entity_id": s["id"], "action": "delete",
              "summary": f"Prestatie {_summary(s)} verwijderd", "before": s} for s in snapshots]
        )
    return snapshots


def snapshots(ids: Iterable[int]) -> list[dict[str, Any]]:
    """The snapshots of these prestations (for undo). Refuses nothing (read only)."""
    ids = list(ids)
    rows: list[dict[str, Any]] = []
    for chunk in chunked(ids):
        rows.extend(snapshot(p) for p in Prestation.select().where(Prestation.id.in_(chunk)))
    return rows


def restore(
    rows: Sequence[dict[str, Any]],
    *,
    reason: str = "Ongedaan gemaakt",
    expected_versions: dict[int, int] | None = None,
) -> None:
    """Write snapshots back exactly (same ids, every field): the inverse of any
    prestation command. Rows that no longer exist are recreated.

    `expected_versions` (id -> version left by the command being undone)
    refuses the undo with a `ConflictError` when someone changed them since.
    """
    if not rows:
        return
    with transaction():
        ids = [r["id"] for r in rows]
        current = locked_prestations(ids)
        check_versions(current, expected_versions)
        existing = {p.id for p in current}
        fields = Prestation._meta.fields
        for row in rows:
            values = {}
            for name, field in fields.items():
                key = field.column_name if name in ("user_number", "helper", "correction_from",
                                                    "schedule") else name
                values[name] = row.get(key)
            if row["id"] in existing:
                pid = values.pop("id")
                values["version"] = Prestation.version + 1
                Prestation.update(**values).where(Prestation.id == pid).execute()
            else:
                values["version"] = (row.get("version") or 1) + 1
                Prestation.insert(**values).execute()
        audit.record_many(
            [{"entity": "prestation", "entity_id": r["id"], "action": "restore",
              "summary": reason, "after": r} for r in rows]
        )
