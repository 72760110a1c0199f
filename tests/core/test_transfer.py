"""migrate-db: a whole database copied to the other back end and back, all or
nothing, into an empty target only."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.cli import main
from inharmony_desktop.core.db import close_database, connect, open_database
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import MODELS, Customer, Prestation
from inharmony_desktop.core.services import orders, prestations, transfer
from tests.core import factories


def fill_office() -> None:
    """A little of everything: customers, numbers with a mode change, orders,
    prestations with a manual split, a deleted one, and their audit trail."""
    helper = factories.helper("M1")
    for index in range(3):
        customer = factories.customer(f"K{index}", name=f"Klant {index}")
        number = factories.user_number(customer, f"10000000000{index}", mode="paper",
                                       since=dt.date(2023, 1, 1))
        orders.create_order(orders.OrderInput(user_number_id=number, order_date=dt.date(2024, 2, 1),
                                              quantity=20, medium="paper"))
        for day in range(1, 6):
            factories.prestation(number, helper, dt.date(2024, 3, day), hours=3)
    first = Prestation.select().order_by(Prestation.id).first()
    prestations.set_split([first.id], 1, 2)
    last = Prestation.select().order_by(Prestation.id.desc()).first()
    prestations.delete_prestations([last.id])
    # Text that a bulk copy must escape: tabs, line breaks, backslashes, and "\N".
    prestations.update_prestation(first.id, {"note": "sleutel\tonder de mat\nC:\\map \\N é"})
    factories.customer("K9", name="\\N")


def dump(target) -> dict[str, list[tuple]]:
    """Every row of every table, in id order, as Python values."""
    db = connect(target)
    db.connect()
    try:
        with db.bind_ctx(MODELS):
            return {
                model._meta.table_name: list(
                    model.select().order_by(model._meta.primary_key).tuples()
                )
                for model in MODELS
            }
    finally:
        db.close()


@pytest.fixture
def office_file(tmp_path):
    """A filled SQLite file, closed again (the `db` fixture is not used)."""
    path = tmp_path / "kantoor.db"
    open_database(path)
    fill_office()
    close_database()
    return path


def test_copy_to_a_new_file_keeps_every_row(db, db_url, tmp_path):
    fill_office()
    close_database()
    copy = tmp_path / "kopie.db"

    report = transfer.copy_database(db_url, copy)

    assert dump(copy) == dump(db_url)
    assert report.counts["prestation"] == 14
    assert report.counts["audit_entry"] == len(dump(db_url)["audit_entry"])
    assert not (tmp_path / "kopie.db.deel").exists()


def test_copy_to_an_existing_file_is_refused_and_leaves_it_alone(office_file, tmp_path):
    target = tmp_path / "bestaat.db"
    target.write_bytes(b"iets belangrijks")

    with pytest.raises(KnownError, match="bestaat al"):
        transfer.copy_database(office_file, target)

    assert target.read_bytes() == b"iets belangrijks"


def test_a_failed_copy_leaves_no_file_behind(office_file, tmp_path, monkeypatch):
    def broken_check(*_args):
        raise KnownError("Tabel prestation: 14 rijen in de bron maar 13 in het doel.")

    monkeypatch.setattr(transfer, "_check_counts", broken_check)
    with pytest.raises(KnownError, match="13 in het doel"):
        transfer.copy_database(office_file, tmp_path / "half.db")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["kantoor.db"]


def test_the_command_line_copies_and_reports_the_counts(office_file, tmp_path, capsys):
    code = main(["migrate-db", "--from", str(office_file), "--to", str(tmp_path / "nieuw.db")])

    out = capsys.readouterr().out
    assert code == 0
    assert f"{len(MODELS)} tabellen gekopieerd" in out
    assert "de aantallen kloppen" in out


def test_an_outdated_or_foreign_source_is_refused(tmp_path, capsys):
    stranger = tmp_path / "vreemd.db"
    db = connect(stranger)
    db.execute_sql("CREATE TABLE iets (x INTEGER)")
    db.close()

    code = main(["migrate-db", "--from", str(stranger), "--to", str(tmp_path / "nieuw.db")])

    assert code == 1
    assert "geen databank van dit programma" in capsys.readouterr().err
    assert not (tmp_path / "nieuw.db").exists()


@pytest.mark.postgres
def test_sqlite_to_an_empty_server_and_back_is_exact(office_file, server_url, tmp_path):
    transfer.copy_database(office_file, server_url)
    assert dump(server_url) == dump(office_file)

    # The server's id sequences continue after the copied rows.
    open_database(server_url, create=False)
    highest = Prestation.select(Prestation.id).order_by(Prestation.id.desc()).scalar()
    row = Prestation.get_by_id(highest)
    new_id = factories.prestation(row.user_number_id, row.helper_id, dt.date(2024, 4, 1))
    assert new_id == highest + 1
    close_database()

    back = tmp_path / "terug.db"
    transfer.copy_database(server_url, back)
    assert dump(back) == dump(server_url)


@pytest.mark.postgres
def test_a_server_database_in_use_is_refused(office_file, server_url):
    open_database(server_url)
    factories.customer("K99", name="Al in gebruik")
    close_database()

    with pytest.raises(KnownError, match="niet leeg"):
        transfer.copy_database(office_file, server_url)

    open_database(server_url, create=False)
    assert [c.reference for c in Customer.select()] == ["K99"]
    close_database()


@pytest.mark.postgres
def test_a_server_opened_once_but_never_used_is_accepted(office_file, server_url):
    open_database(server_url)
    close_database()

    transfer.copy_database(office_file, server_url)

    assert dump(server_url) == dump(office_file)


@pytest.mark.postgres
def test_text_too_long_for_the_server_copies_nothing(tmp_path, server_url):
    source = tmp_path / "lang.db"
    open_database(source)
    fill_office()
    # SQLite never enforced the length of a name; PostgreSQL does.
    Customer.update(name="x" * 200).where(Customer.reference == "K1").execute()
    close_database()

    with pytest.raises(KnownError, match="niets gekopieerd"):
        transfer.copy_database(source, server_url)

    server = connect(server_url)
    assert server.get_tables() == []
    server.close()
