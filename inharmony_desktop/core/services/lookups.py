"""Short lists for pickers and filters: user numbers, helpers, customers."""

from __future__ import annotations

from inharmony_desktop.core.models import Customer, Helper, UserNumber


def user_numbers(include_id: int | None = None) -> list[tuple[int, str, str, str]]:
    """(id, number, holder, customer name) of active user numbers (and `include_id`).
    Refuses nothing (read only)."""
    query = (UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder, Customer.name)
             .join(Customer).where(UserNumber.active | (UserNumber.id == (include_id or 0)))
             .order_by(UserNumber.number))
    return list(query.tuples())


def helpers(include_id: int | None = None) -> list[tuple[int, str, str]]:
    """(id, name, reference) of active helpers (and `include_id`), by name.
    Refuses nothing (read only)."""
    query = (Helper.select(Helper.id, Helper.name, Helper.reference)
             .where(Helper.active | (Helper.id == (include_id or 0))).order_by(Helper.name))
    return list(query.tuples())


def customers() -> list[tuple[int, str, str, str]]:
    """(id, name, reference, city) of every customer, by name. Refuses nothing (read only)."""
    query = Customer.select(Customer.id, Customer.name, Customer.reference, Customer.city) \
        .order_by(Customer.name)
    return list(query.tuples())


def user_number_ids_of(customer_id: int) -> list[int]:
    """The ids of every user number of one customer, active or not. Refuses nothing (read only)."""
    query = UserNumber.select(UserNumber.id).where(UserNumber.customer == customer_id)
    return [number_id for (number_id,) in query.tuples()]


def active_numbers_of(customer_id: int) -> list[tuple[int, str, str, str]]:
    """(id, number, holder, customer name) of one customer's active user numbers.
    Refuses nothing (read only)."""
    query = (
        UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder, Customer.name)
        .join(Customer)
        .where((UserNumber.customer == customer_id) & UserNumber.active)
        .order_by(UserNumber.number)
    )
    return list(query.tuples())


def number_and_holder(user_number_id: int) -> tuple[str, str] | None:
    """The user number's number and holder; None when it no longer exists.
    Refuses nothing (read only)."""
    found = UserNumber.get_or_none(UserNumber.id == user_number_id)
    return (found.number, found.holder) if found else None
