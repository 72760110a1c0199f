"""Small builders for test data through the real services."""

from __future__ import annotations

import datetime as dt
import itertools

from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers

_counter = itertools.count(1)


def customer(reference: str | None = None, name: str = "Janssens") -> int:
    ref = reference or f"K{next(_counter):04d}"
    return customers.create_customer(
        customers.CustomerInput(reference=ref, name=name, postal_code="3940", city="Hechtel-Eksel",
                                street="Kerkstraat 1")
    )


def user_number(customer_id: int, number: str | None = None, *, mode: str = "electronic",
                since: dt.date = dt.date(2016, 1, 1), quota: str = "standard",
                holder: str = "Jan Janssens") -> int:
    num = number or f"{100000000000 + next(_counter):012d}"
    return user_numbers.create_user_number(
        user_numbers.UserNumberInput(number=num, customer_id=customer_id, holder=holder,
                                     quota=quota, payment_mode=mode, mode_since=since)
    )


def helper(reference: str | None = None, name: str = "Maria Vos") -> int:
    return helpers.create_helper(helpers.HelperInput(reference=reference or f"M{next(_counter):03d}",
                                                     name=name))


def prestation(user_number_id: int, helper_id: int, day: dt.date, hours: int = 3,
               **kwargs) -> int:
    return prestations.create_prestation(
        prestations.PrestationInput(date=day, user_number_id=user_number_id, helper_id=helper_id,
                                    hours=hours, **kwargs)
    )
