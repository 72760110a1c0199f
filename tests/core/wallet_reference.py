"""The wallet computed the straightforward way, as the program did before its bulk
replay: one user number at a time, three queries each, every event walked one by
one. The tests hold the fast paths (`wallet_replay.Replay`, `wallet.wallets`,
`wallet.available_on`, the generation's wallet check) to exactly this.
"""

from __future__ import annotations

import datetime as dt
from collections import deque

from inharmony_desktop.core.models import Order, Prestation, Refund
from inharmony_desktop.core.services.wallet import USING_STATUSES
from inharmony_desktop.core.services.wallet_replay import Lot, Wallet


def reference_wallet(user_number_id: int, on: dt.date) -> Wallet:
    orders = (
        Order.select(Order.id, Order.order_date, Order.expiry_date, Order.quantity)
        .where((Order.user_number == user_number_id) & (Order.medium == "electronic")
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
        .where((Refund.user_number == user_number_id) & (Refund.medium == "electronic")
               & (Refund.refund_date <= on))
    )
    return reference_replay(on, list(orders.tuples()), list(usages.tuples()),
                            list(refunds.tuples()))


def reference_replay(on: dt.date, orders: list, usages: list, refunds: list) -> Wallet:
    """Every event in (date, kind) order, one by one."""
    result = Wallet(on=on)
    # (date, kind order: 0 = order, 1 = usage, 2 = refund, payload)
    events: list[tuple[dt.date, int, object]] = []
    for order_id, day, expiry, quantity in orders:
        events.append((day, 0, Lot(order_id, day, expiry, quantity, quantity)))
    for day, vouchers in usages:
        events.append((day, 1, vouchers))
    for day, quantity in refunds:
        events.append((day, 2, quantity))
    events.sort(key=lambda e: (e[0], e[1]))  # stable: each kind keeps its order

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
    for lot in lots:
        if not count:
            break
        if lot.remaining and lot.order_date <= day <= lot.expiry_date:
            taken = min(lot.remaining, count)
            lot.remaining -= taken
            count -= taken
    return count
