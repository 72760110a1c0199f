"""Opening the database at start, with a clear answer to every check that fails.

`open_at_start(target, parent)` runs `core.safety.open_checked` and talks the
user through what it refuses:

- the lock is held: who and where. A lock whose program crashed on this PC
  is taken over by the core itself (the window says so in its status bar);
  an old or unreadable lock of another PC may be taken over after confirmation;
- a network drive or synced folder: the explanation, with the choice to allow
  it on this PC from now on (the local override) or to stop;
- a damaged file: the newest good backup beside it is offered; the damaged
  file is kept aside, never deleted;
- a newer program version, or anything else the core refuses: the message.

It returns the opened database, or None when the program should stop. Each
question goes through a module-level seam (`ask_*`, `tell`) for tests.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from inharmony_desktop import APP_NAME
from inharmony_desktop.core import clock, safety
from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.lock import LockHeldError
from inharmony_desktop.core.services import backups

MAX_ROUNDS = 4



def _question(parent: QWidget | None, text: str, yes: str, no: str,
              icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> bool:
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_take_over(parent: QWidget | None, error: LockHeldError) -> bool:
    return _question(parent, str(error) + "\n\n" + QCoreApplication.translate("Startup",
        "Take over the lock only if you are sure the program is no longer open there; "
        "two programs writing at once can lose data."),
        QCoreApplication.translate("Startup", "Take over the lock"),
        QCoreApplication.translate("Startup", "Stop"))


def ask_allow_location(parent: QWidget | None, error: safety.UnsafeLocationError) -> bool:
    return _question(parent, str(error),
                     QCoreApplication.translate("Startup", "Allow on this PC from now on"),
                     QCoreApplication.translate("Startup", "Stop"))


def ask_restore_damaged(parent: QWidget | None, error: KnownError, backup: Path,
                        taken: dt.datetime) -> bool:
    when = QLocale().toString(taken, "dd/MM/yyyy HH:mm")
    question = QCoreApplication.translate(
        "Startup",
        "The newest good backup is from {when}. Put it back? The damaged file is kept "
        "beside it, renamed, so nothing is thrown away.").format(when=when)
    return _question(parent, str(error) + "\n\n" + question,
                     QCoreApplication.translate("Startup", "Restore the backup"),
                     QCoreApplication.translate("Startup", "Stop"), QMessageBox.Icon.Critical)


def tell(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error),
                      QMessageBox.StandardButton.Close, parent)
    if error.details:
        box.setDetailedText("\n".join(error.details))
    box.exec()


def _resolve(target: str | Path | None) -> str | Path:
    from inharmony_desktop.core.db_choice import default_target

    return target if target is not None else default_target()


def _put_back_newest_backup(path: Path, parent: QWidget | None,
                            error: safety.DamagedDatabaseError) -> bool:
    folder = path.parent / "backups"
    good = backups.newest_good_backup(folder)
    if good is None:
        tell(parent, KnownError(str(error) + " " + QCoreApplication.translate("Startup",
            "There is no good backup in {folder}; ask for help before doing anything else "
            "with this file.").format(folder=folder), details=error.details))
        return False
    taken = next(i.taken_at for i in backups.list_backups(folder) if i.path == good)
    if not ask_restore_damaged(parent, error, good, taken):
        return False
    aside = path.with_name(f"{path.name}.beschadigd-{clock.now():%Y%m%d-%H%M%S}")
    os.replace(path, aside)
    backups.replace_database_file(path, good)
    return True


def recover_damaged(parent: QWidget | None, db_path: Path, problems: list[str]) -> bool:
    """The background check found damage in the open database: offer the newest good
    backup. True when it was put back (the database is open again on it); False when
    the user chose to stop (the database is closed; the program should end)."""
    error = safety.damaged_error(db_path, problems)
    if not isinstance(error, safety.DamagedDatabaseError):
        tell(parent, error)  # the disk, not the file: there is nothing to restore
        return True
    dbmod.close_database()
    try:
        restored = _put_back_newest_backup(db_path, parent, error)
    except (KnownError, OSError) as failure:
        tell(parent, KnownError(str(failure)))
        return False
    if restored:
        dbmod.open_database(db_path, create=False)
    return restored


def open_at_start(target: str | Path | None, parent: QWidget | None = None, *,
                  quick_check: bool = True) -> safety.OpenedDatabase | None:
    """Open the database for the window, or None when it must not be opened.

    With `quick_check=False` the caller runs the check in the background
    (`ui/safety_tasks.py`) and calls `recover_damaged` when it fails.
    """
    target = _resolve(target)
    take_over = None
    allow = None
    for _ in range(MAX_ROUNDS):
        try:
            return safety.open_checked(target, allow_unsafe_location=allow, take_over=take_over,
                                       quick_check=quick_check)
        except LockHeldError as exc:
            if not exc.can_take_over or not ask_take_over(parent, exc):
                if not exc.can_take_over:
                    tell(parent, exc)
                return None
            take_over = exc.owner
        except safety.UnsafeLocationError as exc:
            if not ask_allow_location(parent, exc):
                return None
            safety.set_local_override(True)
            allow = True
        except safety.DamagedDatabaseError as exc:
            # the lock was released by open_checked; nothing has the file open now
            try:
                if not _put_back_newest_backup(Path(target), parent, exc):
                    return None
            except (KnownError, OSError) as failure:
                tell(parent, KnownError(str(failure)))
                return None
            take_over = None
        except KnownError as exc:
            tell(parent, exc)
            return None
    return None
