"""The prestations table as SQL: filters, sorting on every column, pages.

The window never loads the whole table: it asks `count()` once per filter and
`page()` for the ~200 rows it is about to show. Deep pages are read from the
other end (reversed order) so that the last screen is as fast as the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import peewee

from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber

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
    """First and last day of this week (Monday-Sunday), month or year; `all` is open."""
    today = today or dt.date.today()
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


def _needs_join(f: PrestationFilter) -> bool:
    return bool(f.text.strip()) or f.customer_id is not None


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
        conditions.append(UserNumber.customer == f.customer_id)
    text = f.text.strip()
    if text:
        match = Customer.name.contains(text) | Customer.reference.contains(text)
        match |= Helper.name.contains(text)
        digits = text.replace(" ", "").replace(".", "")
        if digits.isdigit():
            match |= UserNumber.number.contains(digits)
        conditions.append(match)
    return conditions


def _joined(query: peewee.ModelSelect) -> peewee.ModelSelect:
    return (
        query.join(UserNumber, on=Prestation.user_number == UserNumber.id)
        .join(Customer, on=UserNumber.customer == Customer.id)
        .switch(Prestation)
        .join(Helper, on=Prestation.helper == Helper.id)
    )


def count(f: PrestationFilter) -> int:
    query = Prestation.select(peewee.fn.COUNT(Prestation.id))
    if _needs_join(f):
        query = _joined(query)
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    return int(query.scalar() or 0)


def _order(column: int, descending: bool) -> list[peewee.Ordering]:
    keys: dict[str, list[peewee.Node]] = {
        "date": [Prestation.date],
        "customer": [Customer.name, Prestation.date],
        "user_number": [UserNumber.number, Prestation.date],
        "helper": [Helper.name, Prestation.date],
        "activity": [Prestation.activity, Prestation.date],
        "hours": [Prestation.hours, Prestation.date],
        "split": [Prestation.paper, Prestation.date],
        "status": [Prestation.status, Prestation.date],
    }
    nodes = [*keys[COLUMNS[column]], Prestation.id]
    return [n.desc() if descending else n.asc() for n in nodes]


def page(
    f: PrestationFilter, *, sort_column: int = 0, descending: bool = True,
    offset: int = 0, limit: int = 200, total: int | None = None,
) -> list[PrestationRow]:
    """Rows `offset` .. `offset + limit` of the filtered, sorted table."""
    if total is None:
        total = count(f)
    if offset >= total or limit <= 0:
        return []
    limit = min(limit, total - offset)
    from_end = offset > total // 2
    if from_end:
        descending = not descending
        offset = total - offset - limit
    query = _joined(
        Prestation.select(
            Prestation.id, Prestation.date, Customer.name, UserNumber.number, Helper.name,
            Prestation.activity, Prestation.hours, Prestation.paper, Prestation.electronic,
            Prestation.status, Prestation.needs_pluxee_correction, Prestation.user_number,
            UserNumber.customer, Prestation.split_manual,
        )
    )
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    query = query.order_by(*_order(sort_column, descending)).offset(offset).limit(limit)
    rows = [PrestationRow(*r) for r in query.tuples()]
    if from_end:
        rows.reverse()
    return rows
