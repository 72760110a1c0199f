"""The week review: the office goes through a week's planned prestations per
helper and marks them performed in bulk (all, or all but the unticked ones),
changes hours, or cancels one with a reason. Each call is one transaction and
returns the snapshots needed to undo it with `prestations.restore`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber
from inharmony_desktop.core.services import prestations
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.core.services.schedule_warnings import Warning, period_warnings
from inharmony_desktop.core.services.schedules import monday_of
from inharmony_desktop.core.vocabulary import Status


@dataclass(frozen=True)
class ReviewRow:
    id: int
    date: dt.date
    helper_id: int
    helper_name: str
    user_number: str
    customer_name: str
    activity: str
    start_time: str | None
    hours: int
    paper: int
    electronic: int
    note: str
    warnings: tuple[str, ...] = ()


@dataclass
class ReviewChanges:
    """What the office decided for a week."""

    performed: list[int] = field(default_factory=list)
    hours: dict[int, int] = field(default_factory=dict)
    cancelled: dict[int, str] = field(default_factory=dict)  # id -> reason

    def is_empty(self) -> bool:
        return not (self.performed or self.hours or self.cancelled)


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week of `day`. Refuses nothing."""
    monday = monday_of(day)
    return monday, monday + dt.timedelta(days=6)


def week_rows(day: dt.date) -> tuple[list[ReviewRow], list[Warning]]:
    """The planned prestations of the week of `day` by helper, date and time,
    each with its warnings, and every warning of the week. Refuses nothing (read only)."""
    monday, sunday = week_bounds(day)
    warnings = period_warnings(monday, sunday)
    by_id: dict[int, list[str]] = {}
    for w in warnings:
        for pid in w.prestation_ids:
            by_id.setdefault(pid, []).append(w.text)
    query = (
        Prestation.select(
            Prestation.id, Prestation.date, Prestation.helper, Helper.name, UserNumber.number,
            Customer.name, Prestation.activity, Prestation.start_time, Prestation.hours,
            Prestation.paper, Prestation.electronic, Prestation.note,
        )
        .join(Helper, on=(Prestation.helper == Helper.id))
        .switch(Prestation)
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .join(Customer, on=(UserNumber.customer == Customer.id))
        .where(Prestation.date.between(monday, sunday) & (Prestation.status == Status.PLANNED))
        .order_by(Helper.name, Prestation.helper, Prestation.date, Prestation.start_time,
                  Prestation.id)
    )
    rows = [ReviewRow(*values, warnings=tuple(by_id.get(values[0], ())))
            for values in query.tuples()]
    return rows, warnings


def mark_performed(ids: Iterable[int]) -> list[dict]:
    """Planned -> performed for every id, all or none; returns the snapshots before.
    Refuses what `prestations.set_status` refuses (`KnownError`, nothing written)."""
    ids = list(ids)
    before = prestations.snapshots(ids)
    prestations.set_status(ids, Status.PERFORMED)
    return before


def change_hours(prestation_id: int, hours: int) -> list[dict]:
    """Change the hours of a planned prestation; refuses what `prestations.update_prestation`
    refuses."""
    before = prestations.snapshots([prestation_id])
    prestations.update_prestation(prestation_id, {"hours": hours})
    return before


def cancel(prestation_id: int, reason: str) -> list[dict]:
    """Cancel one prestation; the reason is kept in its note.
    Refuses (`ValidationError`) a cancel without a reason, and what
    `prestations.update_prestation` refuses."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError({"reason": "Geef een reden voor de annulering."})
    with transaction():
        before = prestations.snapshots([prestation_id])
        p = prestations.get_prestation(prestation_id)
        note = f"{p.note}\n" if p.note else ""
        prestations.update_prestation(
            prestation_id, {"status": Status.CANCELLED, "note": f"{note}Geannuleerd: {text}"}
        )
    return before


def validate(changes: ReviewChanges) -> None:
    """Refuses (`ValidationError`) a prestation both performed and cancelled, a cancel without
    a reason and hours out of range."""
    c = v.Checker()
    both = set(changes.performed) & set(changes.cancelled)
    if both:
        c.fail("cancelled", "Een prestatie kan niet tegelijk uitgevoerd en geannuleerd zijn.")
    for pid, reason in changes.cancelled.items():
        if not (reason or "").strip():
            c.fail(f"reason_{pid}", "Geef een reden voor elke annulering.")
    for pid, hours in changes.hours.items():
        c.check(f"hours_{pid}", v.integer, hours, "Het aantal uren", 1, 12)
    c.raise_if_any()


def apply_review(changes: ReviewChanges) -> list[dict]:
    """Hours first, then cancellations, then performed: one transaction.
    Returns the snapshots of every touched prestation before the change.
    Refuses what `validate` and the prestation services refuse; nothing is written then."""
    validate(changes)
    touched = sorted(set(changes.performed) | set(changes.hours) | set(changes.cancelled))
    with transaction():
        before = prestations.snapshots(touched)
        for pid, hours in sorted(changes.hours.items()):
            prestations.update_prestation(pid, {"hours": int(hours)})
        for pid, reason in sorted(changes.cancelled.items()):
            cancel(pid, reason)
        if changes.performed:
            prestations.set_status(changes.performed, Status.PERFORMED)
    return before
