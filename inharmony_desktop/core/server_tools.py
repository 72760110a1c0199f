"""What the SQLite-only safety tools become on a PostgreSQL server.

- Backup: SQLite's backup API has no server counterpart inside the driver, so
  a backup is `pg_dump --format=custom` (PostgreSQL's client programs must be
  installed on the PC; otherwise a clear message says so). The dump goes to a
  temporary file, is read back with `pg_restore --list`, and only then moved
  into place: a backup file either is complete or does not exist.
- Check: `PRAGMA integrity_check` has no counterpart either; the server
  guards its own storage, and keys and CHECK constraints are enforced on every
  write. The check reads every table once and compares the schema version.
- Lock file: not needed; the server serialises concurrent writers (see
  `services/concurrency.py`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import peewee

from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import connect, display_name, schema_version
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.integrity import CheckReport
from inharmony_desktop.core.models import MODELS, SchemaInfo, database
from inharmony_desktop.core.server_driver import driver_errors

DUMP_TIMEOUT_SECONDS = 3600
NOT_INSTALLED = (
    "pg_dump is niet geïnstalleerd op deze pc. Maak de back-up op de server "
    "(pg_dump --format=custom) of installeer de PostgreSQL-clientprogramma's."
)


def server_environment(db: peewee.PostgresqlDatabase) -> dict[str, str]:
    """libpq's environment for the open server database: the password never
    appears on a command line (where other users of the PC could read it)."""
    params = db.connect_params
    env = dict(os.environ)
    env["PGDATABASE"] = str(db.database)
    for key, name in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"),
                      ("password", "PGPASSWORD"), ("sslmode", "PGSSLMODE")):
        if params.get(key) not in (None, ""):
            env[name] = str(params[key])
    return env


def dump_name(taken_at: dt.datetime) -> str:
    return f"inharmony-{taken_at:%Y%m%d-%H%M%S}.dump"


def dump_server(target: Path, *, db: peewee.PostgresqlDatabase | None = None) -> Path:
    """Write a checked `pg_dump` of the open server database to `target`."""
    db = db or database.obj
    if not isinstance(db, peewee.PostgresqlDatabase):
        raise KnownError("Er is geen serverdatabank open.")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise KnownError(NOT_INSTALLED)
    target = Path(target)
    temp = target.with_name(target.name + ".deel")
    env = server_environment(db)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _run([pg_dump, "--format=custom", "--no-owner", f"--file={temp}"], env)
        pg_restore = shutil.which("pg_restore")
        if pg_restore is not None:
            _run([pg_restore, "--list", str(temp)], env)
        os.replace(temp, target)
    except OSError as exc:
        raise KnownError(f"De back-up naar {target} is mislukt ({exc}); er is niets bewaard.") \
            from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True,
                                timeout=DUMP_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise KnownError("pg_dump antwoordde niet binnen het uur; er is niets bewaard.") from exc
    if result.returncode != 0:
        reason = " ".join((result.stderr or result.stdout).split())[:300]
        name = Path(command[0]).name
        raise KnownError(f"{name} is mislukt ({reason}); er is niets bewaard.")


def check_server(url: str) -> CheckReport:
    """Read every table of the server database once, without writing."""
    report = CheckReport(display_name(url))  # type: ignore[arg-type]
    db = connect(url)
    try:
        db.connect()
        with db.bind_ctx(MODELS), db.atomic():
            db.execute_sql("SET TRANSACTION READ ONLY")
            version = schema_version(db)
            if version != migrations.LATEST:
                report.problems.append(
                    f"schema {version}, dit programma verwacht schema {migrations.LATEST}")
            for model in MODELS:
                if model is not SchemaInfo:
                    model.select().count()
                report.tables += 1
    except (peewee.DatabaseError, *driver_errors()) as exc:
        report.problems.append(f"niet leesbaar: {' '.join(str(exc).split())}")
    finally:
        db.close()
    return report
