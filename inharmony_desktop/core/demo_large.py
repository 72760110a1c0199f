"""The large demo (SPEC §7): 120 helpers, 3,000 customers, 4,500 user numbers,
1,000,000 prestations over ten years and 60,000 orders.

Built with bulk inserts in a few big transactions (never row by row through
the ORM): on SQLite through the connection's `executemany`, elsewhere through
Peewee's `insert_many` in chunks. Prices, tiers and expiry dates come from the
same rules as the services; quotas are respected by construction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import peewee

from inharmony_desktop.core import clock
from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core.demo import FIRST_NAMES, LAST_NAMES, STREETS, TOWNS, _insz
from inharmony_desktop.core.models import (
    Customer,
    Helper,
    Order,
    PaymentModeChange,
    Prestation,
    Schedule,
    UserNumber,
    database,
)
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import chunked
from inharmony_desktop.core.vocabulary import Status

Progress = Callable[[str], None]

HELPERS = 120
CUSTOMERS = 3_000
USER_NUMBERS = 4_500
PRESTATIONS = 1_000_000
ORDERS = 60_000
YEARS = 10
PAPER_END = dt.date(2025, 5, 31)


def _bulk(model: type[peewee.Model], columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert tuples fast; returns the count."""
    rows = list(rows)
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        table = model._meta.table_name
        marks = ", ".join("?" for _ in columns)
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
        db.connection().executemany(sql, rows)
    else:
        fields = [model._meta.columns[c] for c in columns]
        for start in range(0, len(rows), 2000):
            model.insert_many(rows[start : start + 2000], fields=fields).execute()
    return len(rows)


@contextmanager
def _indexes_built_after(model: type[peewee.Model]) -> Iterator[None]:
    """On SQLite, drop the table's secondary indexes during a bulk load and build them
    once at the end: sorting a million keys at once beats a million random inserts."""
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        yield
        return
    found = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (model._meta.table_name,)).fetchall()
    for name, _sql in found:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        db.execute_sql(sql)


@lru_cache(maxsize=64)
def _rules(year: int) -> rules_mod.Rules:
    return rules_mod.rules_for(year)


@lru_cache(maxsize=512)
def _expiry(year: int, month: int) -> str:
    return rules_mod.expiry_date(dt.date(year, month, 1)).isoformat()


