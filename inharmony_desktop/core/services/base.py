"""What every service shares: the transaction that turns database errors into
`KnownError`, the name of the person at the keyboard, and row snapshots."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import database


def current_user() -> str:
    """The OS user name, as the audit log's `who`."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = os.environ.get("USERNAME") or os.environ.get("USER") or "onbekend"
    return f"{name}@{socket.gethostname()}"[:64]


def root_database_error(exc: BaseException) -> BaseException:
    """The first database error in the chain that ended in `exc`.

    When SQLite aborts a whole transaction itself (disk full, I/O error), the
    rollback that follows fails too ("no such savepoint", "cannot rollback");
    the user must hear about the full disk, not about the failed rollback.
    """
    found = exc
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, peewee.DatabaseError | sqlite3.DatabaseError):
            found = current
        current = current.__cause__ or current.__context__
    return found


def translate_database_error(exc: Exception) -> KnownError:
    """A database error (or the failed rollback after one) as a `KnownError`."""
    root = root_database_error(exc)
    return _translate(root if isinstance(root, Exception) else exc)


def _translate(exc: Exception) -> KnownError:
    text = str(exc).lower()
    if isinstance(exc, peewee.IntegrityError):
        if "unique" in text or "duplicate" in text:
            return KnownError("Dit bestaat al: een gegeven dat uniek moet zijn, komt al voor.")
        if "foreign key" in text:
            return KnownError("Dit wordt nog gebruikt of verwijst naar iets dat niet bestaat.")
        return KnownError(f"De gegevens voldoen niet aan de regels van de databank ({exc}).")
    if "locked" in text or "busy" in text:
        return KnownError("De databank is even bezet door een andere bewerking. Probeer opnieuw.")
    if ("disk" in text and ("full" in text or "i/o" in text)) or "disk i/o" in text:
        return KnownError("De schijf is vol of onleesbaar: er is niets opgeslagen.")
    if "readonly" in text or "read-only" in text:
        return KnownError("De databank is alleen-lezen: er is niets opgeslagen.")
    return KnownError(f"De databank weigerde de bewerking: {exc}")


@contextmanager
def transaction() -> Iterator[None]:
    """One atomic unit of work; database errors become a `KnownError`."""
    try:
        with database.atomic():
            yield
    except KnownError:
        raise
    except (peewee.IntegrityError, peewee.OperationalError) as exc:
        raise translate_database_error(exc) from exc


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def snapshot(row: peewee.Model) -> dict[str, Any]:
    """The row's column values (foreign keys as ids), JSON-ready."""
    data = {}
    for name, field in row._meta.fields.items():
        key = field.column_name if isinstance(field, peewee.ForeignKeyField) else name
        value = row.__data__.get(name)
        data[key] = _plain(value)
    return data


def parse_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
