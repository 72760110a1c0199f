"""Customers (households): create, edit, search."""

from __future__ import annotations

from dataclasses import dataclass, field

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.models import LANGUAGES, Customer, UserNumber
from inharmony_desktop.core.services.audited import AuditedRows


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


ROWS = AuditedRows(Customer, "customer", "Deze klant bestaat niet (meer).",
                   label=lambda customer: f"Klant {customer.reference}")


def clean(data: CustomerInput, *, existing_id: int | None = None) -> dict:
    """Validate every field; raises `ValidationError` naming each bad one."""
    c = v.Checker()
    values = {
        "reference": c.check("reference", v.required, data.reference, "Het klantnummer", 20),
        "name": c.check("name", v.required, data.name, "De naam"),
        "street": c.check("street", v.optional, data.street, "De straat"),
        "postal_code": c.check("postal_code", v.postal_code, data.postal_code),
        "city": c.check("city", v.required, data.city, "De gemeente", 80),
        "phone": c.check("phone", v.phone, data.phone),
        "email": c.check("email", v.email, data.email),
        "language": c.check("language", v.choice, data.language or "nl", LANGUAGES, "De taal"),
        "notes": data.notes or "",
        "active": bool(data.active),
    }
    c.unique("reference", Customer.reference, values["reference"], existing_id,
             "Klantnummer {value} bestaat al.")
    c.raise_if_any()
    return values


def create_customer(data: CustomerInput) -> int:
    """A new customer; refuses bad fields and a taken reference (`ValidationError`)."""
    return ROWS.create(clean(data))


def update_customer(customer_id: int, data: CustomerInput) -> None:
    """Change a customer; refuses bad fields and a taken reference (`ValidationError`)
    and a customer that no longer exists (`KnownError`)."""
    ROWS.update(customer_id, clean(data, existing_id=customer_id))


def get_customer(customer_id: int) -> Customer:
    """The customer; `KnownError` when it no longer exists."""
    return ROWS.get(customer_id)


def by_reference(reference: str) -> Customer | None:
    """The customer with this reference, or None. Refuses nothing."""
    return Customer.get_or_none(Customer.reference == reference.strip())


def to_input(customer: Customer) -> CustomerInput:
    """The customer as its dialog edits it. Refuses nothing."""
    return CustomerInput(
        reference=customer.reference, name=customer.name, postal_code=customer.postal_code,
        city=customer.city, street=customer.street, phone=customer.phone, email=customer.email,
        language=customer.language, notes=customer.notes, active=customer.active,
    )


def delete_customer(customer_id: int) -> None:
    """Only a customer without user numbers can go (`KnownError` otherwise: deactivate
    it), and only one that still exists."""
    ROWS.delete(customer_id, still_used=_with_user_numbers)


def _with_user_numbers(customer: Customer) -> str | None:
    if UserNumber.select().where(UserNumber.customer == customer).exists():
        return ("Deze klant heeft gebruikersnummers en kan niet verwijderd worden; "
                "zet hem op niet-actief.")
    return None
