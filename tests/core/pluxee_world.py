"""A small world for the reconciliation tests, and Pluxee export files written from it.

Household Peeters: Jan (1111 1111 1111) and Els (2222 2222 2222), both electronic.
Household Maes: Piet (3333 3333 3333), paper until 2026-01-01, then electronic.
Helpers: Maria Vos with an INSZ, Sofie Lambrechts without one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inharmony_desktop.core.models import Helper, Prestation, UserNumber
from inharmony_desktop.core.services import customers, helpers, prestations, user_numbers
from inharmony_desktop.core.services.user_numbers import UserNumberInput
from tests import pluxee_fixture as fx

JAN, ELS, PIET = "111111111111", "222222222222", "333333333333"
MARIA_INSZ = "85073003328"
DAY = dt.date(2026, 11, 3)


@dataclass
class World:
    jan: int
    els: int
    piet: int
    maria: int
    sofie: int


def build() -> World:
    peeters = customers.create_customer(customers.CustomerInput(
        reference="K001", name="Peeters", postal_code="3940", city="Hechtel-Eksel"))
    maes = customers.create_customer(customers.CustomerInput(
        reference="K002", name="Maes", postal_code="3920", city="Lommel"))
    jan = user_numbers.create_user_number(UserNumberInput(
        JAN, peeters, "Jan Peeters", payment_mode="electronic", mode_since=dt.date(2024, 1, 1)))
    els = user_numbers.create_user_number(UserNumberInput(
        ELS, peeters, "Els Peeters", payment_mode="electronic", mode_since=dt.date(2024, 1, 1)))
    piet = user_numbers.create_user_number(UserNumberInput(
        PIET, maes, "Piet Maes", payment_mode="paper", mode_since=dt.date(2024, 1, 1)))
    user_numbers.set_payment_mode(piet, dt.date(2026, 1, 1), "electronic")
    maria = helpers.create_helper(helpers.HelperInput("M01", "Maria Vos", insz=MARIA_INSZ))
    sofie = helpers.create_helper(helpers.HelperInput("M02", "Sofie Lambrechts"))
    return World(jan, els, piet, maria, sofie)


def prestation(un: int, helper: int, day: dt.date = DAY, hours: int = 3, *,
               status: str = "performed", **kwargs) -> int:
    pid = prestations.create_prestation(prestations.PrestationInput(
        date=day, user_number_id=un, helper_id=helper, hours=hours, **kwargs))
    if status != "performed":
        dates = {"registered": {"registered_on": day + dt.timedelta(days=1)},
                 "confirmed": {"registered_on": day + dt.timedelta(days=1),
                               "confirmed_on": day + dt.timedelta(days=6)},
                 "paid": {"registered_on": day + dt.timedelta(days=1),
                          "confirmed_on": day + dt.timedelta(days=6),
                          "paid_on": day + dt.timedelta(days=12)}}.get(status, {})
        Prestation.update(status=status, **dates).where(Prestation.id == pid).execute()
    return pid


def loaded(pid: int) -> Prestation:
    return (Prestation.select(Prestation, Helper, UserNumber)
            .join(Helper, on=(Prestation.helper == Helper.id)).switch(Prestation)
            .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
            .where(Prestation.id == pid).get())


def row(pid: int, **changes) -> dict[str, object]:
    """The export row Pluxee has for prestation `pid`; `changes` by column name."""
    return fx.row_for(loaded(pid), **changes)


def free_row(work_id: str, number: str, worker: str, insz: str = "", *, day: dt.date = DAY,
             hours: int = 3, status: str = "Ingegeven", activity: str = "1") -> dict[str, object]:
    """A row that no prestation here was the source of."""
    return {"Work ID": work_id, "Worker INSZ": insz, "Worker name": worker, "User number": number,
            "Date of work": fx._day(day), "Activity": activity, "Hours": str(hours),
            "Status": status, "Status date": fx._day(day + dt.timedelta(days=1))}


def write(path: Path, rows: Iterable[dict[str, object]], kind: str = "csv", **options) -> Path:
    rows = list(rows)
    if kind == "xlsx":
        fx.write_xlsx(path, rows, **options)
    else:
        fx.write_csv(path, rows, **options)
    return path
