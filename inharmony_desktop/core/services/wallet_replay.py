"""How a wallet's electronic vouchers are spent: plain rows in, a `Wallet` out.

The rules: orders become lots, spent oldest first; a usage (the electronic
vouchers of a performed prestation) takes from the oldest lots valid on its
date, and what they cannot pay waits for the next order, as long as that order
comes within 366 days (Pluxee pays it as soon as vouchers arrive); a refund
takes from the oldest valid lots too. Events go in date order; on one date the
orders come first, then the usages, then the refunds.

`replay` runs them over a whole history. `Replay` does the same on usages kept
as two plain lists (dates and running totals, as a query gives them) and can
start from a given state instead of an empty wallet (`core.services.wallet`
uses that to look at a recent window of a long history only). No database here.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

EXPIRY_WARNING_DAYS = 60
PAYABLE_DAYS = 366  # how long a usage no lot could pay waits for an order

# (order id, order date, expiry date, quantity)
OrderRow = tuple[int, dt.date, dt.date, int]
# The same with the order and expiry date again in the form of `Usages.dates`.
KeyedOrder = tuple[int, dt.date, dt.date, int, object, object]


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


def replay(
    on: dt.date,
    orders: Sequence[OrderRow],
    usages: Sequence[tuple[dt.date, int]],
    refunds: Sequence[tuple[dt.date, int]],
) -> Wallet:
    """The wallet on `on` from plain rows: (id, date, expiry, quantity) orders,
    (date, electronic vouchers) usages and (date, quantity) refunds, each kind in
    the order of its events within a date."""
    spent = sorted(((day, int(vouchers)) for day, vouchers in usages if vouchers),
                   key=lambda usage: usage[0])
    rows = Usages([day for day, _ in spent], list(accumulate(v for _, v in spent)))
    keyed = [(*row, row[1], row[2]) for row in orders]
    return Replay(on, rows).run(keyed, refunds, 0, len(spent))


@dataclass
class Usages:
    """Usages in event order as two lists: their dates (dates, or ISO texts straight from
    SQLite: both sort by date) and the running total of their vouchers, each usage at
    least one voucher. Several user numbers may share the lists, each its own slice.
    `textual`: the dates are ISO texts; by default as the first date is, but rows read
    raw must say so themselves, since with no usage at all the order dates (raw too)
    still decide the form a refund's date is compared in."""

    dates: list
    totals: list[int]
    textual: bool | None = None

    def __post_init__(self) -> None:
        if self.textual is None:
            self.textual = bool(self.dates) and isinstance(self.dates[0], str)

    def before(self, index: int) -> int:
        """The running total before the usage at `index`."""
        return self.totals[index - 1] if index else 0

    def amount(self, index: int) -> int:
        return self.totals[index] - self.before(index)

    def key(self, day: dt.date) -> object:
        """`day` in the form of the dates."""
        return day.isoformat() if self.textual else day


