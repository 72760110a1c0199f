"""Looking ahead from the wallet: when it runs out, and which user numbers
need the office's attention.

`forecast_runout` spends the wallet on the planned prestations (oldest lots
first, each lot only while valid) and tells on which date the vouchers no
longer cover them. `attention_flags` answers for many user numbers at once
with a handful of grouped queries, so the customer tree can mark rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import SQL, fn

from inharmony_desktop.core import clock
from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core.models import Order, Prestation, Refund, UserNumber, database
from inharmony_desktop.core.services.base import among_scanned, parse_date
from inharmony_desktop.core.services.wallet import (
    EXPIRY_WARNING_DAYS,
    USING_STATUSES,
    Lot,
    _take,
    replay,
    wallet,
)
from inharmony_desktop.core.vocabulary import Medium, Quota, Status

QUOTA_WARNING_FRACTION = 0.9
SHORT_HORIZON_DAYS = 60  # planned prestations this far ahead must be covered

EXPIRING = "expiring"
SHORT = "short"
QUOTA = "quota"


@dataclass(frozen=True)
class Forecast:
    on: dt.date
    available: int
    planned: int  # electronic vouchers the planned prestations from `on` need
    runout_date: dt.date | None  # None: no planned prestations to run out on
    short: int  # planned vouchers no lot covers
    weekly_rate: float  # planned electronic vouchers per week
    estimated: bool  # True: the wallet covers every planned prestation; date extrapolated
    by_expiry: bool = False  # the estimate is the day after the last vouchers expire

    def explain(self) -> str:
        if self.runout_date is None:
            return "Geen geplande prestaties met elektronische cheques."
        if not self.estimated:
            return (f"De portefeuille is op {self.runout_date:%d/%m/%Y} leeg; er ontbreken "
                    f"{self.short} cheques voor de geplande prestaties.")
        rate = f"{self.weekly_rate:.1f}".replace(".", ",")
        if self.by_expiry:
            return (f"Aan {rate} cheques per week raakt de portefeuille niet op: de laatste "
                    f"cheques vervallen op {self.runout_date - dt.timedelta(days=1):%d/%m/%Y}.")
        return (f"Aan {rate} cheques per week is de portefeuille rond "
                f"{self.runout_date:%d/%m/%Y} leeg.")


def _copy(lots: list[Lot], on: dt.date) -> list[Lot]:
    return [Lot(lot.order_id, lot.order_date, lot.expiry_date, lot.quantity, lot.remaining)
            for lot in lots if lot.remaining and lot.expiry_date >= on]


def _planned(user_number_ids: list[int], start: dt.date, end: dt.date | None):
    query = Prestation.select(Prestation.user_number, Prestation.date, Prestation.electronic).where(
        (Prestation.user_number.in_(user_number_ids)) & (Prestation.status == Status.PLANNED)
        & (Prestation.electronic > 0) & (Prestation.date >= start)
    )
    if end is not None:
        query = query.where(Prestation.date <= end)
    return query.order_by(Prestation.date, Prestation.id).tuples()


def forecast_runout(user_number_id: int, on: dt.date | None = None) -> Forecast:
    """When the wallet runs out at the rate of the planned prestations.
    Refuses nothing (read only)."""
    on = on or clock.today()
    current = wallet(user_number_id, on)
    lots = _copy(current.lots, on)
    planned = [(day, vouchers) for _, day, vouchers in _planned([user_number_id], on, None)]
    total = sum(vouchers for _, vouchers in planned)
    if not planned:
        return Forecast(on, current.available, 0, None, 0, 0.0, False)
    runout: dt.date | None = None
    short = 0
    for day, vouchers in planned:
        left = _take(lots, day, vouchers)
        if left and runout is None:
            runout = day
        short += left
    last = planned[-1][0]
    weeks = math.ceil(((last - on).days + 1) / 7)  # whole weeks: a weekly slot counts once
    rate = total / weeks
    if runout is not None:
        return Forecast(on, current.available, total, runout, short, rate, False)
    remaining = [lot for lot in lots if lot.remaining and lot.expiry_date >= last]
    left_over = sum(lot.remaining for lot in remaining)
    estimate = last + dt.timedelta(days=int(left_over / rate * 7)) if rate else last
    by_expiry = False
    if remaining:
        expired = max(lot.expiry_date for lot in remaining) + dt.timedelta(days=1)
        by_expiry = expired < estimate
        estimate = min(estimate, expired)
    else:
        estimate = last + dt.timedelta(days=1)
    return Forecast(on, current.available, total, estimate, 0, rate, True, by_expiry)


@dataclass
class Attention:
    flags: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)

    def add(self, flag: str, reason: str) -> None:
        self.flags.add(flag)
        self.reasons.append(reason)


def _of(column, ids: list[int]):
    """The condition that keeps the rows of `ids`.

    For one user number the (user number, date) index answers directly. For
    many, one pass over the period with the rows sorted out here is faster than
    a long IN list, for which SQLite's planner picks the (status, date) index
    and reads the whole period once per chunk.
    """
    return column == ids[0] if len(ids) == 1 else SQL("1 = 1")


def attention_flags(
    user_number_ids: Iterable[int], on: dt.date | None = None
) -> dict[int, Attention]:
    """For each user number: expiring vouchers, a wallet short for the planned
    prestations of the next 60 days, a quota above 90 %. Only those with a flag
    are in the result. Refuses nothing (read only)."""
    on = on or clock.today()
    ids = sorted(set(user_number_ids))
    result: dict[int, Attention] = {}
    if not ids:
        return result
    rules = rules_mod.rules_for(on.year)
    _wallet_flags(ids, on, result)
    _quota_flags(ids, on, rules, result)
    return result


def lookback_start(on: dt.date) -> dt.date:
    """The oldest date whose orders and usage can still shape today's lots.

    A lot still valid today was ordered at most one validity period ago; the
    lots it competed with (oldest first) at most one period before that. Older
    history only moved lots that have expired, so the replay starts here.
    Refuses nothing.
    """
    longest = max((r.validity_months for r in rules_mod.all_rules()), default=12)
    return rules_mod.add_months_end(on, -(2 * longest + 2))


@functools.cache
def _month_end(month: str) -> dt.date:
    year, number = int(month[:4]), int(month[5:7])
    return dt.date(year, number, calendar.monthrange(year, number)[1])



def _monthly(
    model, user_column, date_column, amount_column, where, wanted: set[int]
) -> dict[int, list]:
    """Sums per user number and calendar month, dated the month's last day.

    Every lot expires on the last day of a month, so the lots valid for any
    day of a month are still valid on its last day, and a voucher the older
    lots cannot pay is paid by that month's order either way: spending a
    month's total on its last day leaves the same lots as spending day by day.
    It reads a few rows per month instead of one per prestation (raw rows: a
    hundred thousand of them through Peewee's row conversion would cost more
    than the query).
    """
    month = fn.SUBSTR(date_column.cast("TEXT"), 1, 7).coerce(False)
    rows: dict[int, list] = defaultdict(list)
    query = (model.select(user_column, month, fn.SUM(amount_column)).where(where)
             .group_by(user_column, month))
    for user_number, key, amount in database.execute(query):
        if user_number in wanted:
            rows[user_number].append((_month_end(key), int(amount)))
    for months in rows.values():  # sorted here: a few each, instead of all in the query
        months.sort()
    return rows


def _wallet_flags(ids: list[int], on: dt.date, result: dict[int, Attention]) -> None:
    since = lookback_start(on)
    wanted = set(ids)
    orders: dict[int, list] = defaultdict(list)
    for user_number, oid, day, expiry, quantity in database.execute(
        Order.select(Order.user_number, Order.id, Order.order_date, Order.expiry_date,
                     Order.quantity)
        .where(_of(Order.user_number, ids) & (Order.medium == Medium.ELECTRONIC)
               & (Order.order_date.between(since, on)))
        .order_by(Order.order_date, Order.id)
    ):
        if user_number in wanted:
            orders[user_number].append((oid, day, expiry, quantity))
    used = _of(Prestation.user_number, ids) & (Prestation.electronic > 0)
    horizon = on + dt.timedelta(days=SHORT_HORIZON_DAYS)
    planned = _monthly(Prestation, Prestation.user_number, Prestation.date, Prestation.electronic,
                       used & (Prestation.status == Status.PLANNED)
                       & Prestation.date.between(on, horizon), wanted)
    # Only a user number with a lot that expires soon or with planned prestations can get
    # a mark: the others are not replayed.
    soon = on + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    low, high = on.isoformat(), soon.isoformat()

    def expires_soon(expiry: dt.date | str) -> bool:
        """Raw dates: ISO texts from SQLite (they sort as the dates do) or dates."""
        return low <= expiry <= high if isinstance(expiry, str) else on <= expiry <= soon

    candidates = sorted({un for un, rows in orders.items()
                         if any(expires_soon(row[2]) for row in rows)} | set(planned))
    if not candidates:
        return
    wanted = set(candidates)
    orders = {un: [(oid, parse_date(day), parse_date(expiry), quantity)
                   for oid, day, expiry, quantity in orders.get(un, ())] for un in candidates}
    usages = _monthly(Prestation, Prestation.user_number, Prestation.date, Prestation.electronic,
                      used & Prestation.status.in_(USING_STATUSES)
                      & Prestation.date.between(since, on)
                      & among_scanned(Prestation.user_number, candidates), wanted)
    refunds = _monthly(Refund, Refund.user_number, Refund.refund_date, Refund.quantity,
                       _of(Refund.user_number, ids) & (Refund.medium == Medium.ELECTRONIC)
                       & (Refund.refund_date.between(since, on)), wanted)
    for user_number in candidates:
        current = replay(on, orders[user_number], usages[user_number], refunds[user_number])
        expiring = sum(lot.remaining for lot in current.expiring(EXPIRY_WARNING_DAYS))
        if expiring:
            first = min(lot.expiry_date for lot in current.expiring(EXPIRY_WARNING_DAYS))
            result.setdefault(user_number, Attention()).add(
                EXPIRING, f"{expiring} cheques vervallen binnen {EXPIRY_WARNING_DAYS} dagen "
                          f"(eerste op {first:%d/%m/%Y}).")
        if planned[user_number]:
            lots = _copy(current.lots, on)
            short = sum(_take(lots, day, vouchers) for day, vouchers in planned[user_number])
            if short:
                result.setdefault(user_number, Attention()).add(
                    SHORT, f"Er ontbreken {short} elektronische cheques voor de geplande "
                           f"prestaties van de komende {SHORT_HORIZON_DAYS} dagen.")


def _quota_flags(ids: list[int], on: dt.date, rules, result: dict[int, Attention]) -> None:
    start, end = dt.date(on.year, 1, 1), dt.date(on.year, 12, 31)
    wanted = set(ids)
    numbers = [row for row in UserNumber.select(UserNumber.id, UserNumber.customer,
                                                UserNumber.quota)
               .where(_of(UserNumber.id, ids)).tuples() if row[0] in wanted]
    ordered = dict(
        Order.select(Order.user_number, fn.SUM(Order.quantity))
        .where(_of(Order.user_number, ids) & (Order.order_date.between(start, end)))
        .group_by(Order.user_number).tuples()
    )
    customers = sorted({customer for _, customer, _ in numbers})
    household = dict(
        Order.select(UserNumber.customer, fn.SUM(Order.quantity))
        .join(UserNumber)
        .where(_of(UserNumber.customer, customers) & (UserNumber.quota == Quota.STANDARD)
               & (Order.order_date.between(start, end)))
        .group_by(UserNumber.customer).tuples()
    ) if customers else {}
    for user_number, customer, quota in numbers:
        limit = rules.special_max if quota == Quota.SPECIAL else rules.personal_max
        mine = int(ordered.get(user_number) or 0)
        if mine > QUOTA_WARNING_FRACTION * limit:
            result.setdefault(user_number, Attention()).add(
                QUOTA, f"{mine} van {limit} cheques besteld in {on.year}.")
            continue
        family = int(household.get(customer) or 0)
        if quota == Quota.STANDARD and family > QUOTA_WARNING_FRACTION * rules.household_max:
            result.setdefault(user_number, Attention()).add(
                QUOTA, f"Het gezin bestelde {family} van {rules.household_max} cheques "
                       f"in {on.year}.")


@dataclass(frozen=True)
class Overview:
    """Everything the wallet & quota panel shows for one user number."""

    number: str
    wallet: object  # wallet.Wallet
    expiring: list[Lot]
    quota: object  # orders.QuotaUse
    price_cents: int  # the unit price of the next voucher ordered this year
    higher_tier: bool
    forecast: Forecast
    attention: Attention


def overview(user_number_id: int, on: dt.date | None = None) -> Overview:
    """Everything the wallet & quota panel shows about one user number on `on`; `KnownError`
    when there are no rules for that year."""
    from inharmony_desktop.core.services.orders import quota_use

    on = on or clock.today()
    user_number = UserNumber.get_by_id(user_number_id)
    current = wallet(user_number_id, on)
    quota = quota_use(user_number_id, on.year)
    rules = rules_mod.rules_for(on.year)
    higher = not quota.special and quota.ordered >= quota.tier_threshold
    return Overview(
        number=user_number.number,
        wallet=current,
        expiring=current.expiring(EXPIRY_WARNING_DAYS),
        quota=quota,
        price_cents=rules.higher_price_cents if higher else rules.base_price_cents,
        higher_tier=higher,
        forecast=forecast_runout(user_number_id, on),
        attention=attention_flags([user_number_id], on).get(user_number_id, Attention()),
    )
