"""The shared test builders, with the defaults of the split and switch-over tests:
a customer who still pays with paper since 2024, and the split of a prestation."""

from __future__ import annotations

import datetime as dt

from inharmony_desktop.core.services import prestations
from tests.core import factories
from tests.core.factories import customer, helper

D = dt.date

__all__ = ["D", "customer", "helper", "prestation", "split_of", "user_number"]


def user_number(customer_id: int, number: str = "123456789012", mode: str = "paper",
                since: dt.date | None = None, quota: str = "standard") -> int:
    return factories.user_number(customer_id, number, mode=mode, since=since or D(2024, 1, 1),
                                 quota=quota, holder="An Peeters")


def prestation(un: int, helper_id: int, day: dt.date, hours: int = 3,
               status: str = "planned", **extra) -> int:
    return factories.prestation(un, helper_id, day, hours, status=status, **extra)


def split_of(prestation_id: int) -> tuple[int, int, bool]:
    p = prestations.get_prestation(prestation_id)
    return p.paper, p.electronic, p.split_manual
