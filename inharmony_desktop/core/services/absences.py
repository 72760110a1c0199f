"""Absences: a helper away (holiday, sickness, training) or a customer away
(holiday, stop). A customer absence may stop one activity only: no cleaning
for three weeks, but the ironing goes on. Generation skips absent days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.formatting import REASON_WORDS, period_text
from inharmony_desktop.core.models import ABSENCE_REASONS, ACTIVITIES, Absence, Customer, Helper
from inharmony_desktop.core.services.audited import create_row, delete_row, existing, update_row
from inharmony_desktop.core.services.base import transaction

REASON_LABELS = REASON_WORDS


@dataclass
class AbsenceInput:
    from_date: dt.date | str
    to_date: dt.date | str
    reason: str = "holiday"
    helper_id: int | None = None
    customer_id: int | None = None
    activity: str | None = None  # customers only: None = every activity
    note: str = ""


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    helper_id: int | None
    customer_id: int | None
    who: str  # the helper's or the customer's name
    activity: str | None
    from_date: dt.date
    to_date: dt.date
    reason: str
    note: str

    @property
    def is_helper(self) -> bool:
        return self.helper_id is not None

    def covers(self, day: dt.date) -> bool:
        return self.from_date <= day <= self.to_date


def clean(data: AbsenceInput) -> dict:
    """The checked values of an absence; refuses bad dates, reason or activity and a missing or
    unknown helper or customer (`ValidationError`, every bad field at once)."""
    c = v.Checker()
    start = c.check("from_date", v.date_value, data.from_date, "De begindatum")
    end = c.check("to_date", v.date_value, data.to_date, "De einddatum")
    if start is not None and end is not None and end < start:
        c.fail("to_date", "De einddatum ligt voor de begindatum.")
    reason = c.check("reason", v.choice, data.reason or "holiday", ABSENCE_REASONS, "De reden")
    if (data.helper_id is None) == (data.customer_id is None):
        c.fail("who", "Kies een medewerker of een klant (één van beide).")
    activity = data.activity or None
    if data.helper_id is not None:
        activity = None  # a helper away is away for everything
        if not Helper.select().where(Helper.id == data.helper_id).exists():
            c.fail("helper", "Kies een bestaande medewerker.")
    if data.customer_id is not None:
        if not Customer.select().where(Customer.id == data.customer_id).exists():
            c.fail("customer", "Kies een bestaande klant.")
        if activity is not None:
            activity = c.check("activity", v.choice, activity, ACTIVITIES, "De activiteit")
    c.raise_if_any()
    return {
        "helper": data.helper_id,
        "customer": data.customer_id,
        "activity": activity,
        "from_date": start,
        "to_date": end,
        "reason": reason,
        "note": (data.note or "").strip(),
    }


def _describe(a: Absence) -> str:
    return f"{REASON_LABELS.get(a.reason, a.reason)} {period_text(a.from_date, a.to_date)}"


def create_absence(data: AbsenceInput) -> int:
    """A new absence; refuses bad dates, reason or activity and an unknown helper
    or customer (`ValidationError`)."""
    values = clean(data)
    return create_row(Absence, values, "absence",
                      lambda a: f"Afwezigheid: {_describe(a)}").id


def update_absence(absence_id: int, data: AbsenceInput) -> None:
    """Change an absence; refuses what `create_absence` refuses, and an absence
    that no longer exists (`KnownError`)."""
    values = clean(data)
    with transaction():
        update_row(get_absence(absence_id), values, "absence",
                   lambda a: f"Afwezigheid gewijzigd: {_describe(a)}")


def delete_absence(absence_id: int) -> None:
    """Remove an absence; `KnownError` when it no longer exists."""
    with transaction():
        delete_row(get_absence(absence_id), "absence",
                   lambda a: f"Afwezigheid verwijderd: {_describe(a)}")


def get_absence(absence_id: int) -> Absence:
    """The absence; `KnownError` when it no longer exists."""
    return existing(Absence, absence_id, "Deze afwezigheid bestaat niet (meer).")


def to_input(a: Absence) -> AbsenceInput:
    """The absence as its dialog edits it. Refuses nothing."""
    return AbsenceInput(
        from_date=a.from_date, to_date=a.to_date, reason=a.reason, helper_id=a.helper_id,
        customer_id=a.customer_id, activity=a.activity, note=a.note,
    )


def list_absences(start: dt.date | None = None, end: dt.date | None = None) -> list[AbsenceRow]:
    """Absences overlapping [start, end] (all of them when not given), newest first.
    Refuses nothing (read only)."""
    query = (
        Absence.select(
            Absence.id, Absence.helper, Absence.customer, Helper.name, Customer.name,
            Customer.reference, Absence.activity, Absence.from_date, Absence.to_date,
            Absence.reason, Absence.note,
        )
        .join(Helper, join_type=JOIN.LEFT_OUTER, on=(Absence.helper == Helper.id))
        .switch(Absence)
        .join(Customer, join_type=JOIN.LEFT_OUTER, on=(Absence.customer == Customer.id))
        .order_by(Absence.from_date.desc(), Absence.id.desc())
    )
    if start is not None:
        query = query.where(Absence.to_date >= start)
    if end is not None:
        query = query.where(Absence.from_date <= end)
    rows = []
    for (pk, helper_id, customer_id, helper, customer, reference, activity, start_day, end_day,
         reason, note) in query.tuples():
        # Customers share family names: the reference tells them apart.
        who = helper if helper_id is not None else f"{customer} ({reference})"
        rows.append(AbsenceRow(pk, helper_id, customer_id, who, activity, start_day, end_day,
                               reason, note))
    return rows


class AbsenceIndex:
    """Absences of a period, ready to ask 'is this helper / customer away on a day?'."""

    def __init__(self, rows: list[AbsenceRow]) -> None:
        self.by_helper: dict[int, list[AbsenceRow]] = {}
        self.by_customer: dict[int, list[AbsenceRow]] = {}
        for row in rows:
            if row.helper_id is not None:
                self.by_helper.setdefault(row.helper_id, []).append(row)
            else:
                self.by_customer.setdefault(row.customer_id, []).append(row)

    @classmethod
    def load(cls, start: dt.date, end: dt.date) -> AbsenceIndex:
        return cls(list_absences(start, end))

    def helper_away(self, helper_id: int, day: dt.date) -> AbsenceRow | None:
        return next((a for a in self.by_helper.get(helper_id, ()) if a.covers(day)), None)

    def customer_away(self, customer_id: int, day: dt.date, activity: str) -> AbsenceRow | None:
        return next(
            (a for a in self.by_customer.get(customer_id, ())
             if a.covers(day) and a.activity in (None, activity)),
            None,
        )
