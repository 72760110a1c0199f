"""File > Database…: this PC's own file or the office server, saved for this PC."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from inharmony_desktop.core import db_choice
from inharmony_desktop.ui.dialogs.database import DatabaseDialog, choose_database

UNREACHABLE = "postgresql://kantoor:geheim@127.0.0.1:1/inharmony"


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    file = tmp_path / "local.json"
    monkeypatch.setattr(db_choice, "local_settings_file", lambda: file)
    return file


@pytest.fixture
def make_dialog(qtbot):
    def make(current: str | None = "") -> DatabaseDialog:
        dialog = DatabaseDialog(None, current)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_the_own_file_needs_no_server_fields(make_dialog):
    dialog = make_dialog("")

    assert dialog.local.isChecked()
    assert not dialog.host.isEnabled()
    dialog.accept()
    assert dialog.value == ""


def test_a_saved_server_fills_the_fields(make_dialog):
    dialog = make_dialog(UNREACHABLE)

    assert dialog.server.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
        "127.0.0.1", 1, "kantoor")
    assert dialog.password.text() == "geheim"


def test_missing_server_details_are_shown_beside_the_fields(make_dialog):
    dialog = make_dialog("")
    dialog.server.setChecked(True)
    dialog.host.clear()

    dialog.accept()

    assert dialog.value is None
    assert dialog.error_text("host") == "Required."


def test_a_server_that_does_not_answer_is_not_saved(make_dialog):
    dialog = make_dialog(UNREACHABLE)

    dialog.accept()

    assert dialog.value is None
    assert "Geen verbinding" in dialog.general_error.text()
    assert "geheim" not in dialog.general_error.text()


@pytest.mark.postgres
def test_a_working_server_is_tested_and_accepted(make_dialog, server_url):
    dialog = make_dialog(server_url)

    dialog.test_button.click()
    assert "Verbinding gelukt" in dialog.test_result.text()
    dialog.accept()
    assert dialog.value == db_choice.ServerAddress.from_url(server_url).url()


@pytest.mark.postgres
def test_a_wrong_password_clears_an_earlier_success(make_dialog, server_url):
    dialog = make_dialog(server_url)
    dialog.test_button.click()
    dialog.password.setText("fout")

    dialog.accept()

    assert dialog.value is None
    assert dialog.test_result.text() == ""
    assert "password authentication failed" in dialog.general_error.text()


def test_choosing_saves_for_this_pc(settings_file, monkeypatch):
    monkeypatch.setattr(DatabaseDialog, "ask", classmethod(lambda cls, parent: UNREACHABLE))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))

    assert choose_database(None)

    assert db_choice.saved_database(settings_file) == UNREACHABLE
    assert "kantoor:***@127.0.0.1:1" in shown[0]


def test_cancelling_changes_nothing(settings_file, monkeypatch):
    monkeypatch.setattr(DatabaseDialog, "ask", classmethod(lambda cls, parent: None))

    assert not choose_database(None)
    assert not settings_file.exists()
