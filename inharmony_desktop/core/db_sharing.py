"""The open database, told to another process so that it can read it too.

Batch work that uses every core (`reports.batch`) runs in worker processes;
each opens the database the program has open, for reading only: an SQLite file
read-only like the read-only commands (`db.open_readonly`, no lock, works while
the window holds it), a PostgreSQL server with the same connection, in
read-only transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import server_driver
from inharmony_desktop.core.models import database

READ_ONLY_OPTION = "-c default_transaction_read_only=on"


@dataclass(frozen=True)
class DatabaseAddress:
    """Where the open database is: an SQLite file, or a server database's class, name
    and connection parameters (a password among them: passed to our own workers only)."""

    path: Path | None = None
    server: tuple[type[peewee.Database], str, dict[str, Any]] | None = None


def current_address() -> DatabaseAddress | None:
    """The open database's address, or None when no other process can open it (no
    database, or one in memory)."""
    db = database.obj
    if db is None:
        return None
    if isinstance(db, peewee.SqliteDatabase):
        path = dbmod.database_path()
        if path is None or str(path) in ("", ":memory:") or not Path(path).is_file():
            return None
        return DatabaseAddress(path=Path(path).absolute())
    return DatabaseAddress(server=(type(db), db.database, dict(db.connect_params)))


def open_for_reading(address: DatabaseAddress) -> peewee.Database:
    """Bind the models, in this process, to the database at `address`, for reading only."""
    if address.path is not None:
        return dbmod.open_readonly(address.path)
    assert address.server is not None
    server_driver.load()  # a worker process starts without it, as the program does
    kind, name, params = address.server
    params = dict(params)
    options = params.get("options", "")
    params["options"] = f"{options} {READ_ONLY_OPTION}".strip()
    db = kind(name, **params)
    database.initialize(db)
    db.connect()
    return db
