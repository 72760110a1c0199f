"""Shared fixtures: a fresh database per test, the offscreen Qt platform.

The `db` fixture is an SQLite file by default. With INHARMONY_TEST_DB_URL set
to a PostgreSQL URL (a database the suite may wipe), it is that server
database instead, emptied before each test; tests marked `sqlite_only` are
then skipped.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

# Headless, on the screen the office's smallest PC has: a 1366x768 laptop.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    LAPTOP_SCREEN = Path(__file__).parent / "data" / "laptop_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

import peewee
import pytest

from inharmony_desktop.core import clock, migrations
from inharmony_desktop.core.db import (
    close_database,
    connect,
    install_defaults,
    open_database,
    schema_version,
)
from inharmony_desktop.core.models import MODELS, SchemaInfo

TEST_DB_URL = os.environ.get("INHARMONY_TEST_DB_URL", "").strip()

# The day every test runs on, whatever the real date is: the program reads the date
# only through `core.clock`, so a test passes on any date and under `faketime`.
# Tests about other days (a new year, a leap day) pin their own with `clock.pinned`.
TEST_MOMENT = dt.datetime(2026, 11, 25, 10, 0)
os.environ[clock.ENVIRONMENT_KEY] = TEST_MOMENT.isoformat(timespec="minutes")
clock.pin(TEST_MOMENT)  # module- and session-wide fixtures too


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch):
    """The program's clock, and that of every command line a test starts, pinned."""
    monkeypatch.setenv(clock.ENVIRONMENT_KEY, TEST_MOMENT.isoformat(timespec="minutes"))
    with clock.pinned(TEST_MOMENT):
        yield TEST_MOMENT


def on_server() -> bool:
    """True when the suite runs against the PostgreSQL test server."""
    return bool(TEST_DB_URL)


# The fixtures through which a test reaches the database under test.
DATABASE_FIXTURES = {"db", "db_url", "demo_db", "server_url"}


def pytest_collection_modifyitems(config, items):
    """On the server run: SQLite-only tests are skipped, and tests that use no database
    (parsing, rules, formatting, PDF layout) are left out: they ran on the SQLite run."""
    if not on_server():
        return
    skip = pytest.mark.skip(reason="alleen SQLite (bestand, WAL, backup-API of vergrendeling)")
    kept, without_database = [], []
    for item in items:
        if not DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
            without_database.append(item)
            continue
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)
        kept.append(item)
    if without_database:
        config.hook.pytest_deselected(items=without_database)
        items[:] = kept


def empty_server_database(url: str) -> None:
    """Drop every table (and index, sequence) of the test server database."""
    server = connect(url)
    try:
        server.connect()
        with server.atomic():
            server.execute_sql("DROP SCHEMA public CASCADE")
            server.execute_sql("CREATE SCHEMA public")
    finally:
        server.close()


def fresh_server_database(url: str) -> peewee.Database:
    """The test server database, open, as a new one: emptied with TRUNCATE when it
    already has the current schema (much faster than creating it again)."""
    server = connect(url)
    with server:
        current = {m._meta.table_name for m in MODELS} == set(server.get_tables())
        if current:
            with server.bind_ctx([SchemaInfo]):
                current = schema_version(server) == migrations.LATEST
    if not current:
        empty_server_database(url)
        return open_database(url)
    database = open_database(url)
    tables = ", ".join(f'"{m._meta.table_name}"' for m in MODELS)
    with database.atomic():
        database.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        install_defaults()
    return database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "inharmony.db"


@pytest.fixture
def db_url(db_path):
    """What `--db` would get: the server URL on the server run, else the file path.
    The server database is left empty but with the current schema."""
    if on_server():
        fresh_server_database(TEST_DB_URL)
        close_database()
        return TEST_DB_URL
    return str(db_path)


@pytest.fixture
def db(db_url):
    """An empty, migrated database bound to the models for one test."""
    database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def server_url():
    """The emptied PostgreSQL test database; the test is skipped without one."""
    if not on_server():
        pytest.skip("geen PostgreSQL-server: zet INHARMONY_TEST_DB_URL")
    empty_server_database(TEST_DB_URL)
    return TEST_DB_URL


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The small demo database, built once per run by the command line itself (at the
    suite's pinned date), for tests to copy; `demo_db` gives each test its own copy."""
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    result = subprocess.run([sys.executable, "-m", "inharmony_desktop", "demo", "--db", str(path)],
                            capture_output=True, text=True, timeout=300,
                            cwd=Path(__file__).parents[1])
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_db(db_url, db_path, demo_template):
    """A fresh copy of the small demo, open and bound to the models for one test (on the
    PostgreSQL run: the demo built in the server database)."""
    import shutil

    from inharmony_desktop.core import demo

    if on_server():
        database = open_database(db_url)
        demo.build("small", seed=7)
    else:
        shutil.copyfile(demo_template, db_path)
        database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def loose_umask():
    """The common umask 022 for the test (group and others may read new files), then the
    one before: what the program writes must be private on its own, not by the umask."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)
