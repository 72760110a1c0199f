"""What every service shares: the transaction that turns database errors into
`KnownError`, the name of the person at the keyboard, and row snapshots."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import peewee

from inharmony_desktop.core.db import is_sqlite
from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.models import database
from inharmony_desktop.core.server_driver import driver_errors

T = TypeVar("T")


def current_user() -> str:
    """The OS user name, as the audit log's `who`.
    Refuses nothing: an unknown name becomes 'onbekend'."""
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
    Refuses nothing.
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
    if isinstance(exc, peewee.DataError):
        # PostgreSQL enforces text lengths and integer ranges that SQLite lets through.
        return KnownError(f"Een waarde is te lang of te groot voor de databank ({exc}).")
    if "deadlock" in text or "could not serialize" in text or "lock timeout" in text:
        return ConflictError(
            "Iemand anders wijzigde dezelfde gegevens op hetzelfde moment. "
            "Herlaad en probeer opnieuw."
        )
    if "could not connect" in text or ("connection" in text and "closed" in text):
        return KnownError("De databankserver is niet bereikbaar: er is niets opgeslagen.")
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
    except (peewee.IntegrityError, peewee.OperationalError, peewee.DataError) as exc:
        raise translate_database_error(exc) from exc
    except driver_errors() as exc:
        raise translate_database_error(exc) from exc
    except ValueError as exc:
        # PostgreSQL's driver refuses text with a NUL character before sending it.
        if "NUL" not in str(exc):
            raise
        raise KnownError(
            "Een tekst bevat een onzichtbaar NUL-teken dat de databank niet kan bewaren; "
            "verwijder het en probeer opnieuw."
        ) from exc


@contextmanager
def thread_connection() -> Iterator[None]:
    """Database work on a thread of its own (the window's background tasks).

    Peewee keeps one connection per thread and opens this thread's own on first
    use, on SQLite and PostgreSQL alike; when the work ends it is closed here,
    while the other threads' connections (the GUI thread's) stay open.
    Refuses nothing; the work's own errors pass through.
    """
    try:
        yield
    finally:
        db = database.obj
        if db is not None and not db.is_closed():
            db.close()  # this thread's connection only


def roll_back_open_transaction() -> bool:
    """Roll back this thread's open transaction, if any (after a bug in the middle of
    a change, so that half of it is never committed later). True when one was open.
    Refuses nothing; a failing rollback raises the driver's error."""
    db = database.obj
    if db is None or db.is_closed():
        return False
    connection = db.connection()
    if not (db.in_transaction() or _connection_in_transaction(connection)):
        return False
    if hasattr(connection, "in_transaction"):  # sqlite3
        connection.rollback()
    else:  # psycopg2 runs in autocommit: only a ROLLBACK statement ends it
        db.rollback()
    return True


def _connection_in_transaction(connection: object) -> bool:
    if getattr(connection, "in_transaction", False):  # sqlite3
        return True
    # psycopg2 (PostgreSQL): in a transaction, or in one that already failed.
    status = getattr(getattr(connection, "info", None), "transaction_status", 0)
    return status in (2, 3)


def execute_many(sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """One prepared statement run for many parameter rows (`?` placeholders).

    For bulk commands: building a thousand-row statement with the query
    builder costs more than running it. Errors surface as Peewee's, so that
    `transaction()` translates them like any other.
    Refuses nothing itself: call it inside `transaction()`, which turns the database's
    refusals into a `KnownError`.
    """
    if not rows:
        return
    db = database.obj
    statement = sql.replace("?", db.param)
    with peewee.__exception_wrapper__:
        db.cursor().executemany(statement, [tuple(r) for r in rows])


CHUNK = 500  # ids per `IN (...)` list: far below SQLite's and PostgreSQL's parameter limits


def among(column: peewee.Field, ids: Sequence[int]) -> peewee.Expression:
    """`column IN (ids)` with the ids written into the SQL text.

    For the long lists of bulk reads: Peewee builds a parameter node per id,
    which costs more than the query itself. Only for ids (each goes through int()).
    """
    if not ids:
        return column.in_([])
    return column.in_(peewee.SQL(_id_list(ids)))


def _id_list(ids: Sequence[int]) -> str:
    return f"({', '.join(str(int(i)) for i in ids)})"


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`items` in consecutive slices of at most `size` (for `IN (...)` lists and bulk inserts).
    Refuses nothing."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fetch_rows(query: Any, chunks: Iterable[Sequence[Any]] = ()) -> Iterator[Sequence[Any]]:
    """The rows of a Peewee query as the driver gives them (no conversion of each value,
    which costs more than the work a bulk command does with them). With `chunks`,
    `query` is a function of one chunk (an `IN` list), built once per chunk size."""
    db = database.obj
    if not chunks:
        sql, params = query.sql()
        yield from db.execute_sql(sql, params)
        return
    built: dict[int, str] = {}
    for chunk in chunks:
        if len(chunk) not in built:
            built[len(chunk)] = query(chunk).sql()[0]
        yield from db.execute_sql(built[len(chunk)], list(chunk))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _snapshot_keys(model: type[peewee.Model]) -> tuple[tuple[str, str], ...]:
    """(field name, snapshot key) of each field: foreign keys under their column name."""
    return tuple(
        (name, field.column_name if isinstance(field, peewee.ForeignKeyField) else name)
        for name, field in model._meta.fields.items()
    )


def snapshot(row: peewee.Model) -> dict[str, Any]:
    """The row's column values (foreign keys as ids), JSON-ready. Refuses nothing."""
    return snapshot_of(type(row), row.__data__)


def snapshot_of(model: type[peewee.Model], data: dict[str, Any]) -> dict[str, Any]:
    """`snapshot` of a row of `model` whose field values are `data` (as in `__data__`),
    for bulk writes that make no model objects. Refuses nothing."""
    values = ((key, data.get(name)) for name, key in _snapshot_keys(model))
    # Only dates need _plain (a datetime is a date too): a call per value is most of the cost.
    return {key: _plain(value) if isinstance(value, dt.date) else value for key, value in values}


def snapshots_of(model: type[peewee.Model], rows: Sequence[dict[str, Any]],
                 changed: Sequence[str]) -> list[dict[str, Any]]:
    """`snapshot_of(model, row)` of each of `rows`, rows whose field values differ only in
    the fields named in `changed` (a bulk insert's rows over the same defaults): the
    others are made JSON-ready once. Refuses nothing."""
    if not rows:
        return []
    common = snapshot_of(model, rows[0])
    keys = dict(_snapshot_keys(model))
    pairs = [(name, keys[name]) for name in changed]
    found = []
    for row in rows:
        snapshot = common.copy()
        for name, key in pairs:
            value = row.get(name)
            snapshot[key] = _plain(value) if isinstance(value, dt.date) else value
        found.append(snapshot)
    return found


def raw_dates_are_text() -> bool:
    """Whether rows read without Peewee's conversion give dates as ISO texts: SQLite's
    driver does, PostgreSQL's gives dates."""
    return is_sqlite()


def parse_date(value: dt.date | str) -> dt.date:
    """A date, or an ISO text (as SQLite returns it) read as one; a malformed text raises
    `ValueError` (a bug, not the user's)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
