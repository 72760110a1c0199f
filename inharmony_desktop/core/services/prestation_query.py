"""The prestations table as SQL: filters, sorting on every column, pages.

The window never loads the whole table: it asks `count()` once per filter and
`page()` for the ~200 rows it is about to show. Deep pages are read from the
other end (reversed order) so that the last screen is as fast as the first.

Every sort is served by an index instead of sorting the whole table:
date, status, activity, hours and split by composite indexes on `prestation`
(column, date); customer, user number and helper by walking the small table in
name order and its prestations through the (user number or helper, date)
index. SQLite's planner does not find that nested loop by itself, so on SQLite
a page of a large result spells out the join order (`CROSS JOIN`) and the
inner index (`INDEXED BY`); PostgreSQL plans the same ORDER BY on its own.
A small result (below `DENSE_ROWS`) is simply sorted. The text search looks
up the matching customers, user numbers and helpers first (small tables) and
filters prestations by their ids, so that counting needs no join.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import peewee

from inharmony_desktop.core import clock
from inharmony_desktop.core.db import is_sqlite
from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber

# From this many matching rows on, a page walks an index in sort order instead of sorting.
DENSE_ROWS = 20_000

COLUMNS = ("date", "customer", "user_number", "helper", "activity", "hours", "split", "status")
PERIODS = ("all", "week", "month", "year", "custom")


class PrestationRow(NamedTuple):
    id: int
    date: dt.date
    customer: str
    number: str
    helper: str
    activity: str
    hours: int
    paper: int
    electronic: int
    status: str
    needs_correction: bool
    user_number_id: int
    customer_id: int
    split_manual: bool = False


@dataclass(frozen=True)
class PrestationFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    helper_id: int | None = None
    status: str | None = None
    activity: str | None = None
    customer_id: int | None = None
    user_number_id: int | None = None
    text: str = ""


def period_bounds(
    period: str, today: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of this week (Monday-Sunday), month or year; `all` is open.
    Refuses nothing: an unknown period is no bound."""
    today = today or clock.today()
    if period == "week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    if period == "month":
        start = today.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return start, following - dt.timedelta(days=1)
    if period == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


def _where(f: PrestationFilter) -> list[peewee.Expression]:
    conditions: list[peewee.Expression] = []
    if f.start is not None:
        conditions.append(Prestation.date >= f.start)
    if f.end is not None:
        conditions.append(Prestation.date <= f.end)
    if f.helper_id is not None:
        conditions.append(Prestation.helper == f.helper_id)
    if f.status:
        conditions.append(Prestation.status == f.status)
    if f.activity:
        conditions.append(Prestation.activity == f.activity)
    if f.user_number_id is not None:
        conditions.append(Prestation.user_number == f.user_number_id)
    if f.customer_id is not None:
        numbers = UserNumber.select(UserNumber.id).where(UserNumber.customer == f.customer_id)
        conditions.append(Prestation.user_number.in_(numbers))
    text = f.text.strip()
    if text:
        conditions.append(_text_match(text))
    return conditions


def _text_match(text: str) -> peewee.Expression:
    """Prestations whose customer (name, reference), user number or helper matches `text`."""
    customers = Customer.select(Customer.id).where(
        Customer.name.contains(text) | Customer.reference.contains(text))
    number_match = UserNumber.customer.in_(customers)
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        number_match |= UserNumber.number.contains(digits)
    numbers = UserNumber.select(UserNumber.id).where(number_match)
    helpers = Helper.select(Helper.id).where(Helper.name.contains(text))
    return Prestation.user_number.in_(numbers) | Prestation.helper.in_(helpers)


def _joined(query: peewee.ModelSelect) -> peewee.ModelSelect:
    return (
        query.join(UserNumber, on=Prestation.user_number == UserNumber.id)
        .join(Customer, on=UserNumber.customer == Customer.id)
        .switch(Prestation)
        .join(Helper, on=Prestation.helper == Helper.id)
    )


class _IndexedBy(peewee.Node):
    """SQLite's `table INDEXED BY index`: the inner loop of a walk uses that index."""

    def __init__(self, model: type[peewee.Model], index: str) -> None:
        self.model = model
        self.index = index

    def __sql__(self, ctx: peewee.Context) -> peewee.Context:
        return ctx.sql(self.model).literal(f' INDEXED BY "{self.index}"')


