"""Voucher orders and refunds: prices by tier, personal and household maxima,
expiry dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import fn

from inharmony_desktop.core import rules as rules_mod
from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, medium_word, plural
from inharmony_desktop.core.models import MEDIA, Order, Refund, UserNumber
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.audited import create_row, delete_row, existing, update_row
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.core.services.payment_modes import mode_on
from inharmony_desktop.core.vocabulary import Medium, Quota


@dataclass
class OrderInput:
    user_number_id: int
    order_date: dt.date | str
    quantity: int
    medium: str | None = None
    unit_price_cents: int | None = None


@dataclass(frozen=True)
class OrderPrice:
    unit_price_cents: int
    higher_quantity: int
    higher_unit_price_cents: int | None
    amount_cents: int


@dataclass(frozen=True)
class QuotaUse:
    year: int
    ordered: int
    personal_max: int
    household_ordered: int
    household_max: int
    special: bool
    tier_threshold: int
    rules_year: int

    @property
    def remaining(self) -> int:
        return max(self.personal_max - self.ordered, 0)

    @property
    def in_higher_tier(self) -> bool:
        return not self.special and self.ordered > self.tier_threshold

    @property
    def fraction(self) -> float:
        return self.ordered / self.personal_max if self.personal_max else 0.0


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def ordered_in_year(user_number_id: int, year: int, *, exclude_order: int | None = None) -> int:
    """Vouchers ordered by one user number in `year` (without `exclude_order`). Refuses nothing
    (read only)."""
    start, end = _year_bounds(year)
    query = Order.select(fn.COALESCE(fn.SUM(Order.quantity), 0)).where(
        (Order.user_number == user_number_id) & (Order.order_date.between(start, end))
    )
    if exclude_order is not None:
        query = query.where(Order.id != exclude_order)
    return int(query.scalar() or 0)


def household_ordered_in_year(
    customer_id: int, year: int, *, exclude_order: int | None = None
) -> int:
    """Vouchers bought in `year` by the household's standard-quota user numbers.
    Refuses nothing (read only)."""
    start, end = _year_bounds(year)
    query = (
        Order.select(fn.COALESCE(fn.SUM(Order.quantity), 0))
        .join(UserNumber)
        .where(
            (UserNumber.customer == customer_id)
            & (UserNumber.quota == Quota.STANDARD)
            & (Order.order_date.between(start, end))
        )
    )
    if exclude_order is not None:
        query = query.where(Order.id != exclude_order)
    return int(query.scalar() or 0)


def quota_use(user_number_id: int, year: int) -> QuotaUse:
    """How much of its yearly maximum a user number ordered; `KnownError` when there are no
    rules for that year."""
    user_number = UserNumber.get_by_id(user_number_id)
    rules = rules_mod.rules_for(year)
    special = user_number.quota == Quota.SPECIAL
    return QuotaUse(
        year=year,
        ordered=ordered_in_year(user_number.id, year),
        personal_max=rules.special_max if special else rules.personal_max,
        household_ordered=household_ordered_in_year(user_number.customer_id, year),
        household_max=rules.household_max,
        special=special,
        tier_threshold=rules.tier_threshold,
        rules_year=rules.source_year,
    )


def price_for(quota: str, day: dt.date, quantity: int, already: int) -> OrderPrice:
    """Vouchers 1..threshold of the person's year at the base price, the rest higher;
    a special quota pays the base price throughout. Refuses (`KnownError`) a year without rules."""
    rules = rules_mod.rules_for(day.year)
    base = rules.base_price_cents
    if quota == Quota.SPECIAL:
        return OrderPrice(base, 0, None, base * quantity)
    higher_count = max(0, already + quantity - max(rules.tier_threshold, already))
    higher_count = min(higher_count, quantity)
    base_count = quantity - higher_count
    amount = base_count * base + higher_count * rules.higher_price_cents
    if higher_count == quantity:
        return OrderPrice(rules.higher_price_cents, 0, None, amount)
    return OrderPrice(
        base, higher_count, rules.higher_price_cents if higher_count else None, amount
    )


def _check_maxima(user_number: UserNumber, day: dt.date, quantity: int, exclude: int | None) -> int:
    rules = rules_mod.rules_for(day.year)
    already = ordered_in_year(user_number.id, day.year, exclude_order=exclude)
    limit = rules.special_max if user_number.quota == Quota.SPECIAL else rules.personal_max
    if already + quantity > limit:
        over = already + quantity - limit
        raise KnownError(
            f"Deze bestelling overschrijdt het persoonlijke maximum van {limit} cheques in "
            f"{day.year} met {over} (al besteld: {already}, deze bestelling: {quantity}; "
            f"nog mogelijk: {max(limit - already, 0)})."
        )
    if user_number.quota == Quota.STANDARD:
        household = household_ordered_in_year(user_number.customer_id, day.year, exclude_order=exclude)
        if household + quantity > rules.household_max:
            over = household + quantity - rules.household_max
            raise KnownError(
                f"Deze bestelling overschrijdt het maximum van het gezin ({rules.household_max} "
                f"cheques in {day.year}) met {over} (al besteld door het gezin: {household}, "
                f"deze bestelling: {quantity})."
            )
    return already


def clean(data: OrderInput, *, existing_id: int | None = None) -> dict[str, Any]:
    """The checked and priced values of an order; refuses bad fields and an unknown user number
    (`ValidationError`), paper after its last order date and an order over the personal or
    household maximum (`KnownError`)."""
    c = v.Checker()
    day = c.check("order_date", v.date_value, data.order_date, "De besteldatum")
    quantity = c.check("quantity", v.integer, data.quantity, "Het aantal", 1, 2000)
    user_number = UserNumber.get_or_none(UserNumber.id == data.user_number_id)
    if user_number is None:
        c.fail("user_number", "Kies een bestaand gebruikersnummer.")
    medium = data.medium
    if medium is not None:
        medium = c.check("medium", v.choice, medium, MEDIA, "Het medium")
    if data.unit_price_cents is not None:
        c.check("unit_price", v.integer, data.unit_price_cents, "De eenheidsprijs (cent)", 0, 100_000)
    c.raise_if_any()
    if medium is None:
        medium = mode_on(user_number.id, day)
    rules = rules_mod.rules_for(day.year)
    if medium == Medium.PAPER and rules.paper_last_order_date and day > rules.paper_last_order_date:
        raise KnownError(
            f"Papieren dienstencheques kunnen na {rules.paper_last_order_date:%d/%m/%Y} niet meer "
            "besteld worden; kies elektronisch."
        )
    already = _check_maxima(user_number, day, quantity, existing_id)
    if data.unit_price_cents is not None:
        price = OrderPrice(data.unit_price_cents, 0, None, data.unit_price_cents * quantity)
        overridden = True
    else:
        price = price_for(user_number.quota, day, quantity, already)
        overridden = False
    return {
        "user_number": user_number.id,
        "order_date": day,
        "quantity": quantity,
        "medium": medium,
        "unit_price_cents": price.unit_price_cents,
        "higher_quantity": price.higher_quantity,
        "higher_unit_price_cents": price.higher_unit_price_cents,
        "amount_cents": price.amount_cents,
        "price_overridden": overridden,
        "expiry_date": rules_mod.expiry_date(day),
    }


def _summary(order: Order) -> str:
    return (f"{plural(order.quantity, 'cheque', 'cheques')} ({medium_word(order.medium)}) op "
            f"{date_text(order.order_date)}")


def create_order(data: OrderInput) -> int:
    """A new order, priced by tier; refuses bad fields (`ValidationError`), paper
    after its last order date and an order over the personal or household
    maximum (`KnownError`)."""
    with transaction():
        values = clean(data)
        return create_row(Order, values, "order", lambda o: f"Bestelling {_summary(o)}").id


def update_order(order_id: int, data: OrderInput) -> None:
    """Change an order; refuses what `create_order` refuses, and an order that no
    longer exists (`KnownError`)."""
    with transaction():
        order = get_order(order_id)
        values = clean(data, existing_id=order_id)
        update_row(order, values, "order", lambda o: f"Bestelling gewijzigd: {_summary(o)}")


def delete_order(order_id: int) -> dict[str, Any]:
    """Remove an order; returns its snapshot. `KnownError` when it no longer exists."""
    with transaction():
        return delete_row(get_order(order_id), "order",
                          lambda o: f"Bestelling verwijderd: {_summary(o)}")


def restore_order(row: dict[str, Any]) -> None:
    """Put a deleted or changed order back exactly (the inverse of any order command).
    Refuses nothing of its own; a database refusal becomes a `KnownError` and nothing is
    written."""
    with transaction():
        values = {k: row[k] for k in row if k != "user_number_id"}
        values["user_number"] = row["user_number_id"]
        Order.upsert(**values).execute()
        audit.record("order", row["id"], "restore", "Bestelling hersteld", after=row)


def get_order(order_id: int) -> Order:
    """The order; `KnownError` when it no longer exists."""
    return existing(Order, order_id, "Deze bestelling bestaat niet (meer).")


def to_input(order: Order) -> OrderInput:
    """The order as its dialog edits it. Refuses nothing."""
    return OrderInput(
        user_number_id=order.user_number_id,
        order_date=order.order_date,
        quantity=order.quantity,
        medium=order.medium,
        unit_price_cents=order.unit_price_cents if order.price_overridden else None,
    )


@dataclass
class RefundInput:
    user_number_id: int
    refund_date: dt.date | str
    quantity: int
    medium: str = Medium.ELECTRONIC
    amount_cents: int | None = None


def clean_refund(data: RefundInput) -> dict[str, Any]:
    """Checked values of a refund (no wallet check yet); raises `ValidationError`."""
    c = v.Checker()
    day = c.check("refund_date", v.date_value, data.refund_date, "De datum")
    quantity = c.check("quantity", v.integer, data.quantity, "Het aantal", 1, 2000)
    medium = c.check("medium", v.choice, data.medium, MEDIA, "Het medium")
    user_number = UserNumber.get_or_none(UserNumber.id == data.user_number_id)
    if user_number is None:
        c.fail("user_number", "Kies een bestaand gebruikersnummer.")
    if data.amount_cents is not None and data.amount_cents < 0:
        c.fail("amount", "Het bedrag van een terugbetaling kan niet negatief zijn.")
    c.raise_if_any()
    amount = data.amount_cents
    if amount is None:
        amount = default_refund_cents(day, quantity)
    return {"user_number": user_number, "refund_date": day, "quantity": quantity, "medium": medium,
            "amount_cents": amount}


def default_refund_cents(day: dt.date, quantity: int) -> int:
    """What Pluxee pays back by default: the base price of that year per voucher.
    Refuses (`KnownError`) a year without rules."""
    return quantity * rules_mod.rules_for(day.year).base_price_cents


def create_refund(data: RefundInput) -> int:
    """Vouchers returned to Pluxee; the default amount is the base price of that year.
    Refuses bad fields (`ValidationError`) and more electronic vouchers than the wallet
    holds on that day (`KnownError`); nothing is written then."""
    from inharmony_desktop.core.services.wallet import wallet

    values = clean_refund(data)
    user_number, day, quantity = values["user_number"], values["refund_date"], values["quantity"]
    with transaction():
        if values["medium"] == Medium.ELECTRONIC:
            available = wallet(user_number.id, day).available
            if quantity > available:
                raise KnownError(
                    f"Er zijn op {day:%d/%m/%Y} maar {available} elektronische cheques beschikbaar; "
                    f"{quantity} terugbetalen kan niet."
                )
        refund = create_row(Refund, values, "refund",
                            lambda r: f"Terugbetaling van {plural(quantity, 'cheque', 'cheques')} op "
                                      f"{date_text(day)}")
    return refund.id


def refunds_of(user_number_id: int) -> list[Refund]:
    """The refunds of one user number, newest first. Refuses nothing (read only)."""
    return list(Refund.select().where(Refund.user_number == user_number_id)
                .order_by(Refund.refund_date.desc(), Refund.id.desc()))


def delete_refund(refund_id: int) -> dict[str, Any]:
    """Remove a refund; returns its snapshot. `KnownError` when it no longer exists."""
    with transaction():
        refund = Refund.get_or_none(Refund.id == refund_id)
        if refund is None:
            raise KnownError("Deze terugbetaling bestaat niet (meer).")
        return delete_row(refund, "refund", lambda _r: "Terugbetaling verwijderd")
