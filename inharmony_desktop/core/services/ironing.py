"""The ironing workshop: baskets, vouchers and the customer's minute credit.

A basket costs its ironing minutes plus the handling minutes (setting
`ironing_handling_minutes`, default 15) minus the customer's minute credit,
rounded up to whole hours: one voucher per hour. The minutes paid but not
worked become the new credit (SPEC §4.4: 100 + 15 = 115 min -> 2 vouchers,
credit 5; next 50 + 15 - 5 = 60 -> 1 voucher, credit 0).

Every change of the credit is an audit entry on the customer whose action
starts with "ironing"; `credit_history` reads them back as explained lines.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

from peewee import fn

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.formatting import plural, user_number_text
from inharmony_desktop.core.models import (
    AuditEntry,
    Customer,
    Helper,
    IroningBasket,
    UserNumber,
)
from inharmony_desktop.core.services import audit, prestations, settings
from inharmony_desktop.core.services.base import snapshot, transaction
from inharmony_desktop.core.vocabulary import Activity, Status

MAX_VOUCHERS = 12  # a prestation holds at most 12 hours


@dataclass(frozen=True)
class BasketPreview:
    ironing_minutes: int
    handling_minutes: int
    credit_before: int
    vouchers: int
    credit_after: int

    @property
    def minutes_to_pay(self) -> int:
        return self.ironing_minutes + self.handling_minutes - self.credit_before

    def explain(self) -> str:
        return (f"{self.ironing_minutes} min strijken + {self.handling_minutes} min behandeling "
                f"− {self.credit_before} min tegoed = {self.minutes_to_pay} min → "
                f"{plural(self.vouchers, 'cheque', 'cheques')}; tegoed {self.credit_before} → "
                f"{self.credit_after} min")


@dataclass(frozen=True)
class BasketUndo:
    """The rows a recorded basket wrote, to take it back and to put it back exactly."""

    customer_id: int
    basket: dict[str, Any]
    prestation: dict[str, Any] | None


@dataclass(frozen=True)
class CreditLine:
    at: dt.datetime
    who: str
    text: str
    credit_before: int
    credit_after: int


def default_handling_minutes() -> int:
    """The handling time a basket gets unless told otherwise (a setting). Refuses nothing."""
    return settings.get_int("ironing_handling_minutes")


def compute(ironing_minutes: int, handling_minutes: int, credit: int) -> BasketPreview:
    """The pure rule: minutes to pay rounded up to hours; the rest is credit.
    Refuses nothing (pure arithmetic)."""
    to_pay = ironing_minutes + handling_minutes - credit
    vouchers = math.ceil(to_pay / 60) if to_pay > 0 else 0
    credit_after = vouchers * 60 - to_pay
    return BasketPreview(ironing_minutes, handling_minutes, credit, vouchers, credit_after)


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise KnownError("Deze klant bestaat niet (meer).")
    return customer


def _minutes(c: v.Checker, ironing: Any, handling: Any) -> tuple[int | None, int | None]:
    ironing = c.check("ironing_minutes", v.integer, ironing, "De strijktijd (minuten)", 1, 6000)
    handling = c.check("handling_minutes", v.integer, handling,
                       "De behandelingstijd (minuten)", 0, 240)
    return ironing, handling


def preview_basket(
    customer_id: int, ironing_minutes: int, handling_minutes: int | None = None
) -> BasketPreview:
    """What the basket would cost and leave as credit; writes nothing."""
    c = v.Checker()
    handling = default_handling_minutes() if handling_minutes is None else handling_minutes
    ironing, handling = _minutes(c, ironing_minutes, handling)
    c.raise_if_any()
    return compute(ironing, handling, _customer(customer_id).ironing_credit_minutes)


def check_basket(
    customer_id: int | None,
    user_number_id: int | None,
    helper_id: int | None,
    day: dt.date | None,
    ironing_minutes: int,
    handling_minutes: int | None = None,
) -> BasketPreview:
    """Every check of `record_basket`, writing nothing; the preview when all is well."""
    c = v.Checker()
    handling = default_handling_minutes() if handling_minutes is None else handling_minutes
    ironing, handling = _minutes(c, ironing_minutes, handling)
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    if customer is None:
        c.fail("customer", "Kies een bestaande klant.")
    user_number = UserNumber.get_or_none(UserNumber.id == user_number_id) if user_number_id else None
    if user_number is None or user_number.customer_id != customer_id:
        c.fail("user_number", "Kies een gebruikersnummer van deze klant.")
    elif not user_number.active:
        c.fail("user_number", f"Gebruikersnummer {user_number_text(user_number.number)} is niet "
                              "actief.")
    if not helper_id or not Helper.select().where(Helper.id == helper_id).exists():
        c.fail("helper", "Kies de medewerker van het strijkatelier.")
    if day is None:
        c.fail("date", "De datum is verplicht.")
    c.raise_if_any()
    preview = compute(ironing, handling, customer.ironing_credit_minutes)
    if preview.vouchers > MAX_VOUCHERS:
        raise ValidationError({"ironing_minutes": (
            f"Deze mand kost {preview.vouchers} cheques; een prestatie telt hoogstens "
            f"{MAX_VOUCHERS} uren. Registreer de mand in twee delen.")})
    return preview


@dataclass(frozen=True)
class BasketInput:
    """One basket as the office enters it (`record_basket` writes it)."""

    customer_id: int
    user_number_id: int
    helper_id: int
    day: dt.date
    ironing_minutes: int
    handling_minutes: int


def record_basket(
    customer_id: int,
    user_number_id: int,
    helper_id: int,
    day: dt.date,
    ironing_minutes: int,
    handling_minutes: int | None = None,
    status: str = Status.PERFORMED,
) -> BasketUndo:
    """Save the basket, its 'ironing' prestation and the new credit, in one transaction.
    Refuses what `check_basket` refuses (`ValidationError`: bad minutes, a missing date,
    customer or helper, a user number not of that customer or not active); nothing is
    written then."""
    with transaction():
        preview = check_basket(customer_id, user_number_id, helper_id, day, ironing_minutes,
                               handling_minutes)
        customer = _customer(customer_id)
        ironing, handling = preview.ironing_minutes, preview.handling_minutes
        prestation_id = None
        if preview.vouchers:
            prestation_id = prestations.create_prestation(prestations.PrestationInput(
                date=day, user_number_id=user_number_id, helper_id=helper_id,
                hours=preview.vouchers, activity=Activity.IRONING, status=status,
                ironing_minutes=ironing, handling_minutes=handling,
            ))
        basket = IroningBasket.create(
            customer=customer, prestation=prestation_id, date=day, ironing_minutes=ironing,
            handling_minutes=handling, credit_before=preview.credit_before,
            vouchers=preview.vouchers, credit_after=preview.credit_after,
        )
        _set_credit(customer, preview.credit_after, "ironing_basket",
                    f"Mand van {day:%d/%m/%Y}: {preview.explain()}")
        saved_prestation = prestations.snapshots([prestation_id])[0] if prestation_id else None
    return BasketUndo(customer.id, snapshot(basket), saved_prestation)


def _set_credit(customer: Customer, minutes: int, action: str, summary: str) -> None:
    before = customer.ironing_credit_minutes
    Customer.update(ironing_credit_minutes=minutes).where(Customer.id == customer.id).execute()
    customer.ironing_credit_minutes = minutes
    audit.record("customer", customer.id, action, summary,
                 before={"ironing_credit_minutes": before},
                 after={"ironing_credit_minutes": minutes})


def undo_basket(record: BasketUndo) -> None:
    """Take a basket back: its prestation goes, the credit returns to what it was.

    Only the customer's latest basket can be taken back, since each later
    basket started from the credit this one left.
    Refuses (`KnownError`) a basket that no longer exists and one with a newer basket after
    it.
    """
    basket_id = record.basket["id"]
    with transaction():
        basket = IroningBasket.get_or_none(IroningBasket.id == basket_id)
        if basket is None:
            raise KnownError("Deze strijkmand bestaat niet (meer).")
        later = IroningBasket.select().where(
            (IroningBasket.customer == basket.customer_id) & (IroningBasket.id > basket.id)
        ).exists()
        if later:
            raise KnownError("Er is intussen een nieuwere strijkmand voor deze klant; "
                             "die moet eerst ongedaan gemaakt worden.")
        customer = _customer(basket.customer_id)
        if basket.prestation_id is not None:
            prestations.delete_prestations([basket.prestation_id])
        basket.delete_instance()
        _set_credit(customer, basket.credit_before, "ironing_undo",
                    f"Mand van {basket.date:%d/%m/%Y} ongedaan gemaakt: tegoed terug naar "
                    f"{basket.credit_before} min")


def redo_basket(record: BasketUndo) -> None:
    """Put a taken-back basket back exactly (same ids).
    Refuses nothing of its own; a database refusal becomes a `KnownError` and nothing is
    written."""
    with transaction():
        customer = _customer(record.customer_id)
        if record.prestation is not None:
            prestations.restore([record.prestation], reason="Strijkmand opnieuw gedaan")
        values = {k: val for k, val in record.basket.items()
                  if k not in ("customer_id", "prestation_id")}
        values["customer"] = record.basket["customer_id"]
        values["prestation"] = record.basket["prestation_id"]
        IroningBasket.insert(**values).execute()
        day = dt.date.fromisoformat(record.basket["date"])
        _set_credit(customer, record.basket["credit_after"], "ironing_basket",
                    f"Mand van {day:%d/%m/%Y} opnieuw geregistreerd: tegoed "
                    f"{record.basket['credit_before']} → {record.basket['credit_after']} min")


def adjust_credit(customer_id: int, minutes: int, reason: str) -> int:
    """Set the credit by hand (a correction); the reason is kept in the history.
    Refuses (`ValidationError`) a credit out of range and a missing reason."""
    c = v.Checker()
    minutes = c.check("credit", v.integer, minutes, "Het tegoed (minuten)", 0, 59)
    reason = c.check("reason", v.required, reason, "De reden")
    c.raise_if_any()
    with transaction():
        customer = _customer(customer_id)
        before = customer.ironing_credit_minutes
        _set_credit(customer, minutes, "ironing_credit",
                    f"Tegoed met de hand aangepast van {before} naar {minutes} min: {reason}")
    return before


def baskets(customer_id: int) -> list[IroningBasket]:
    """The customer's baskets, oldest first. Refuses nothing (read only)."""
    return list(IroningBasket.select().where(IroningBasket.customer == customer_id)
                .order_by(IroningBasket.date, IroningBasket.id))


