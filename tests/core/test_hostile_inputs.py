"""Inputs found by attacking the program: each gets a clear message and changes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import safety
from inharmony_desktop.core.csvio import FORMATS, neutralise, parse_rows, write_rows
from inharmony_desktop.core.errors import ImportFailed, KnownError
from inharmony_desktop.core.models import Customer, Order, Prestation
from inharmony_desktop.core.services import exports, imports
from tests.core.safety_data import fill

ROOT = Path(__file__).parents[2]


def cli(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inharmony_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, **kwargs)


def _csv(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- numbers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("hours", ["²", "³", "١٢", "１２", "1_0", "1e-400", "3.0", "0x3"])
def test_numbers_are_ascii_digits_only(db, tmp_path, hours):
    fill(1, 1)
    path = _csv(tmp_path, "date,user_number,helper_reference,hours\n"
                          f"2025-03-03,100000000000,M1,{hours}\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("prestations", path)
    assert [str(e) for e in info.value.errors] == [
        "lijn 2, kolom hours: Het aantal uren moet een geheel getal zijn (cijfers 0-9)."]


@pytest.mark.parametrize("text", ["²5", "1_0", "1e-400", "٣٠"])
def test_helper_contract_hours_and_order_prices_refuse_other_digits(db, tmp_path, text):
    path = _csv(tmp_path, f"reference,name,contract_hours\nM9,Els,{text}\n")
    with pytest.raises(ImportFailed, match="1 fout") as info:
        imports.import_file("helpers", path)
    assert info.value.errors[0].column == "contract_hours"


def test_paper_next_to_a_unicode_electronic_count_is_a_row_error_not_a_crash(db, tmp_path):
    fill(1, 1)
    path = _csv(tmp_path, "date,user_number,helper_reference,hours,paper,electronic\n"
                          "2025-03-03,100000000000,M1,3,,²\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("prestations", path)
    assert {e.column for e in info.value.errors} <= {"paper", "electronic"}


def test_unicode_digits_in_a_date_are_refused(db, tmp_path):
    fill(1, 1)
    path = _csv(tmp_path, "date,user_number,helper_reference,hours\n"
                          "٢٠٢٥-03-03,100000000000,M1,3\n")
    with pytest.raises(ImportFailed, match="1 fout") as info:
        imports.import_file("prestations", path)
    assert info.value.errors[0].column == "date"


def test_a_line_number_is_the_text_line_where_the_record_starts(db, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_bytes(b'reference,name,postal_code,city,notes\n'
                     b'K1,Jan,3940,Peer,"twee\nregels"\n'
                     b'K2,,3940,Peer,\n')
    assert [r.line for r in parse_rows(FORMATS["customers"], path.read_bytes())] == [2, 4]
    with pytest.raises(ImportFailed) as info:
        imports.import_file("customers", path)
    assert [str(e).split(":")[0] for e in info.value.errors] == ["lijn 4, kolom name"]
    assert Customer.select().count() == 0


# --- duplicates -------------------------------------------------------------------------------

def test_prestations_already_in_the_database_are_refused_with_their_lines(db, tmp_path):
    fill(2, 3)
    path = tmp_path / "prestaties.csv"
    exports.export_file("prestations", path)
    before = Prestation.select().count()
    with pytest.raises(ImportFailed) as info:
        imports.import_file("prestations", path)
    assert info.value.only_duplicates
    assert [e.line for e in info.value.errors] == list(range(2, 2 + before))
    assert "staat al in de databank: prestatie van 01/01/2025 op 1000 0000 0000" in \
        str(info.value.errors[0])
    assert Prestation.select().count() == before
    assert imports.import_file("prestations", path, allow_duplicates=True) == before
    assert Prestation.select().count() == 2 * before


def test_a_row_repeated_inside_the_file_is_a_duplicate_too(db, tmp_path):
    fill(1, 1)
    path = _csv(tmp_path, "date,user_number,helper_reference,hours\n"
                          "2025-06-02,100000000000,M1,3\n2025-06-02,100000000000,M1,3\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("prestations", path)
    assert [str(e) for e in info.value.errors] == [
        "lijn 3, kolom -: herhaalt lijn 2: prestatie van 02/06/2025 op 1000 0000 0000, "
        "medewerker M1, huishoudhulp, 3 uur"]


def test_orders_already_in_the_database_are_refused_unless_allowed(db, tmp_path):
    fill(1, 1)
    path = _csv(tmp_path, "user_number,date,quantity\n100000000000,2025-02-03,20\n")
    assert imports.import_file("orders", path) == 1
    with pytest.raises(ImportFailed, match="1 fout") as info:
        imports.import_file("orders", path)
    assert "bestelling van 20 cheques op 03/02/2025" in str(info.value.errors[0])
    assert Order.select().count() == 1
    assert imports.import_file("orders", path, allow_duplicates=True) == 1


def test_the_command_line_offers_allow_duplicates(tmp_path, demo_template):
    db = tmp_path / "d.db"
    shutil.copyfile(demo_template, db)
    export = tmp_path / "orders.csv"
    assert cli("export", "orders", export, "--db", db).returncode == 0
    refused = cli("import", "orders", export, "--db", db)
    assert refused.returncode == 1
    assert "staat al in de databank" in refused.stderr and "--allow-duplicates" in refused.stderr


def test_allow_duplicates_imports_an_order_that_looks_like_one_already_there(db_path, tmp_path):
    dbmod.open_database(db_path)
    fill(1, 1)
    dbmod.close_database()
    orders = tmp_path / "bestellingen.csv"
    orders.write_text("user_number,date,quantity,medium\n100000000000,2026-03-02,10,electronic\n",
                      encoding="utf-8")
    assert cli("import", "orders", orders, "--db", db_path).returncode == 0
    assert cli("import", "orders", orders, "--db", db_path).returncode == 1
    allowed = cli("import", "orders", orders, "--allow-duplicates", "--db", db_path)
    assert allowed.returncode == 0, allowed.stderr
    assert "1 rij geïmporteerd" in allowed.stdout
    dbmod.open_database(db_path)
    try:
        assert Order.select().count() == 2  # the office does order the same twice, on purpose
    finally:
        dbmod.close_database()


def test_reimporting_the_own_user_numbers_export_reports_lines_and_columns(db, tmp_path):
    fill(2, 1)
    path = tmp_path / "un.csv"
    exports.export_file("user-numbers", path)
    with pytest.raises(ImportFailed) as info:
        imports.import_file("user-numbers", path)
    lines = [str(e) for e in info.value.errors]
    assert lines == ["lijn 2, kolom user_number: gebruikersnummer 1000 0000 0000 bestaat al "
                     "(klant K0001)",
                     "lijn 3, kolom user_number: gebruikersnummer 1000 0000 0001 bestaat al "
                     "(klant K0002)"]


# --- database paths ---------------------------------------------------------------------------

def test_a_zero_byte_file_is_not_a_database_and_stays_untouched(tmp_path):
    empty = tmp_path / "leeg.db"
    empty.write_bytes(b"")
    for args in (("export", "customers", tmp_path / "k.csv"), ("import", "customers",
                 _csv(tmp_path, "reference,name,postal_code,city\nK1,A,3940,Peer\n"))):
        result = cli(*args, "--db", empty)
        assert result.returncode == 1 and "geen Inharmony-databank" in result.stderr
        assert empty.read_bytes() == b""
    assert not Path(f"{empty}-wal").exists() and not Path(f"{empty}.lock").exists()


def test_a_foreign_sqlite_file_is_refused_without_a_byte_written(tmp_path):
    foreign = tmp_path / "ander.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notities (tekst)")
    conn.execute("INSERT INTO notities VALUES ('van een ander programma')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(KnownError, match="ander programma"):
        safety.open_checked(foreign)
    with pytest.raises(KnownError, match="ander programma"):
        dbmod.open_database(foreign)
    assert foreign.read_bytes() == before
    assert not Path(f"{foreign}-wal").exists()


def test_a_missing_folder_is_refused_unless_the_command_makes_a_database(tmp_path):
    missing = tmp_path / "nergens" / "x.db"
    csv = _csv(tmp_path, "reference,name,postal_code,city\nK1,A,3940,Peer\n")
    result = cli("import", "customers", csv, "--db", missing)
    assert result.returncode == 1 and "De map" in result.stderr and "bestaat niet" in result.stderr
    assert not missing.parent.exists()
    assert cli("demo", "--db", missing).returncode == 0
    assert missing.exists()


def test_a_folder_given_as_database_is_named_a_folder(tmp_path):
    for args in (("check",), ("export", "customers", tmp_path / "k.csv"), ("backup",),
                 ("import", "customers", _csv(tmp_path, "reference\n"))):
        result = cli(*args, "--db", tmp_path)
        assert result.returncode == 1, args
        assert "is een map, geen databank" in result.stderr, (args, result.stderr)
        assert "beschadigd" not in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="read-only folder made the Linux way")
def test_check_in_a_read_only_folder_reads_the_file(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    db = folder / "d.db"
    dbmod.open_database(db)
    fill(1, 1)
    dbmod.close_database()
    # Root writes in any folder whatever its mode; the immutable flag stops root too.
    lock = ["chattr", "+i", str(folder)] if os.geteuid() == 0 else ["chmod", "555", str(folder)]
    unlock = ["chattr", "-i", str(folder)] if os.geteuid() == 0 else ["chmod", "755", str(folder)]
    subprocess.run(lock, check=True)
    try:
        assert not os.access(folder, os.W_OK)
        result = cli("check", "--db", db)
        assert result.returncode == 0, result.stderr
        assert "in orde" in result.stdout
        export = cli("export", "customers", tmp_path / "k.csv", "--db", db)
        assert export.returncode == 0, export.stderr
        assert "1 rij geschreven" in export.stdout
    finally:
        subprocess.run(unlock, check=True)


# --- spreadsheets -----------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["Peeters,=HYPERLINK(\"x\")", "a;+32 11 22", "b, -5", "c;@SUM(1)",
                                  "d,'=x", "=1+1"])
def test_formula_characters_after_a_separator_are_neutralised_and_read_back(tmp_path, cell):
    neutral = neutralise(cell)
    for separator in (",", ";"):
        for part in neutral.split(separator)[1:]:
            assert not part.lstrip(" ").startswith(("=", "+", "-", "@")), neutral
    assert not neutral.startswith(("=", "+", "-", "@"))
    path = tmp_path / "out.csv"
    write_rows(path, ["reference", "name", "postal_code", "city"], [["K1", cell, "3940", "Peer"]])
    rows = parse_rows(FORMATS["customers"], path.read_bytes())
    assert rows[0].get("name") == cell
