import sqlite3

import peewee
import pytest

from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import (
    checkpoint,
    close_database,
    connect,
    open_database,
    schema_version,
)
from inharmony_desktop.core.errors import KnownError, SchemaTooNewError
from inharmony_desktop.core.models import SchemaInfo


@pytest.mark.sqlite_only
def test_new_database_is_migrated_and_safe(db, db_path):
    assert schema_version(db) == migrations.LATEST
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db_path.exists()


def test_reopening_keeps_data(db, db_url):
    from tests.core import factories

    factories.customer("K1")
    close_database()
    open_database(db_url)
    from inharmony_desktop.core.models import Customer

    assert Customer.select().count() == 1


def test_newer_schema_is_refused_and_left_untouched(db, db_url):
    SchemaInfo.update(version=migrations.LATEST + 1).execute()
    close_database()
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_url)
    assert "nieuwere versie" in str(info.value)
    # The refused database still says it is newer: nothing migrated it down.
    raw = connect(db_url)
    version = raw.execute_sql("SELECT version FROM schema_info").fetchone()[0]
    raw.close()
    assert version == migrations.LATEST + 1


def test_garbage_file_is_a_known_error(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(KnownError):
        open_database(path)


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    with pytest.raises(KnownError):
        open_database(path)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(KnownError):
        open_database(tmp_path / "nope.db", create=False)


def test_constraints_hold_in_the_database_itself(db):
    import datetime as dt

    from inharmony_desktop.core.models import Prestation, UserNumber
    from tests.core import factories

    c = factories.customer()
    u = factories.user_number(c)
    h = factories.helper()
    with pytest.raises(peewee.IntegrityError), db.atomic():
        UserNumber.insert(number="12345678901X", customer=c, holder="x").execute()
    with pytest.raises(peewee.IntegrityError), db.atomic():
        UserNumber.insert(number="1234567890", customer=c, holder="x").execute()
    base = dict(date=dt.date(2024, 1, 1), user_number=u, helper=h)
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Prestation.insert(**base, hours=3, paper=1, electronic=1).execute()
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Prestation.insert(**base, hours=13, paper=13, electronic=0).execute()
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Prestation.insert(date=dt.date(2024, 1, 1), user_number=99999, helper=h, hours=3, paper=0,
                          electronic=3).execute()


def _migrated_from(db, target, version: int, index: str, columns: str):
    """The database as version `version` had it, with that version's `index` on `columns`
    (SQL), opened again: migrated to the latest version."""
    db.execute_sql(f'DROP INDEX IF EXISTS "{index}"')
    db.execute_sql(f'CREATE INDEX "{index}" {columns}')
    SchemaInfo.update(version=version).execute()
    close_database()
    migrated = open_database(target)
    assert schema_version(migrated) == migrations.LATEST
    return migrated


def _correction_index_sql(db) -> str:
    (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' "
                            "AND name = 'prestation_correction_from_id'").fetchone()
    return " ".join(sql.replace('"', "").split())


@pytest.mark.sqlite_only
def test_version_5_indexes_only_prestations_with_a_correction_source(db, db_path):
    wanted = ("CREATE INDEX prestation_correction_from_id ON prestation (correction_from_id) "
              "WHERE correction_from_id IS NOT NULL")
    assert _correction_index_sql(db) == wanted
    migrated = _migrated_from(db, db_path, 4, "prestation_correction_from_id",
                              'ON "prestation" ("correction_from_id")')

    assert _correction_index_sql(migrated) == wanted
    plan = " ".join(row[-1] for row in migrated.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM prestation WHERE correction_from_id = ?", (1,)))
    assert "prestation_correction_from_id" in plan


def test_a_deleted_user_number_is_cleared_as_correction_source(db):
    from inharmony_desktop.core.models import Prestation
    from inharmony_desktop.core.services import moves, user_numbers
    from tests import move_world

    world = move_world.build()
    [pid] = move_world.add_prestations(world, world.jan, 1, status="registered")
    moves.move_prestations([pid], world.els)
    assert Prestation.get_by_id(pid).correction_from_id == world.jan

    user_numbers.delete_user_number(world.jan)

    assert Prestation.get_by_id(pid).correction_from_id is None


@pytest.mark.sqlite_only
def test_a_checkpoint_writes_every_committed_page_back_into_the_file(db, db_path):
    from tests.core import factories

    # SQLite leaves a WAL of fewer pages than its threshold to the window's checkpoint.
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    with db.atomic():
        for n in range(50):
            factories.customer(f"K{n}")
    size_before = db_path.stat().st_size
    busy, waiting, written = checkpoint()
    assert busy == 0 and waiting > 0 and written == waiting
    assert db_path.stat().st_size > size_before  # the new pages are in the file itself
    # Read on its own, the file alone has every customer.
    copy = db_path.with_name("alone.db")
    copy.write_bytes(db_path.read_bytes())
    alone = sqlite3.connect(copy)
    assert alone.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 50
    alone.close()


def _index_columns(db, table: str) -> dict[str, list[str]]:
    return {index.name: index.columns for index in db.get_indexes(table)}


def test_version_6_reads_a_wallets_usage_from_the_user_number_index_alone(db, db_url):
    covering = ["user_number_id", "date", "status", "electronic"]
    name = "prestation_user_number_id_date_status_electronic"
    assert _index_columns(db, "prestation")[name] == covering
    db.execute_sql(f'DROP INDEX "{name}"')
    migrated = _migrated_from(db, db_url, 5, "prestation_user_number_id_date",
                              'ON "prestation" ("user_number_id", "date")')

    indexes = _index_columns(migrated, "prestation")
    assert indexes[name] == covering
    assert "prestation_user_number_id_date" not in indexes
