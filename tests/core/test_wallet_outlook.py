"""Wallet forecast and the attention marks of the customer tree."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inharmony_desktop.core.models import Order, Prestation, Refund, database
from inharmony_desktop.core.services import orders, wallet
from inharmony_desktop.core.services.wallet import EXPIRY_WARNING_DAYS
from inharmony_desktop.core.services.wallet_outlook import (
    EXPIRING,
    QUOTA,
    SHORT,
    SHORT_HORIZON_DAYS,
    Attention,
    attention_flags,
    forecast_runout,
)
from inharmony_desktop.core.vocabulary import Medium, Status
from tests.core.split_fixtures import D, customer, helper, prestation, user_number
from tests.core.wallet_reference import reference_wallet

ON = D(2026, 2, 2)


@pytest.fixture
def electronic(db):
    un = user_number(customer(), mode="electronic", since=D(2025, 1, 1))
    return un, helper()


def order(un, day, quantity):
    return orders.create_order(orders.OrderInput(un, day, quantity, "electronic"))


def test_runs_out_on_the_first_planned_prestation_it_cannot_pay(electronic):
    un, hid = electronic
    order(un, D(2026, 1, 5), 10)
    prestation(un, hid, D(2026, 1, 12), 3, status="performed")  # 7 left
    for week in range(4):
        prestation(un, hid, ON + dt.timedelta(weeks=week), 3)
    forecast = forecast_runout(un, ON)
    assert forecast.available == 7
    assert forecast.planned == 12
    assert forecast.runout_date == ON + dt.timedelta(weeks=2)  # 3 + 3 paid, the third 1 short
    assert forecast.short == 5
    assert not forecast.estimated
    assert "ontbreken 5 cheques" in forecast.explain()


def test_extrapolates_when_the_wallet_covers_the_plan(electronic):
    un, hid = electronic
    order(un, D(2026, 1, 5), 30)
    for week in range(2):
        prestation(un, hid, ON + dt.timedelta(weeks=week), 3)
    forecast = forecast_runout(un, ON)
    assert forecast.estimated and forecast.short == 0
    assert forecast.weekly_rate == pytest.approx(3.0)
    # 24 vouchers left after the two planned weeks at 3 a week: 8 more weeks.
    assert forecast.runout_date == ON + dt.timedelta(weeks=1) + dt.timedelta(weeks=8)


def test_no_planned_prestations_no_date(electronic):
    un, _ = electronic
    order(un, D(2026, 1, 5), 10)
    forecast = forecast_runout(un, ON)
    assert forecast.runout_date is None
    assert "Geen geplande" in forecast.explain()


def test_attention_flags_for_several_user_numbers_at_once(db):
    hid = helper()
    quiet = user_number(customer("K1"), "100000000001", mode="electronic", since=D(2025, 1, 1))
    expiring = user_number(customer("K2"), "100000000002", mode="electronic", since=D(2025, 1, 1))
    short = user_number(customer("K3"), "100000000003", mode="electronic", since=D(2025, 1, 1))
    busy = user_number(customer("K4"), "100000000004", mode="electronic", since=D(2025, 1, 1))
    order(quiet, D(2026, 1, 5), 20)
    order(expiring, D(2025, 3, 3), 20)  # valid until 31/03/2026: within 60 days of ON
    order(short, D(2026, 1, 5), 2)
    prestation(short, hid, ON + dt.timedelta(days=3), 3)
    order(busy, D(2026, 1, 5), 460)
    flags = attention_flags([quiet, expiring, short, busy], ON)
    assert quiet not in flags
    assert flags[expiring].flags == {EXPIRING}
    assert "20 cheques vervallen" in flags[expiring].reasons[0]
    assert flags[short].flags == {SHORT}
    assert "ontbreken 1" in flags[short].reasons[0]
    assert flags[busy].flags == {QUOTA}
    assert "460 van 500" in flags[busy].reasons[0]


def test_household_quota_counts_both_partners(db):
    cid = customer()
    one = user_number(cid, "100000000001", mode="electronic", since=D(2025, 1, 1))
    two = user_number(cid, "100000000002", mode="electronic", since=D(2025, 1, 1))
    order(one, D(2026, 1, 5), 450)
    order(two, D(2026, 1, 6), 460)
    flags = attention_flags([one, two], ON)
    assert flags[one].flags == {QUOTA}
    assert "gezin bestelde 910 van 1000" in flags[one].reasons[0]


def test_flags_agree_with_the_wallet_of_each_user_number(electronic):
    un, hid = electronic
    order(un, D(2025, 3, 3), 10)
    order(un, D(2026, 1, 5), 10)
    prestation(un, hid, D(2025, 12, 1), 4, status="performed")
    lots = wallet.wallet(un, ON).expiring()
    assert sum(lot.remaining for lot in lots) == 6
    assert "6 cheques vervallen" in attention_flags([un], ON)[un].reasons[0]
    assert Order.select().count() == 2


def test_forecast_says_when_vouchers_expire_before_they_are_used(electronic):
    un, hid = electronic
    order(un, D(2026, 1, 5), 200)  # valid until 31/01/2027
    prestation(un, hid, ON, 3)
    forecast = forecast_runout(un, ON)
    assert forecast.by_expiry
    assert forecast.runout_date == D(2027, 2, 1)
    assert "vervallen op 31/01/2027" in forecast.explain()
    assert "Aan 3,0 cheques per week" in forecast.explain()


def test_old_history_does_not_change_the_flags(electronic):
    un, hid = electronic
    # Years ago: bought and used; those lots expired long before ON.
    order(un, D(2022, 2, 1), 50)
    for week in range(10):
        prestation(un, hid, D(2022, 3, 7) + dt.timedelta(weeks=week), 4, status="performed")
    order(un, D(2025, 3, 3), 10)  # expires 31/03/2026, within 60 days of ON
    prestation(un, hid, D(2025, 4, 7), 3, status="performed")
    assert sum(lot.remaining for lot in wallet.wallet(un, ON).expiring()) == 7
    assert "7 cheques vervallen" in attention_flags([un], ON)[un].reasons[0]



def test_a_usage_that_waited_over_a_year_does_not_take_from_the_expiring_lot(electronic):
    # Performed on 01/01/2025, nothing to pay it until an order 379 days later: Pluxee
    # dropped it, so the lot is still full, as the wallet panel says.
    un, hid = electronic
    Order.create(user_number=un, order_date=D(2026, 1, 15), expiry_date=D(2026, 3, 31),
                 quantity=10, medium=Medium.ELECTRONIC, unit_price_cents=1000,
                 amount_cents=10000)
    prestation(un, hid, D(2025, 1, 1), 5, status="paid")
    assert [lot.remaining for lot in wallet.wallet(un, ON).expiring()] == [10]
    assert attention_flags([un], ON)[un].reasons == [
        "10 cheques vervallen binnen 60 dagen (eerste op 31/03/2026)."]

# --- the marks of many user numbers are those of each one's whole history ------------------

WORLD_ON = D(2026, 6, 30)
WORLD_FIRST = D(2019, 1, 1)
world_days = st.integers(0, (WORLD_ON - WORLD_FIRST).days).map(
    lambda n: WORLD_FIRST + dt.timedelta(days=n))


def _rules_expiry(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@st.composite
def wallet_histories(draw):
    """One user number's orders, prestations and refunds, with dates bunched where the rules
    turn: a lot's first and last day, the 366 days a usage may wait, the last year, the
    windows of two and six years before the day of the marks."""
    orders = []
    for _ in range(draw(st.integers(0, 8))):
        day = draw(world_days)
        if draw(st.integers(0, 5)):
            expiry = _rules_expiry(day, draw(st.sampled_from([12, 12, 8, 3])))
        else:  # typed by hand: long, short, out of order with the others
            expiry = day + dt.timedelta(days=draw(st.integers(0, 900)))
        orders.append((day, expiry, draw(st.integers(1, 30)), draw(st.sampled_from(
            [Medium.ELECTRONIC] * 5 + [Medium.PAPER]))))
    edges = [WORLD_ON - dt.timedelta(days=shift)
             for shift in (0, 1, 365, 366, 367, 730, 731, 1096, 2190, 2191)]
    edges += [day + dt.timedelta(days=shift) for day, _, _, _ in orders
              for shift in (-367, -366, -1, 0, 1)]
    edges += [expiry + dt.timedelta(days=shift) for _, expiry, _, _ in orders for shift in (0, 1)]
    some_day = st.one_of(world_days, st.sampled_from(edges))
    ahead = st.integers(-5, SHORT_HORIZON_DAYS + 10).map(
        lambda n: WORLD_ON + dt.timedelta(days=n))
    used = draw(st.lists(st.tuples(some_day, st.integers(0, 8), st.sampled_from(
        [Status.PAID, Status.PAID, Status.PERFORMED, Status.CONFIRMED, Status.CANCELLED])),
        max_size=40))
    planned = draw(st.lists(st.tuples(ahead, st.integers(0, 8), st.just(Status.PLANNED)),
                            max_size=6))
    refunds = draw(st.lists(st.tuples(some_day, st.integers(1, 10)), max_size=2))
    return orders, used + planned, refunds


def _insert(un: int, helper_id: int, history) -> None:
    orders_rows, prestation_rows, refund_rows = history
    Order.insert_many([
        {"user_number": un, "order_date": day, "expiry_date": expiry, "quantity": quantity,
         "medium": medium, "unit_price_cents": 1000, "amount_cents": 1000 * quantity}
        for day, expiry, quantity, medium in orders_rows]).execute()
    if prestation_rows:
        Prestation.insert_many([
            {"user_number": un, "helper": helper_id, "date": day, "hours": max(vouchers, 1),
             "paper": max(vouchers, 1) - vouchers, "electronic": vouchers, "status": status}
            for day, vouchers, status in prestation_rows]).execute()
    if refund_rows:
        Refund.insert_many([{"user_number": un, "refund_date": day, "quantity": quantity,
                             "amount_cents": 0} for day, quantity in refund_rows]).execute()


def _marks_of_the_whole_history(un: int, on: dt.date) -> Attention | None:
    """The marks the straightforward way: the wallet replayed event by event from the first
    order, then each planned prestation of the next 60 days spent on a copy of its lots."""
    current = reference_wallet(un, on)
    marks = Attention()
    lots = current.expiring(EXPIRY_WARNING_DAYS)
    if lots:
        marks.add(EXPIRING, f"{sum(lot.remaining for lot in lots)} cheques vervallen binnen "
                            f"{EXPIRY_WARNING_DAYS} dagen (eerste op "
                            f"{min(lot.expiry_date for lot in lots):%d/%m/%Y}).")
    left = [[lot.order_date, lot.expiry_date, lot.remaining] for lot in current.lots
            if lot.remaining and lot.expiry_date >= on]
    short = 0
    for day, vouchers in (Prestation.select(Prestation.date, Prestation.electronic)
                          .where((Prestation.user_number == un)
                                 & (Prestation.status == Status.PLANNED)
                                 & (Prestation.electronic > 0)
                                 & Prestation.date.between(
                                     on, on + dt.timedelta(days=SHORT_HORIZON_DAYS)))
                          .order_by(Prestation.date, Prestation.id).tuples()):
        for lot in left:
            if vouchers and lot[2] and lot[0] <= day <= lot[1]:
                taken = min(lot[2], vouchers)
                lot[2] -= taken
                vouchers -= taken
        short += vouchers
    if short:
        marks.add(SHORT, f"Er ontbreken {short} elektronische cheques voor de geplande "
                         f"prestaties van de komende {SHORT_HORIZON_DAYS} dagen.")
    return marks if marks.flags else None


@pytest.fixture
def three_user_numbers(db):
    return helper(), [user_number(customer(f"W{n}"), f"20000000000{n}", mode="electronic",
                                  since=D(2016, 1, 1)) for n in range(3)]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(wallet_histories(), min_size=3, max_size=3))
def test_the_marks_are_those_of_the_whole_history(three_user_numbers, histories):
    helper_id, ids = three_user_numbers
    with database.atomic() as transaction:
        for un, history in zip(ids, histories, strict=True):
            _insert(un, helper_id, history)
        expected = {un: marks for un in ids
                    if (marks := _marks_of_the_whole_history(un, WORLD_ON)) is not None}
        found = attention_flags(ids, WORLD_ON)
        event(f"marked: {len(expected)}")
        transaction.rollback()
    assert found == expected
