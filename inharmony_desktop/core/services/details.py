"""What the details panel on the right shows about the selected customer or
user number, as plain records (the panel only lays them out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Customer, UserNumber
from inharmony_desktop.core.services import orders
from inharmony_desktop.core.services.payment_modes import history
from inharmony_desktop.core.services.wallet import wallet


@dataclass(frozen=True)
class CustomerCard:
    name: str
    reference: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    active: bool


@dataclass(frozen=True)
class UserNumberCard:
    id: int
    number: str
    holder: str
    quota: str
    modes: list[tuple[dt.date, str]]  # the payment-mode history, oldest first


@dataclass(frozen=True)
class NumberSummary:
    """One user number of a customer: its mode today, wallet and quota use."""

    number: str
    holder: str
    mode: str
    available: int
    ordered: int
    personal_max: int


def customer_card(customer_id: int | None) -> CustomerCard | None:
    """The customer's address card; None when there is no such customer.
    Refuses nothing (read only)."""
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    if customer is None:
        return None
    return CustomerCard(customer.name, customer.reference, customer.street,
                        customer.postal_code, customer.city, customer.phone, customer.email,
                        bool(customer.active))


def user_number_card(user_number_id: int | None) -> UserNumberCard | None:
    """The number, holder, quota and payment-mode history; None when it does not exist.
    Refuses nothing (read only)."""
    found = UserNumber.get_or_none(UserNumber.id == user_number_id) if user_number_id else None
    if found is None:
        return None
    return UserNumberCard(found.id, found.number, found.holder, found.quota,
                          history(found.id).rows())


def customer_numbers(customer_id: int, today: dt.date | None = None) -> list[NumberSummary]:
    """Each user number of the customer (by number) with its mode, wallet and quota use.
    Refuses nothing (read only)."""
    today = today or clock.today()
    summaries = []
    query = UserNumber.select().where(UserNumber.customer == customer_id).order_by(
        UserNumber.number)
    for found in query:
        use = orders.quota_use(found.id, today.year)
        summaries.append(NumberSummary(
            found.number, found.holder, history(found.id).mode_on(today),
            wallet(found.id, today).available, use.ordered, use.personal_max))
    return summaries
