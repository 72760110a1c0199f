"""The electronic wallet of a user number: what was ordered, used, refunded,
what is still available, oldest vouchers spent first, and what expires soon."""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Order, Prestation, Refund
from inharmony_desktop.core.vocabulary import Medium, Status

# A prestation uses its electronic vouchers once it has been performed.
USING_STATUSES = (Status.PERFORMED, Status.REGISTERED, Status.CONFIRMED, Status.PAID, Status.CONTESTED)
EXPIRY_WARNING_DAYS = 60


@dataclass
class Lot:
    order_id: int
    order_date: dt.date
    expiry_date: dt.date
    quantity: int
    remaining: int


@dataclass
class Wallet:
    on: dt.date
    ordered: int = 0
    used: int = 0
    refunded: int = 0
    expired: int = 0
    unpaid: int = 0  # electronic vouchers of performed prestations no lot could pay
    lots: list[Lot] = field(default_factory=list)

    @property
    def available(self) -> int:
        return sum(lot.remaining for lot in self.lots if lot.expiry_date >= self.on)

    def expiring(self, days: int = EXPIRY_WARNING_DAYS) -> list[Lot]:
        limit = self.on + dt.timedelta(days=days)
        return [
            lot for lot in self.lots
            if lot.remaining > 0 and self.on <= lot.expiry_date <= limit
        ]


def wallet(user_number_id: int, on: dt.date | None = None) -> Wallet:
    """Replay orders, electronic usage and refunds up to `on`, oldest lot first.

    A prestation no valid lot can pay waits for the next order (Pluxee pays it
    as soon as vouchers arrive), as long as that order is within 12 months.
    Refuses nothing (read only).
    """
    on = on or clock.today()
    orders = (
        Order.select(Order.id, Order.order_date, Order.expiry_date, Order.quantity)
        .where((Order.user_number == user_number_id) & (Order.medium == Medium.ELECTRONIC)
               & (Order.order_date <= on))
        .order_by(Order.order_date, Order.id)
    )
    usages = (
        Prestation.select(Prestation.date, Prestation.electronic)
        .where((Prestation.user_number == user_number_id) & (Prestation.electronic > 0)
               & (Prestation.status.in_(USING_STATUSES)) & (Prestation.date <= on))
        .order_by(Prestation.date, Prestation.id)
    )
    refunds = (
        Refund.select(Refund.refund_date, Refund.quantity)
        .where((Refund.user_number == user_number_id) & (Refund.medium == Medium.ELECTRONIC)
               & (Refund.refund_date <= on))
    )
    return replay(
        on,
        # Plain tuples: a replay reads hundreds of rows, model objects would triple its cost.
        list(orders.tuples()),
        list(usages.tuples()),
        list(refunds.tuples()),
    )


def replay(
    on: dt.date,
    orders: list[tuple[int, dt.date, dt.date, int]],
    usages: list[tuple[dt.date, int]],
    refunds: list[tuple[dt.date, int]],
) -> Wallet:
    """The wallet on `on` from plain rows: (id, date, expiry, quantity) orders,
    (date, electronic vouchers) usages and (date, quantity) refunds. Refuses nothing."""
    result = Wallet(on=on)
    # (date, kind order: 0 = order, 1 = usage, 2 = refund, payload)
    events: list[tuple[dt.date, int, object]] = []
    for order_id, day, expiry, quantity in orders:
        events.append((day, 0, Lot(order_id, day, expiry, quantity, quantity)))
    for day, vouchers in usages:
        events.append((day, 1, vouchers))
    for day, quantity in refunds:
        events.append((day, 2, quantity))
    # Stable sort: orders keep their (date, id) order, usages theirs.
    events.sort(key=lambda e: (e[0], e[1]))

    pending: deque[list] = deque()  # [date, vouchers still to pay]
    for day, kind, payload in events:
        if kind == 0:
            lot = payload
            result.lots.append(lot)
            result.ordered += lot.quantity
            while pending and lot.remaining:
                waiting = pending[0]
                if (lot.order_date - waiting[0]).days > 366:
                    pending.popleft()
                    continue
                taken = min(lot.remaining, waiting[1])
                lot.remaining -= taken
                waiting[1] -= taken
                result.used += taken
                if waiting[1] == 0:
                    pending.popleft()
        elif kind == 1:
            left = _take(result.lots, day, int(payload))
            result.used += int(payload) - left
            if left:
                pending.append([day, left])
        else:
            left = _take(result.lots, day, int(payload))
            result.refunded += int(payload) - left
    result.unpaid = sum(w[1] for w in pending)
    result.expired = sum(lot.remaining for lot in result.lots if lot.expiry_date < on)
    return result


def _take(lots: list[Lot], day: dt.date, count: int) -> int:
    """Spend `count` vouchers from the oldest lots valid on `day`; return what is left."""
    for lot in lots:
        if not count:
            break
        if lot.remaining and lot.order_date <= day <= lot.expiry_date:
            taken = min(lot.remaining, count)
            lot.remaining -= taken
            count -= taken
    return count


def planned_need(user_number_id: int, start: dt.date, end: dt.date) -> int:
    """Electronic vouchers the planned prestations in [start, end] will need.
    Refuses nothing (read only)."""
    from peewee import fn

    value = (
        Prestation.select(fn.COALESCE(fn.SUM(Prestation.electronic), 0))
        .where((Prestation.user_number == user_number_id) & (Prestation.status == Status.PLANNED)
               & (Prestation.date.between(start, end)))
        .scalar()
    )
    return int(value or 0)
