"""CSV export in exactly the import formats, so export -> import -> export
into an empty database gives the same file. `with_ids` adds a first column
`id` (ignored by import) for use with `move`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from inharmony_desktop.core.csvio import FORMATS, KINDS, format_cents, write_rows
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import (
    Customer,
    Helper,
    Order,
    PaymentModeChange,
    Prestation,
    UserNumber,
)

Row = tuple[int, list[object]]


class ExportCancelled(KnownError):
    """The user stopped the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("Export geannuleerd: er is geen bestand geschreven.")


def export_file(kind: str, path: Path, *, with_ids: bool = False,
                progress: Callable[[int, int, str], None] | None = None,
                cancel: threading.Event | None = None) -> int:
    """Write every row of `kind`; the file appears only when complete (atomic).
    `progress(done, 0, text)` is called every 5,000 rows; `cancel` stops it.
    Refuses (`KnownError`) an unknown kind and a file that cannot be written; Cancel raises
    `ExportCancelled` and leaves no file."""
    if kind not in KINDS:
        raise KnownError(f"Onbekende soort: {kind} (kies uit {', '.join(KINDS)}).")
    header = list(FORMATS[kind].columns)
    rows: Iterator[Row] = _watched(_ROWS[kind](), progress, cancel)
    if with_ids:
        return write_rows(Path(path), ["id", *header], ([i, *r] for i, r in rows))
    return write_rows(Path(path), header, (r for _, r in rows))


def _watched(rows: Iterator[Row], progress, cancel) -> Iterator[Row]:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled
    for done, row in enumerate(rows):
        if done % 5000 == 0:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled
            if progress is not None:
                progress(done, 0, f"{done} rijen")
        yield row


def _customers() -> Iterator[Row]:
    for c in Customer.select().order_by(Customer.reference):
        yield c.id, [c.reference, c.name, c.street, c.postal_code, c.city, c.phone, c.email,
                     c.language, c.notes]


def _user_numbers() -> Iterator[Row]:
    query = (
        PaymentModeChange.select(PaymentModeChange, UserNumber, Customer)
        .join(UserNumber).join(Customer)
        .order_by(UserNumber.number, PaymentModeChange.effective_date)
    )
    for m in query:
        user_number = m.user_number
        yield user_number.id, [user_number.number, user_number.customer.reference, user_number.holder, m.mode,
                      m.effective_date.isoformat(), user_number.quota]


def _hours(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def _helpers() -> Iterator[Row]:
    for h in Helper.select().order_by(Helper.reference):
        yield h.id, [h.reference, h.name, h.phone, _hours(h.contract_hours), h.insz or ""]


def _orders() -> Iterator[Row]:
    query = (
        Order.select(Order, UserNumber.number)
        .join(UserNumber)
        .order_by(Order.order_date, UserNumber.number, Order.id)
    )
    for o in query:
        price = format_cents(o.unit_price_cents) if o.price_overridden else ""
        yield o.id, [o.user_number.number, o.order_date.isoformat(), o.quantity, o.medium, price]


def _prestations() -> Iterator[Row]:
    query = (
        Prestation.select(
            Prestation.id, Prestation.date, UserNumber.number, Helper.reference,
            Prestation.activity, Prestation.hours, Prestation.paper, Prestation.electronic,
            Prestation.status,
        )
        .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
        .switch(Prestation)
        .join(Helper, on=(Prestation.helper == Helper.id))
        .order_by(Prestation.date, UserNumber.number, Helper.reference, Prestation.id)
        .tuples()
    )
    for pid, day, number, helper, activity, hours, paper, electronic, status in query.iterator():
        yield pid, [day.isoformat() if hasattr(day, "isoformat") else day, number, helper,
                    activity, hours, paper, electronic, status]


_ROWS: dict[str, Callable[[], Iterator[Row]]] = {
    "customers": _customers,
    "user-numbers": _user_numbers,
    "helpers": _helpers,
    "orders": _orders,
    "prestations": _prestations,
}
