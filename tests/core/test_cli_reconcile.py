"""`reconcile` as the office runs it: a month's export of the demo database, a dry run that
agrees with the real one, and files that are refused with nothing written."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ORDER = ["matched", "hours_differ", "other_user_number", "corrected", "missing_here",
         "unknown_user_number", "unknown_helper", "ambiguous", "status_conflict",
         "missing_at_pluxee"]


def run(*args, module=True):
    command = [sys.executable, "-m", "inharmony_desktop"] if module else [sys.executable]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          timeout=180, cwd=ROOT)


def cli(*args):
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    cli("demo", "--db", path)
    return path


@pytest.fixture
def db(demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copyfile(demo, path)
    return path


def fixture(db, out, *extra):
    result = run("tests/pluxee_fixture.py", "--db", db, "--out", out, *extra, module=False)
    assert result.returncode == 0, result.stderr
    return out


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def counts(stdout):
    lines = stdout.splitlines()
    return [line for line in lines if ":" in line and line.split(":")[0] in ORDER]


def test_a_month_of_the_demo_reads_cleanly_and_a_second_time_changes_nothing(db, tmp_path):
    export = fixture(db, tmp_path / "export.csv")
    dry = cli("reconcile", export, "--db", db, "--dry-run")
    lines = dry.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("matched: ")
    assert lines[1].startswith("Proefdraaien: ") and "0 verschillen" in lines[1]
    assert lines[1].endswith("Er is niets opgeslagen.")
    real = cli("reconcile", export, "--db", db)
    assert real.stdout.splitlines()[0] == lines[0]
    assert "prestaties bijgewerkt, 0 verschillen op de werklijst." in real.stdout
    again = cli("reconcile", export, "--db", db)
    assert again.stdout.splitlines()[0] == lines[0]
    assert ": 0 prestaties bijgewerkt, 0 verschillen" in again.stdout


def test_dry_run_and_real_run_agree_and_the_dry_run_writes_nothing(db, tmp_path):
    export = fixture(db, tmp_path / "export.xlsx", "--every-category", "--xlsx")
    before = digest(db)
    dry = cli("reconcile", export, "--db", db, "--dry-run", "--report", tmp_path / "dry.csv")
    assert digest(db) == before
    real = cli("reconcile", export, "--db", db, "--report", tmp_path / "real.csv")
    assert counts(dry.stdout) == counts(real.stdout)
    assert [line.split(":")[0] for line in counts(real.stdout)] == ORDER
    assert (tmp_path / "dry.csv").read_bytes() == (tmp_path / "real.csv").read_bytes()
    report = (tmp_path / "real.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report[0] == ("category;work_id;date;user_number;helper;hours_pluxee;hours_here;"
                         "status_pluxee;status_here;prestation_id;message")


def test_create_missing_creates_what_the_dry_run_announced(db, tmp_path):
    export = fixture(db, tmp_path / "export.csv", "--every-category")
    dry = cli("reconcile", export, "--db", db, "--dry-run", "--create-missing")
    assert "1 prestatie aan te maken" in dry.stdout
    real = cli("reconcile", export, "--db", db, "--create-missing")
    assert "1 prestatie aangemaakt" in real.stdout
    again = cli("reconcile", export, "--db", db, "--dry-run")
    assert "missing_here" not in again.stdout


def test_a_file_damaged_by_hand_is_refused_with_nothing_written(db, tmp_path):
    export = fixture(db, tmp_path / "export.csv")
    lines = export.read_text(encoding="utf-8").splitlines()
    first = lines[3].split(";")
    first[5] = "4,11152E+11"  # what Excel makes of a user number
    second = lines[7].split(";")
    second[9] = "2,5"
    lines[3], lines[7] = ";".join(first), ";".join(second)
    lines[10] = lines[10][:40]  # a line cut short
    export.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    before = digest(db)
    result = run("reconcile", export, "--db", db)
    assert result.returncode == 1 and result.stdout == ""
    err = result.stderr.splitlines()
    assert err[0].startswith("inharmony-desktop: fout: Pluxee-export geweigerd: ")
    assert "Excel heeft nummers beschadigd (lijn 4)" in err[0]
    assert "Download het bestand opnieuw" in err[0]
    assert "  lijn 4, kolom User number: gebruikersnummer 4,11152E+11 staat in wetenschappelijke " \
           "notatie: Excel heeft het beschadigd" in err
    assert "  lijn 8, kolom Hours: aantal uren 2,5 is geen geheel getal; een dienstencheque is " \
           "een heel uur" in err
    assert "  lijn 11, kolom -: 4 velden, maar de kop heeft er 24" in err
    assert digest(db) == before


def test_unrecognised_columns_are_named(db, tmp_path):
    export = tmp_path / "other.csv"
    export.write_text("Nr;Klant;Dag\n1;111111111111;03/11/2026\n", encoding="utf-8")
    result = run("reconcile", export, "--db", db, "--dry-run")
    assert result.returncode == 1
    assert "niet herkend als een Pluxee-export" in result.stderr
    assert "gevonden kolommen: Nr, Klant, Dag" in result.stderr
