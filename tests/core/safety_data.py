"""Small realistic data for the data-safety tests, written through the services."""

from __future__ import annotations

import datetime as dt

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers


def fill(customer_count: int = 3, prestations_each: int = 4) -> list[int]:
    """Customers with one user number each and some prestations; returns prestation ids.

    The first prestations go through the service; the bulk is inserted directly
    (already valid rows) so that a test database of thousands of rows stays fast.
    """
    helper_id = helpers.create_helper(helpers.HelperInput(reference="M1", name="An Peeters"))
    rows = []
    for i in range(customer_count):
        cid = customers.create_customer(customers.CustomerInput(
            reference=f"K{i + 1:04d}", name=f"Klant {i + 1}", postal_code="3940",
            city="Hechtel-Eksel"))
        un = user_numbers.create_user_number(user_numbers.UserNumberInput(
            number=f"{100000000000 + i}", customer_id=cid, holder=f"Klant {i + 1}",
            mode_since=dt.date(2024, 1, 1)))
        template = prestations.clean(prestations.PrestationInput(
            date=dt.date(2025, 1, 1), user_number_id=un, helper_id=helper_id, hours=3))
        for j in range(prestations_each):
            rows.append({**template, "date": dt.date(2025, 1, 1) + dt.timedelta(days=j % 300)})
    first = prestations.create_many(rows[:2])
    for start in range(2, len(rows), 500):
        Prestation.insert_many(rows[start:start + 500]).execute()
    rest = [p for (p,) in Prestation.select(Prestation.id).where(
        Prestation.id.not_in(first)).tuples()]
    return first + rest
