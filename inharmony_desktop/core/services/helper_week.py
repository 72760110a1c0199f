"""One week of schedules per helper: the slots of each weekday, overlapping
slots flagged, and the week's hours against the contract hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from inharmony_desktop.core.models import Helper
from inharmony_desktop.core.services.schedules import (
    add_hours,
    list_schedules,
    minutes_of,
    monday_of,
    occurs_on,
)


@dataclass(frozen=True)
class WeekSlot:
    schedule_id: int
    date: dt.date
    start_time: str
    hours: int
    customer_name: str
    user_number: str
    activity: str
    overlaps: bool = False

    @property
    def end_time(self) -> str:
        return add_hours(self.start_time, self.hours)

    @property
    def weekday(self) -> int:
        return self.date.weekday()


@dataclass
class HelperWeek:
    helper_id: int
    helper_name: str
    contract_hours: float | None
    slots: list[WeekSlot] = field(default_factory=list)

    @property
    def total_hours(self) -> int:
        return sum(s.hours for s in self.slots)

    @property
    def over_contract(self) -> bool:
        return self.contract_hours is not None and self.total_hours > self.contract_hours

    @property
    def has_overlap(self) -> bool:
        return any(s.overlaps for s in self.slots)

    def on(self, weekday: int) -> list[WeekSlot]:
        return [s for s in self.slots if s.weekday == weekday]


def _flag_overlaps(slots: list[WeekSlot]) -> list[WeekSlot]:
    flagged = []
    for slot in slots:
        begin = minutes_of(slot.start_time)
        end = begin + slot.hours * 60
        clash = any(
            other is not slot and other.date == slot.date
            and minutes_of(other.start_time) < end
            and begin < minutes_of(other.start_time) + other.hours * 60
            for other in slots
        )
        flagged.append(WeekSlot(**{**slot.__dict__, "overlaps": clash}))
    return flagged


def helper_weeks(day: dt.date, *, include_idle: bool = True) -> list[HelperWeek]:
    """The week of `day` (Monday-Sunday) for every active helper, by name.
    Refuses nothing (read only)."""
    monday = monday_of(day)
    sunday = monday + dt.timedelta(days=6)
    weeks: dict[int, HelperWeek] = {}
    if include_idle:
        for helper_id, name, contract in (
            Helper.select(Helper.id, Helper.name, Helper.contract_hours)
            .where(Helper.active).tuples()
        ):
            weeks[helper_id] = HelperWeek(helper_id, name, contract)
    contracts = dict(Helper.select(Helper.id, Helper.contract_hours).tuples())
    for s in list_schedules(active_from=monday, active_to=sunday):
        date = monday + dt.timedelta(days=s.weekday)
        if not occurs_on(s.weekday, s.every_weeks, s.first_date, s.last_date, date):
            continue
        week = weeks.setdefault(
            s.helper_id, HelperWeek(s.helper_id, s.helper_name, contracts.get(s.helper_id)))
        week.slots.append(WeekSlot(s.id, date, s.start_time, s.hours, s.customer_name,
                                   s.user_number, s.activity))
    result = []
    for week in weeks.values():
        week.slots.sort(key=lambda s: (s.date, s.start_time))
        week.slots = _flag_overlaps(week.slots)
        result.append(week)
    return sorted(result, key=lambda w: w.helper_name.casefold())
