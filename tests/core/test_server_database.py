"""Opening a PostgreSQL server database by URL: clear errors without leaking
the password, the same schema as SQLite, and surviving a dropped connection."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from inharmony_desktop.cli import main
from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import (
    close_database,
    connect,
    display_name,
    open_database,
    schema_version,
)
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, YearRules
from tests.core import factories

UNREACHABLE = "postgresql://kantoor:geheim123@127.0.0.1:1/inharmony"


def test_an_unreachable_server_is_a_clear_error_without_the_password():
    with pytest.raises(KnownError) as info:
        open_database(UNREACHABLE)

    message = str(info.value)
    assert "niet bereikbaar" in message
    assert "geheim123" not in message
    assert "kantoor:***@127.0.0.1:1" in message
    assert "\n" not in message


def test_the_command_line_says_so_in_one_line(capsys):
    code = main(["export", "customers", "x.csv", "--db", UNREACHABLE])

    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "geheim123" not in err


def test_an_unknown_kind_of_url_is_refused():
    with pytest.raises(KnownError, match="Onbekend soort databank-URL 'mysql://'"):
        open_database("mysql://root@localhost/inharmony")


def test_display_name_hides_only_the_password():
    assert display_name("postgresql://a:b@host:5432/db") == "postgresql://a:***@host:5432/db"
    assert display_name("postgresql://host/db") == "postgresql://host/db"
    assert display_name("/data/inharmony.db") == "/data/inharmony.db"


@pytest.mark.postgres
def test_a_server_database_gets_the_whole_schema(server_url):
    db = open_database(server_url)

    assert isinstance(db, peewee.PostgresqlDatabase)
    assert schema_version(db) == migrations.LATEST
    assert YearRules.select().count() >= 11
    indexes = {row[0] for row in db.execute_sql(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'prestation'")}
    assert {"prestation_slot_unique", "prestation_correction"} <= indexes
    close_database()


@pytest.mark.postgres
def test_the_constraints_hold_on_the_server_too(server_url):
    open_database(server_url)
    customer = factories.customer("K1")
    number = factories.user_number(customer)
    helper = factories.helper()
    factories.prestation(number, helper, dt.date(2024, 3, 4), start_time="08:00")

    with pytest.raises(KnownError, match="bestaat al"):
        factories.prestation(number, helper, dt.date(2024, 3, 4), start_time="08:00")
    with pytest.raises(peewee.IntegrityError):
        Customer.insert(reference="K2", name="x", postal_code="3940", city="y",
                        language="de").execute()
    close_database()


@pytest.mark.postgres
def test_a_connection_the_server_dropped_is_reopened(server_url):
    db = open_database(server_url)
    factories.customer("K1")
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    admin = connect(server_url)
    admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()

    assert [c.reference for c in Customer.select()] == ["K1"]
    assert db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid
    close_database()


@pytest.mark.postgres
def test_a_row_another_pc_keeps_locked_is_refused_after_the_lock_timeout(server_url):
    from inharmony_desktop.core.errors import ConflictError
    from inharmony_desktop.core.models import Prestation
    from inharmony_desktop.core.services.prestations import update_prestation

    db = open_database(server_url)
    number = factories.user_number(factories.customer("K1"))
    pid = factories.prestation(number, factories.helper(), dt.date(2024, 3, 4))
    db.execute_sql("SET lock_timeout = '300ms'")  # 10 s in the program
    other_pc = connect(server_url)
    with other_pc.atomic():
        other_pc.execute_sql("SELECT id FROM prestation WHERE id = %s FOR UPDATE", (pid,))
        with pytest.raises(ConflictError, match="Herlaad en probeer opnieuw"):
            update_prestation(pid, {"note": "wacht niet eeuwig"})
    other_pc.close()

    assert Prestation.get_by_id(pid).note == ""
    update_prestation(pid, {"note": "nu wel"})
    assert Prestation.get_by_id(pid).note == "nu wel"
    close_database()
