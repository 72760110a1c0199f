"""Exact snapshots and restores of customers, user numbers, helpers and orders:
the inverse of every edit the window can undo.

A snapshot is the row's column values (foreign keys as ids); a user number's
snapshot also holds its payment-mode history and the split of the prestations
that follow it, because changing the history re-derives those splits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import (
    Absence,
    BaseModel,
    Customer,
    Helper,
    Order,
    PaymentModeChange,
    Prestation,
    Refund,
    Schedule,
    UserNumber,
)
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import snapshot, transaction

MODELS: dict[str, type[BaseModel]] = {
    "customer": Customer,
    "user_number": UserNumber,
    "helper": Helper,
    "order": Order,
    "schedule": Schedule,
    "absence": Absence,
    "refund": Refund,
}
_MODES = "_payment_modes"
_SPLITS = "_splits"


def _model(kind: str) -> type[BaseModel]:
    try:
        return MODELS[kind]
    except KeyError:
        raise KnownError(f"Onbekend soort gegeven: {kind}.") from None


def take(kind: str, row_id: int) -> dict[str, Any]:
    """The snapshot of one row (raises `KnownError` when it is gone)."""
    model = _model(kind)
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise KnownError("Dit gegeven bestaat niet (meer).")
    data = snapshot(row)
    if kind == "user_number":
        modes = PaymentModeChange.select().where(PaymentModeChange.user_number == row_id)
        data[_MODES] = [[m.effective_date.isoformat(), m.mode] for m in modes]
        splits = Prestation.select(
            Prestation.id, Prestation.paper, Prestation.electronic, Prestation.version
        ).where(Prestation.user_number == row_id).tuples()
        data[_SPLITS] = [list(s) for s in splits]
    return data


def _values(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, field in model._meta.fields.items():
        key = field.column_name if isinstance(field, peewee.ForeignKeyField) else name
        if key in data:
            value = data[key]
            if isinstance(field, peewee.DateField) and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            values[name] = value
    return values


def restore(kind: str, data: dict[str, Any], *, reason: str = "Hersteld") -> None:
    """Write a snapshot back exactly (same id); a deleted row is recreated.
    Refuses nothing of its own; a database refusal becomes a `KnownError` and nothing is
    written."""
    model = _model(kind)
    values = _values(model, data)
    with transaction():
        row_id = values["id"]
        if model.select().where(model.id == row_id).exists():
            update = {k: v for k, v in values.items() if k != "id"}
            model.update(**update).where(model.id == row_id).execute()
        else:
            model.insert(**values).execute()
        if kind == "user_number":
            _restore_user_number_extras(row_id, data)
        audit.record(kind, row_id, "restore", reason, after=_public(data))


def _restore_user_number_extras(row_id: int, data: dict[str, Any]) -> None:
    if _MODES in data:
        PaymentModeChange.delete().where(PaymentModeChange.user_number == row_id).execute()
        PaymentModeChange.insert_many(
            [{"user_number": row_id, "effective_date": dt.date.fromisoformat(day), "mode": mode}
             for day, mode in data[_MODES]]
        ).execute()
    for pid, paper, electronic, _version in data.get(_SPLITS, []):
        Prestation.update(
            paper=paper, electronic=electronic, version=Prestation.version + 1
        ).where(
            (Prestation.id == pid)
            & ((Prestation.paper != paper) | (Prestation.electronic != electronic))
        ).execute()


def remove(kind: str, row_id: int, *, reason: str = "Ongedaan gemaakt") -> None:
    """Delete a row that an undone command created (refused when others use it)."""
    model = _model(kind)
    with transaction():
        row = model.get_or_none(model.id == row_id)
        if row is None:
            return
        before = snapshot(row)
        if kind == "user_number":
            PaymentModeChange.delete().where(PaymentModeChange.user_number == row_id).execute()
        row.delete_instance()
        audit.record(kind, row_id, "delete", reason, before=before)


def discard_prestations(ids: list[int], *, reason: str = "Ongedaan gemaakt") -> None:
    """Remove prestations that an undone command created, whatever their status.
    Refuses nothing of its own; a database refusal becomes a `KnownError` and nothing is
    written."""
    with transaction():
        Prestation.delete().where(Prestation.id.in_(ids)).execute()
        audit.record_many([{"entity": "prestation", "entity_id": i, "action": "delete",
                            "summary": reason} for i in ids])


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}
