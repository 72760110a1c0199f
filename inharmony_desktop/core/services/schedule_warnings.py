"""Warnings about planned work: a helper double-booked, a prestation on a
customer's absence, an inactive user number, a wallet too short for the
planned electronic vouchers. They inform; they never block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from inharmony_desktop.core.formatting import date_text, period_text, user_number_text
from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber
from inharmony_desktop.core.services.absences import REASON_LABELS, AbsenceIndex
from inharmony_desktop.core.services.base import among
from inharmony_desktop.core.services.schedules import add_hours, minutes_of
from inharmony_desktop.core.services.wallet import available_on
from inharmony_desktop.core.vocabulary import Status


@dataclass(frozen=True)
class Slot:
    """A helper's time on a date, planned or existing."""

    helper_id: int
    helper_name: str
    date: dt.date
    start_time: str
    hours: int
    label: str  # the customer's name
    prestation_id: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        begin = minutes_of(self.start_time)
        return begin, begin + self.hours * 60


@dataclass(frozen=True)
class Warning:
    kind: str  # double_booked | customer_absent | user_number_inactive | wallet_short
    text: str  # Dutch
    prestation_ids: tuple[int, ...] = ()


def double_bookings(slots: Iterable[Slot]) -> list[Warning]:
    """Every pair of slots of one helper on one date whose times overlap. Refuses nothing."""
    by_day: dict[tuple[int, dt.date], list[Slot]] = {}
    for slot in slots:
        by_day.setdefault((slot.helper_id, slot.date), []).append(slot)
    found = []
    for (_, day), day_slots in sorted(by_day.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        day_slots.sort(key=lambda s: s.span)
        for i, first in enumerate(day_slots):
            for second in day_slots[i + 1:]:
                if second.span[0] >= first.span[1]:
                    break
                found.append(Warning(
                    "double_booked",
                    f"{first.helper_name} staat op {date_text(day)} dubbel geboekt: "
                    f"{first.start_time}-{add_hours(first.start_time, first.hours)} "
                    f"({first.label}) en "
                    f"{second.start_time}-{add_hours(second.start_time, second.hours)} "
                    f"({second.label}).",
                    tuple(i for i in (first.prestation_id, second.prestation_id) if i),
                ))
    return found


def existing_slots(start: dt.date, end: dt.date) -> list[Slot]:
    """Prestations with a start time in [start, end] that still take place.
    Refuses nothing (read only)."""
    query = (
        Prestation.select(Prestation.id, Prestation.helper, Helper.name, Prestation.date,
                          Prestation.start_time, Prestation.hours, Customer.name)
        .join(Helper, on=(Prestation.helper == Helper.id))
        .switch(Prestation)
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .join(Customer, on=(UserNumber.customer == Customer.id))
        .where(Prestation.date.between(start, end) & Prestation.start_time.is_null(False)
               & (Prestation.status != Status.CANCELLED))
    )
    return [
        Slot(helper_id, helper_name, day, start_time, hours, customer, pid)
        for pid, helper_id, helper_name, day, start_time, hours, customer in query.tuples()
    ]


def wallet_shortages(start: dt.date, end: dt.date,
                     extra_need: dict[int, int] | None = None) -> list[Warning]:
    """User numbers whose wallet on `start` cannot pay the planned electronic
    vouchers of [start, end] (existing planned prestations plus `extra_need`).
    Refuses nothing (read only)."""
    need: dict[int, int] = dict(extra_need or {})
    ids: dict[int, list[int]] = {}
    query = Prestation.select(Prestation.id, Prestation.user_number, Prestation.electronic).where(
        Prestation.date.between(start, end) & (Prestation.status == Status.PLANNED)
        & (Prestation.electronic > 0)
    )
    for pid, un_id, electronic in query.tuples():
        need[un_id] = need.get(un_id, 0) + electronic
        ids.setdefault(un_id, []).append(pid)
    numbers = dict(
        UserNumber.select(UserNumber.id, UserNumber.number)
        .where(among(UserNumber.id, sorted(need))).tuples()
    ) if need else {}
    # Every user number's wallet in one pass, not three queries and a replay each.
    on_start = available_on([un_id for un_id, wanted in need.items() if wanted > 0], start)
    found = []
    for un_id, wanted in sorted(need.items(), key=lambda kv: numbers.get(kv[0], "")):
        if wanted <= 0:
            continue
        available = on_start[un_id]
        if available < wanted:
            found.append(Warning(
                "wallet_short",
                f"Portefeuille van {user_number_text(numbers.get(un_id))} te klein: {available} "
                f"elektronische cheques beschikbaar, {wanted} nodig {period_text(start, end)}.",
                tuple(ids.get(un_id, ())),
            ))
    return found


def absence_conflicts(start: dt.date, end: dt.date) -> list[Warning]:
    """Planned or performed prestations on a day their customer (or helper) is away.
    Refuses nothing (read only)."""
    absences = AbsenceIndex.load(start, end)
    if not absences.by_customer and not absences.by_helper:
        return []
    query = (
        Prestation.select(Prestation.id, Prestation.date, Prestation.activity,
                          Prestation.helper, Helper.name, UserNumber.customer, Customer.name)
        .join(Helper, on=(Prestation.helper == Helper.id))
        .switch(Prestation)
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .join(Customer, on=(UserNumber.customer == Customer.id))
        .where(Prestation.date.between(start, end)
               & Prestation.status.in_((Status.PLANNED, Status.PERFORMED)))
    )
    found = []
    for pid, day, activity, helper_id, helper_name, customer_id, customer in query.tuples():
        away = absences.customer_away(customer_id, day, activity)
        if away is not None:
            found.append(Warning(
                "customer_absent",
                f"Prestatie op {date_text(day)} bij {customer}, die afwezig is "
                f"({REASON_LABELS[away.reason]} {period_text(away.from_date, away.to_date)}).",
                (pid,),
            ))
        away = absences.helper_away(helper_id, day)
        if away is not None:
            found.append(Warning(
                "helper_absent",
                f"Prestatie op {date_text(day)} van {helper_name}, die afwezig is "
                f"({REASON_LABELS[away.reason]} {period_text(away.from_date, away.to_date)}).",
                (pid,),
            ))
    return found


def inactive_user_numbers(start: dt.date, end: dt.date) -> list[Warning]:
    """Warnings for planned prestations of user numbers that are no longer active. Refuses
    nothing (read only)."""
    query = (
        Prestation.select(Prestation.id, Prestation.date, UserNumber.number)
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .where(Prestation.date.between(start, end) & (Prestation.status == Status.PLANNED)
               & ~UserNumber.active)
    )
    return [
        Warning("user_number_inactive",
                f"Prestatie op {date_text(day)} op gebruikersnummer {user_number_text(number)}, "
                "dat niet actief is.", (pid,))
        for pid, day, number in query.tuples()
    ]


def period_warnings(start: dt.date, end: dt.date) -> list[Warning]:
    """Every warning about the prestations already in [start, end]. Refuses nothing (read only)."""
    return (double_bookings(existing_slots(start, end)) + absence_conflicts(start, end)
            + inactive_user_numbers(start, end) + wallet_shortages(start, end))


def plan_warnings(start: dt.date, end: dt.date, new_slots: list[Slot],
                  new_need: dict[int, int]) -> list[str]:
    """Warnings for a generation plan: its slots together with what already exists.
    `new_need` is the electronic vouchers the plan adds per user number id.
    Refuses nothing (read only)."""
    found = double_bookings([*existing_slots(start, end), *new_slots])
    found += wallet_shortages(start, end, new_need)
    return [w.text for w in found]
