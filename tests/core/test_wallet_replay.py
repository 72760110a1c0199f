"""The fast wallet replays give exactly what the straightforward one gives.

`wallet_replay.replay` spends the usages between two events at once and finds
where the lots run out by binary search; `wallet.available_on` looks at a recent
window only, between two bounds. Both are held to `wallet_reference`, which
walks every event one by one, on random histories (expiry, waiting usages, the
366-day limit, refunds, several events on one day) and on the demo databases.
"""

from __future__ import annotations

import calendar
import datetime as dt
from itertools import accumulate

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inharmony_desktop.core import demo_large
from inharmony_desktop.core.models import UserNumber
from inharmony_desktop.core.services import wallet
from inharmony_desktop.core.services.wallet_replay import Usages, replay
from tests.core.wallet_reference import reference_replay, reference_wallet

FIRST = dt.date(2023, 1, 1)
ON = dt.date(2026, 6, 30)
SPAN = (ON - FIRST).days


def _month_end(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


days = st.integers(0, SPAN).map(lambda n: FIRST + dt.timedelta(days=n))


@st.composite
def histories(draw):
    """(orders, usages, refunds) as the wallet's queries give them: orders in (date, id)
    order, usages in any order (several on one day too), refunds in order of entry."""
    orders = []
    for order_id in range(1, draw(st.integers(0, 12)) + 1):
        day = draw(days)
        if draw(st.integers(0, 9)):  # usually the rules' expiry: the end of a month
            expiry = _month_end(day, draw(st.sampled_from([8, 12, 12, 12, 3])))
        else:  # now and then one typed by hand, also out of order with the others
            expiry = day + dt.timedelta(days=draw(st.integers(0, 500)))
        orders.append((order_id, day, expiry, draw(st.integers(1, 40))))
    orders.sort(key=lambda row: (row[1], row[0]))
    # Dates where the rules turn: an order's own day, the days around the 366-day limit
    # before it, the last and first day of a lot.
    edges = [day + dt.timedelta(days=shift) for _, day, _, _ in orders
             for shift in (-367, -366, -365, -1, 0, 1)]
    edges += [expiry + dt.timedelta(days=shift) for _, _, expiry, _ in orders for shift in (0, 1)]
    some_day = st.one_of(days, st.sampled_from(edges)) if edges else days
    usages = draw(st.lists(st.tuples(some_day, st.integers(0, 12)), max_size=60))
    refunds = draw(st.lists(st.tuples(some_day, st.integers(1, 15)), max_size=3))
    return orders, usages, refunds


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.integers(0, SPAN))
def test_replay_is_the_event_by_event_wallet(history, offset):
    orders, usages, refunds = history
    on = FIRST + dt.timedelta(days=offset)
    expected = reference_replay(on, orders, usages, refunds)
    event(f"waiting: {bool(expected.unpaid)}, expired: {bool(expected.expired)}")
    assert replay(on, orders, usages, refunds) == expected


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.integers(0, SPAN))
def test_the_two_bounds_agree_only_on_the_true_available(history, offset):
    orders, usages, refunds = history
    start = FIRST + dt.timedelta(days=offset)
    since = start - dt.timedelta(days=366)
    recent = sorted((u for u in usages if u[0] >= since and u[1]), key=lambda u: u[0])
    rows = Usages([day for day, _ in recent], list(accumulate(v for _, v in recent)))
    keyed = [(*row, row[1], row[2]) for row in orders]
    found = wallet._bounded(ON, start, keyed, refunds, rows, 0, len(recent))
    event("bounds agree" if found is not None else "whole history needed")
    if found is not None:
        assert found == reference_replay(ON, orders, usages, refunds).available


def test_a_dry_wallet_and_a_wasted_lot_are_settled_by_the_window():
    # Usage far above the orders: the wallet is empty, whatever came before.
    orders = [(1, dt.date(2026, 3, 1), dt.date(2027, 3, 31), 10)]
    usages = [(dt.date(2026, 3, 2) + dt.timedelta(days=7 * week), 4) for week in range(10)]
    rows = Usages([d for d, _ in usages], list(accumulate(v for _, v in usages)))
    keyed = [(*row, row[1], row[2]) for row in orders]
    assert wallet._bounded(ON, dt.date(2026, 1, 1), keyed, [], rows, 0, len(usages)) == 0
    # A lot that expired with vouchers left: nothing before it matters any more.
    orders = [(1, dt.date(2024, 1, 10), dt.date(2025, 1, 31), 30),
              (2, dt.date(2025, 3, 1), dt.date(2026, 3, 31), 20),
              (3, dt.date(2026, 4, 1), dt.date(2027, 4, 30), 20)]
    usages = [(dt.date(2025, 6, 1), 3), (dt.date(2026, 5, 1), 4)]
    rows = Usages([d for d, _ in usages], list(accumulate(v for _, v in usages)))
    keyed = [(*row, row[1], row[2]) for row in orders]
    found = wallet._bounded(ON, dt.date(2025, 2, 1), keyed, [], rows, 0, len(usages))
    assert found == reference_replay(ON, orders, usages, []).available == 16


@pytest.fixture
def dry_history(db):
    """The large demo at a small scale: ten years, wallets that keep running dry."""
    demo_large.build(seed=5, today=dt.date(2026, 11, 25), scale=0.02)
    return [un for (un,) in UserNumber.select(UserNumber.id).tuples()]


@pytest.mark.slow
def test_bulk_wallets_are_the_straightforward_ones_on_the_demo(dry_history):
    for on in (dt.date(2020, 2, 29), dt.date(2025, 6, 1), dt.date(2027, 1, 1)):
        expected = {un: reference_wallet(un, on) for un in dry_history}
        assert {un: wallet.wallet(un, on) for un in dry_history} == expected
        assert wallet.wallets(dry_history, on) == expected
        available = wallet.available_on(dry_history, on)
        assert available == {un: w.available for un, w in expected.items()}
        assert any(w.unpaid for w in expected.values())  # waiting usages were in play
        assert any(available.values())
