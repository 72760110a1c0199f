"""Opening the one database: SQLite by default, PostgreSQL by URL.

`open_database(target)` binds the models to a database, checks its schema
version, migrates an older one and refuses a newer one. SQLite runs in WAL
mode with foreign keys on and full sync, so a crash never leaves a half-
written transaction behind.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee
from platformdirs import user_data_dir
from playhouse.db_url import connect as connect_url
from playhouse.db_url import parse as parse_url
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.shortcuts import ReconnectMixin

from inharmony_desktop import APP_NAME, ORG_NAME, __version__
from inharmony_desktop.core import clock, migrations
from inharmony_desktop.core.errors import KnownError, SchemaTooNewError
from inharmony_desktop.core.models import MODELS, SchemaInfo, database, partial_indexes

LOCK_TIMEOUT_MS = 10_000

# URL schemes of playhouse.db_url that reach a PostgreSQL server.
SERVER_SCHEMES = ("postgresql", "postgres", "postgresext", "postgresqlext")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed transaction survives a power cut
    "busy_timeout": 5000,
    "cache_size": -32_000,  # 32 MB page cache
}


class OfficeServerDatabase(ReconnectMixin, peewee.PostgresqlDatabase):
    """The office's PostgreSQL server. A connection the server dropped while
    the window sat idle (a restart, a network hiccup) is reopened once on the
    next query; never inside a transaction, so nothing is half-written."""

    reconnect_errors = (
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "terminating connection"),
        (peewee.InterfaceError, "connection already closed"),
    )


def default_database_path() -> Path:
    """The local (never roaming, never synced) user data folder."""
    folder = Path(user_data_dir(APP_NAME, ORG_NAME, roaming=False))
    return folder / "inharmony.db"


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def display_name(target: str | Path) -> str:
    """The target as it may be shown or logged: a URL without its password."""
    if not is_url(target):
        return str(target)
    parts = urlsplit(str(target))
    if parts.password is None:
        return str(target)
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def connect(target: str | Path) -> peewee.Database:
    """A new, unopened peewee Database for a file path or a database URL."""
    if is_url(target):
        scheme = str(target).split("://", 1)[0].lower()
        if scheme not in SERVER_SCHEMES:
            raise KnownError(
                f"Onbekend soort databank-URL '{scheme}://'; gebruik "
                "postgresql://gebruiker:wachtwoord@server:5432/databank of een bestandspad."
            )
        if scheme in ("postgresql", "postgres"):
            params = parse_url(str(target), unquote_password=True, unquote_user=True)
            if not params.get("database"):
                raise KnownError(
                    f"In {display_name(target)} ontbreekt de naam van de databank "
                    "(postgresql://gebruiker:wachtwoord@server:5432/databank)."
                )
            # An unreachable server answers within seconds instead of hanging the window.
            params.setdefault("connect_timeout", 5)
            params.setdefault("application_name", APP_NAME)
            # A row another PC keeps locked makes this one wait at most 10 s, then
            # the command is refused ("probeer opnieuw") instead of freezing the window.
            params.setdefault("options", f"-c lock_timeout={LOCK_TIMEOUT_MS}")
            return OfficeServerDatabase(**params)
        return connect_url(str(target))
    path = Path(target)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)


def open_database(target: str | Path | None = None, *, create: bool = True) -> peewee.Database:
    """Bind the models to `target`, create or migrate its schema, and return it.

    Raises `KnownError` for a missing file when `create` is false, for a file
    that is not a database, and `SchemaTooNewError` for a newer schema.
    """
    if target is None:
        from inharmony_desktop.core.db_choice import default_target

        target = default_target()
    if not is_url(target):
        path = Path(target)
        if not path.exists():
            if not create:
                raise KnownError(f"De databank {path} bestaat niet.")
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise KnownError(f"{path} is een map, geen databank.")
        elif path.stat().st_size > 0:
            _refuse_if_too_new(peek_schema_version(path))
    db = connect(target)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _prepare_schema(db)
    except peewee.OperationalError as exc:
        close_database()
        if is_url(target):
            raise KnownError(
                f"De databankserver {display_name(target)} is niet bereikbaar of weigert de "
                f"verbinding ({' '.join(str(exc).split())})."
            ) from exc
        raise KnownError(f"{target} is geen geldige databank of is beschadigd ({exc}).") from exc
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        name = display_name(target)
        raise KnownError(f"{name} is geen geldige databank of is beschadigd ({exc}).") from exc
    except KnownError:
        close_database()
        raise
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(SchemaInfo._meta.table_name):
        return 0
    row = SchemaInfo.select().order_by(SchemaInfo.version.desc()).first()
    return row.version if row else 0


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path`.

    A WAL database needs its `-shm` file even to be read; in a read-only folder
    that cannot be created, so the file is then read as immutable (nobody can
    write there anyway).
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.DatabaseError:
        return conn  # not a database: the caller's own query reports it
    return conn


def peek_schema_version(path: Path) -> int:
    """The schema version of an SQLite file, read without ever opening it for writing."""
    try:
        conn = connect_readonly(path)
        try:
            table = SchemaInfo._meta.table_name
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            if not found:
                return 0
            row = conn.execute(f'SELECT max(version) FROM "{table}"').fetchone()
            return int(row[0] or 0)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise KnownError(f"{path} is geen geldige databank of is beschadigd ({exc}).") from exc


def _refuse_if_too_new(version: int) -> None:
    if version > migrations.LATEST:
        raise SchemaTooNewError(
            f"Deze databank is gemaakt met een nieuwere versie van {APP_NAME} "
            f"(schema {version}, dit programma kent tot {migrations.LATEST}). "
            "Installeer de nieuwste versie; de databank is niet geopend."
        )


def _prepare_schema(db: peewee.Database) -> None:
    version = schema_version(db)
    _refuse_if_too_new(version)
    if version == 0:
        if db.get_tables():
            raise KnownError(
                "Deze databank bevat tabellen van een ander programma en wordt niet geopend."
                if not is_sqlite(db)
                else "Dit bestand bevat een onbekende databank en wordt niet geopend."
            )
        create_schema(db)
        return
    if version < migrations.LATEST:
        _migrate(db, version)


def create_schema(db: peewee.Database) -> None:
    """Create every table of the current models and stamp the latest version."""
    with db.atomic():
        db.create_tables(MODELS)
        for statement in partial_indexes():
            db.execute(statement)
        install_defaults()


def install_defaults() -> None:
    """The rows every new database starts with: yearly rules, settings, payroll codes,
    version."""
    from inharmony_desktop.core import rules
    from inharmony_desktop.core.services import payroll_codes, settings

    rules.install_defaults()
    settings.install_defaults()
    payroll_codes.install_defaults()
    SchemaInfo.create(version=migrations.LATEST, app_version=__version__)


def _migrate(db: peewee.Database, version: int) -> None:
    migrator_class = PostgresqlMigrator if isinstance(db, peewee.PostgresqlDatabase) else SqliteMigrator
    migrator = migrator_class(db)
    for number, step in migrations.STEPS.items():
        if number <= version:
            continue
        with db.atomic():
            step.migrate(migrator, db)
            SchemaInfo.delete().execute()
            SchemaInfo.create(version=number, app_version=__version__, migrated_at=clock.now())


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def database_path() -> Path | None:
    """The file of the open SQLite database, or None for a server database."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        return Path(db.database)
    return None
