"""`inharmony-desktop switchover`: the plan printed, applied only with --apply."""

import subprocess
import sys

import pytest

from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.services.payment_modes import history
from tests.core.split_fixtures import D, customer, helper, prestation, split_of, user_number


def cli(*args):
    return subprocess.run([sys.executable, "-m", "inharmony_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def paper_db(db_path):
    open_database(db_path)
    un = user_number(customer())
    hid = helper()
    ids = [prestation(un, hid, D(2026, 3, day), 3) for day in (2, 9, 16)]
    close_database()
    return db_path, un, ids


def test_plan_is_printed_and_applied_only_on_request(paper_db):
    path, un, ids = paper_db
    shown = cli("switchover", "123456789012", "--paper", "4", "--from", "2026-03-01",
                "--db", path)
    assert shown.returncode == 0, shown.stderr
    assert "09/03/2026  3 u  1 papier / 2 elektronisch  (papier over: 0)  <- gesplitst" in shown.stdout
    assert "Elektronisch vanaf 16/03/2026" in shown.stdout
    open_database(path)
    assert split_of(ids[1]) == (3, 0, False)
    close_database()
    applied = cli("switchover", "123456789012", "--paper", "4", "--from", "01/03/2026",
                  "--apply", "--db", path)
    assert applied.returncode == 0, applied.stderr
    open_database(path)
    assert [split_of(i) for i in ids] == [(3, 0, False), (1, 2, True), (0, 3, False)]
    assert history(un).mode_on(D(2026, 3, 16)) == "electronic"
    close_database()


def test_bad_input_exits_non_zero_and_changes_nothing(paper_db):
    path, _, _ = paper_db
    result = cli("switchover", "999999999999", "--paper", "4", "--db", path)
    assert result.returncode == 1
    assert "bestaat niet" in result.stderr
    result = cli("switchover", "123456789012", "--paper", "-3", "--apply", "--db", path)
    assert result.returncode == 1
    assert "tussen 0 en 2000" in result.stderr
