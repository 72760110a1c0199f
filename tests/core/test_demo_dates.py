"""The demo holds paper customers and a switch-over, and no work on public holidays, on
any day it is made."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

from inharmony_desktop.core import clock, demo
from inharmony_desktop.core.models import Order, PaymentModeChange, Prestation
from inharmony_desktop.core.services.generation import public_holidays


@pytest.mark.parametrize("today", [dt.datetime(2027, 1, 2, 9, 0), dt.datetime(2031, 6, 15, 12, 0)])
def test_demo_has_the_paper_era_and_no_holiday_work_whatever_the_date(db, today):
    with clock.pinned(today):
        demo.build("small", seed=7)
    paper = {m.user_number_id for m in PaymentModeChange.select().where(
        PaymentModeChange.mode == "paper")}
    switched = {m.user_number_id for m in PaymentModeChange.select().where(
        PaymentModeChange.mode == "electronic", PaymentModeChange.user_number.in_(paper))}
    assert len(paper) >= 5 and len(switched) >= 5
    assert Prestation.select().where(Prestation.paper > 0).count() > 100
    assert Order.select().where(Order.medium == "paper").count() > 0
    assert not Order.select().where(Order.medium == "paper",
                                    Order.order_date > dt.date(2025, 5, 31)).exists()
    days = [d for (d,) in Prestation.select(Prestation.date).distinct().tuples()]
    holidays = public_holidays(min(days), max(days))
    assert holidays and not set(days) & set(holidays)
    assert max(days) <= today.date()


def test_no_demo_helper_works_more_than_a_day_can_hold(demo_db):
    query = (Prestation.select(Prestation.helper, Prestation.date, fn.SUM(Prestation.hours))
             .group_by(Prestation.helper, Prestation.date).tuples())
    longest = max(hours for _, _, hours in query)
    assert longest <= 8
