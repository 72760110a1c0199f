"""Shared fixtures: a fresh database per test, the offscreen Qt platform.

The `db` fixture is an SQLite file by default. With INHARMONY_TEST_DB_URL set
to a PostgreSQL URL (a database the suite may wipe), it is that server
database instead, emptied before each test; tests marked `sqlite_only` are
then skipped.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from inharmony_desktop.core.db import close_database, open_database

TEST_DB_URL = os.environ.get("INHARMONY_TEST_DB_URL", "").strip()


def on_server() -> bool:
    """True when the suite runs against the PostgreSQL test server."""
    return bool(TEST_DB_URL)


def pytest_collection_modifyitems(config, items):
    if not on_server():
        return
    skip = pytest.mark.skip(reason="alleen SQLite (bestand, WAL, backup-API of vergrendeling)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def empty_server_database(url: str) -> None:
    """Drop every table (and index, sequence) of the test server database."""
    from inharmony_desktop.core.db import connect

    server = connect(url)
    try:
        server.connect()
        with server.atomic():
            server.execute_sql("DROP SCHEMA public CASCADE")
            server.execute_sql("CREATE SCHEMA public")
    finally:
        server.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "inharmony.db"


@pytest.fixture
def db_url(db_path):
    """What `--db` would get: the server URL on the server run, else the file path."""
    if on_server():
        empty_server_database(TEST_DB_URL)
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