def _walked(query: peewee.ModelSelect, column: str) -> peewee.ModelSelect:
    """The join written in the order of the sort (SQLite keeps CROSS JOIN order)."""
    if column == "helper":
        return (query.join(_IndexedBy(Prestation, "prestation_helper_id_date"), peewee.JOIN.CROSS)
                .join(UserNumber, on=Prestation.user_number == UserNumber.id)
                .join(Customer, on=UserNumber.customer == Customer.id)
                .where(Prestation.helper == Helper.id))
    if column == "customer":
        query = query.join(UserNumber, peewee.JOIN.CROSS).where(UserNumber.customer == Customer.id)
    else:
        query = query.join(Customer, on=UserNumber.customer == Customer.id).switch(UserNumber)
    by_number = _IndexedBy(Prestation, "prestation_user_number_id_date_status_electronic")
    return (query.join(by_number, peewee.JOIN.CROSS)
            .join(Helper, on=Prestation.helper == Helper.id)
            .where(Prestation.user_number == UserNumber.id))


# The table each walking sort starts from.
_WALK_FROM: dict[str, type[peewee.Model]] = {
    "customer": Customer, "user_number": UserNumber, "helper": Helper,
}


def count(f: PrestationFilter) -> int:
    # COUNT(*), not COUNT(id): SQLite then counts the smallest index page by page.
    """How many prestations the filter shows. Refuses nothing (read only)."""
    query = Prestation.select(peewee.fn.COUNT(peewee.SQL("*")))
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    return int(query.scalar() or 0)


def _order(column: int, descending: bool) -> list[peewee.Ordering]:
    # Each key ends in unique columns, so pages never overlap, and matches an index walk.
    keys: dict[str, list[peewee.Node]] = {
        "date": [Prestation.date],
        "customer": [Customer.name, Customer.id, UserNumber.id, Prestation.date],
        "user_number": [UserNumber.number, Prestation.date],
        "helper": [Helper.name, Helper.id, Prestation.date],
        "activity": [Prestation.activity, Prestation.date],
        "hours": [Prestation.hours, Prestation.date],
        "split": [Prestation.paper, Prestation.date],
        "status": [Prestation.status, Prestation.date],
    }
    nodes = [*keys[COLUMNS[column]], Prestation.id]
    return [n.desc() if descending else n.asc() for n in nodes]


_COLUMNS = (
    Prestation.id, Prestation.date, Customer.name, UserNumber.number, Helper.name,
    Prestation.activity, Prestation.hours, Prestation.paper, Prestation.electronic,
    Prestation.status, Prestation.needs_pluxee_correction, Prestation.user_number,
    UserNumber.customer, Prestation.split_manual,
)


def sorted_query(f: PrestationFilter, *, sort_column: int = 0, descending: bool = True,
                 walk: bool = False) -> peewee.ModelSelect:
    """The whole filtered, sorted table as one query (no LIMIT).

    `walk` spells out the index walk for SQLite (see the module docstring); the
    rows and their order are the same either way.
    Refuses nothing (read only).
    """
    name = COLUMNS[sort_column]
    if walk and name in _WALK_FROM and is_sqlite():
        query = _walked(_WALK_FROM[name].select(*_COLUMNS), name)
    else:
        query = _joined(Prestation.select(*_COLUMNS))
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    return query.order_by(*_order(sort_column, descending))


def page(
    f: PrestationFilter, *, sort_column: int = 0, descending: bool = True,
    offset: int = 0, limit: int = 200, total: int | None = None,
) -> list[PrestationRow]:
    """Rows `offset` .. `offset + limit` of the filtered, sorted table.
    Refuses nothing (read only)."""
    if total is None:
        total = count(f)
    if offset >= total or limit <= 0:
        return []
    limit = min(limit, total - offset)
    from_end = offset > total // 2
    if from_end:
        descending = not descending
        offset = total - offset - limit
    query = sorted_query(f, sort_column=sort_column, descending=descending,
                         walk=total >= DENSE_ROWS)
    rows = [PrestationRow(*r) for r in query.offset(offset).limit(limit).tuples()]
    if from_end:
        rows.reverse()
    return rows
