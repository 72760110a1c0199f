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
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN, fn

from inharmony_desktop.core import clock
from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Helper, Order, Prestation, Refund, UserNumber
from inharmony_desktop.core.services import settings
from inharmony_desktop.core.services.base import among
from inharmony_desktop.core.vocabulary import Quota, Status


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
    return _fiscal(rules_mod.rules_for(year), net_cents)


def _fiscal(rules: rules_mod.Rules, net_cents: int) -> FiscalPart:
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


def _paid_prestations(user_number_ids: list[int], year: int) -> dict[int, list[PrestationLine]]:
    start, end = _year_bounds(year)
    paid_day = fn.COALESCE(Prestation.paid_on, Prestation.date)
    query = (
        Prestation.select(Prestation.user_number, Prestation.date, Prestation.paid_on,
                          Helper.name, Prestation.activity, Prestation.hours, Prestation.paper,
                          Prestation.electronic)
        .join(Helper)
        .where(
            among(Prestation.user_number, user_number_ids)
            & (Prestation.status == Status.PAID)
            & (paid_day.between(start, end))
        )
        .order_by(Prestation.user_number, Prestation.date, Prestation.start_time, Prestation.id)
    )
    found: dict[int, list[PrestationLine]] = defaultdict(list)
    for un, day, paid_on, helper, activity, hours, paper, electronic in query.tuples():
        found[un].append(PrestationLine(day, paid_on or day, helper, activity, hours, paper,
                                        electronic))
    return found


def statement_for(user_number_id: int, year: int, *, issued_on: dt.date | None = None,
                  letterhead: Letterhead | None = None) -> StatementData:
    """Everything the yearly statement of `user_number_id` for `year` shows.
    Refuses (`KnownError`) a year out of range or without rules, and a user number that no
    longer exists."""
    return statements_for([user_number_id], year, issued_on=issued_on,
                          letterhead=letterhead)[0]


def statements_for(user_number_ids: Sequence[int], year: int, *,
                   issued_on: dt.date | None = None,
                   letterhead: Letterhead | None = None) -> list[StatementData]:
    """`statement_for` of each user number, in the order given, from five queries for all
    of them (a batch asks for a few dozen at a time). Refuses what `statement_for` refuses."""
    _check_year(year)
    ids = list(user_number_ids)
    start, end = _year_bounds(year)
    numbers = {
        un.id: un for un in UserNumber.select(UserNumber, Customer).join(Customer)
        .where(among(UserNumber.id, sorted(set(ids))))
    }
    missing = [un for un in ids if un not in numbers]
    if missing:
        raise KnownError("Dit gebruikersnummer bestaat niet (meer).")
    orders: dict[int, list[Order]] = defaultdict(list)
    for order in (Order.select().where(among(Order.user_number, sorted(numbers))
                                       & Order.order_date.between(start, end))
                  .order_by(Order.user_number, Order.order_date, Order.id)):
        orders[order.user_number_id].append(order)
    refunds: dict[int, list[RefundLine]] = defaultdict(list)
    for refund in (Refund.select().where(among(Refund.user_number, sorted(numbers))
                                         & Refund.refund_date.between(start, end))
                   .order_by(Refund.user_number, Refund.refund_date, Refund.id)):
        refunds[refund.user_number_id].append(
            RefundLine(refund.refund_date, refund.quantity, refund.medium, refund.amount_cents))
    paid = _paid_prestations(sorted(numbers), year)
    rules = rules_mod.rules_for(year)
    letterhead = letterhead or Letterhead.from_settings()
    issued_on = issued_on or clock.today()
    statements = []
    for un_id in ids:
        un = numbers[un_id]
        order_lines = [line for order in orders[un_id] for line in _order_lines(order)]
        refund_lines = refunds[un_id]
        net = sum(x.amount_cents for x in order_lines) - sum(x.amount_cents for x in refund_lines)
        special = un.quota == Quota.SPECIAL
        customer = un.customer
        statements.append(StatementData(
            letterhead=letterhead,
            year=year,
            user_number=un.number,
            holder=un.holder,
            customer_reference=customer.reference,
            customer_name=customer.name,
            customer_street=customer.street,
            customer_postal_code=customer.postal_code,
            customer_city=customer.city,
            # Every order of the year counts, paper or electronic (orders.ordered_in_year).
            quota_ordered=sum(order.quantity for order in orders[un_id]),
            quota_max=rules.special_max if special else rules.personal_max,
            quota_special=special,
            fiscal=_fiscal(rules, net),
            issued_on=issued_on,
            orders=order_lines,
            refunds=list(refund_lines),
            prestations=paid[un_id],
        ))
    return statements


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
