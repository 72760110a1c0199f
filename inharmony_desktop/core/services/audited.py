"""The audited write of one row, the shape every CRUD service shares: write,
snapshot before and after, one `audit.record` in the same transaction.

Each helper runs inside the caller's `transaction()` (or opens its own), so a
service keeps its own checks (exists, still used, ...) next to the write:

    with transaction():
        customer = get_customer(customer_id)
        update_row(customer, values, "customer", lambda c: f"Klant {c.reference} gewijzigd")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import snapshot, transaction

Row = TypeVar("Row", bound=peewee.Model)
Summary = Callable[[Any], str]


def create_row(model: type[Row], values: dict[str, Any], entity: str, summary: Summary) -> Row:
    """Insert `values` as a new row of `model` and audit it as "create".

    Refuses what the database refuses (a duplicate, a missing reference) with a
    `KnownError` from `transaction()`; nothing is written then.
    """
    with transaction():
        row = model.create(**values)
        audit.record(entity, row.id, "create", summary(row), after=snapshot(row))
    return row


def update_row(row: Row, values: dict[str, Any], entity: str, summary: Summary, *,
               action: str = "update") -> Row:
    """Set `values` on `row`, save it and audit before -> after as `action`.

    Refuses what the database refuses with a `KnownError`; nothing is written then.
    """
    with transaction():
        before = snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        audit.record(entity, row.id, action, summary(row), before=before, after=snapshot(row))
    return row


def delete_row(row: Row, entity: str, summary: Summary, *,
               recursive: bool = False) -> dict[str, Any]:
    """Delete `row` and audit it as "delete"; returns its snapshot (for undo).

    The caller refuses first what may not go (a row still in use); what the
    database refuses on top of that becomes a `KnownError` and nothing is deleted.
    """
    with transaction():
        before = snapshot(row)
        text = summary(row)
        row.delete_instance(recursive=recursive)
        audit.record(entity, before["id"], "delete", text, before=before)
    return before


def existing(model: type[Row], row_id: int, gone: str) -> Row:
    """The row of `model` with this id; `KnownError(gone)` when it no longer exists."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise KnownError(gone)
    return row


@dataclass(frozen=True)
class AuditedRows:
    """One kind of row written the audited way: its model, its name in the audit
    log, the refusal when a row no longer exists, and how each change is summed up.

        ROWS = AuditedRows(Helper, "helper", "Deze medewerker bestaat niet (meer).",
                           label=lambda helper: f"Medewerker {helper.reference}")
    """

    model: type[peewee.Model]
    entity: str
    gone: str
    label: Summary  # "Klant K001": the summaries add "aangemaakt", "gewijzigd", "verwijderd"
    created: Summary | None = None  # a summary of its own instead
    changed: Summary | None = None
    deleted: Summary | None = None

    def _summary(self, own: Summary | None, done: str) -> Summary:
        return own or (lambda row: f"{self.label(row)} {done}")

    def get(self, row_id: int) -> Any:
        """The row; `KnownError(gone)` when it no longer exists."""
        return existing(self.model, row_id, self.gone)

    def create(self, values: dict[str, Any]) -> int:
        """Insert checked values; returns the new id (see `create_row`)."""
        return create_row(self.model, values, self.entity,
                          self._summary(self.created, "aangemaakt")).id

    def update(self, row_id: int, values: dict[str, Any]) -> None:
        """Write checked values on an existing row (see `update_row`); `KnownError(gone)`
        when it no longer exists."""
        with transaction():
            update_row(self.get(row_id), values, self.entity,
                       self._summary(self.changed, "gewijzigd"))

    def delete(self, row_id: int, *, still_used: Callable[[Any], str | None] = lambda _row: None,
               recursive: bool = False) -> dict[str, Any]:
        """Delete the row unless `still_used(row)` gives the reason it must stay
        (then `KnownError(reason)`); `KnownError(gone)` when it no longer exists.
        Returns the row's snapshot (for undo)."""
        with transaction():
            row = self.get(row_id)
            reason = still_used(row)
            if reason:
                raise KnownError(reason)
            return delete_row(row, self.entity, self._summary(self.deleted, "verwijderd"),
                              recursive=recursive)
