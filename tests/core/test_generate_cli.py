"""`inharmony-desktop generate`: the dry run explains every skip and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop import cli
from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.models import Prestation
from tests.core.schedule_world import make_world, weekly

D = dt.date


@pytest.fixture
def office(db_path, monkeypatch):
    # Only this sub-command: the test must not depend on the others being present.
    monkeypatch.setattr(cli, "SUBCOMMANDS", [cli.work.add_generate])
    open_database(db_path)
    world = make_world()
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))  # Mondays, Easter Monday skipped
    weekly(world.bart, world.un_janssens, 4, D(2026, 1, 1), every=2)  # every other Friday
    close_database()
    return str(db_path)


def _count(path: str) -> int:
    open_database(path)
    try:
        return Prestation.select().count()
    finally:
        close_database()


def test_dry_run_prints_the_plan_and_every_skip_and_writes_nothing(office, capsys):
    code = cli.main(["--db", office, "generate", "--from", "2026-04-01", "--to", "30/04/2026",
                     "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == (
        "Periode 01/04/2026 tot 30/04/2026: 5 prestaties te maken (15 uur), 1 overgeslagen "
        "(feestdag: 1).")
    assert "overgeslagen 06/04/2026 08:30 Anna Claes bij Peeters Jan (1000 0000 0001): " \
           "feestdag: Paasmaandag" in out
    assert "Proefdraaien: er is niets opgeslagen." in out
    assert _count(office) == 0


def test_generate_writes_once_and_a_second_run_only_skips(office, capsys):
    assert cli.main(["--db", office, "generate", "--from", "2026-04-01", "--to", "2026-04-30"]) == 0
    assert "5 geplande prestaties aangemaakt." in capsys.readouterr().out
    assert cli.main(["--db", office, "generate", "--from", "2026-04-01", "--to", "2026-04-30"]) == 0
    out = capsys.readouterr().out
    assert "0 prestaties te maken" in out and "bestaat al: 5" in out
    assert _count(office) == 5


def test_a_bad_date_is_one_dutch_line_and_exit_code_1(office, capsys):
    code = cli.main(["--db", office, "generate", "--from", "1 april", "--to", "2026-04-30"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == ("inharmony-desktop: fout: De begindatum (--from) is ongeldig; "
                           "schrijf JJJJ-MM-DD of DD/MM/JJJJ.")
