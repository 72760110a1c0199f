"""File › Import CSV… / Export CSV…: off the GUI thread, all rows or none."""

import threading

import pytest

from inharmony_desktop.core.models import Customer
from inharmony_desktop.core.services import exports, imports


@pytest.fixture
def transfer(window):
    t = window.csv_transfer
    t.shown = []
    t.show_box = lambda box: t.shown.append(box)
    return t


def test_import_through_the_window_refreshes_the_tree(transfer, window, tmp_path, qtbot):
    path = tmp_path / "klanten.csv"
    path.write_text("klantnr;naam;postcode;gemeente\nK900;Zoë D'Hondt;3940;Hechtel-Eksel\n",
                    encoding="utf-8-sig")
    transfer.ask_kind = lambda parent, title: "customers"
    transfer.ask_open_path = lambda parent: path
    before = window.tree_model.customer_count()
    window.menu_actions.import_csv.trigger()
    qtbot.waitUntil(lambda: transfer.run is None, timeout=20_000)
    assert Customer.get(Customer.reference == "K900").name == "Zoë D'Hondt"
    assert window.tree_model.customer_count() == before + 1
    assert "imported from klanten.csv" in window.statusBar().currentMessage()
    assert transfer.shown == []


def test_a_refused_file_lists_every_bad_row_and_writes_nothing(transfer, window, tmp_path,
                                                                qtbot):
    path = tmp_path / "klanten.csv"
    path.write_text("reference,name,postal_code,city\nK901,Jan,3940,Peer\nK902,,3940,Peer\n",
                    encoding="utf-8")
    transfer.ask_kind = lambda parent, title: "customers"
    transfer.ask_open_path = lambda parent: path
    count = Customer.select().count()
    window.menu_actions.import_csv.trigger()
    qtbot.waitUntil(lambda: transfer.run is None, timeout=20_000)
    assert Customer.select().count() == count
    (box,) = transfer.shown
    assert "niets opgeslagen" in box.text()
    assert "lijn 3, kolom name" in box.informativeText()


def test_export_through_the_window(transfer, window, tmp_path, qtbot):
    out = tmp_path / "medewerkers.csv"
    transfer.ask_kind = lambda parent, title: "helpers"
    transfer.ask_save_path = lambda parent, kind: out
    window.menu_actions.export_csv.trigger()
    qtbot.waitUntil(lambda: transfer.run is None, timeout=20_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "reference;name;phone;contract_hours;insz" and len(lines) == 3


def test_cancel_rolls_the_import_back(db, tmp_path):
    path = tmp_path / "klanten.csv"
    rows = "".join(f"K{i:04d},Klant {i},3940,Peer\n" for i in range(300))
    path.write_text("reference,name,postal_code,city\n" + rows, encoding="utf-8")
    cancel = threading.Event()
    seen = []

    def progress(done, total, text):
        seen.append(done)
        if done >= 150:
            cancel.set()  # the office presses Cancel half-way

    with pytest.raises(imports.ImportCancelled):
        imports.import_file("customers", path, progress=progress, cancel=cancel)
    assert Customer.select().count() == 0
    assert max(seen) >= 150


def test_cancelled_export_leaves_no_file(db, tmp_path):
    cancel = threading.Event()
    cancel.set()
    out = tmp_path / "out.csv"
    with pytest.raises(exports.ExportCancelled):
        exports.export_file("customers", out, cancel=cancel)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]
