"""Backups and the check on a server database: pg_dump instead of SQLite's
backup API, a read of every table instead of PRAGMA integrity_check."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from inharmony_desktop.cli import main
from inharmony_desktop.core import server_tools
from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import MODELS, Customer
from inharmony_desktop.core.services import backups
from tests.conftest import empty_server_database
from tests.core import factories

UNREACHABLE = "postgresql://kantoor:geheim123@127.0.0.1:1/inharmony"


def test_checking_an_unreachable_server_fails_in_one_line_without_the_password(capsys):
    code = main(["check", "--db", UNREACHABLE])

    captured = capsys.readouterr()
    assert code == 1
    assert "niet leesbaar" in captured.err
    assert "geheim123" not in captured.err + captured.out


@pytest.mark.postgres
def test_a_server_backup_can_be_restored_into_an_empty_database(server_url, tmp_path):
    db = open_database(server_url)
    factories.customer("K1", name="Peeters")
    env = server_tools.server_environment(db)
    dump = backups.make_backup(to=tmp_path / "kantoor.dump")
    close_database()
    assert dump.stat().st_size > 0
    assert not (tmp_path / "kantoor.dump.deel").exists()

    empty_server_database(server_url)
    restored = subprocess.run(["pg_restore", "--no-owner", "--dbname", env["PGDATABASE"],
                               str(dump)], env=env, capture_output=True, text=True)

    assert restored.returncode == 0, restored.stderr
    open_database(server_url, create=False)
    assert [c.name for c in Customer.select()] == ["Peeters"]
    close_database()


@pytest.mark.postgres
def test_the_backup_command_on_a_server_writes_a_dump(server_url, tmp_path, capsys):
    code = main(["backup", "--db", server_url, "--to", str(tmp_path / "nacht.dump")])

    assert code == 0
    assert "Back-up gemaakt" in capsys.readouterr().out
    assert (tmp_path / "nacht.dump").read_bytes()[:5] == b"PGDMP"


@pytest.mark.postgres
def test_without_pg_dump_the_backup_says_what_to_do(server_url, tmp_path, monkeypatch):
    open_database(server_url)
    monkeypatch.setattr(shutil, "which", lambda _name: None)

    with pytest.raises(KnownError, match="pg_dump is niet geïnstalleerd"):
        backups.make_backup(to=tmp_path / "x.dump")

    assert list(tmp_path.iterdir()) == []
    close_database()


@pytest.mark.postgres
def test_the_check_reads_every_table_of_the_server(server_url, capsys):
    open_database(server_url)
    close_database()

    code = main(["check", "--db", server_url])

    assert code == 0
    assert f"in orde ({len(MODELS)} tabellen" in capsys.readouterr().out
