"""Customers (households): create, edit, search."""

from __future__ import annotations

from dataclasses import dataclass, field

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import LANGUAGES, Customer, UserNumber
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import snapshot, transaction


@dataclass
class CustomerInput:
    reference: str
    name: str
    postal_code: str
    city: str
    street: str = ""
    phone: str = ""
    email: str = ""
    language: str = "nl"
    notes: str = ""
    active: bool = True
    extra: dict = field(default_factory=dict)


def clean(data: CustomerInput, *, existing_id: int | None = None) -> dict:
    """Validate every field; raises `ValidationError` naming each bad one."""
    c = v.Checker()
    values = {
        "reference": c.check("reference", v.required, data.reference, "Het klantnummer", 20),
        "name": c.check("name", v.required, data.name, "De naam"),
        "street": c.check("street", v.optional, data.street, "De straat"),
        "postal_code": c.check("postal_code", v.postal_code, data.postal_code),
        "city": c.check("city", v.required, data.city, "De gemeente", 80),
        "phone": c.check("phone", v.optional, data.phone, "Het telefoonnummer", 40),
        "email": c.check("email", v.email, data.email),
        "language": c.check("language", v.choice, data.language or "nl", LANGUAGES, "De taal"),
        "notes": data.notes or "",
        "active": bool(data.active),
    }
    reference = values["reference"]
    if reference:
        clash = Customer.select(Customer.id).where(Customer.reference == reference)
        if existing_id is not None:
            clash = clash.where(Customer.id != existing_id)
        if clash.exists():
            c.fail("reference", f"Klantnummer {reference} bestaat al.")
    c.raise_if_any()
    return values


def create_customer(data: CustomerInput) -> int:
    values = clean(data)
    with transaction():
        customer = Customer.create(**values)
        audit.record("customer", customer.id, "create", f"Klant {customer.reference} aangemaakt",
                     after=snapshot(customer))
    return customer.id


def update_customer(customer_id: int, data: CustomerInput) -> None:
    values = clean(data, existing_id=customer_id)
    with transaction():
        customer = get_customer(customer_id)
        before = snapshot(customer)
        for key, value in values.items():
            setattr(customer, key, value)
        customer.save()
        audit.record("customer", customer.id, "update", f"Klant {customer.reference} gewijzigd",
                     before=before, after=snapshot(customer))


def get_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise KnownError("Deze klant bestaat niet (meer).")
    return customer


def by_reference(reference: str) -> Customer | None:
    return Customer.get_or_none(Customer.reference == reference.strip())


def to_input(customer: Customer) -> CustomerInput:
    return CustomerInput(
        reference=customer.reference, name=customer.name, postal_code=customer.postal_code,
        city=customer.city, street=customer.street, phone=customer.phone, email=customer.email,
        language=customer.language, notes=customer.notes, active=customer.active,
    )


def delete_customer(customer_id: int) -> None:
    """Only a customer without user numbers can go; otherwise deactivate it."""
    with transaction():
        customer = get_customer(customer_id)
        if UserNumber.select().where(UserNumber.customer == customer).exists():
            raise KnownError(
                "Deze klant heeft gebruikersnummers en kan niet verwijderd worden; "
                "zet hem op niet-actief."
            )
        before = snapshot(customer)
        customer.delete_instance()
        audit.record("customer", customer_id, "delete", f"Klant {before['reference']} verwijderd",
                     before=before)
