"""What the customer tree on the left shows: customers with their user numbers,
each number with its payment mode today, the vouchers ordered this year
against its maximum, and how many of its prestations wait for a correction
in Pluxee.

The tree is small (a few thousand customers): `load_tree` reads it in five
queries; `load_numbers` reads a few user numbers again after a change, so the
window refreshes those rows instead of the whole tree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from inharmony_desktop.core import clock, rules
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Order, PaymentModeChange, Prestation, UserNumber
from inharmony_desktop.core.services.base import chunked, parse_date
from inharmony_desktop.core.services.payment_modes import ModeHistory
from inharmony_desktop.core.vocabulary import Medium, Quota


@dataclass
class NumberNode:
    id: int
    customer_id: int
    number: str
    holder: str
    quota: str
    active: bool
    mode: str
    ordered: int
    maximum: int
    corrections: int = 0  # prestations to correct in Pluxee (moved or changed)
    attention: list[str] = field(default_factory=list)  # why it needs the office's attention


@dataclass
class CustomerNode:
    id: int
    reference: str
    name: str
    city: str
    active: bool
    numbers: list[NumberNode] = field(default_factory=list)

    def search_text(self) -> str:
        parts = [self.name, self.reference, self.city]
        parts += [f"{n.number} {n.holder}" for n in self.numbers]
        return " ".join(parts).lower()


def _raw(query) -> list[tuple]:
    """The rows as the driver returns them: thousands of rows without per-value conversion."""
    return query.model._meta.database.execute(query).fetchall()


def _maxima(year: int) -> dict[str, int]:
    try:
        year_rules = rules.rules_for(year)
    except KnownError:  # no rules for that year: no maximum to show
        return {Quota.STANDARD: 0, Quota.SPECIAL: 0}
    return {Quota.STANDARD: year_rules.personal_max, Quota.SPECIAL: year_rules.special_max}


def _modes(today: dt.date, ids: list[int] | None) -> dict[int, str]:
    query = PaymentModeChange.select(
        PaymentModeChange.user_number, PaymentModeChange.effective_date, PaymentModeChange.mode)
    rows: dict[int, list[tuple[dt.date, str]]] = {}
    for batch in _batches(ids):
        selected = query if batch is None else query.where(
            PaymentModeChange.user_number.in_(batch))
        for number_id, day, mode in _raw(selected):
            rows.setdefault(number_id, []).append((parse_date(day), mode))
    return {number_id: ModeHistory(found).mode_on(today) for number_id, found in rows.items()}


def _ordered(year: int, ids: list[int] | None) -> dict[int, int]:
    query = (Order.select(Order.user_number, fn.SUM(Order.quantity))
             .where(Order.order_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
             .group_by(Order.user_number))
    totals: dict[int, int] = {}
    for batch in _batches(ids):
        selected = query if batch is None else query.where(Order.user_number.in_(batch))
        totals.update({number_id: int(total or 0) for number_id, total in _raw(selected)})
    return totals


def _to_correct() -> Counter:
    # Counted here, not with GROUP BY: the bare column reads the partial index
    # `prestation_correction` (a handful of rows); a GROUP BY would walk all prestations.
    return Counter(number_id for (number_id,) in _raw(
        Prestation.select(Prestation.user_number).where(Prestation.needs_pluxee_correction)))


def _batches(ids: list[int] | None) -> Iterable[list[int] | None]:
    """Every row at once (None), or the ids in `IN (...)`-sized batches."""
    if ids is None:
        yield None
        return
    yield from (list(batch) for batch in chunked(ids))


def _number_rows(ids: list[int] | None) -> list[tuple]:
    query = UserNumber.select(
        UserNumber.id, UserNumber.customer, UserNumber.number, UserNumber.holder,
        UserNumber.quota, UserNumber.active,
    ).order_by(UserNumber.number)
    rows: list[tuple] = []
    for batch in _batches(ids):
        rows += _raw(query if batch is None else query.where(UserNumber.id.in_(batch)))
    return rows


def load_numbers(ids: Iterable[int] | None = None, today: dt.date | None = None) -> list[NumberNode]:
    """The user numbers with these ids (every one when None), by number; ids that no
    longer exist are left out. Refuses nothing (read only)."""
    today = today or clock.today()
    wanted = None if ids is None else sorted(set(ids))
    maxima = _maxima(today.year)
    modes = _modes(today, wanted)
    ordered = _ordered(today.year, wanted)
    to_correct = _to_correct()
    return [
        NumberNode(number_id, customer_id, number, holder, quota, bool(active),
                   modes.get(number_id, Medium.ELECTRONIC), ordered.get(number_id, 0),
                   maxima.get(quota, 0), int(to_correct.get(number_id, 0)))
        for number_id, customer_id, number, holder, quota, active in _number_rows(wanted)
    ]


def load_tree(today: dt.date | None = None) -> list[CustomerNode]:
    """Every customer (by name) with its user numbers (by number). Refuses nothing (read only)."""
    customers: dict[int, CustomerNode] = {}
    for customer_id, reference, name, city, active in _raw(
        Customer.select(Customer.id, Customer.reference, Customer.name, Customer.city,
                        Customer.active).order_by(Customer.name, Customer.id)
    ):
        customers[customer_id] = CustomerNode(customer_id, reference, name, city, bool(active))
    for node in load_numbers(None, today):
        if node.customer_id in customers:
            customers[node.customer_id].numbers.append(node)
    return list(customers.values())
