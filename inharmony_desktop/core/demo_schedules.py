"""Demo schedules and absences that continue the demo's history.

Each user number that had home help in the last months gets a weekly or
biweekly slot with the helper it had, preferably on the same weekday and for
the same hours: mornings from 08:30, afternoons from 13:00, Monday to Friday,
a few Saturday mornings. A helper is filled up to about her contract hours;
two biweekly customers share one slot in alternate weeks. Ironing customers
get a slot at the workshop. A few older schedules ended when the helper
changed, and a few absences fall in the coming weeks.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from peewee import fn

from inharmony_desktop.core.models import Helper, Prestation, UserNumber
from inharmony_desktop.core.services.absences import AbsenceInput, create_absence
from inharmony_desktop.core.services.schedules import ScheduleInput, create_schedule, monday_of

HISTORY_DAYS = 120
DAY_SLOTS = (("08:30", 0), ("13:00", 1))  # (start, position in the day)
SATURDAY_START = "09:00"
SATURDAY_COUNT = 3
WORKSHOP_BASKETS = 16  # 2-hour baskets, four a day from Tuesday to Friday


@dataclass
class _Customer:
    user_number_id: int
    customer_id: int
    helper_id: int
    weekday: int
    hours: int
    every_weeks: int
    last_seen: dt.date


@dataclass
class _Helper:
    id: int
    contract: float
    load: float = 0.0
    # (weekday, position) -> parities taken: {0} / {1} for biweekly halves, {0, 1} when full
    taken: dict[tuple[int, int], set[int]] | None = None

    def free(self, weekday: int, position: int, every: int) -> int | None:
        """The parity (0 or 1) still free in that slot, or None."""
        used = (self.taken or {}).get((weekday, position), set())
        if every == 1:
            return 0 if not used else None
        return next((p for p in (0, 1) if p not in used), None)

    def take(self, weekday: int, position: int, every: int, parity: int, hours: int) -> None:
        self.taken = self.taken or {}
        used = self.taken.setdefault((weekday, position), set())
        used.update({0, 1} if every == 1 else {parity})
        self.load += hours / every


def _history(today: dt.date) -> tuple[list[_Customer], int | None]:
    """What each user number had lately, and the helper of the ironing workshop."""
    since = today - dt.timedelta(days=HISTORY_DAYS)
    rows: dict[int, list[tuple[dt.date, int, int]]] = {}
    query = (
        Prestation.select(Prestation.user_number, UserNumber.customer, Prestation.date,
                          Prestation.helper, Prestation.hours)
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .where((Prestation.date >= since) & (Prestation.activity == "home_help")
               & UserNumber.active)
        .order_by(Prestation.user_number, Prestation.date)
    )
    customers: dict[int, int] = {}
    for un_id, customer_id, day, helper_id, hours in query.tuples():
        rows.setdefault(un_id, []).append((day, helper_id, hours))
        customers[un_id] = customer_id
    found = []
    for un_id, seen in rows.items():
        helper = Counter(h for _, h, _ in seen).most_common(1)[0][0]
        weekday = Counter(d.weekday() for d, _, _ in seen).most_common(1)[0][0]
        hours = min(max(Counter(h for _, _, h in seen).most_common(1)[0][0], 2), 4)
        gaps = [(b[0] - a[0]).days for a, b in pairwise(seen)]
        every = 2 if gaps and min(gaps) >= 14 else 1
        found.append(_Customer(un_id, customers[un_id], helper, weekday, hours, every,
                               seen[-1][0]))
    ironing = (
        Prestation.select(Prestation.helper, fn.COUNT(Prestation.id).alias("n"))
        .where(Prestation.activity == "ironing").group_by(Prestation.helper)
        .order_by(fn.COUNT(Prestation.id).desc()).tuples().first()
    )
    return found, ironing[0] if ironing else None


def _place(c: _Customer, staff: dict[int, _Helper],
           busy_days: set[int]) -> tuple[_Helper, int, int, int] | None:
    """(helper, weekday, position, parity): her own helper first, her own day first,
    never a day the household (a partner's user number) already has a visit."""
    own = staff.get(c.helper_id)
    others = sorted((h for h in staff.values() if h is not own), key=lambda h: h.load / h.contract)
    for helper in ([own] if own else []) + others:
        if helper.load + c.hours / c.every_weeks > helper.contract:
            continue
        for weekday in [c.weekday] + [d for d in range(5) if d != c.weekday]:
            if weekday in busy_days:
                continue
            for _start, position in DAY_SLOTS:
                parity = helper.free(weekday, position, c.every_weeks)
                if parity is not None:
                    return helper, weekday, position, parity
    return None


def build(rng: random.Random, today: dt.date) -> dict[str, int]:
    """Create the demo's schedules and absences; returns counts per kind."""
    history, ironing_helper = _history(today)
    staff = {
        h.id: _Helper(h.id, float(h.contract_hours or 19), taken={})
        for h in Helper.select().where(Helper.active)
    }
    this_monday = monday_of(today)
    schedules = _ironing(ironing_helper, this_monday)
    if ironing_helper in staff:
        # The workshop takes her Tuesdays and Wednesdays; she cleans on the other days.
        workshop = staff[ironing_helper]
        for weekday in (1, 2):
            for _start, position in DAY_SLOTS:
                workshop.take(weekday, position, 1, 0, 4)
    rng.shuffle(history)
    history.sort(key=lambda c: c.every_weeks)  # weekly customers choose first
    saturday = set(rng.sample(range(len(history)), min(SATURDAY_COUNT, len(history))))
    visits: dict[int, set[int]] = {}  # customer -> weekdays with a visit
    for index, c in enumerate(history):
        first = monday_of(c.last_seen)
        own = staff.get(c.helper_id)
        parity = 0
        if (index in saturday and own is not None and c.every_weeks == 1
                and own.free(5, 0, 1) is not None):
            helper, weekday, start = own, 5, SATURDAY_START
            helper.take(5, 0, 1, 0, c.hours)
        else:
            placed = _place(c, staff, visits.get(c.customer_id, set()))
            if placed is None:
                continue
            helper, weekday, position, parity = placed
            start = DAY_SLOTS[position][0]
            helper.take(weekday, position, c.every_weeks, parity, c.hours)
            # Biweekly: week 0 is the parity's week, counted from this Monday.
            if c.every_weeks == 2:
                first = this_monday - dt.timedelta(weeks=4 - parity)
        if helper.id != c.helper_id and index % 3 == 0:
            # The customer had another helper before: that schedule ended last week.
            old_first = min(first, this_monday - dt.timedelta(weeks=30))
            create_schedule(ScheduleInput(
                helper_id=c.helper_id, user_number_id=c.user_number_id, weekday=c.weekday,
                start_time="08:30", hours=c.hours, first_date=old_first,
                every_weeks=c.every_weeks, last_date=this_monday - dt.timedelta(days=3)))
            schedules += 1
            # The new one starts now, keeping a biweekly slot's week (parity) intact.
            first = this_monday + dt.timedelta(weeks=parity if c.every_weeks == 2 else 0)
        visits.setdefault(c.customer_id, set()).add(weekday)
        create_schedule(ScheduleInput(
            helper_id=helper.id, user_number_id=c.user_number_id, weekday=weekday,
            start_time=start, hours=c.hours, first_date=first + dt.timedelta(days=weekday),
            every_weeks=c.every_weeks))
        schedules += 1
    schedules += _fill_up(history, staff, visits, this_monday)
    return {"uurroosters": schedules, "afwezigheden": _absences(rng, history, staff, today)}


def _fill_up(history: list[_Customer], staff: dict[int, _Helper],
             visits: dict[int, set[int]], monday: dt.date) -> int:
    """Helpers well under their contract get a second weekly visit at households
    that want more help, until they are within three hours of the contract."""
    count = 0
    weekly = [c for c in history if c.every_weeks == 1]
    used: set[int] = set()
    for helper in sorted(staff.values(), key=lambda h: h.load - h.contract):
        for c in weekly:
            if helper.load + 3 > helper.contract:
                break
            busy = visits.get(c.customer_id, set())
            if c.user_number_id in used or len(busy) > 1:
                continue
            spot = next(((day, position) for day in range(5) if day not in busy
                         for _start, position in DAY_SLOTS
                         if helper.free(day, position, 1) is not None), None)
            if spot is None:
                continue
            day, position = spot
            helper.take(day, position, 1, 0, 3)
            busy.add(day)
            visits[c.customer_id] = busy
            used.add(c.user_number_id)
            create_schedule(ScheduleInput(
                helper_id=helper.id, user_number_id=c.user_number_id, weekday=day,
                start_time=DAY_SLOTS[position][0], hours=3,
                first_date=monday + dt.timedelta(days=day)))
            count += 1
    return count


def _ironing(helper_id: int | None, monday: dt.date) -> int:
    """Customers who brought ironing lately get a weekly Tuesday basket at the workshop."""
    if helper_id is None:
        return 0
    since = monday - dt.timedelta(days=HISTORY_DAYS)
    numbers = [
        user_number for (user_number,) in Prestation.select(Prestation.user_number).distinct()
        .where((Prestation.activity == "ironing") & (Prestation.date >= since)).tuples()
    ]
    numbers = sorted(numbers)[:WORKSHOP_BASKETS]  # what one ironer does in a week
    for position, user_number in enumerate(numbers):
        start = f"{9 + position * 2 % 8:02d}:00"
        create_schedule(ScheduleInput(
            helper_id=helper_id, user_number_id=user_number, weekday=1 + position // 4,
            start_time=start, hours=2, first_date=monday - dt.timedelta(weeks=8) +
            dt.timedelta(days=1 + position // 4), every_weeks=1, activity="ironing"))
    return len(numbers)


def _absences(rng: random.Random, history: list[_Customer], staff: dict[int, _Helper],
              today: dt.date) -> int:
    """A helper's holiday and another's sickness next month; customers away too."""
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    helpers = sorted(staff)
    count = 0
    if len(helpers) >= 2:
        holiday = next_month + dt.timedelta(days=(7 - next_month.weekday()) % 7 + 7)
        create_absence(AbsenceInput(from_date=holiday, to_date=holiday + dt.timedelta(days=4),
                                    reason="holiday", helper_id=rng.choice(helpers)))
        sick = next_month + dt.timedelta(days=(9 - next_month.weekday()) % 7)
        create_absence(AbsenceInput(from_date=sick, to_date=sick + dt.timedelta(days=2),
                                    reason="sickness", helper_id=helpers[-1],
                                    note="Doktersbriefje ontvangen"))
        count += 2
    customers = sorted({c.customer_id for c in history})
    if len(customers) >= 2:
        away = rng.sample(customers, 2)
        create_absence(AbsenceInput(from_date=next_month + dt.timedelta(days=14),
                                    to_date=next_month + dt.timedelta(days=27),
                                    reason="holiday", customer_id=away[0],
                                    note="Op reis"))
        create_absence(AbsenceInput(from_date=next_month, to_date=next_month +
                                    dt.timedelta(days=20), reason="stop", customer_id=away[1],
                                    activity="home_help", note="Verbouwingen, strijk loopt door"))
        count += 2
    return count
