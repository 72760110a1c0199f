"""A small world for the move tests: two households, partners with their own numbers.

Household Peeters: Jan (paper) and Els (electronic, from 2025-01-01; paper before).
Household Maes: Piet (electronic). Plus an inactive number of household Peeters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers
from inharmony_desktop.core.services.payment_modes import default_split
from inharmony_desktop.core.services.user_numbers import UserNumberInput

JAN = "111111111111"
ELS = "222222222222"
PIET = "333333333333"
OLD = "444444444444"


@dataclass
class World:
    peeters: int
    maes: int
    jan: int
    els: int
    piet: int
    inactive: int
    helper: int


def build() -> World:
    peeters = customers.create_customer(customers.CustomerInput(
        reference="K001", name="Peeters", postal_code="3940", city="Hechtel-Eksel"))
    maes = customers.create_customer(customers.CustomerInput(
        reference="K002", name="Maes", postal_code="3920", city="Lommel"))
    jan = user_numbers.create_user_number(UserNumberInput(
        JAN, peeters, "Jan Peeters", payment_mode="paper", mode_since=dt.date(2020, 1, 1)))
    els = user_numbers.create_user_number(UserNumberInput(
        ELS, peeters, "Els Peeters", payment_mode="paper", mode_since=dt.date(2020, 1, 1)))
    user_numbers.set_payment_mode(els, dt.date(2025, 1, 1), "electronic")
    piet = user_numbers.create_user_number(UserNumberInput(
        PIET, maes, "Piet Maes", payment_mode="electronic", mode_since=dt.date(2020, 1, 1)))
    inactive = user_numbers.create_user_number(UserNumberInput(
        OLD, peeters, "Oud Nummer", payment_mode="paper", mode_since=dt.date(2020, 1, 1),
        active=False))
    helper = helpers.create_helper(helpers.HelperInput(reference="M01", name="Sofie Claes"))
    return World(peeters, maes, jan, els, piet, inactive, helper)


def add_prestations(world: World, user_number_id: int, count: int, *,
                    status: str = "performed", start: dt.date = dt.date(2025, 3, 3),
                    hours: int = 3) -> list[int]:
    """`count` prestations on consecutive days, inserted in bulk (fast for big counts)."""
    split = default_split(user_number_id, start, hours)
    rows = [
        {"date": start + dt.timedelta(days=i), "user_number": user_number_id,
         "helper": world.helper, "activity": "home_help", "hours": hours,
         "paper": split[0], "electronic": split[1], "status": status}
        for i in range(count)
    ]
    for index in range(0, len(rows), 500):
        Prestation.insert_many(rows[index : index + 500]).execute()
    ids = [p.id for p in Prestation.select(Prestation.id).order_by(Prestation.id.desc())
           .limit(count)]
    return sorted(ids)


def all_snapshots() -> list[dict]:
    """Every prestation, every field, ordered by id."""
    ids = [p.id for p in Prestation.select(Prestation.id).order_by(Prestation.id)]
    return sorted(prestations.snapshots(ids), key=lambda s: s["id"])


def without_versions(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "version"} for row in rows]
