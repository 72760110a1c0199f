"""`inharmony-desktop payroll --month YYYY-MM --out DIR`: warnings first, then the files;
a bad month is one Dutch line and a non-zero exit, an empty month writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inharmony_desktop import cli
from inharmony_desktop.core import clock
from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.lock import lock_path_for
from tests.payroll_world import make_world


@pytest.fixture
def office(db_url, monkeypatch):
    # Only this sub-command: the test must not depend on the others being present.
    monkeypatch.setattr(cli, "SUBCOMMANDS", [cli.payroll.add_payroll])
    open_database(db_url)
    make_world()
    close_database()
    return db_url


def test_a_month_prints_the_warnings_then_writes_everything(office, tmp_path, capsys):
    out = tmp_path / "oktober"
    code = cli.main(["--db", office, "payroll", "--month", "2026-10", "--out", str(out)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[0] == "5 waarschuwingen:"
    assert lines[1] == ("  - Ann Peeters (M02): geen INSZ-nummer; het sociaal secretariaat "
                        "heeft het nodig. Vul het in bij de medewerker.")
    assert lines[-1] == (
        f"3 maandstaten (3 pagina's), combined.pdf, kantoor.pdf en payroll-2026-10.csv "
        f"(11 lijnen) geschreven naar {out}; 27 uur gewerkt in oktober 2026.")
    assert len(lines) == 7
    assert sorted(p.name for p in out.iterdir()) == [
        "2026-10_M01_Maria_Vos.pdf", "2026-10_M02_Ann_Peeters.pdf",
        "2026-10_M03_Els_Wouters.pdf", "combined.pdf", "kantoor.pdf", "payroll-2026-10.csv"]


def test_an_empty_month_says_nothing_was_worked_and_exits_zero(office, tmp_path, capsys):
    code = cli.main(["--db", office, "payroll", "--month", "2025-03", "--out",
                     str(tmp_path / "maart")])
    out = capsys.readouterr().out
    assert code == 0
    assert out == ("In maart 2025 is er niets gewerkt en was niemand afwezig: er zijn geen "
                   "maandstaten of CSV geschreven.\n")
    assert not (tmp_path / "maart").exists()


@pytest.mark.parametrize(("month", "message"), [
    ("2026-13", "'2026-13' is geen maand: de maand moet tussen 01 en 12 liggen."),
    ("26-01", "'26-01' is geen maand: schrijf JJJJ-MM, bijvoorbeeld 2026-11."),
    ("abc", "'abc' is geen maand: schrijf JJJJ-MM, bijvoorbeeld 2026-11."),
])
def test_a_bad_month_is_one_dutch_line_and_a_non_zero_exit(office, tmp_path, capsys, month,
                                                            message):
    code = cli.main(["--db", office, "payroll", "--month", month, "--out", str(tmp_path / "x")])
    captured = capsys.readouterr()
    assert code != 0
    assert captured.err == f"inharmony-desktop: fout: {message}\n"
    assert captured.out == ""
    assert not (tmp_path / "x").exists()


def test_as_a_real_process(office, tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "inharmony_desktop", "--db", office,
                               "payroll", *args], capture_output=True, text=True, timeout=120)

    bad = run("--month", "2026-13", "--out", str(tmp_path / "x"))
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    good = run("--month", "2026-10", "--out", str(tmp_path / "ok"))
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "ok" / "payroll-2026-10.csv").read_text(encoding="utf-8-sig") \
        .splitlines()[1] == "M02;;Ann Peeters;2026-10-20;DC01;12"


@pytest.mark.sqlite_only
def test_it_only_reads_so_it_works_while_another_pc_holds_the_database(office, tmp_path, capsys):
    lock = lock_path_for(Path(office))
    lock.write_text(json.dumps({"host": "KANTOOR-2", "user": "els", "pid": 4242,
                                "since": clock.now().isoformat()}))
    before = lock.read_bytes()
    code = cli.main(["--db", office, "payroll", "--month", "2026-10", "--out",
                     str(tmp_path / "oktober")])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "oktober" / "payroll-2026-10.csv").exists()
    assert lock.read_bytes() == before
