"""What the user sees when something goes wrong, and the log that remembers it.

`install_crash_handler()` replaces `sys.excepthook`. A `KnownError` (or an
environment failure that `core.failures` recognises: full disk, locked
database, read-only folder, constraint) is shown as a plain message. Anything
else is a bug: its traceback goes to a rotating log file in the user data
folder and a dialog says in plain words what happened, that the change that
was being made is not saved (every change is one transaction) and where the
log is. The user may carry on or close the program.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_dir
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inharmony_desktop import APP_NAME, ORG_NAME
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.failures import as_known_error

LOG_NAME = "inharmony.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
log = logging.getLogger("inharmony_desktop")


def default_log_folder() -> Path:
    return Path(user_data_dir(APP_NAME, ORG_NAME, roaming=False)) / "logs"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (5 × 1 MB) in `folder`; returns the log file. Idempotent."""
    folder = folder or default_log_folder()
    path = folder / LOG_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():  # the user's only, whatever the umask (names and amounts)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return path  # no log rather than no program; the dialog still shows the details
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path



def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    """A refused operation or an environment problem: a message, not a crash."""
    from inharmony_desktop.ui import messages

    messages.show_error(parent, error)


def ask_after_crash(parent: QWidget | None, summary: str, details: str, log_path: Path) -> bool:
    """The crash dialog; True when the user wants to close the program."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
    box.setText(QCoreApplication.translate(
        "Crash", "Something went wrong in the program: {what}").format(what=summary))
    box.setInformativeText(QCoreApplication.translate("Crash",
        "The change you were making has not been saved; everything saved before it is safe. "
        "The details were written to {log}. You can carry on, or close the program and "
        "start it again.").format(log=log_path))
    box.setDetailedText(details)
    keep = box.addButton(QCoreApplication.translate("Crash", "Carry on"),
                         QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("Crash", "Close the program"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is close


class CrashHandler:
    """The `sys.excepthook`; `show_known` and `ask` are seams for tests."""

    def __init__(self, parent: Callable[[], QWidget | None], log_path: Path) -> None:
        self.parent = parent
        self.log_path = log_path
        self.show_known: Callable[[QWidget | None, KnownError], None] = show_known_error
        self.ask: Callable[[QWidget | None, str, str, Path], bool] = ask_after_crash
        self._busy = False
        self.crashes = 0

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        known = as_known_error(value)
        if known is not None:
            log.warning("refused: %s", known)
            if not self._busy:
                self._show(lambda: self.show_known(self.parent(), known))
            return
        self.crashes += 1
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if self._busy or QApplication.instance() is None:
            sys.__stderr__.write(details)  # a crash inside the crash dialog: do not loop
            return
        _roll_back_open_transaction()
        summary = f"{kind.__name__}: {value}"[:300]
        close = False
        self._busy = True
        try:
            close = self.ask(self.parent(), summary, details, self.log_path)
        finally:
            self._busy = False
        if close:
            QApplication.closeAllWindows()
            QApplication.quit()

    def _show(self, show: Callable[[], None]) -> None:
        self._busy = True
        try:
            show()
        finally:
            self._busy = False


def _roll_back_open_transaction() -> None:
    """A bug in the middle of a change must not leave half of it to be committed later."""
    from inharmony_desktop.core.services.base import roll_back_open_transaction

    try:
        if roll_back_open_transaction():
            log.warning("an open transaction was rolled back after the error")
    except Exception:  # the crash path must not crash
        log.exception("rollback after the error failed")


def install_crash_handler(parent: Callable[[], QWidget | None] = lambda: None,
                          log_folder: Path | None = None) -> CrashHandler:
    handler = CrashHandler(parent, setup_logging(log_folder))
    sys.excepthook = handler
    return handler
