"""Small builders for the split, switch-over, wallet and ironing tests."""

from __future__ import annotations

import datetime as dt

from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers

D = dt.date


def customer(reference: str = "K001", name: str = "Peeters") -> int:
    return customers.create_customer(customers.CustomerInput(
        reference=reference, name=name, postal_code="3940", city="Hechtel-Eksel"))


def user_number(customer_id: int, number: str = "123456789012", mode: str = "paper",
                since: dt.date | None = None, quota: str = "standard") -> int:
    return user_numbers.create_user_number(user_numbers.UserNumberInput(
        number=number, customer_id=customer_id, holder="An Peeters", quota=quota,
        payment_mode=mode, mode_since=since or D(2024, 1, 1)))


def helper(reference: str = "M01", name: str = "Els Janssens") -> int:
    return helpers.create_helper(helpers.HelperInput(reference=reference, name=name))


def prestation(un: int, helper_id: int, day: dt.date, hours: int = 3,
               status: str = "planned", **extra) -> int:
    return prestations.create_prestation(prestations.PrestationInput(
        date=day, user_number_id=un, helper_id=helper_id, hours=hours, status=status, **extra))


def split_of(prestation_id: int) -> tuple[int, int, bool]:
    p = prestations.get_prestation(prestation_id)
    return p.paper, p.electronic, p.split_manual