def credit_history(customer_id: int) -> list[CreditLine]:
    """Every change of the customer's minute credit, oldest first, each explained.
    Refuses nothing (read only)."""
    query = (
        AuditEntry.select()
        .where((AuditEntry.entity == "customer") & (AuditEntry.entity_id == customer_id)
               & (AuditEntry.action.startswith("ironing")))
        .order_by(AuditEntry.id)
    )
    lines = []
    for row in query:
        before = json.loads(row.before or "{}").get("ironing_credit_minutes", 0)
        after = json.loads(row.after or "{}").get("ironing_credit_minutes", 0)
        lines.append(CreditLine(row.at, row.who, row.summary, before, after))
    return lines


def customer_choices() -> list[tuple[int, str]]:
    """Active customers with a user number: (id, "name (reference)").
    Refuses nothing (read only)."""
    query = (Customer.select(Customer.id, Customer.name, Customer.reference)
             .where(Customer.active & fn.EXISTS(
                 UserNumber.select().where(UserNumber.customer == Customer.id)))
             .order_by(Customer.name).tuples())
    return [(cid, f"{name} ({reference})") for cid, name, reference in query]


def user_number_choices(customer_id: int) -> list[tuple[int, str]]:
    """(id, text) of the customer's active user numbers, for the basket form. Refuses nothing
    (read only)."""
    query = (UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder)
             .where((UserNumber.customer == customer_id) & UserNumber.active)
             .order_by(UserNumber.number).tuples())
    return [(uid, f"{user_number_text(number)} — {holder}") for uid, number, holder in query]


def helper_choices() -> list[tuple[int, str]]:
    """(id, text) of the active helpers, for the basket form. Refuses nothing (read only)."""
    query = (Helper.select(Helper.id, Helper.name, Helper.reference)
             .where(Helper.active).order_by(Helper.name).tuples())
    return [(hid, f"{name} ({reference})") for hid, name, reference in query]
