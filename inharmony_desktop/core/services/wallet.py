"""The electronic wallet of a user number: what was ordered, used, refunded,
what is still available, oldest vouchers spent first, and what expires soon.

The spending rules are in `wallet_replay`; this module reads the rows.
`wallet(id)` replays one user number's history; `wallets(ids)` and
`available_on(ids)` answer for thousands at once (generating a month checks
every user number it plans for).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from itertools import accumulate, pairwise

import peewee

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import STATUSES, Order, Prestation, Refund, database
from inharmony_desktop.core.services.base import among, chunked, parse_date, raw_dates_are_text
from inharmony_desktop.core.services.wallet_replay import (
    EXPIRY_WARNING_DAYS,
    PAYABLE_DAYS,
    Lot,
    Replay,
    Usages,
    Wallet,
    replay,
)
from inharmony_desktop.core.vocabulary import WORKED_STATUSES, Medium, Status

__all__ = ["EXPIRY_WARNING_DAYS", "USING_STATUSES", "Lot", "Wallet", "available_on",
           "planned_need", "replay", "wallet", "wallets"]

# A prestation uses its electronic vouchers once it has been performed.
USING_STATUSES = WORKED_STATUSES
# `available_on` replays this many days before the date only (see there), then this many
# for the wallets the first window leaves unsure.
WINDOW_DAYS = (2 * 365, 6 * 365)


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
        # The usages of one date draw on the same lots: their order among themselves does
        # not matter, and the (user number, date) index gives them in date order.
        .order_by(Prestation.date)
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


def wallets(user_number_ids: Iterable[int], on: dt.date | None = None) -> dict[int, Wallet]:
    """`wallet(id, on)` of many user numbers at once: three queries per 500 user numbers
    instead of three per user number, and the same replay of each whole history."""
    on = on or clock.today()
    result: dict[int, Wallet] = {}
    for chunk in chunked(sorted(set(user_number_ids))):
        orders, refunds = _orders(chunk, on), _refunds(chunk, on)
        usages, owners = _usages(chunk, None, on)
        for un in chunk:
            lo, hi = bisect_left(owners, un), bisect_right(owners, un)
            result[un] = Replay(on, usages).run(orders[un], refunds[un], lo, hi)
    return result


def available_on(user_number_ids: Iterable[int], on: dt.date) -> dict[int, int]:
    """`wallet(id, on).available` of many user numbers at once, for every id given.

    The whole history of a user number decides its wallet in principle, but a
    generation asks for thousands of them. So each is first replayed over the
    last two years only, from the most vouchers it can have had then (every lot
    ordered before that still valid and full, nothing waiting) and, unless that
    already ends empty, from the fewest (every such lot spent, every usage of the
    year before waiting in full). The spending rules are monotone — more vouchers
    at the start never leave fewer at the end — so the true wallet lies between
    the two: where they agree (nearly always: a wallet that ran dry or let
    vouchers expire has forgotten what came before), that is the answer. Where
    they do not, the same is tried over the last six years, which settles nearly
    all the others. Where even that fails, or where lots do not expire in the order
    they were bought (the bounds need that), the whole history is replayed.
    """
    result: dict[int, int] = {}
    unsure = sorted(set(user_number_ids))
    for days in WINDOW_DAYS:
        unsure = _settle(unsure, on, on - dt.timedelta(days=days), result)
    for un, whole in wallets(unsure, on).items():
        result[un] = whole.available
    return result


def _settle(user_number_ids: list[int], on: dt.date, start: dt.date,
            result: dict[int, int]) -> list[int]:
    """Put in `result` the wallets on `on` that the bounds from `start` settle; returns the
    others."""
    unsure: list[int] = []
    for chunk in chunked(user_number_ids):
        # Lots that expired before `start` can pay nothing in the window: left out.
        orders, refunds = _orders(chunk, on, valid_from=start), _refunds(chunk, on)
        # Without a lot still valid on `on` a wallet holds nothing then, whatever it used.
        lasting = [un for un in chunk if any(row[2] >= on for row in orders[un])]
        result.update((un, 0) for un in set(chunk).difference(lasting))
        if not lasting:
            continue
        # The most vouchers need the usages of the window only; most wallets end empty
        # that way, and only the others read the year before too, for the fewest.
        usages, owners = _usages(lasting, start, on)
        highs: dict[int, int] = {}
        for un in lasting:
            lo, hi = bisect_left(owners, un), bisect_right(owners, un)
            high = _most(on, start, orders[un], refunds[un], usages, lo, hi)
            if high is None:
                unsure.append(un)
            elif high:
                highs[un] = high
            else:
                result[un] = 0
        if not highs:
            continue
        # From the oldest usage an order on `start` could still pay.
        usages, owners = _usages(list(highs), start - dt.timedelta(days=PAYABLE_DAYS), on)
        for un, high in highs.items():
            lo, hi = bisect_left(owners, un), bisect_right(owners, un)
            if _fewest(on, start, orders[un], refunds[un], usages, lo, hi) == high:
                result[un] = high
            else:
                unsure.append(un)
    return sorted(unsure)


def _bounded(on: dt.date, start: dt.date, orders: list, refunds: list, usages: Usages,
             lo: int, hi: int) -> int | None:
    """The available vouchers on `on` when the replays of [start, on] from the most and
    the fewest vouchers agree, else None. `usages` lo..hi-1 begin a year before `start`.
    Lots that expired before `start` play no part (they may be left out of `orders`)."""
    high = _most(on, start, orders, refunds, usages, lo, hi)
    if not high:
        return high
    return high if _fewest(on, start, orders, refunds, usages, lo, hi) == high else None


def _window(start: dt.date, orders: list, refunds: list) -> tuple[list, list, list] | None:
    """The lots still valid on `start` ordered before it, those ordered from it on and
    the refunds from it on; None when the lots do not expire in the order they came."""
    orders = [row for row in orders if row[2] >= start]
    if any(later[2] < earlier[2] for earlier, later in pairwise(orders)):
        return None
    ordered_before = sum(1 for row in orders if row[1] < start)
    return (orders[:ordered_before], orders[ordered_before:],
            [row for row in refunds if row[0] >= start])


def _most(on: dt.date, start: dt.date, orders: list, refunds: list, usages: Usages,
          lo: int, hi: int) -> int | None:
    """The available vouchers on `on` after a replay of [start, on] that begins with every
    lot ordered before `start` full and nothing waiting; None where the bounds do not
    hold. Reads the usages lo..hi-1 from `start` on only."""
    window = _window(start, orders, refunds)
    if window is None:
        return None
    before, later_orders, later_refunds = window
    first = bisect_left(usages.dates, usages.key(start), lo, hi)
    most = Replay(on, usages)
    for row in before:
        most.place(row, row[3])
    return most.run(later_orders, later_refunds, first, hi).available


def _fewest(on: dt.date, start: dt.date, orders: list, refunds: list, usages: Usages,
            lo: int, hi: int) -> int | None:
    """The same from every lot ordered before `start` spent and every usage of the year
    before it (`usages` lo..hi-1 begin there) waiting in full."""
    window = _window(start, orders, refunds)
    if window is None:
        return None
    _, later_orders, later_refunds = window
    first = bisect_left(usages.dates, usages.key(start), lo, hi)
    fewest = Replay(on, usages)
    fewest.owe(lo, first)
    return fewest.run(later_orders, later_refunds, first, hi).available


def _orders(chunk: list[int], on: dt.date, *, valid_from: dt.date | None = None
            ) -> dict[int, list]:
    """The electronic orders up to `on` (those still valid on `valid_from` only, if given)."""
    query = (
        Order.select(Order.user_number, Order.id, Order.order_date, Order.expiry_date,
                     Order.quantity)
        .where(among(Order.user_number, chunk) & (Order.medium == Medium.ELECTRONIC)
               & (Order.order_date <= on))
        .order_by(Order.user_number, Order.order_date, Order.id)
    )
    if valid_from is not None:
        query = query.where(Order.expiry_date >= valid_from)
    found: dict[int, list] = defaultdict(list)
    for un, order_id, day, expiry, quantity in _raw_rows(query):
        # The raw dates too: the form of the usage dates, for the replay to compare.
        found[un].append((order_id, parse_date(day), parse_date(expiry), quantity, day, expiry))
    return found


def _refunds(chunk: list[int], on: dt.date) -> dict[int, list]:
    query = (
        Refund.select(Refund.user_number, Refund.refund_date, Refund.quantity)
        .where(among(Refund.user_number, chunk) & (Refund.medium == Medium.ELECTRONIC)
               & (Refund.refund_date <= on))
        .order_by(Refund.user_number, Refund.id)
    )
    found: dict[int, list] = defaultdict(list)
    for un, day, quantity in _raw_rows(query):
        found[un].append((parse_date(day), quantity))
    return found


def _usages(chunk: list[int], since: dt.date | None, on: dt.date) -> tuple[Usages, list[int]]:
    """The usages of the user numbers in `chunk` from `since` (None: all) to `on`, in event
    order per user number, and the user number of each.

    The rows stay as the driver gives them: a month's generation reads a quarter of
    a million, which Peewee's row conversion would make four times as slow.
    """
    query = (
        Prestation.select(Prestation.user_number, Prestation.date, Prestation.electronic)
        .where(among(Prestation.user_number, chunk) & (Prestation.electronic > 0)
               & using_status(Prestation.status) & (Prestation.date <= on))
        .order_by(Prestation.user_number, Prestation.date)  # as in `wallet`: no sort
    )
    if since is not None:
        query = query.where(Prestation.date >= since)
    rows = _raw_rows(query)
    usages = Usages([row[1] for row in rows], list(accumulate(row[2] for row in rows)),
                    textual=raw_dates_are_text())
    return usages, [row[0] for row in rows]


def using_status(status: peewee.Field) -> peewee.Expression:
    """`status IN USING_STATUSES`, said so that SQLite reads a user number's rows through
    the (user number, date) index, already in date order, instead of sorting them."""
    return status.not_in([code for code in STATUSES if code not in USING_STATUSES])


def _raw_rows(query: peewee.Query) -> list[tuple]:
    return database.execute(query).fetchall()



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
