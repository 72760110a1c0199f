"""The orders table as SQL: filtered by customer, user number and year, sorted, paged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import peewee

from inharmony_desktop.core.models import Customer, Order, UserNumber

COLUMNS = ("order_date", "customer", "user_number", "quantity", "medium", "unit_price",
           "amount", "expiry_date")


class OrderRow(NamedTuple):
    id: int
    order_date: dt.date
    customer: str
    number: str
    quantity: int
    medium: str
    unit_price_cents: int
    higher_quantity: int
    higher_unit_price_cents: int | None
    amount_cents: int
    expiry_date: dt.date
    user_number_id: int


@dataclass(frozen=True)
class OrderFilter:
    customer_id: int | None = None
    user_number_id: int | None = None
    year: int | None = None


def _where(f: OrderFilter) -> list[peewee.Expression]:
    conditions: list[peewee.Expression] = []
    if f.user_number_id is not None:
        conditions.append(Order.user_number == f.user_number_id)
    if f.customer_id is not None:
        conditions.append(UserNumber.customer == f.customer_id)
    if f.year is not None:
        conditions.append(Order.order_date.between(dt.date(f.year, 1, 1), dt.date(f.year, 12, 31)))
    return conditions


def _joined(query: peewee.ModelSelect) -> peewee.ModelSelect:
    return query.join(UserNumber, on=Order.user_number == UserNumber.id).join(
        Customer, on=UserNumber.customer == Customer.id
    )


def count(f: OrderFilter) -> int:
    """How many orders the filter shows. Refuses nothing (read only)."""
    query = Order.select(peewee.fn.COUNT(peewee.SQL("*")))
    if f.customer_id is not None:
        query = query.join(UserNumber, on=Order.user_number == UserNumber.id)
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    return int(query.scalar() or 0)


def page(f: OrderFilter, *, sort_column: int = 0, descending: bool = True, offset: int = 0,
         limit: int = 200) -> list[OrderRow]:
    """One page of the orders the filter shows, sorted as asked. Refuses nothing (read only)."""
    keys = {
        "order_date": [Order.order_date],
        "customer": [Customer.name, Order.order_date],
        "user_number": [UserNumber.number, Order.order_date],
        "quantity": [Order.quantity, Order.order_date],
        "medium": [Order.medium, Order.order_date],
        "unit_price": [Order.unit_price_cents, Order.order_date],
        "amount": [Order.amount_cents, Order.order_date],
        "expiry_date": [Order.expiry_date, Order.order_date],
    }
    nodes = [*keys[COLUMNS[sort_column]], Order.id]
    query = _joined(Order.select(
        Order.id, Order.order_date, Customer.name, UserNumber.number, Order.quantity,
        Order.medium, Order.unit_price_cents, Order.higher_quantity,
        Order.higher_unit_price_cents, Order.amount_cents, Order.expiry_date, Order.user_number,
    ))
    conditions = _where(f)
    if conditions:
        query = query.where(*conditions)
    query = query.order_by(*[n.desc() if descending else n.asc() for n in nodes])
    return [OrderRow(*r) for r in query.offset(offset).limit(limit).tuples()]