class Replay:
    """One replay: `place` lots that are there from the start, `owe` usages that wait
    from the start, then `run` the events.

    Usages are not walked one by one: between two events that change which lots
    can pay (an order, a refund, the expiry of a lot) they all draw on the same
    lots, oldest first, so their sum is spent at once; where the lots run out, a
    binary search on the running totals finds the first usage that waits. The
    waiting usages are kept as runs of consecutive usages:
    [first, end, vouchers still to pay of the first], the others of the run in full.
    """

    def __init__(self, on: dt.date, usages: Usages) -> None:
        self.on = on
        self.usages = usages
        self.wallet = Wallet(on=on)
        self.starts: list = []  # order date of each lot, in the form of usages.dates
        self.ends: list = []  # expiry date of each lot, likewise
        self.pending: deque[list] = deque()
        self.live = 0  # the lots before this one are spent or expired for good

    def place(self, row: KeyedOrder, remaining: int) -> None:
        """A lot in the wallet from the start, with `remaining` vouchers left."""
        order_id, day, expiry, quantity, day_key, expiry_key = row
        self.wallet.lots.append(Lot(order_id, day, expiry, quantity, remaining))
        self.starts.append(day_key)
        self.ends.append(expiry_key)

    def owe(self, first: int, end: int) -> None:
        """The usages first..end-1 wait in full for an order from the start."""
        if first < end:
            self._wait(first, end, self.usages.amount(first))

    def run(self, orders: Sequence[KeyedOrder], refunds: Sequence[tuple[dt.date, int]],
            lo: int, hi: int) -> Wallet:
        """Replay the orders, the refunds and the usages lo..hi-1; returns the wallet."""
        usages = self.usages
        # Orders and refunds are few: one list in event order (a stable sort keeps the
        # given order within a date).
        events = sorted([(row[1], 0, row) for row in orders]
                        + [(row[0], 2, row) for row in refunds], key=lambda e: (e[0], e[1]))
        done = lo
        for day, kind, row in events:
            # The usages before it: on earlier dates, and on its date when it is a refund.
            if kind == 0:
                upto = bisect_left(usages.dates, row[4], done, hi)
            else:
                upto = bisect_right(usages.dates, usages.key(day), done, hi)
            self._use(done, upto)
            done = upto
            if kind == 0:
                self._order(row)
            else:
                self._refund(row)
        self._use(done, hi)
        wallet = self.wallet
        totals = usages.totals
        wallet.unpaid = sum(left + totals[end - 1] - totals[first]
                            for first, end, left in self.pending)
        wallet.expired = sum(lot.remaining for lot in wallet.lots if lot.expiry_date < self.on)
        return wallet

    def _valid_on(self, day: object) -> list[int]:
        """The lots with vouchers left that are valid on `day`, oldest first."""
        lots, ends = self.wallet.lots, self.ends
        live = self.live
        while live < len(lots) and (not lots[live].remaining or ends[live] < day):
            live += 1
        self.live = live
        return [i for i in range(live, len(lots))
                if lots[i].remaining and self.starts[i] <= day <= ends[i]]

    def _take(self, valid: list[int], count: int) -> int:
        """Spend `count` from the `valid` lots in order; returns what they could not pay."""
        lots = self.wallet.lots
        for i in valid:
            if not count:
                break
            taken = min(lots[i].remaining, count)
            lots[i].remaining -= taken
            count -= taken
        return count

    def _wait(self, first: int, end: int, left: int) -> None:
        pending = self.pending
        if pending and pending[-1][1] == first and left == self.usages.amount(first):
            pending[-1][1] = end
        else:
            pending.append([first, end, left])

    def _use(self, first: int, end: int) -> None:
        """The usages first..end-1, all before the next order or refund."""
        usages, totals = self.usages, self.usages.totals
        while first < end:
            valid = self._valid_on(usages.dates[first])
            if not valid:
                self._wait(first, end, usages.amount(first))
                return
            # Up to the first expiry among the lots that can pay, they all can.
            stop = bisect_right(usages.dates, min(self.ends[i] for i in valid), first, end)
            already = usages.before(first)
            wanted = totals[stop - 1] - already
            capacity = sum(self.wallet.lots[i].remaining for i in valid)
            self._take(valid, wanted)
            self.wallet.used += min(wanted, capacity)
            if wanted > capacity:
                short = bisect_right(totals, already + capacity, first, stop)
                self._wait(short, stop, totals[short] - already - capacity)
            first = stop

    def _order(self, row: KeyedOrder) -> None:
        """A new lot; it first pays the usages that wait for it, oldest first."""
        self.place(row, row[3])
        wallet = self.wallet
        wallet.ordered += row[3]
        pending = self.pending
        if not pending:
            return
        lot = wallet.lots[-1]
        usages, totals = self.usages, self.usages.totals
        too_old = usages.key(lot.order_date - dt.timedelta(days=PAYABLE_DAYS + 1))
        while pending and lot.remaining:
            run = pending[0]
            first, end, left = run
            recent = bisect_right(usages.dates, too_old, first, end)
            if recent == end:  # every usage of the run waited too long: Pluxee dropped them
                pending.popleft()
                continue
            if recent > first:
                first, left = recent, usages.amount(recent)
            waiting = left + totals[end - 1] - totals[first]
            paid = min(lot.remaining, waiting)
            lot.remaining -= paid
            wallet.used += paid
            if paid == waiting:
                pending.popleft()
            elif paid < left:
                run[:] = [first, end, left - paid]
            else:
                # The first usage paid in full, then every one before `following`.
                following = bisect_right(totals, paid - left + totals[first], first + 1, end)
                paid_before = left + totals[following - 1] - totals[first]
                run[:] = [following, end, usages.amount(following) - (paid - paid_before)]

    def _refund(self, row: tuple[dt.date, int]) -> None:
        day, quantity = row
        count = int(quantity)
        left = self._take(self._valid_on(self.usages.key(day)), count)
        self.wallet.refunded += count - left
