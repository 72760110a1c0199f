"""The crash handler: bugs get the dialog and the log, known errors a message."""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys

import peewee
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, database
from inharmony_desktop.ui import crash


@pytest.fixture
def handler(qapp, tmp_path):
    h = crash.install_crash_handler(log_folder=tmp_path / "logs")
    asked, known = [], []
    h.ask = lambda parent, summary, details, log_path: asked.append((summary, details)) or False
    h.show_known = lambda parent, error: known.append(str(error))
    h.asked, h.known = asked, known
    yield h
    sys.excepthook = sys.__excepthook__
    for hnd in list(crash.log.handlers):
        crash.log.removeHandler(hnd)
        hnd.close()


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:  # handed to the hook as Qt would
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_a_bug_is_logged_with_traceback_and_shown_in_the_dialog(handler, tmp_path):
    _raise(ZeroDivisionError("division by zero"))
    assert len(handler.asked) == 1
    summary, details = handler.asked[0]
    assert summary == "ZeroDivisionError: division by zero"
    assert "Traceback" in details and "_raise" in details
    text = (tmp_path / "logs" / "inharmony.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero" in text and "Traceback" in text


@pytest.mark.parametrize("exc, words", [
    (KnownError("Klantnummer K1 bestaat al."), "bestaat al"),
    (OSError(errno.ENOSPC, "No space left on device", "/data/x.csv"), "schijf is vol"),
    (PermissionError(errno.EACCES, "Permission denied", "/ro/x.pdf"), "geen toegang"),
    (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen"),
    (peewee.OperationalError("database is locked"), "bezet"),
    (peewee.IntegrityError("UNIQUE constraint failed: customer.reference"), "uniek"),
])
def test_environment_failures_are_messages_not_crashes(handler, exc, words):
    _raise(exc)
    assert handler.asked == []
    assert len(handler.known) == 1 and words in handler.known[0]
    assert handler.crashes == 0


def test_log_file_rotates(handler, tmp_path):
    for i in range(40):
        crash.log.error("regel %d %s", i, "x" * 50_000)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert "inharmony.log.1" in files
    assert len(files) <= crash.LOG_BACKUPS + 1


def test_a_half_done_transaction_is_rolled_back(handler, db):
    database.obj.begin()
    Customer.create(reference="HALF", name="Half", postal_code="3940", city="Peer")
    _raise(RuntimeError("bug in het midden"))
    assert not database.obj.in_transaction()
    assert Customer.select().count() == 0


def test_choosing_close_quits_the_program(handler, qtbot, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    handler.ask = lambda *args: True
    _raise(ValueError("kapot"))
    assert quits == [True]


def test_crash_dialog_speaks_plain_words(qtbot, tmp_path, monkeypatch):
    shown = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["info"] = box.informativeText()
        shown["details"] = box.detailedText()
        shown["buttons"] = [b.text() for b in box.buttons()]
        box.grab().save(str(tmp_path / "crash.png"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    crash.ask_after_crash(None, "ValueError: kapot", "Traceback ...", tmp_path / "x.log")
    assert "ValueError: kapot" in shown["text"]
    assert "not been saved" in shown["info"] or "niet opgeslagen" in shown["info"]
    assert str(tmp_path / "x.log") in shown["info"]
    assert shown["details"] == "Traceback ..."
    assert len(shown["buttons"]) >= 2


def test_logging_setup_is_idempotent(tmp_path):
    first = crash.setup_logging(tmp_path)
    second = crash.setup_logging(tmp_path)
    assert first == second
    ours = [h for h in crash.log.handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1
    for hnd in ours:
        crash.log.removeHandler(hnd)
        hnd.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_log_is_readable_by_the_user_only_whatever_the_umask(tmp_path, loose_umask):
    path = crash.setup_logging(tmp_path / "logs")
    try:
        crash.log.info("a line with a customer's name")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        for handler in [h for h in crash.log.handlers
                        if isinstance(h, logging.handlers.RotatingFileHandler)]:
            crash.log.removeHandler(handler)
            handler.close()
