"""The yearly statement of orders (jaaroverzicht) of one user number, as plain data.

`statement_for` gathers everything the PDF shows: the company letterhead, the
holder and the customer's address, every order and refund of the year, the
totals, the quota use, the fiscal part from the rules of that year and the
prestations paid that year. The reports package turns it into a PDF; nothing
here knows about ReportLab or Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import JOIN, fn

from inharmony_desktop.core import clock
from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Helper, Order, Prestation, Refund, UserNumber
from inharmony_desktop.core.services import settings
from inharmony_desktop.core.services.orders import quota_use
from inharmony_desktop.core.vocabulary import Status


@dataclass(frozen=True)
class Letterhead:
    name: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    licence: str

    @classmethod
    def from_settings(cls) -> Letterhead:
        values = settings.all_settings()
        return cls(
            name=values["company_name"],
            street=values["company_street"],
            postal_code=values["company_postal_code"],
            city=values["company_city"],
            phone=values["company_phone"],
            email=values["company_email"],
            licence=values["company_licence"],
        )


@dataclass(frozen=True)
class OrderLine:
    """One priced part of an order; an order across the price step gives two lines."""

    date: dt.date
    quantity: int
    medium: str
    unit_price_cents: int
    amount_cents: int
    higher_tier: bool = False


@dataclass(frozen=True)
class RefundLine:
    date: dt.date
    quantity: int
    medium: str
    amount_cents: int


@dataclass(frozen=True)
class PrestationLine:
    date: dt.date
    paid_on: dt.date
    helper: str
    activity: str
    hours: int
    paper: int
    electronic: int


@dataclass(frozen=True)
class FiscalPart:
    """The tax reduction estimate from the rules of the year of purchase."""

    rules_year: int  # the rules row used; differs from the statement's year on fallback
    tax_rate_percent: int
    ceiling_cents: int | None
    deductible_cents: int
    reduction_cents: int

    @property
    def has_reduction(self) -> bool:
        return self.tax_rate_percent > 0


@dataclass
class StatementData:
    letterhead: Letterhead
    year: int
    user_number: str
    holder: str
    customer_reference: str
    customer_name: str
    customer_street: str
    customer_postal_code: str
    customer_city: str
    quota_ordered: int
    quota_max: int
    quota_special: bool
    fiscal: FiscalPart
    issued_on: dt.date
    orders: list[OrderLine] = field(default_factory=list)
    refunds: list[RefundLine] = field(default_factory=list)
    prestations: list[PrestationLine] = field(default_factory=list)

    @property
    def bought_quantity(self) -> int:
        return sum(line.quantity for line in self.orders)

    @property
    def bought_cents(self) -> int:
        return sum(line.amount_cents for line in self.orders)

    @property
    def refunded_quantity(self) -> int:
        return sum(line.quantity for line in self.refunds)

    @property
    def refunded_cents(self) -> int:
        return sum(line.amount_cents for line in self.refunds)

    @property
    def net_cents(self) -> int:
        return self.bought_cents - self.refunded_cents

    @property
    def quota_text(self) -> str:
        return f"{self.quota_ordered} van {self.quota_max}"

    @property
    def has_split_orders(self) -> bool:
        return any(line.higher_tier for line in self.orders)


def fiscal_part(year: int, net_cents: int) -> FiscalPart:
    """Deductible = min(net, ceiling) (never below zero); reduction = rate x deductible.
    Refuses (`KnownError`) a year without rules."""
    rules = rules_mod.rules_for(year)
    rate = rules.tax_rate_percent
    if rate <= 0:
        return FiscalPart(rules.source_year, 0, rules.fiscal_ceiling_cents, 0, 0)
    deductible = max(net_cents, 0)
    if rules.fiscal_ceiling_cents is not None:
        deductible = min(deductible, rules.fiscal_ceiling_cents)
    # Round half up to whole cents.
    reduction = (deductible * rate + 50) // 100
    return FiscalPart(rules.source_year, rate, rules.fiscal_ceiling_cents, deductible, reduction)


def _order_lines(order: Order) -> list[OrderLine]:
    base_quantity = order.quantity - order.higher_quantity
    if order.higher_quantity <= 0 or order.higher_unit_price_cents is None:
        return [OrderLine(order.order_date, order.quantity, order.medium,
                          order.unit_price_cents, order.amount_cents)]
    base_amount = base_quantity * order.unit_price_cents
    lines = []
    if base_quantity > 0:
        lines.append(OrderLine(order.order_date, base_quantity, order.medium,
                               order.unit_price_cents, base_amount))
    lines.append(OrderLine(order.order_date, order.higher_quantity, order.medium,
                           order.higher_unit_price_cents, order.amount_cents - base_amount,
                           higher_tier=True))
    return lines


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise KnownError(f"{year} is geen geldig jaar voor een jaaroverzicht.")


def _paid_prestations(user_number_id: int, year: int) -> list[PrestationLine]:
    start, end = _year_bounds(year)
    paid_day = fn.COALESCE(Prestation.paid_on, Prestation.date)
    query = (
        Prestation.select(Prestation, Helper.name)
        .join(Helper)
        .where(
            (Prestation.user_number == user_number_id)
            & (Prestation.status == Status.PAID)
            & (paid_day.between(start, end))
        )
        .order_by(Prestation.date, Prestation.start_time, Prestation.id)
    )
    return [
        PrestationLine(p.date, p.paid_on or p.date, p.helper.name, p.activity, p.hours,
                       p.paper, p.electronic)
        for p in query
    ]


def statement_for(user_number_id: int, year: int, *, issued_on: dt.date | None = None,
                  letterhead: Letterhead | None = None) -> StatementData:
    """Everything the yearly statement of `user_number_id` for `year` shows.
    Refuses (`KnownError`) a year out of range or without rules, and a user number that no
    longer exists."""
    _check_year(year)
    user_number = (
        UserNumber.select(UserNumber, Customer)
        .join(Customer)
        .where(UserNumber.id == user_number_id)
        .first()
    )
    if user_number is None:
        raise KnownError("Dit gebruikersnummer bestaat niet (meer).")
    start, end = _year_bounds(year)
    orders = (
        Order.select()
        .where((Order.user_number == user_number.id) & Order.order_date.between(start, end))
        .order_by(Order.order_date, Order.id)
    )
    refunds = (
        Refund.select()
        .where((Refund.user_number == user_number.id) & Refund.refund_date.between(start, end))
        .order_by(Refund.refund_date, Refund.id)
    )
    order_lines = [line for order in orders for line in _order_lines(order)]
    refund_lines = [RefundLine(r.refund_date, r.quantity, r.medium, r.amount_cents)
                    for r in refunds]
    quota = quota_use(user_number.id, year)
    net = sum(x.amount_cents for x in order_lines) - sum(x.amount_cents for x in refund_lines)
    customer = user_number.customer
    return StatementData(
        letterhead=letterhead or Letterhead.from_settings(),
        year=year,
        user_number=user_number.number,
        holder=user_number.holder,
        customer_reference=customer.reference,
        customer_name=customer.name,
        customer_street=customer.street,
        customer_postal_code=customer.postal_code,
        customer_city=customer.city,
        quota_ordered=quota.ordered,
        quota_max=quota.personal_max,
        quota_special=quota.special,
        fiscal=fiscal_part(year, net),
        issued_on=issued_on or clock.today(),
        orders=order_lines,
        refunds=refund_lines,
        prestations=_paid_prestations(user_number.id, year),
    )


def user_numbers_with_orders(year: int) -> list[int]:
    """Ids of the user numbers with at least one order in `year`, in customer order
    (customer name, customer reference, then the user number).
    Refuses (`KnownError`) a year out of range or without rules."""
    _check_year(year)
    start, end = _year_bounds(year)
    with_orders = Order.select(Order.user_number).where(Order.order_date.between(start, end))
    query = (
        UserNumber.select(UserNumber.id)
        .join(Customer, JOIN.INNER)
        .where(UserNumber.id.in_(with_orders))
        .order_by(fn.LOWER(Customer.name), Customer.reference, UserNumber.number)
    )
    return [row.id for row in query]


def file_stem(data: StatementData) -> str:
    """`YEAR_USERNUMBER_HOLDER`, safe on every file system (see `safe_name`). Refuses nothing."""
    return f"{data.year}_{data.user_number}_{safe_name(data.holder)}"


_SPECIAL_LETTERS = str.maketrans({
    "ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe",
    "Ł": "L", "ł": "l", "Đ": "D", "đ": "d",
})


def safe_name(text: str, *, max_length: int = 60) -> str:
    """ASCII letters, digits and hyphens joined by underscores: 'Zoë D'Hondt' -> 'Zoe_DHondt'.
    Refuses nothing."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    ascii_text = re.sub(r"['`\"]", "", ascii_text)
    cleaned = re.sub(r"[^A-Za-z0-9-]+", "_", ascii_text).strip("_-")
    cleaned = re.sub(r"_+", "_", cleaned)[:max_length].rstrip("_-")
    return cleaned or "houder"
