"""Copy a whole database to the other back end: an SQLite file to an empty
PostgreSQL database when the office moves to a server, and a server database
back to a new SQLite file.

The copy is one transaction on each side: the source is read from one
consistent snapshot, the target gets the schema, every table in dependency
order in batches, its id sequences set past the highest id, and is committed
only when every table holds exactly as many rows as the source. On any error
nothing stays behind in the target.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee

from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import connect, display_name, is_url, schema_version
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import (
    MODELS,
    PayrollCode,
    SchemaInfo,
    Setting,
    YearRules,
    partial_indexes,
)
from inharmony_desktop.core.server_driver import driver_errors

# Rows per INSERT: under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
MAX_PARAMETERS = 30_000
MAX_BATCH = 5_000
PROGRESS_EVERY = 100_000
# Tables a freshly opened (never used) database already fills by itself.
DEFAULT_TABLES = (SchemaInfo, Setting, YearRules, PayrollCode)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class TransferReport:
    source: str
    target: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def copy_database(
    source: str | Path, target: str | Path, *, progress: Progress | None = None
) -> TransferReport:
    """Copy every row of `source` into the empty `target` (a file path or a URL).

    Raises `KnownError` (the target unchanged) for a missing or outdated
    source, a target that is not empty, or rows the target refuses.
    """
    say = progress or (lambda _message: None)
    if str(source) == str(target):
        raise KnownError("Bron en doel zijn dezelfde databank.")
    src = _open_source(source)
    try:
        with _target(target) as dst:
            counts = _copy_all(src, dst, say)
    finally:
        src.close()
    return TransferReport(display_name(source), display_name(target), counts)


def _open_source(source: str | Path) -> peewee.Database:
    if not is_url(source) and not Path(source).is_file():
        raise KnownError(f"De bron {source} bestaat niet.")
    src = connect(source)
    try:
        src.connect()
        with src.bind_ctx([SchemaInfo]):
            version = schema_version(src)
    except (peewee.DatabaseError, *driver_errors()) as exc:
        src.close()
        raise KnownError(f"De bron {display_name(source)} is niet leesbaar ({exc}).") from exc
    if version != migrations.LATEST:
        src.close()
        if version == 0:
            raise KnownError(f"De bron {display_name(source)} is geen databank van dit programma.")
        raise KnownError(
            f"De bron {display_name(source)} heeft schema {version}, dit programma schema "
            f"{migrations.LATEST}. Open de bron eerst met deze versie van het programma."
        )
    return src


@contextlib.contextmanager
def _target(target: str | Path) -> Iterator[peewee.Database]:
    """The empty target database; an SQLite file appears only when complete."""
    if is_url(target):
        dst = connect(target)
        try:
            dst.connect()
        except peewee.OperationalError as exc:
            raise KnownError(
                f"De databankserver {display_name(target)} is niet bereikbaar "
                f"({' '.join(str(exc).split())})."
            ) from exc
        try:
            _require_empty(dst, display_name(target))
            yield dst
        finally:
            dst.close()
        return
    final = Path(target)
    if final.exists():
        raise KnownError(f"{final} bestaat al; kies een nieuw bestand als doel.")
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(final.name + ".deel")
    _remove_sqlite_files(partial)
    dst = connect(partial)
    try:
        dst.connect()
        yield dst
        dst.close()
        os.replace(partial, final)
    finally:
        dst.close()
        _remove_sqlite_files(partial)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _require_empty(dst: peewee.Database, name: str) -> None:
    """Refuse a target with data. A never-used one (only the defaults of a first
    start) is accepted: the copy replaces its tables."""
    tables = set(dst.get_tables())
    if not tables:
        return
    ours = {model._meta.table_name: model for model in MODELS}
    foreign = sorted(tables - set(ours))
    if foreign:
        raise KnownError(
            f"De doeldatabank {name} is niet leeg (tabel {foreign[0]}); kies een lege databank."
        )
    with dst.bind_ctx(MODELS):
        for table in sorted(tables):
            model = ours[table]
            if model in DEFAULT_TABLES:
                continue
            count = model.select().count()
            if count:
                raise KnownError(
                    f"De doeldatabank {name} is niet leeg ({count} rijen in {table}); "
                    "er is niets gekopieerd."
                )


def _copy_all(src: peewee.Database, dst: peewee.Database, say: Progress) -> dict[str, int]:
    counts: dict[str, int] = {}
    try:
        with _snapshot(src), dst.atomic(), dst.bind_ctx(MODELS):
            if dst.get_tables():
                dst.drop_tables(MODELS, cascade=isinstance(dst, peewee.PostgresqlDatabase))
            dst.create_tables(MODELS)
            for statement in partial_indexes():
                dst.execute(statement)
            for model in peewee.sort_models(MODELS):
                counts[model._meta.table_name] = _copy_table(model, src, dst, say)
                say(f"{model._meta.table_name}: {counts[model._meta.table_name]} rijen")
            _reset_sequences(dst)
            _check_counts(src, dst, counts)
    except (peewee.IntegrityError, peewee.DataError, peewee.OperationalError,
            peewee.ProgrammingError, *driver_errors()) as exc:
        raise KnownError(
            f"Het doel weigerde de gegevens; er is niets gekopieerd ({' '.join(str(exc).split())})."
        ) from exc
    return counts


def _snapshot(src: peewee.Database):
    """One consistent read of the source, also while others keep working on it."""
    if isinstance(src, peewee.PostgresqlDatabase):
        return src.atomic(isolation_level="REPEATABLE READ")
    return src.atomic()


def _copy_table(model: type[peewee.Model], src: peewee.Database, dst: peewee.Database,
                say: Progress) -> int:
    fields = model._meta.sorted_fields
    key = model._meta.primary_key
    position = fields.index(key)
    by_copy = isinstance(dst, peewee.PostgresqlDatabase)
    batch = MAX_BATCH if by_copy else max(1, min(MAX_BATCH, MAX_PARAMETERS // len(fields)))
    copied = 0
    last = None
    while True:
        query = model.select(*fields).order_by(key).limit(batch)
        if last is not None:
            query = query.where(key > last)
        rows = list(query.tuples().bind(src))
        if not rows:
            return copied
        _write_batch(model, fields, rows, dst)
        copied += len(rows)
        last = rows[-1][position]
        if copied // PROGRESS_EVERY != (copied - len(rows)) // PROGRESS_EVERY:
            say(f"{model._meta.table_name}: {copied} rijen…")


def _write_batch(model: type[peewee.Model], fields: list[peewee.Field], rows: list[tuple],
                 dst: peewee.Database) -> None:
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    table = model._meta.table_name
    if isinstance(dst, peewee.SqliteDatabase):
        # The driver's executemany skips building one big statement per batch.
        marks = ", ".join("?" for _ in fields)
        dst.connection().executemany(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
            [tuple(_sqlite_value(f, v) for f, v in zip(fields, row, strict=True)) for row in rows],
        )
        return
    # PostgreSQL's COPY is several times faster than INSERT for a million rows.
    buffer = io.StringIO()
    for row in rows:
        values = (_copy_text(field, value) for field, value in zip(fields, row, strict=True))
        buffer.write("\t".join(values))
        buffer.write("\n")
    buffer.seek(0)
    dst.cursor().copy_expert(f'COPY "{table}" ({columns}) FROM STDIN', buffer)


def _sqlite_value(field: peewee.Field, value: object) -> object:
    value = field.db_value(value)
    if isinstance(value, dt.datetime):
        return str(value)  # the text Peewee itself stores
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# COPY's text format: tab between columns, \N for NULL, backslash escapes.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(field: peewee.Field, value: object) -> str:
    value = field.db_value(value)
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value).translate(_COPY_ESCAPES)


def _reset_sequences(dst: peewee.Database) -> None:
    """The next id on the server follows the highest copied one."""
    if not isinstance(dst, peewee.PostgresqlDatabase):
        return
    for model in MODELS:
        key = model._meta.primary_key
        if not isinstance(key, peewee.AutoField):
            continue
        table = model._meta.table_name
        dst.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key.column_name}'), "
            f"COALESCE((SELECT MAX(\"{key.column_name}\") FROM \"{table}\"), 0) + 1, false)"
        )


def _check_counts(src: peewee.Database, dst: peewee.Database, counts: dict[str, int]) -> None:
    for model in MODELS:
        table = model._meta.table_name
        expected = model.select().bind(src).count()
        written = model.select().bind(dst).count()
        if not expected == written == counts[table]:
            raise KnownError(
                f"Tabel {table}: {expected} rijen in de bron maar {written} in het doel; "
                "er is niets gekopieerd."
            )
