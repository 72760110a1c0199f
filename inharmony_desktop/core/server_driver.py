"""The PostgreSQL driver, loaded only when a server database is opened.

Peewee imports psycopg2 (with libpq and ssl) as it is itself imported; that is
some 50 ms of every start, while most offices work on a file. `defer()` runs
before the first `import peewee` and lets Peewee find no driver; `load()` puts
it in place before a server database is made, exactly as Peewee would have at
its import. `driver_errors()` gives the driver's own error class once it is
loaded (Peewee does not wrap every PostgreSQL error: a deadlock, for one).
"""

from __future__ import annotations

import sys


def defer() -> None:
    """Import Peewee without its PostgreSQL driver. Does nothing when Peewee or the
    driver is already imported (another program embedding ours, a test)."""
    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    sys.modules["psycopg2"] = None  # type: ignore[assignment]  # `import psycopg2` fails fast
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]


def load() -> None:
    """Give Peewee the driver it found no trace of at its import. A missing driver is
    left missing: connecting then gives Peewee's own "driver not found"."""
    import peewee

    if getattr(peewee, "psycopg2", None) is not None:
        return
    try:
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid
    except ImportError:
        return
    register_uuid()
    peewee.psycopg2 = psycopg2
    peewee.pg_extensions = extensions
    peewee.pg_register_uuid = register_uuid
    peewee.Json_pg2 = Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN


def driver_errors() -> tuple[type[BaseException], ...]:
    """The driver's base error class once it is loaded; nothing before (no server
    database can have raised one then)."""
    driver = sys.modules.get("psycopg2")
    error = getattr(driver, "Error", None)
    return (error,) if isinstance(error, type) else ()
