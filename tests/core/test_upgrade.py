"""The office's database of the first release opens in this version: migrated to the same
schema a new database has, with every row kept, and usable at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import migrations, safety
from inharmony_desktop.core.models import Prestation, UserNumber
from inharmony_desktop.core.services import exports

FIRST_RELEASE = Path(__file__).parents[1] / "data" / "first_release.sql"
pytestmark = pytest.mark.sqlite_only


def _schema(path: Path) -> dict[str, object]:
    """Tables with their columns, and the indexes with their columns, of an SQLite file."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        shape: dict[str, object] = {}
        for table in tables:
            shape[table] = sorted((c[1], c[2].upper(), c[3]) for c in
                                  conn.execute(f'PRAGMA table_info("{table}")'))
            for (index, unique) in [(r[1], r[2]) for r in conn.execute(
                    f'PRAGMA index_list("{table}")') if not r[1].startswith("sqlite_")]:
                columns = [r[2] for r in conn.execute(f'PRAGMA index_info("{index}")')]
                shape[f"index {index}"] = (table, unique, columns)
        return shape
    finally:
        conn.close()


@pytest.fixture
def first_release_db(tmp_path) -> Path:
    path = tmp_path / "kantoor.db"
    conn = sqlite3.connect(path)
    conn.executescript(FIRST_RELEASE.read_text(encoding="utf-8"))
    conn.execute("PRAGMA journal_mode=wal")
    conn.close()
    return path


def test_the_first_release_database_is_brought_up_to_this_schema(first_release_db, tmp_path):
    assert dbmod.peek_schema_version(first_release_db) == 1
    opened = safety.open_checked(first_release_db)
    try:
        assert dbmod.schema_version(dbmod.database.obj) == migrations.LATEST
        assert Prestation.select().count() == 10
        assert UserNumber.get().number == "111122223333"
        assert exports.export_file("prestations", tmp_path / "p.csv") == 10
    finally:
        opened.close()
    fresh = tmp_path / "nieuw.db"
    dbmod.open_database(fresh)
    dbmod.close_database()
    assert _schema(first_release_db) == _schema(fresh)


def test_a_read_only_command_on_the_first_release_database_updates_it_first(first_release_db,
                                                                            tmp_path):
    opened = safety.open_for_reading(first_release_db)
    try:
        assert dbmod.is_read_only()
        assert exports.export_file("customers", tmp_path / "k.csv") == 1
    finally:
        opened.close()
    assert dbmod.peek_schema_version(first_release_db) == migrations.LATEST
