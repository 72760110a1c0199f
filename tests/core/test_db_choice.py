"""Which database a PC opens without --db: environment, its own saved choice, or the file."""

from __future__ import annotations

import json

import pytest

from inharmony_desktop.core import db_choice
from inharmony_desktop.core.db import default_database_path
from inharmony_desktop.core.errors import KnownError

SERVER = "postgresql://inharmony:geheim@kantoor-server:5432/inharmony"


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    monkeypatch.delenv(db_choice.ENVIRONMENT_VARIABLE, raising=False)
    return tmp_path / "config" / "local.json"


def test_without_a_choice_the_local_file_is_opened(settings_file):
    assert db_choice.default_target(settings_file) == default_database_path()


def test_the_saved_server_url_is_opened_and_other_entries_are_kept(settings_file):
    settings_file.parent.mkdir()
    settings_file.write_text(json.dumps({"allow_unsafe_database_location": True}))

    db_choice.save_database(SERVER, settings_file)

    assert db_choice.default_target(settings_file) == SERVER
    data = json.loads(settings_file.read_text())
    assert data == {"allow_unsafe_database_location": True, "database": SERVER}


def test_forgetting_the_choice_goes_back_to_the_file(settings_file):
    db_choice.save_database(SERVER, settings_file)
    db_choice.save_database(None, settings_file)

    assert db_choice.default_target(settings_file) == default_database_path()


def test_the_environment_wins(settings_file, monkeypatch):
    db_choice.save_database(SERVER, settings_file)
    monkeypatch.setenv(db_choice.ENVIRONMENT_VARIABLE, "/data/test.db")

    assert db_choice.default_target(settings_file) == "/data/test.db"


def test_a_relative_path_is_refused(settings_file):
    with pytest.raises(KnownError, match="volledig pad"):
        db_choice.save_database("inharmony.db", settings_file)
    assert not settings_file.exists()


def test_a_damaged_settings_file_is_ignored(settings_file):
    settings_file.parent.mkdir()
    settings_file.write_text("{niet af")

    assert db_choice.default_target(settings_file) == default_database_path()


def test_the_description_hides_the_password():
    assert db_choice.describe(SERVER) == (
        "Server: postgresql://inharmony:***@kantoor-server:5432/inharmony"
    )
