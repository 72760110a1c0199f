"""The first day: an empty database is recognised, the example CSV files import into it
as they are, and the demo database is made in a process of its own."""

from __future__ import annotations

import sqlite3
import threading
from urllib.parse import urlsplit

import peewee
import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.csvio import FORMATS
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import (
    customers,
    exports,
    first_start,
    helpers,
    imports,
    lookups,
)
from inharmony_desktop.core.services import user_numbers as user_number_service


def test_a_new_database_is_empty_and_one_customer_or_helper_ends_that(db):
    assert first_start.is_empty()
    helper_id = helpers.create_helper(helpers.HelperInput("M01", "Anna Claes"))
    assert not first_start.is_empty()
    helpers.delete_helper(helper_id)
    assert first_start.is_empty()
    customers.create_customer(customers.CustomerInput("K1", "Janssens", "3940", "Hechtel-Eksel"))
    assert not first_start.is_empty()


def test_each_example_file_imports_into_an_empty_database_in_order(db, tmp_path):
    for kind in first_start.EXAMPLE_KINDS:
        path = tmp_path / f"{kind}.csv"
        rows = first_start.write_example(kind, path)
        assert imports.import_file(kind, path) == rows > 0
    assert sorted(reference for _id, _name, reference, _city in lookups.customers()) == \
        ["K0001", "K0002", "K0003"]
    switched = user_number_service.by_number("412598306611")
    assert switched is not None and switched.customer.reference == "K0002"


def test_the_example_files_are_written_like_the_exports(db, tmp_path):
    for kind in first_start.EXAMPLE_KINDS:
        path = tmp_path / f"{kind}.csv"
        first_start.write_example(kind, path)
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
        header = raw[3:].split(b"\r\n", 1)[0].decode()
        assert header.split(";") == list(FORMATS[kind].columns)
    # Imported and exported again, each comes back byte for byte.
    for kind in first_start.EXAMPLE_KINDS:
        imports.import_file(kind, tmp_path / f"{kind}.csv")
    for kind in first_start.EXAMPLE_KINDS:
        exports.export_file(kind, tmp_path / f"again-{kind}.csv")
        assert (tmp_path / f"again-{kind}.csv").read_bytes() == \
            (tmp_path / f"{kind}.csv").read_bytes()


def test_the_columns_shown_mark_the_required_ones_with_their_dutch_name():
    shown = {c.name: c for c in first_start.columns("customers")}
    assert list(shown) == list(FORMATS["customers"].columns)
    assert shown["postal_code"].required and shown["postal_code"].dutch == "postcode"
    assert not shown["email"].required
    user_number = first_start.columns("user-numbers")[0]
    assert (user_number.name, user_number.dutch, user_number.required) == \
        ("user_number", "gebruikersnummer", True)


@pytest.mark.sqlite_only
def test_the_demo_is_made_in_its_own_process_and_leaves_the_open_database_alone(db, tmp_path):
    target = tmp_path / "demo" / first_start.DEMO_FILE_NAME
    target.parent.mkdir()
    steps = []
    first_start.make_demo_database(target, progress=lambda done, total, text: steps.append(
        (done, total, text)))
    assert [text for _d, _t, text in steps[:-1]] == list(first_start.DEMO_STEPS)
    assert steps[-1][:2] == (5, 5)
    with sqlite3.connect(target) as demo:
        assert demo.execute("select count(*) from customer").fetchone()[0] == 40
    assert first_start.is_empty()  # the window's own database
    assert dbmod.database_path() != target


def test_a_cancelled_demo_leaves_no_file(db, tmp_path):
    target = tmp_path / first_start.DEMO_FILE_NAME
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(first_start.DemoCancelled):
        first_start.make_demo_database(target, cancel=cancel)
    assert not target.exists()


def test_the_demo_never_overwrites_a_file(db, tmp_path):
    target = tmp_path / "mine.db"
    target.write_bytes(b"keep")
    with pytest.raises(KnownError, match="bestaat al"):
        first_start.make_demo_database(target)
    assert target.read_bytes() == b"keep"


def test_a_new_demo_path_is_in_a_new_empty_folder():
    one, two = first_start.new_demo_path(), first_start.new_demo_path()
    try:
        assert one.parent != two.parent
        assert not one.exists() and one.parent.is_dir()
        assert one.name == first_start.DEMO_FILE_NAME
    finally:
        one.parent.rmdir()
        two.parent.rmdir()


def test_the_open_database_is_named_by_its_file_or_its_url_without_password(db, db_url):
    name = dbmod.open_database_name()
    if not dbmod.is_url(db_url):
        assert name == db_url
        return
    parts = urlsplit(db_url)
    assert name.startswith("postgresql://") and parts.hostname in name
    assert name.endswith("/" + parts.path.lstrip("/"))
    if parts.password:
        # The user name may equal the password; what must never show is the user:password pair.
        assert f":{parts.password}@" not in name
        assert name.startswith(f"postgresql://{parts.username}@")


def test_a_server_database_is_named_without_its_password(monkeypatch):
    server = peewee.PostgresqlDatabase("kantoor", user="els", password="geheim",
                                       host="server.local", port=5432)
    monkeypatch.setattr(dbmod.database, "obj", server)
    assert dbmod.open_database_name() == "postgresql://els@server.local:5432/kantoor"
