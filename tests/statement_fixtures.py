"""Builders for the statement tests (core, reports, ui): a household with a user
number, orders, refunds and paid prestations, made through the program's services."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import customers, helpers, orders, settings, user_numbers


class Household:
    """One customer with one user number (more can be added)."""

    def __init__(self, reference: str, name: str, holder: str, number: str) -> None:
        self.customer_id = customers.create_customer(customers.CustomerInput(
            reference=reference, name=name, street="Kerkstraat 12", postal_code="3940",
            city="Hechtel-Eksel"))
        self.user_number_id = self.add_user_number(holder, number)

    def add_user_number(self, holder: str, number: str) -> int:
        return user_numbers.create_user_number(user_numbers.UserNumberInput(
            number=number, customer_id=self.customer_id, holder=holder,
            payment_mode="electronic", mode_since=dt.date(2016, 1, 1)))

    def order(self, day: str, quantity: int, medium: str = "electronic",
              user_number_id: int | None = None) -> int:
        return orders.create_order(orders.OrderInput(
            user_number_id=user_number_id or self.user_number_id,
            order_date=dt.date.fromisoformat(day), quantity=quantity, medium=medium))

    def refund(self, day: str, quantity: int) -> int:
        return orders.create_refund(orders.RefundInput(
            user_number_id=self.user_number_id, refund_date=dt.date.fromisoformat(day),
            quantity=quantity))

    def paid_prestations(self, helper_id: int, first: dt.date, count: int,
                         hours: int = 3) -> None:
        rows = []
        for index in range(count):
            day = first + dt.timedelta(days=index)
            rows.append({"date": day, "user_number": self.user_number_id, "helper": helper_id,
                         "hours": hours, "paper": 1, "electronic": hours - 1,
                         "status": "paid", "paid_on": day + dt.timedelta(days=14)})
        Prestation.insert_many(rows).execute()


def make_household() -> Household:
    """Zoë D'Hondt-Müller's user number; the company has a licence number."""
    settings.save({"company_licence": "01234"})
    return Household("K001", "Familie D'Hondt", "Zoë D'Hondt-Müller", "123456789012")


def make_helper(reference: str = "M01", name: str = "Ann Peeters") -> int:
    return helpers.create_helper(helpers.HelperInput(reference=reference, name=name))


def pdf_text(path_or_bytes: Path | bytes) -> str:
    """All text of a PDF as one line: every run of white space (line ends between table
    cells, no-break spaces in amounts) becomes one space."""
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    reader = PdfReader(source)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def page_count(path_or_bytes: Path | bytes) -> int:
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return len(PdfReader(source).pages)
