"""Wallet forecast and the attention marks of the customer tree."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.models import Order
from inharmony_desktop.core.services import orders, wallet
from inharmony_desktop.core.services.wallet_outlook import (
    EXPIRING,
    QUOTA,
    SHORT,
    attention_flags,
    forecast_runout,
)
from tests.core.split_fixtures import D, customer, helper, prestation, user_number

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
