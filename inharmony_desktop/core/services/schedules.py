"""Schedules (uurroosters): recurring weekly slots of a helper at a user number.

A schedule repeats on one weekday, every week or every other week. Other weeks
are counted from the Monday of the week of `first_date`, so a biweekly slot
keeps its rhythm across year ends (ISO week numbers would not: some years have
53 weeks). Ending a schedule sets `last_date`; the schedule and everything it
generated stay as history, and editing a schedule never touches prestations
that were already generated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.formatting import ACTIVITY_WORDS, date_text
from inharmony_desktop.core.models import (
    ACTIVITIES,
    Customer,
    Helper,
    Prestation,
    Schedule,
    UserNumber,
)
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.audited import create_row, delete_row, existing, update_row
from inharmony_desktop.core.services.base import snapshot, transaction
from inharmony_desktop.core.vocabulary import Activity, Status

WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
ACTIVITY_LABELS = ACTIVITY_WORDS


@dataclass
class ScheduleInput:
    helper_id: int
    user_number_id: int
    weekday: int
    start_time: str
    hours: int
    first_date: dt.date | str
    activity: str = Activity.HOME_HELP
    every_weeks: int = 1
    last_date: dt.date | str | None = None


@dataclass(frozen=True)
class ScheduleRow:
    """One schedule with the names a table shows."""

    id: int
    helper_id: int
    helper_name: str
    helper_reference: str
    user_number_id: int
    user_number: str
    customer_name: str
    activity: str
    weekday: int
    start_time: str
    hours: int
    every_weeks: int
    first_date: dt.date
    last_date: dt.date | None

    @property
    def end_time(self) -> str:
        return add_hours(self.start_time, self.hours)

    def is_active_on(self, day: dt.date) -> bool:
        return self.first_date <= day and (self.last_date is None or day <= self.last_date)


def add_hours(start_time: str, hours: int) -> str:
    """'08:30' + 3 -> '11:30' (a slot never crosses midnight: 1-12 hours from at most 23:59).
    Refuses nothing."""
    minutes = minutes_of(start_time) + hours * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_of(start_time: str) -> int:
    """'HH:MM' as minutes after midnight. Refuses nothing (the time was checked)."""
    hours, minutes = start_time.split(":")
    return int(hours) * 60 + int(minutes)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the week that holds `day`. Refuses nothing."""
    return day - dt.timedelta(days=day.weekday())


def occurs_on(weekday: int, every_weeks: int, first_date: dt.date,
              last_date: dt.date | None, day: dt.date) -> bool:
    """Whether a schedule with these values has a slot on `day`. Refuses nothing."""
    if day.weekday() != weekday or day < first_date:
        return False
    if last_date is not None and day > last_date:
        return False
    weeks = (monday_of(day) - monday_of(first_date)).days // 7
    return weeks % every_weeks == 0


def occurrences(schedule: Schedule | ScheduleRow, start: dt.date,
                end: dt.date) -> Iterator[dt.date]:
    """Every date in [start, end] on which the schedule has a slot (ignoring its end).
    Refuses nothing."""
    day = start + dt.timedelta(days=(schedule.weekday - start.weekday()) % 7)
    if day.weekday() != schedule.weekday:
        return
    # What `occurs_on` says of each week's day, the week count kept instead of recomputed.
    first, every = schedule.first_date, schedule.every_weeks
    weeks = (monday_of(day) - monday_of(first)).days // 7
    week = dt.timedelta(days=7)
    while day <= end:
        if day >= first and weeks % every == 0:
            yield day
        day += week
        weeks += 1


def clean(data: ScheduleInput) -> dict:
    """Validate every field; raises `ValidationError` naming each bad one."""
    c = v.Checker()
    first = c.check("first_date", v.date_value, data.first_date, "De eerste datum")
    last = None
    if data.last_date not in (None, ""):
        last = c.check("last_date", v.date_value, data.last_date, "De laatste datum")
    if first is not None and last is not None and last < first:
        c.fail("last_date", "De laatste datum ligt voor de eerste datum.")
    values = {
        "helper": data.helper_id,
        "user_number": data.user_number_id,
        "activity": c.check("activity", v.choice, data.activity or Activity.HOME_HELP, ACTIVITIES,
                            "De activiteit"),
        "weekday": c.check("weekday", v.integer, data.weekday, "De weekdag", 0, 6),
        "start_time": c.check("start_time", v.time_of_day, data.start_time),
        "hours": c.check("hours", v.integer, data.hours, "Het aantal uren", 1, 12),
        "every_weeks": c.check("every_weeks", v.integer, data.every_weeks,
                               "Het ritme (om de hoeveel weken)", 1, 2),
        "first_date": first,
        "last_date": last,
    }
    start, hours = values["start_time"], values["hours"]
    if start and hours and minutes_of(start) + hours * 60 > 24 * 60:
        c.fail("hours", "Het uurrooster loopt over middernacht; kies een vroeger beginuur.")
    if not Helper.select().where(Helper.id == data.helper_id).exists():
        c.fail("helper", "Kies een bestaande medewerker.")
    user_number = UserNumber.get_or_none(UserNumber.id == data.user_number_id)
    if user_number is None:
        c.fail("user_number", "Kies een bestaand gebruikersnummer.")
    c.raise_if_any()
    return values


