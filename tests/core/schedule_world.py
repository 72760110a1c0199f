"""A small office for the schedule tests: two customers, three user numbers,
two helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inharmony_desktop.core.services import customers, helpers, orders, user_numbers
from inharmony_desktop.core.services.schedules import ScheduleInput, create_schedule


@dataclass
class World:
    anna: int  # helper, 20 h contract
    bart: int  # helper, 10 h contract
    peeters: int  # customer
    janssens: int  # customer
    un_peeters: int  # electronic user number of Peeters
    un_paper: int  # paper user number of Peeters' partner
    un_janssens: int  # electronic user number of Janssens


def make_world() -> World:
    c1 = customers.create_customer(customers.CustomerInput(
        reference="K001", name="Peeters Jan", postal_code="3940", city="Hechtel-Eksel"))
    c2 = customers.create_customer(customers.CustomerInput(
        reference="K002", name="Janssens Els", postal_code="3920", city="Lommel"))
    since = dt.date(2020, 1, 1)
    u1 = user_numbers.create_user_number(user_numbers.UserNumberInput(
        number="100000000001", customer_id=c1, holder="Jan Peeters", mode_since=since))
    u2 = user_numbers.create_user_number(user_numbers.UserNumberInput(
        number="100000000002", customer_id=c1, holder="Mia Peeters", payment_mode="paper",
        mode_since=since))
    u3 = user_numbers.create_user_number(user_numbers.UserNumberInput(
        number="100000000003", customer_id=c2, holder="Els Janssens", mode_since=since))
    h1 = helpers.create_helper(helpers.HelperInput(reference="M01", name="Anna Claes",
                                                   contract_hours=20))
    h2 = helpers.create_helper(helpers.HelperInput(reference="M02", name="Bart Wouters",
                                                   contract_hours=10))
    return World(h1, h2, c1, c2, u1, u2, u3)


def weekly(helper: int, un: int, weekday: int, first: dt.date, *, start: str = "08:30",
           hours: int = 3, every: int = 1, last: dt.date | None = None,
           activity: str = "home_help") -> int:
    return create_schedule(ScheduleInput(
        helper_id=helper, user_number_id=un, weekday=weekday, start_time=start, hours=hours,
        first_date=first, every_weeks=every, last_date=last, activity=activity))


def order(un: int, day: dt.date, quantity: int) -> None:
    orders.create_order(orders.OrderInput(user_number_id=un, order_date=day, quantity=quantity,
                                          medium="electronic"))