def build(*, seed: int = 7, today: dt.date | None = None, scale: float = 1.0,
          progress: Progress | None = None) -> dict[str, int]:
    """Fill the open, empty database. `scale` < 1 makes a proportionally smaller one."""
    say = progress or (lambda _m: None)
    rng = random.Random(seed)
    today = today or clock.today()
    first_day = dt.date(today.year - YEARS, today.month, 1)
    n_helpers = max(4, int(HELPERS * scale))
    n_customers = max(10, int(CUSTOMERS * scale))
    n_numbers = max(n_customers, int(USER_NUMBERS * scale))
    n_prestations = int(PRESTATIONS * scale)
    n_orders = int(ORDERS * scale)

    with database.atomic():
        say(f"{n_helpers} medewerkers, {n_customers} klanten, {n_numbers} gebruikersnummers…")
        _bulk(Helper, ("reference", "name", "phone", "insz", "contract_hours", "active"), (
            (f"M{i:04d}", f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
             f"0470 {rng.randint(100000, 999999)}", _insz(rng), rng.choice([19, 25, 30.4, 38]), 1)
            for i in range(1, n_helpers + 1)
        ))
        _bulk(Customer, ("reference", "name", "street", "postal_code", "city", "phone", "email",
                         "language", "notes", "active", "ironing_credit_minutes"), (
            (f"K{i:05d}", rng.choice(LAST_NAMES), f"{rng.choice(STREETS)} {rng.randint(1, 200)}",
             *rng.choice(TOWNS), f"011 {rng.randint(100000, 999999)}", "", "nl", "", 1, 0)
            for i in range(1, n_customers + 1)
        ))
        customer_ids = [c for (c,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
        helper_ids = [h for (h,) in Helper.select(Helper.id).order_by(Helper.id).tuples()]
        owners = list(customer_ids) + rng.sample(customer_ids, n_numbers - len(customer_ids))
        numbers = rng.sample(range(10**11, 10**12), n_numbers)
        _bulk(UserNumber, ("number", "customer_id", "holder", "quota", "active"), (
            (str(num), owner, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
             "special" if rng.random() < 0.01 else "standard", 1)
            for num, owner in zip(numbers, owners, strict=True)
        ))
        un_rows = list(UserNumber.select(UserNumber.id, UserNumber.customer).tuples())

        say("Betaalwijzen…")
        span_days = (today - first_day).days
        plans = []  # (user number id, start, switch date or None)
        modes = []
        for un_id, _customer in un_rows:
            start = first_day + dt.timedelta(days=int(span_days * rng.random() ** 1.6))
            start = min(start, today - dt.timedelta(days=30))
            paper = start < PAPER_END and rng.random() < 0.4
            switch = None
            if paper:
                latest = dt.date(2026, 2, 1)
                switch = start + dt.timedelta(days=rng.randint(120, max(121, (latest - start).days)))
                modes.append((un_id, start.isoformat(), "paper"))
                modes.append((un_id, switch.isoformat(), "electronic"))
            else:
                modes.append((un_id, start.isoformat(), "electronic"))
            plans.append((un_id, start, switch))
        _bulk(PaymentModeChange, ("user_number_id", "effective_date", "mode"), modes)

        say(f"{n_prestations} prestaties…")
        with _indexes_built_after(Prestation):
            usage = _prestations(rng, plans, helper_ids, today, n_prestations)

        say(f"{n_orders} bestellingen…")
        order_count = _orders(rng, usage, plans, today, n_orders)
        say("Uurroosters…")
        schedule_count = _schedules(rng, today)
        audit.record("prestation", 0, "import", f"Grote demo: {n_prestations} prestaties")
    return {"medewerkers": n_helpers, "klanten": n_customers, "gebruikersnummers": n_numbers,
            "prestaties": n_prestations, "bestellingen": order_count,
            "uurroosters": schedule_count}


def _prestations(rng: random.Random, plans, helper_ids, today: dt.date, total: int):
    """Weekly sessions per user number from its start, until `total` rows exist."""
    columns = ("date", "user_number_id", "helper_id", "activity", "hours", "paper",
               "electronic", "split_manual", "status", "registered_on", "confirmed_on",
               "paid_on", "needs_pluxee_correction", "note", "version")
    weekly_slots = []
    for un_id, start, switch in plans:
        weeks = (today - start).days // 7
        weekly_slots.append((un_id, start, switch, weeks))
    capacity = sum(w for *_, w in weekly_slots)
    keep = min(1.0, total / max(capacity, 1))
    usage: dict[tuple[int, int, str], int] = {}
    batch: list[tuple] = []
    written = 0
    hour_choices = [2, 3, 3, 3, 4, 4, 4, 5]
    for un_id, start, switch, weeks in weekly_slots:
        helper = rng.choice(helper_ids)
        hours = rng.choice(hour_choices)
        ironing = rng.random() < 0.08
        for week in range(weeks):
            if written >= total:
                break
            if rng.random() > keep:
                continue
            day = start + dt.timedelta(days=7 * week + rng.randint(0, 4))
            if day > today:
                break
            medium = "paper" if switch and day < switch else "electronic"
            paper, electronic = (hours, 0) if medium == "paper" else (0, hours)
            age = (today - day).days
            status = (Status.PAID if age > 30 else Status.CONFIRMED if age > 10 else
                      Status.REGISTERED if age > 3 else Status.PERFORMED)
            batch.append((
                day.isoformat(), un_id, helper, "ironing" if ironing else "home_help", hours,
                paper, electronic, 0, status,
                (day + dt.timedelta(days=1)).isoformat() if age > 3 else None,
                (day + dt.timedelta(days=6)).isoformat() if age > 10 else None,
                (day + dt.timedelta(days=12)).isoformat() if age > 30 else None, 0, "", 1,
            ))
            key = (un_id, day.year * 4 + (day.month - 1) // 3, medium)
            usage[key] = usage.get(key, 0) + hours
            written += 1
            if len(batch) >= 50_000:
                _bulk(Prestation, columns, batch)
                batch.clear()
    # Top up with extra sessions on random numbers if the spans were short.
    while written < total:
        un_id, start, switch = rng.choice(plans)
        day = start + dt.timedelta(days=rng.randint(0, max((today - start).days, 0)))
        medium = "paper" if switch and day < switch else "electronic"
        hours = rng.choice(hour_choices)
        paper, electronic = (hours, 0) if medium == "paper" else (0, hours)
        batch.append((day.isoformat(), un_id, rng.choice(helper_ids), "home_help", hours, paper,
                      electronic, 0, Status.PAID if (today - day).days > 30 else Status.PERFORMED,
                      None, None, None, 0, "", 1))
        key = (un_id, day.year * 4 + (day.month - 1) // 3, medium)
        usage[key] = usage.get(key, 0) + hours
        written += 1
        if len(batch) >= 50_000:
            _bulk(Prestation, columns, batch)
            batch.clear()
    if batch:
        _bulk(Prestation, columns, batch)
    return usage


def _orders(rng: random.Random, usage, plans, today: dt.date, total: int) -> int:
    """One order per user number per quarter of use (paper only until May 2025), priced by
    the tiers of that person's year and kept under the personal maximum."""
    columns = ("user_number_id", "order_date", "quantity", "medium", "unit_price_cents",
               "higher_quantity", "higher_unit_price_cents", "amount_cents", "price_overridden",
               "expiry_date")
    starts = {un_id: start for un_id, start, _ in plans}
    keys = sorted(usage)
    if len(keys) > total:
        keys = sorted(rng.sample(keys, total))
    per_year: dict[tuple[int, int], int] = {}
    rows = []
    for un_id, quarter, medium in keys:
        year, q = divmod(quarter, 4)
        day = max(dt.date(year, q * 3 + 1, 1) - dt.timedelta(days=rng.randint(2, 14)),
                  starts[un_id])
        if day > today:
            continue
        if medium == "paper" and day > PAPER_END:
            day = dt.date(2025, 5, 15)
        rules = _rules(day.year)
        already = per_year.get((un_id, day.year), 0)
        quantity = min(((usage[(un_id, quarter, medium)] + 9) // 10) * 10,
                       rules.personal_max - already)
        if quantity <= 0:
            continue
        per_year[(un_id, day.year)] = already + quantity
        higher = max(0, min(quantity, already + quantity - max(rules.tier_threshold, already)))
        base_count = quantity - higher
        amount = base_count * rules.base_price_cents + higher * rules.higher_price_cents
        unit = rules.base_price_cents if base_count else rules.higher_price_cents
        rows.append((un_id, day.isoformat(), quantity, medium, unit, higher if base_count else 0,
                     rules.higher_price_cents if (higher and base_count) else None, amount, 0,
                     _expiry(day.year, day.month)))
    _bulk(Order, columns, rows)
    return len(rows)


# A helper's week: five days, a morning and an afternoon visit; a 5-hour morning visit
# still ends before the afternoon one starts.
_WEEK_SLOTS = [(day, start) for day in range(5) for start in ("08:00", "13:30")]


def _schedules(rng: random.Random, today: dt.date) -> int:
    """Weekly or biweekly slots that continue the last 60 days: each user number served
    then keeps its latest helper, hours and activity, as long as that helper still has
    one of her ten weekly slots free (so helpers are not booked twice)."""
    since = today - dt.timedelta(days=60)
    latest = (Prestation.select(Prestation.user_number, peewee.fn.MAX(Prestation.id))
              .where(Prestation.date >= since).group_by(Prestation.user_number))
    ids = [row_id for _un, row_id in latest.tuples()]
    rng.shuffle(ids)
    rows = []
    for chunk in chunked(ids):
        rows.extend(Prestation.select(Prestation.user_number, Prestation.helper,
                                      Prestation.activity, Prestation.hours)
                    .where(Prestation.id.in_(chunk)).tuples())
    free: dict[int, list[tuple[int, str]]] = {}
    schedules = []
    for un_id, helper_id, activity, hours in rows:
        slots = free.setdefault(helper_id, list(_WEEK_SLOTS))
        if not slots:
            continue
        weekday, start_time = slots.pop(rng.randrange(len(slots)))
        first = today - dt.timedelta(days=rng.randint(30, 400))
        schedules.append((helper_id, un_id, activity, weekday, start_time, hours,
                          1 if rng.random() < 0.6 else 2, first.isoformat(), None))
    return _bulk(Schedule, ("helper_id", "user_number_id", "activity", "weekday", "start_time",
                            "hours", "every_weeks", "first_date", "last_date"), schedules)
