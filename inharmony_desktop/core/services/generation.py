"""Generation of the `planned` prestations of a period from the schedules.

`plan_generation(start, end)` only reads: it lists every slot that will be
created and every slot that is skipped, with the reason. `apply_generation`
writes the plan in one transaction; `undo_generation` removes it again.

Public holidays are Belgium's ten statutory holidays (the `holidays`
package, country BE; Easter and Whit Sunday are Sundays anyway). 11 July, the
holiday of the Flemish Community, is not a statutory holiday: it is a day off
for the Flemish public services only, and service-voucher helpers (joint
committee 322.01) work as usual. So slots on 11 July are generated, unless
the office turns on the company setting `skip_flemish_holiday` ("1").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import ForeignKeyField

from inharmony_desktop.core.collector import collector_paused
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, period_text, plural, user_number_text
from inharmony_desktop.core.models import Helper, Prestation, UserNumber, database
from inharmony_desktop.core.services import audit, settings
from inharmony_desktop.core.services.absences import REASON_LABELS, AbsenceIndex
from inharmony_desktop.core.services.base import (
    among,
    chunked,
    execute_many,
    snapshot,
    snapshot_of,
    transaction,
)
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.services.schedule_warnings import Slot, plan_warnings
from inharmony_desktop.core.services.schedules import ScheduleRow, list_schedules, occurrences
from inharmony_desktop.core.vocabulary import Status

FLEMISH_HOLIDAY_SETTING = "skip_flemish_holiday"
FLEMISH_HOLIDAY_NAME = "Feest van de Vlaamse Gemeenschap"
# Ended schedules are reported as skipped for this long after their last date.
ENDED_REPORT_DAYS = 7
MAX_PERIOD_DAYS = 92

SKIP_REASONS = {
    "holiday": "feestdag",
    "helper_absent": "medewerker afwezig",
    "customer_absent": "klant afwezig",
    "exists": "bestaat al",
    "ended": "uurrooster beëindigd",
    "user_number_inactive": "gebruikersnummer niet actief",
    "helper_inactive": "medewerker niet actief",
}


@dataclass(frozen=True)
class PlannedSlot:
    schedule_id: int
    date: dt.date
    helper_id: int
    helper_name: str
    user_number_id: int
    user_number: str
    customer_name: str
    activity: str
    start_time: str
    hours: int
    paper: int
    electronic: int


@dataclass(frozen=True)
class SkippedSlot:
    schedule_id: int
    date: dt.date
    helper_name: str
    user_number: str
    customer_name: str
    start_time: str
    hours: int
    reason: str  # a key of SKIP_REASONS
    detail: str  # Dutch, e.g. "feestdag: Paasmaandag"


@dataclass
class Plan:
    start: dt.date
    end: dt.date
    to_create: list[PlannedSlot] = field(default_factory=list)
    skipped: list[SkippedSlot] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.skipped:
            counts[s.reason] = counts.get(s.reason, 0) + 1
        return counts

    def summary(self) -> str:
        hours = sum(s.hours for s in self.to_create)
        text = (f"Periode {date_text(self.start)} tot {date_text(self.end)}: "
                f"{plural(len(self.to_create), 'prestatie', 'prestaties')} te maken "
                f"({hours} uur), {len(self.skipped)} overgeslagen")
        parts = [f"{SKIP_REASONS[k]}: {n}" for k, n in sorted(self.skip_counts().items())]
        return text + (f" ({', '.join(parts)})." if parts else ".")


def public_holidays(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """The Belgian public holidays in [start, end], with their Dutch names. Refuses nothing."""
    import holidays  # on first use: ~65 ms that the window's start need not pay

    years = range(start.year, end.year + 1)
    found = holidays.country_holidays("BE", years=years, language="nl")
    days = {day: name for day, name in found.items() if start <= day <= end}
    if settings.get(FLEMISH_HOLIDAY_SETTING).strip() == "1":
        for year in years:
            day = dt.date(year, 7, 11)
            if start <= day <= end:
                days.setdefault(day, FLEMISH_HOLIDAY_NAME)
    return days


def _existing_keys(start: dt.date, end: dt.date) -> tuple[set[tuple], set[tuple]]:
    """(helper, user number, date, start) slots and (schedule, date) pairs already there."""
    slots: set[tuple] = set()
    generated: set[tuple] = set()
    query = Prestation.select(
        Prestation.helper, Prestation.user_number, Prestation.date, Prestation.start_time,
        Prestation.schedule,
    ).where(Prestation.date.between(start, end)
            & (Prestation.start_time.is_null(False) | Prestation.schedule.is_null(False)))
    for helper_id, un_id, day, start_time, schedule_id in query.tuples():
        if start_time is not None:
            slots.add((helper_id, un_id, day, start_time))
        if schedule_id is not None:
            generated.add((schedule_id, day))
    return slots, generated


def _check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise KnownError(f"De einddatum ({date_text(end)}) ligt voor de begindatum "
                         f"({date_text(start)}).")
    if (end - start).days >= MAX_PERIOD_DAYS:
        raise KnownError(f"Genereer hoogstens {MAX_PERIOD_DAYS} dagen tegelijk.")


def plan_generation(start: dt.date, end: dt.date) -> Plan:
    """What generating [start, end] would create and skip; writes nothing. Refuses a period
    that ends before it starts or is longer than MAX_PERIOD_DAYS (`KnownError`).

    Python's cycle collector is paused meanwhile: the wallets read hundreds of thousands
    of rows, which hold no cycles, and its passes over them took a quarter of the time."""
    _check_period(start, end)
    with collector_paused():
        return _plan(start, end)


def _plan(start: dt.date, end: dt.date) -> Plan:
    plan = Plan(start=start, end=end)
    schedules = list_schedules(active_from=start - dt.timedelta(days=ENDED_REPORT_DAYS),
                               active_to=end)
    if not schedules:
        return plan
    free_days = public_holidays(start, end)
    absences = AbsenceIndex.load(start, end)
    slots, generated = _existing_keys(start, end)
    modes = histories(s.user_number_id for s in schedules)
    un_state = {
        un_id: (active, customer_id)
        for un_id, active, customer_id in UserNumber.select(
            UserNumber.id, UserNumber.active, UserNumber.customer
        ).where(among(UserNumber.id, sorted({s.user_number_id for s in schedules}))).tuples()
    }
    helper_active = dict(
        Helper.select(Helper.id, Helper.active)
        .where(among(Helper.id, sorted({s.helper_id for s in schedules}))).tuples()
    )
    for s in schedules:
        for day in occurrences(s, start, end):
            reason = _skip_reason(s, day, free_days, absences, slots, generated, un_state,
                                  helper_active)
            if reason is not None:
                plan.skipped.append(_skipped(s, day, *reason))
                continue
            paper, electronic = split_for(modes[s.user_number_id].mode_on(day), s.hours)
            plan.to_create.append(PlannedSlot(
                schedule_id=s.id, date=day, helper_id=s.helper_id, helper_name=s.helper_name,
                user_number_id=s.user_number_id, user_number=s.user_number,
                customer_name=s.customer_name, activity=s.activity, start_time=s.start_time,
                hours=s.hours, paper=paper, electronic=electronic,
            ))
    plan.to_create.sort(key=lambda p: (p.date, p.helper_name, p.start_time))
    plan.skipped.sort(key=lambda p: (p.date, p.helper_name, p.start_time))
    need: dict[int, int] = {}
    for p in plan.to_create:
        need[p.user_number_id] = need.get(p.user_number_id, 0) + p.electronic
    plan.warnings = plan_warnings(
        start, end,
        [Slot(p.helper_id, p.helper_name, p.date, p.start_time, p.hours, p.customer_name)
         for p in plan.to_create],
        need,
    )
    return plan


def _skip_reason(s: ScheduleRow, day: dt.date, free_days: dict[dt.date, str],
                 absences: AbsenceIndex, slots: set[tuple], generated: set[tuple],
                 un_state: dict[int, tuple[bool, int]], helper_active: dict[int, bool],
                 ) -> tuple[str, str] | None:
    if s.last_date is not None and day > s.last_date:
        return "ended", f"uurrooster beëindigd op {date_text(s.last_date)}"
    if (s.helper_id, s.user_number_id, day, s.start_time) in slots or (s.id, day) in generated:
        return "exists", "bestaat al"
    if day in free_days:
        return "holiday", f"feestdag: {free_days[day]}"
    active, customer_id = un_state[s.user_number_id]
    if not active:
        return "user_number_inactive", f"gebruikersnummer {user_number_text(s.user_number)} niet actief"
    if not helper_active.get(s.helper_id, True):
        return "helper_inactive", f"{s.helper_name} niet actief"
    away = absences.helper_away(s.helper_id, day)
    if away is not None:
        return "helper_absent", (f"{s.helper_name} afwezig ({REASON_LABELS[away.reason]} "
                                 f"{period_text(away.from_date, away.to_date)})")
    away = absences.customer_away(customer_id, day, s.activity)
    if away is not None:
        return "customer_absent", (f"klant afwezig ({REASON_LABELS[away.reason]} "
                                   f"{period_text(away.from_date, away.to_date)})")
    return None


def _skipped(s: ScheduleRow, day: dt.date, reason: str, detail: str) -> SkippedSlot:
    return SkippedSlot(
        schedule_id=s.id, date=day, helper_name=s.helper_name, user_number=s.user_number,
        customer_name=s.customer_name, start_time=s.start_time, hours=s.hours, reason=reason,
        detail=detail,
    )


def apply_generation(plan: Plan) -> list[int]:
    """Create the plan's prestations (status planned) in one transaction; returns their ids,
    in the plan's order.

    A slot that appeared since the plan was made (another PC) is left out, so
    running a generation twice never creates anything twice. The rows and their
    audit entries are written in bulk: a month is thousands of prestations.
    Refuses nothing of its own: the plan was checked when made; what the database refuses
    becomes a `KnownError` and nothing is written. The cycle collector is paused meanwhile,
    as while planning.
    """
    with collector_paused(), transaction():
        slots, generated = _existing_keys(plan.start, plan.end)
        fresh = []
        for p in plan.to_create:
            slot = (p.helper_id, p.user_number_id, p.date, p.start_time)
            if slot in slots or (p.schedule_id, p.date) in generated:
                continue
            slots.add(slot)
            fresh.append(p)
        values = [_values(p) for p in fresh]
        ids = _insert(values, plan.start, plan.end)
        days = {day: date_text(day) for day in {p.date for p in fresh}}
        audit.record_many([
            {"entity": "prestation", "entity_id": row_id, "action": "generate",
             "summary": f"Gepland uit uurrooster: {days[p.date]} {p.start_time}, {p.hours} u",
             "after": after}
            for p, row_id, after in zip(fresh, ids, _snapshots(values, ids), strict=True)
        ])
    return ids



def _values(p: PlannedSlot) -> dict:
    """The fields of the prestation that `p` becomes (the others take their defaults)."""
    return {"date": p.date, "user_number": p.user_number_id, "helper": p.helper_id,
            "activity": p.activity, "start_time": p.start_time, "hours": p.hours,
            "paper": p.paper, "electronic": p.electronic, "split_manual": False,
            "status": Status.PLANNED, "schedule": p.schedule_id}


def _insert(values: list[dict], start: dt.date, end: dt.date) -> list[int]:
    """Insert new prestations of [start, end] with one prepared statement; returns their
    ids, in the order of `values`.

    The fields not in `values` take the defaults `Prestation.create` would give them,
    the same for every row. The ids are read back by slot (helper, user number, date,
    start), which the schema keeps unique; none of these slots existed before.
    """
    if not values:
        return []
    defaults = Prestation().__data__  # the same defaults for every row, like create()
    own = values[0].keys()
    fields = [field for name, field in Prestation._meta.fields.items()
              if name in own or name in defaults]
    # Each default converted once; each row's own values in their places.
    common = [None if field.name in own else field.db_value(defaults[field.name])
              for field in fields]
    places = [(index, field.name, field.db_value) for index, field in enumerate(fields)
              if field.name in own]
    params = []
    for value in values:
        row = common.copy()
        for index, name, db_value in places:
            row[index] = db_value(value[name])
        params.append(row)
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    execute_many(
        f'INSERT INTO "{Prestation._meta.table_name}" ({columns}) '
        f"VALUES ({', '.join('?' * len(fields))})",
        params,
    )
    query = Prestation.select(Prestation.id, Prestation.helper, Prestation.user_number,
                              Prestation.date, Prestation.start_time).where(
        Prestation.date.between(start, end) & Prestation.schedule.is_null(False)
        & (Prestation.status == Status.PLANNED))
    # Raw rows: the date is ISO text (SQLite) or a date (PostgreSQL), str() of both the same.
    ids = {(helper_id, un_id, str(day), start_time): row_id
           for row_id, helper_id, un_id, day, start_time in database.execute(query)}
    return [ids[(v["helper"], v["user_number"], v["date"].isoformat(), v["start_time"])]
            for v in values]


def _snapshots(values: list[dict], ids: list[int]) -> list[audit.Encoded]:
    """The audit snapshot of each inserted row (`values` with its id and the defaults),
    as JSON: `snapshot(row)` of the stored row, made without reading it back."""
    if not values:
        return []
    data = {**Prestation().__data__, **values[0], "id": ids[0]}
    common = snapshot_of(Prestation, data)
    keys = {name: field.column_name if isinstance(field, ForeignKeyField) else name
            for name, field in Prestation._meta.fields.items()}
    own = [(keys[name], name) for name in values[0]]
    rows = [{key: value[name] for key, name in own} for value in values]
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
        row["date"] = row["date"].isoformat()  # as `snapshot` writes a date
    return audit.encoded_alike(common, rows)


def undo_generation(ids: list[int]) -> list[dict]:
    """Remove generated prestations that are still planned; returns their snapshots
    (for redo with `prestations.restore`). All or nothing."""
    with transaction():
        rows = []
        for chunk in chunked(ids):
            rows.extend(Prestation.select().where(Prestation.id.in_(chunk)))
        for p in rows:
            if p.status != Status.PLANNED:
                raise KnownError(
                    f"De prestatie van {date_text(p.date)} is intussen niet meer gepland; de generatie "
                    "kan niet meer ongedaan gemaakt worden."
                )
        snapshots = [snapshot(p) for p in rows]
        for chunk in chunked(ids):
            Prestation.delete().where(Prestation.id.in_(chunk)).execute()
        audit.record_many([
            {"entity": "prestation", "entity_id": s["id"], "action": "delete",
             "summary": f"Generatie ongedaan gemaakt: {date_text(s['date'])} "
                        f"{s['start_time']}",
             "before": s}
            for s in snapshots
        ])
    return snapshots

