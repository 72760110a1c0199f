"""`inharmony-desktop move --to USER_NUMBER [--force] PRESTATION_ID...`."""

from __future__ import annotations

import pytest

from inharmony_desktop import cli
from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.models import Prestation
from tests import move_world
from tests.move_world import ELS, OLD, PIET, add_prestations, all_snapshots


@pytest.fixture
def setup(db_path):
    open_database(db_path)
    world = move_world.build()
    registered = add_prestations(world, world.jan, 2, status="registered")
    performed = add_prestations(world, world.jan, 1, status="performed")
    close_database()
    yield db_path, world, registered, performed
    close_database()


def _snapshots(db_path):
    open_database(db_path)
    try:
        return all_snapshots()
    finally:
        close_database()


def _run(db_path, *args: str) -> int:
    return cli.main(["move", "--db", str(db_path), *args])


def test_move_prints_what_moved_and_what_needs_a_correction(setup, capsys):
    db_path, world, registered, performed = setup
    ids = [str(i) for i in registered + performed]

    assert _run(db_path, "--to", ELS, *ids) == 0

    out = capsys.readouterr().out
    assert f"3 prestaties verplaatst naar {user_number_text(ELS)} (Els Peeters)." in out
    assert (f"prestatie {registered[0]}: verdeling 0 papier / 3 elektronisch  -> te corrigeren "
            "in Pluxee") in out
    assert "2 prestaties te corrigeren in Pluxee" in out
    open_database(db_path)
    assert {p.user_number_id for p in Prestation.select()} == {world.els}


def test_another_customer_needs_force(setup, capsys):
    db_path, world, registered, _ = setup
    before = _snapshots(db_path)

    assert _run(db_path, "--to", PIET, str(registered[0])) == 1
    err = capsys.readouterr().err
    assert "--force" in err and "niets verplaatst" in err
    assert _snapshots(db_path) == before

    assert _run(db_path, "--force", "--to", PIET, str(registered[0])) == 0
    open_database(db_path)
    assert Prestation.get_by_id(registered[0]).user_number_id == world.piet


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--to", ELS, "999999"], 1, "999999"),
        (["--to", "123412341234", "1"], 1, "bestaat niet"),
        (["--to", OLD, "1"], 1, "niet actief"),
        (["--to", ELS, "twee"], 2, "geen geheel getal"),
        (["--to", ELS], 2, "PRESTATIE_ID"),
    ],
)
def test_bad_input_exits_non_zero_and_changes_nothing(setup, capsys, args, code, message):
    db_path, *_ = setup
    before = _snapshots(db_path)
    if code == 2:
        with pytest.raises(SystemExit) as info:
            _run(db_path, *args)
        assert info.value.code == 2
    else:
        assert _run(db_path, *args) == 1
    assert message in capsys.readouterr().err
    assert _snapshots(db_path) == before


def test_paid_prestation_is_refused(setup, capsys):
    db_path, _, registered, performed = setup
    open_database(db_path)
    Prestation.update(status="paid").where(Prestation.id == performed[0]).execute()
    close_database()
    before = _snapshots(db_path)
    assert _run(db_path, "--to", ELS, *[str(i) for i in registered + performed]) == 1
    assert "betaald" in capsys.readouterr().err
    assert _snapshots(db_path) == before