def _describe(s: Schedule) -> str:
    every = "elke week" if s.every_weeks == 1 else "om de twee weken"
    return (f"{WEEKDAY_NAMES[s.weekday]} {s.start_time}, {s.hours} u, {every}, "
            f"vanaf {date_text(s.first_date)}")


def create_schedule(data: ScheduleInput) -> int:
    """A new schedule; refuses bad fields, a slot past midnight and an unknown
    helper or user number (`ValidationError`)."""
    values = clean(data)
    return create_row(Schedule, values, "schedule",
                      lambda s: f"Uurrooster aangemaakt: {_describe(s)}").id


def update_schedule(schedule_id: int, data: ScheduleInput) -> None:
    """Change a schedule; prestations it already generated stay as they are.
    Refuses what `create_schedule` refuses, and a schedule that no longer exists."""
    values = clean(data)
    with transaction():
        update_row(get_schedule(schedule_id), values, "schedule",
                   lambda s: f"Uurrooster gewijzigd: {_describe(s)}")


def end_schedule(schedule_id: int, last_date: dt.date | str) -> list[dict]:
    """Stop the schedule after `last_date`. Its history and everything up to that
    date stay; prestations it generated after it that are still only planned will
    not happen and are removed. Returns their snapshots (for undo).
    Refuses a bad date and one before the first date (`ValidationError`) and a schedule that
    no longer exists (`KnownError`)."""
    c = v.Checker()
    day = c.check("last_date", v.date_value, last_date, "De laatste datum")
    c.raise_if_any()
    with transaction():
        s = get_schedule(schedule_id)
        check_end_date(s, day)
        update_row(s, {"last_date": day}, "schedule", lambda _s: f"Uurrooster beëindigd op {date_text(day)}",
                   action="end")
        later = list(Prestation.select().where(
            (Prestation.schedule == s) & (Prestation.date > day) & (Prestation.status == Status.PLANNED)))
        removed = [snapshot(p) for p in later]
        if later:
            Prestation.delete().where(Prestation.id.in_([p.id for p in later])).execute()
            audit.record_many([
                {"entity": "prestation", "entity_id": r["id"], "action": "delete",
                 "summary": f"Uurrooster beëindigd op {date_text(day)}: geplande prestatie van "
                            f"{date_text(r['date'])} "
                            "vervalt", "before": r}
                for r in removed
            ])
    return removed


def check_end_date(s: Schedule, day: dt.date) -> None:
    """Refuses (`ValidationError`) a last date before the schedule's first date."""
    if day < s.first_date:
        raise ValidationError({"last_date": (
            f"De laatste datum ({date_text(day)}) ligt voor de eerste datum "
            f"({date_text(s.first_date)}); "
            "verwijder het uurrooster als het nooit gegolden heeft.")})


def delete_schedule(schedule_id: int) -> None:
    """Remove a schedule that never generated anything; otherwise end it instead.
    Refuses (`KnownError`) a schedule that generated prestations, and one that no longer
    exists."""
    with transaction():
        s = get_schedule(schedule_id)
        if Prestation.select().where(Prestation.schedule == s).exists():
            raise KnownError(
                "Dit uurrooster heeft al prestaties gemaakt en blijft als geschiedenis bewaard; "
                "beëindig het in plaats van het te verwijderen."
            )
        delete_row(s, "schedule", lambda _s: "Uurrooster verwijderd")


def get_schedule(schedule_id: int) -> Schedule:
    """The schedule; `KnownError` when it no longer exists."""
    return existing(Schedule, schedule_id, "Dit uurrooster bestaat niet (meer).")


def to_input(s: Schedule) -> ScheduleInput:
    """The schedule as its dialog edits it. Refuses nothing."""
    return ScheduleInput(
        helper_id=s.helper_id, user_number_id=s.user_number_id, weekday=s.weekday,
        start_time=s.start_time, hours=s.hours, first_date=s.first_date, activity=s.activity,
        every_weeks=s.every_weeks, last_date=s.last_date,
    )


def list_schedules(*, active_from: dt.date | None = None, active_to: dt.date | None = None,
                   helper_id: int | None = None) -> list[ScheduleRow]:
    """Schedules (ended ones too) overlapping [active_from, active_to] when given.
    Refuses nothing (read only)."""
    query = (
        Schedule.select(
            Schedule.id, Schedule.helper, Helper.name, Helper.reference, Schedule.user_number,
            UserNumber.number, Customer.name, Schedule.activity, Schedule.weekday,
            Schedule.start_time, Schedule.hours, Schedule.every_weeks, Schedule.first_date,
            Schedule.last_date,
        )
        .join(Helper, on=(Schedule.helper == Helper.id))
        .switch(Schedule)
        .join(UserNumber, on=(Schedule.user_number == UserNumber.id))
        .join(Customer, on=(UserNumber.customer == Customer.id))
        .order_by(Helper.name, Schedule.weekday, Schedule.start_time, Schedule.id)
    )
    if active_to is not None:
        query = query.where(Schedule.first_date <= active_to)
    if active_from is not None:
        query = query.where(Schedule.last_date.is_null() | (Schedule.last_date >= active_from))
    if helper_id is not None:
        query = query.where(Schedule.helper == helper_id)
    return [ScheduleRow(*row) for row in query.tuples()]
