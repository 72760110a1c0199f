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
    # The window writes the WAL back into the file in the background after each change
    # (`checkpoint()`), so that a command does not wait for it; SQLite itself does so
    # from this many pages on (the command line, a long batch).
    "wal_autocheckpoint": 10_000,
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
        # db_url loads every backend peewee knows (PostgreSQL extras, MySQL, CockroachDB):
        # only a server URL needs it, not the start on a file.
        from playhouse.db_url import connect as connect_url
        from playhouse.db_url import parse as parse_url

        from inharmony_desktop.core import server_driver

        scheme = str(target).split("://", 1)[0].lower()
        if scheme not in SERVER_SCHEMES:
            raise KnownError(
                f"Onbekend soort databank-URL '{scheme}://'; gebruik "
                "postgresql://gebruiker:wachtwoord@server:5432/databank of een bestandspad."
            )
        server_driver.load()
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


def open_database(target: str | Path | None = None, *, create: bool = True,
                  make_folder: bool = False) -> peewee.Database:
    """Bind the models to `target`, create or migrate its schema, and return it.

    Refuses (`KnownError`) a missing file when `create` is false, a missing folder
    unless `make_folder`, and everything `inspect_file` refuses — before a byte
    of an existing file is written. A new file is readable by its user only.
    """
    if target is None:
        from inharmony_desktop.core.db_choice import default_target

        target = default_target()
        make_folder = True
    if not is_url(target):
        path = Path(target)
        if inspect_file(path) is None:
            if not create:
                raise KnownError(f"De databank {path} bestaat niet.")
            create_private_file(path, make_folder=make_folder)
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


class ReadOnlySqliteDatabase(peewee.SqliteDatabase):
    """An SQLite file opened so that nothing can be written (`mode=ro`, `query_only`)."""

    def __init__(self, path: Path, *, immutable: bool = False) -> None:
        self.file_path = Path(path)
        uri = f"{self.file_path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
        pragmas = {key: value for key, value in SQLITE_PRAGMAS.items()
                   if key not in ("journal_mode", "synchronous")}
        super().__init__(uri, uri=True, pragmas={**pragmas, "query_only": 1},
                         check_same_thread=False)


def open_readonly(path: Path) -> peewee.Database:
    """Bind the models to the SQLite file at `path` for reading only.

    Works while another program writes it (WAL). The schema must be the current
    one (`inspect_file` first): an older file cannot be migrated without writing.
    """
    db: peewee.Database = ReadOnlySqliteDatabase(path)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.OperationalError as exc:
        db.close()
        if not _needs_immutable(exc, path):
            raise KnownError(f"{path} kan niet gelezen worden ({exc}).") from exc
        # A read-only folder without the WAL index file: nobody can write there anyway.
        db = ReadOnlySqliteDatabase(path, immutable=True)
        db.connect()
    database.initialize(db)
    return db


SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_file(path: Path) -> int | None:
    """The schema version of the database file at `path`, or None when there is none.

    Read without writing a byte. Refuses (`KnownError`) a folder, an empty file,
    a file that is not SQLite, another program's SQLite database, a damaged file
    and (`SchemaTooNewError`) a file of a newer program version.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise KnownError(f"{path} is een map, geen databank. Geef het pad van het "
                         "databankbestand zelf (bv. inharmony.db).")
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise KnownError(f"{path} kan niet gelezen worden ({exc.strerror or exc}).") from exc
    if not header:
        raise KnownError(f"{path} is een leeg bestand, geen Inharmony-databank; het is niet "
                         "gewijzigd.")
    if header != SQLITE_HEADER:
        raise KnownError(f"{path} is geen Inharmony-databank (geen SQLite-bestand); het is "
                         "niet gewijzigd.")
    version = peek_schema_version(path)
    _refuse_if_too_new(version)
    return version


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def create_private_file(path: Path, *, make_folder: bool = False) -> None:
    """Create an empty file readable by its user only (SQLite gives its -wal and -shm
    files the same rights). The folder must exist unless `make_folder`."""
    require_folder(path, make_folder=make_folder)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise KnownError(f"De databank {path} kan niet gemaakt worden "
                         f"({exc.strerror or exc}).") from exc


def require_folder(path: Path, *, make_folder: bool = False) -> None:
    """The folder of a new database file exists, or is made (user only) when `make_folder`."""
    folder = path.parent
    if not folder.is_dir():
        if folder.exists():
            raise KnownError(f"{folder} is geen map.")
        if not make_folder:
            raise KnownError(f"De map {folder} bestaat niet; kies een bestaande map voor de "
                             "databank, of maak de map eerst.")
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise KnownError(f"De map {folder} kan niet gemaakt worden "
                             f"({exc.strerror or exc}).") from exc


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(SchemaInfo._meta.table_name):
        return 0
    row = SchemaInfo.select().order_by(SchemaInfo.version.desc()).first()
    return row.version if row else 0


def _needs_immutable(exc: Exception, path: Path) -> bool:
    """SQLite could not read a WAL database because its folder is read-only (it cannot
    make the WAL index file there): read it as immutable, nobody can write there anyway."""
    text = str(exc)
    cannot_write = "unable to open" in text or "readonly database" in text
    return cannot_write and not os.access(path.parent, os.W_OK)


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
        if not _needs_immutable(exc, path):
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.DatabaseError:
        return conn  # not a database: the caller's own query reports it
    return conn


def peek_schema_version(path: Path) -> int:
    """The schema version of an SQLite file, read without ever opening it for writing.

    0 for a database without tables (a new one); refuses another program's database.
    """
    try:
        conn = connect_readonly(path)
        try:
            table = SchemaInfo._meta.table_name
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if table not in tables:
                if tables - {"sqlite_sequence"}:
                    raise KnownError(f"{path} bevat een databank van een ander programma en "
                                     "wordt niet geopend; het bestand is niet gewijzigd.")
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
    # playhouse.migrate brings every backend's extras along (the PostgreSQL driver with
    # them); it is needed only when a database is older than the program.
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    migrator_class = PostgresqlMigrator if isinstance(db, peewee.PostgresqlDatabase) else SqliteMigrator
    migrator = migrator_class(db)
    for number, step in migrations.STEPS.items():
        if number <= version:
            continue
        with db.atomic():
            step.migrate(migrator, db)
            SchemaInfo.delete().execute()
            SchemaInfo.create(version=number, app_version=__version__, migrated_at=clock.now())


def checkpoint() -> tuple[int, int, int] | None:
    """Write the committed changes waiting in the WAL back into the SQLite file, without
    waiting for anyone (PASSIVE: what a reader still needs stays). Returns SQLite's
    (busy, pages in the WAL, pages written back); None on a server database. Refuses
    nothing."""
    if not is_sqlite():
        return None
    busy, log, done = database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return int(busy), int(log), int(done)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def database_path() -> Path | None:
    """The file of the open SQLite database, or None for a server database."""
    db = database.obj
    if isinstance(db, ReadOnlySqliteDatabase):
        return db.file_path
    if isinstance(db, peewee.SqliteDatabase):
        return Path(db.database)
    return None


def is_read_only() -> bool:
    """True when the open database was opened for reading only (`open_readonly`)."""
    return isinstance(database.obj, ReadOnlySqliteDatabase)


def open_database_name() -> str:
    """The open database as it may be shown (the About box): its file, or its server URL
    without the password (see `display_name`); '' when none is open. Refuses nothing."""
    path = database_path()
    if path is not None:
        return str(path)
    db = database.obj
    if db is None:
        return ""
    params = getattr(db, "connect_params", {})
    user = params.get("user") or ""
    host = params.get("host") or "localhost"
    port = params.get("port")
    address = f"{host}:{port}" if port else host
    return f"postgresql://{user + '@' if user else ''}{address}/{db.database}"
