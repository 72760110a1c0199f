"""Looking ahead from the wallet: when it runs out, and which user numbers
need the office's attention.

`forecast_runout` spends the wallet on the planned prestations (oldest lots
first, each lot only while valid) and tells on which date the vouchers no
longer cover them. `attention_flags` answers for many user numbers at once
with a handful of queries, so the customer tree can mark rows; its marks are
those of each wallet's whole history, read for a few user numbers only.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from peewee import SQL, fn

from inharmony_desktop.core import clock
from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core.collector import collector_paused
from inharmony_desktop.core.models import Order, Prestation, Refund, UserNumber, database
from inharmony_desktop.core.services.base import (
    among,
    chunked,
    parse_date,
    raw_dates_are_text,
)
from inharmony_desktop.core.services.wallet import (
    EXPIRY_WARNING_DAYS,
    Lot,
    _take,
    using_status,
    wallet,
)
from inharmony_desktop.core.services.wallet_replay import Replay, Usages, Wallet
from inharmony_desktop.core.vocabulary import Medium, Quota, Status

SHORT_HORIZON_DAYS = 60  # planned prestations this far ahead must be covered
# The windows replayed before a user number's whole history (see `_wallet_flags`).
WINDOW_DAYS = (365, 2 * 365)

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
    # Tens of thousands of rows and replays, no cycles among them: the cycle collector
    # would walk the window's whole heap again and again meanwhile.
    with collector_paused():
        _wallet_flags(ids, on, result)
        _quota_flags(ids, on, rules, result)
    return result


def lookback_start(on: dt.date) -> dt.date:
    """The oldest date whose orders and usage shape today's lots in nearly every wallet:
    a lot still valid today was ordered at most one validity period ago, and the lots it
    competed with (oldest first) at most one period before that. Refuses nothing.
    """
    longest = max((r.validity_months for r in rules_mod.all_rules()), default=12)
    return rules_mod.add_months_end(on, -(2 * longest + 2))


def _wallet_flags(ids: list[int], on: dt.date, result: dict[int, Attention]) -> None:
    """The expiring and short marks, each exactly as the replay of the whole history gives
    it (`wallet.wallet`), without reading that history for most user numbers.

    Only a user number with a lot that expires within 60 days or with planned prestations
    can get a mark. For those without planned prestations the database first adds up, per
    lot that expires soon, what was used since it came (`_spent`, `_taken`): most of them
    are settled by those sums alone. The others are replayed over the last year only, from
    the most vouchers they can have had a year ago (every lot then valid full, nothing
    waiting).
    More vouchers at the start never leave fewer in any lot at the end, nor fewer planned
    vouchers paid, so when that replay leaves nothing in the lots that expire soon and
    pays none of the planned vouchers, the true wallet does the same. That settles nearly
    all of them (a wallet that ran dry within the year has forgotten what came before);
    the others are tried over the last two years, then replayed over their whole history.
    """
    soon = on + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    planned = _planned_days(ids, on, on + dt.timedelta(days=SHORT_HORIZON_DAYS))
    start = on - dt.timedelta(days=WINDOW_DAYS[0])
    raw = _orders(_of(Order.user_number, ids), ids, on, valid_from=start)
    textual = raw_dates_are_text()
    expiring = _key(on, textual), _key(soon, textual)
    low, high = expiring
    candidates = sorted({un for un, rows in raw.items()
                         if any(low <= row[2] <= high for row in rows)} | set(planned))
    if not candidates:
        return
    # Each one's rows through the (user number, date) index, already in date order: no
    # sort of the whole year.
    using = using_status(Prestation.status)
    refunds = _refunds(_of(Refund.user_number, candidates), candidates, on, since=start)
    # Most are settled by the sums alone, added up by the database: only the others'
    # usage of the year is read, row by row, and replayed.
    taken = _taken(raw, candidates, expiring, start, on)
    start_key = _key(start, textual)
    candidates = [un for un in candidates if un in planned or not _spent(
        sorted(raw.get(un, []), key=_by_date), refunds.get(un, []), start_key, expiring,
        lambda order_id, _since: taken.get(order_id, 0))]
    usages = _usages(among(Prestation.user_number, candidates) & using, on, since=start,
                     textual=textual)
    unsure = _settle(candidates, on, start, (raw, refunds, usages), planned, expiring, result,
                     summed=True)
    for days in (*WINDOW_DAYS[1:], None):
        since = on - dt.timedelta(days=days) if days else None
        left: list[int] = []
        for chunk in chunked(unsure):
            rows = (_orders(among(Order.user_number, chunk), chunk, on, valid_from=since),
                    _refunds(among(Refund.user_number, chunk), chunk, on, since=since),
                    _usages(among(Prestation.user_number, chunk) & using, on, since=since,
                            textual=textual))
            left += _settle(chunk, on, since, rows, planned, expiring, result)
        unsure = left


def _settle(ids: list[int], on: dt.date, start: dt.date | None, rows: tuple,
            planned: dict[int, list], expiring: tuple, result: dict[int, Attention], *,
            summed: bool = False) -> list[int]:
    """Mark the user numbers of `ids` that the replay from `start` settles (all of them
    when `start` is None: the whole history); returns the others. `rows`: their orders
    still valid on `start` (raw), refunds and usages from `start` on. `summed`: the sums
    test (`_spent`) was made already, and failed, for those without planned vouchers."""
    orders, refunds, (usages, owners) = rows
    unsure: list[int] = []
    for un in ids:
        lo, hi = bisect_left(owners, un), bisect_right(owners, un)
        mine = planned.get(un, [])
        mine_orders = sorted(orders.get(un, []), key=_by_date)
        mine_refunds = refunds.get(un, [])
        if start is None:
            whole = Replay(on, usages).run(_keyed(mine_orders), mine_refunds, lo, hi)
            _mark(result, un, whole, mine, on)
            continue
        if not (mine or summed) and _spent(mine_orders, mine_refunds, usages.key(start),
                                           expiring, _sums(usages, lo, hi)):
            continue
        most = _most(on, start, _keyed(mine_orders), mine_refunds, usages, lo, hi)
        if most is None:
            unsure.append(un)
            continue
        soon, _, short = _marks(most, mine, on)
        if soon or short != sum(vouchers for _, vouchers in mine):
            unsure.append(un)
        else:
            _mark(result, un, most, mine, on)
    return unsure


def _spent(orders: list, refunds: list, start_key: object, expiring: tuple,
           taken: Callable[[int, object], int]) -> bool:
    """True when every lot of `orders` (raw rows in date order, those still valid on the
    start, `start_key` in raw form) that expires between the two raw dates `expiring` is
    surely empty, by the sums alone: `taken(order id, since)`, the vouchers used from
    `since` on (the later of its order date and the start), and the refunds.

    A lot still valid on `on` with vouchers left then was valid all along since its order
    date, and oldest first means that every usage and refund from then on was paid by it
    or by an older lot. So when they took at least as much as it and the older lots still
    valid then could hold at most (their full quantities), it is empty, whatever came
    before.
    """
    low, high = expiring
    for index, (order_id, day, expiry, quantity) in enumerate(orders):
        if not low <= expiry <= high:
            continue
        since = day if day >= start_key else start_key
        older = sum(lot[3] for lot in orders[:index] if lot[2] >= since)
        used = taken(order_id, since)
        if refunds:
            first = parse_date(since)
            used += sum(count for refund_day, count in refunds if refund_day >= first)
        if used < quantity + older:
            return False
    return True


def _sums(usages: Usages, lo: int, hi: int) -> Callable[[int, object], int]:
    """`taken` of `_spent` from the usages lo..hi-1 of one user number."""
    def taken(_order_id: int, since: object) -> int:
        return usages.before(hi) - usages.before(bisect_left(usages.dates, since, lo, hi))
    return taken


def _taken(raw: dict[int, list], ids: list[int], expiring: tuple, start: dt.date,
           on: dt.date) -> dict[int, int]:
    """For each electronic lot of `ids` (raw rows) that expires between the two raw dates
    `expiring`: the vouchers used from the later of its order date and `start` up to
    `on`, added up by the database through the (user number, date) index."""
    low, high = expiring
    lots = [row[0] for un in ids for row in raw.get(un, []) if low <= row[2] <= high]
    used = Prestation.alias()
    total = (used.select(fn.COALESCE(fn.SUM(used.electronic), 0))
             .where((used.user_number == Order.user_number) & (used.date >= Order.order_date)
                    & (used.date >= start) & (used.date <= on) & (used.electronic > 0)
                    & using_status(used.status)))
    found: dict[int, int] = {}
    for chunk in chunked(lots):
        query = Order.select(Order.id, total).where(among(Order.id, chunk))
        found.update((order_id, int(count)) for order_id, count in database.execute(query))
    return found


def _most(on: dt.date, start: dt.date, orders: list, refunds: list, usages: Usages,
          lo: int, hi: int) -> Wallet | None:
    """The wallet on `on` replayed from `start` with every lot ordered before it full and
    nothing waiting (`orders`: the lots still valid on `start`); None when the lots do not
    expire in the order they were bought."""
    if any(later[2] < earlier[2] for earlier, later in pairwise(orders)):
        return None
    most = Replay(on, usages)
    before = bisect_left([row[1] for row in orders], start)
    for row in orders[:before]:
        most.place(row, row[3])
    return most.run(orders[before:], refunds, lo, hi)


def _marks(current: Wallet, planned: list[tuple[dt.date, int]], on: dt.date
           ) -> tuple[int, dt.date | None, int]:
    """The vouchers of `current` that expire soon, the first date they do, and the planned
    vouchers its lots cannot pay."""
    lots = current.expiring(EXPIRY_WARNING_DAYS)
    expiring = sum(lot.remaining for lot in lots)
    first = min((lot.expiry_date for lot in lots), default=None)
    short = 0
    if planned:
        left = _copy(current.lots, on)
        short = sum(_take(left, day, vouchers) for day, vouchers in planned)
    return expiring, first, short


def _mark(result: dict[int, Attention], un: int, current: Wallet,
          planned: list[tuple[dt.date, int]], on: dt.date) -> None:
    expiring, first, short = _marks(current, planned, on)
    if expiring:
        result.setdefault(un, Attention()).add(
            EXPIRING, f"{expiring} cheques vervallen binnen {EXPIRY_WARNING_DAYS} dagen "
                      f"(eerste op {first:%d/%m/%Y}).")
    if short:
        result.setdefault(un, Attention()).add(
            SHORT, f"Er ontbreken {short} elektronische cheques voor de geplande "
                   f"prestaties van de komende {SHORT_HORIZON_DAYS} dagen.")


def _key(day: dt.date, textual: bool) -> object:
    """`day` in the form of the raw dates the driver gives (ISO texts from SQLite)."""
    return day.isoformat() if textual else day


def _planned_days(ids: list[int], start: dt.date, end: dt.date
                  ) -> dict[int, list[tuple[dt.date, int]]]:
    """The electronic vouchers of each planned prestation in [start, end], in date order."""
    wanted = set(ids)
    query = (Prestation.select(Prestation.user_number, Prestation.date, Prestation.electronic)
             .where(_of(Prestation.user_number, ids) & (Prestation.status == Status.PLANNED)
                    & (Prestation.electronic > 0) & Prestation.date.between(start, end))
             .order_by(Prestation.date, Prestation.id))
    found: dict[int, list] = defaultdict(list)
    for un, day, vouchers in database.execute(query):
        if un in wanted:
            found[un].append((parse_date(day), vouchers))
    return found


def _orders(who, ids: list[int], on: dt.date, *, valid_from: dt.date | None = None
            ) -> dict[int, list]:
    """The electronic orders of `ids` up to `on` (those still valid on `valid_from` only, if
    given) as raw rows (id, date, expiry, quantity) in no order: on the order date SQLite
    would read most of the table through that index instead of once straight through."""
    wanted = set(ids)
    query = (Order.select(Order.user_number, Order.id, Order.order_date, Order.expiry_date,
                          Order.quantity)
             .where(who & (Order.medium == Medium.ELECTRONIC)))
    if valid_from is not None:
        query = query.where(Order.expiry_date >= valid_from)
    rows = database.execute(query).fetchall()
    last = _key(on, raw_dates_are_text())
    found: dict[int, list] = defaultdict(list)
    for un, order_id, day, expiry, quantity in rows:
        if day <= last and un in wanted:
            found[un].append((order_id, day, expiry, quantity))
    return found


def _keyed(rows: list[tuple]) -> list[tuple]:
    """Raw order rows as keyed rows of the replay, in (date, id) order: the dates read, and
    the raw ones again in the form of the usage dates."""
    return [(order_id, parse_date(day), parse_date(expiry), quantity, day, expiry)
            for order_id, day, expiry, quantity in sorted(rows, key=_by_date)]


def _by_date(row: tuple) -> tuple:
    return row[1], row[0]


def _refunds(who, ids: list[int], on: dt.date, *, since: dt.date | None = None
             ) -> dict[int, list]:
    wanted = set(ids)
    query = (Refund.select(Refund.user_number, Refund.refund_date, Refund.quantity)
             .where(who & (Refund.medium == Medium.ELECTRONIC) & (Refund.refund_date <= on))
             .order_by(Refund.id))
    if since is not None:
        query = query.where(Refund.refund_date >= since)
    found: dict[int, list] = defaultdict(list)
    for un, day, quantity in database.execute(query):
        if un in wanted:
            found[un].append((parse_date(day), quantity))
    return found


def _usages(who, on: dt.date, *, since: dt.date | None = None, textual: bool
            ) -> tuple[Usages, list[int]]:
    """The electronic usages `who` selects up to `on` (from `since`, if given) by user
    number and date, and the user number of each. The order of the usages of one date does
    not matter (they draw on the same lots), so the ids are left out of the sort."""
    query = (Prestation.select(Prestation.user_number, Prestation.date, Prestation.electronic)
             .where(who & (Prestation.electronic > 0) & (Prestation.date <= on))
             .order_by(Prestation.user_number, Prestation.date))
    if since is not None:
        query = query.where(Prestation.date >= since)
    rows = database.execute(query).fetchall()
    owners, dates, amounts = zip(*rows, strict=True) if rows else ((), (), ())
    # The form of the dates said, not guessed from the first: with no usage at all, the
    # order dates (raw too) still decide how a refund's date is compared.
    usages = Usages(list(dates), list(accumulate(amounts)), textual=textual)
    return usages, list(owners)


def _quota_flags(ids: list[int], on: dt.date, rules, result: dict[int, Attention]) -> None:
    start, end = dt.date(on.year, 1, 1), dt.date(on.year, 12, 31)
    wanted = set(ids)
    # Raw rows: Peewee's conversion of thousands of them costs more than the queries.
    everyone = database.execute(
        UserNumber.select(UserNumber.id, UserNumber.customer, UserNumber.quota)
        .where(_of(UserNumber.id, ids))).fetchall()
    numbers = [row for row in everyone if row[0] in wanted]
    ordered = dict(database.execute(
        Order.select(Order.user_number, fn.SUM(Order.quantity))
        .where(_of(Order.user_number, ids) & (Order.order_date.between(start, end)))
        .group_by(Order.user_number)))
    household: dict[int, int] = defaultdict(int)
    if len(ids) > 1:  # every user number and its orders are read already: added up here
        for user_number, customer, quota in everyone:
            if quota == Quota.STANDARD:
                household[customer] += int(ordered.get(user_number) or 0)
    elif numbers:
        household.update(database.execute(
            Order.select(UserNumber.customer, fn.SUM(Order.quantity))
            .join(UserNumber)
            .where((UserNumber.customer == numbers[0][1]) & (UserNumber.quota == Quota.STANDARD)
                   & (Order.order_date.between(start, end)))
            .group_by(UserNumber.customer)))
    for user_number, customer, quota in numbers:
        limit = rules.special_max if quota == Quota.SPECIAL else rules.personal_max
        mine = int(ordered.get(user_number) or 0)
        if mine > rules_mod.QUOTA_WARNING_FRACTION * limit:
            result.setdefault(user_number, Attention()).add(
                QUOTA, f"{mine} van {limit} cheques besteld in {on.year}.")
            continue
        family = int(household.get(customer) or 0)
        if quota == Quota.STANDARD and family > rules_mod.QUOTA_WARNING_FRACTION * rules.household_max:
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
