"""The database the window works on, the window itself and its safety tasks, as one.

`WindowSession.start(target)` opens a database through the start-up checks
(`ui/startup.py`), shows a main window on it and starts the background check and
the day's backup (`ui/safety_tasks.py`). `switch_to(target)` puts another
database in its place while the program runs: the old window's work is let
finish, its closing backup made and its lock released, then the other database
opens in a new window. That is for this session only — nothing is saved, so the
next start opens the usual database again (the welcome page's demo uses it;
File › Database… is the way to change the database for good). `finish()` ends
it at exit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inharmony_desktop.core import safety
from inharmony_desktop.core.db import database_path, display_name
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.ui import messages, startup
from inharmony_desktop.ui.safety_tasks import SafetyTasks
from inharmony_desktop.ui.workers import TaskRun, wait_for_all

log = logging.getLogger(__name__)

Target = str | Path | None


class WindowSession:
    """`holder["window"]` always names the current window (the crash handler and the
    SIGTERM handler look there). `build_window(label)` makes the main window on the
    database that is open; `on_damage(window, path, problems)` answers the background
    check's finding."""

    def __init__(self, holder: dict[str, object], build_window: Callable[[str], QWidget],
                 on_damage: Callable[[QWidget, Path, list], None]) -> None:
        self.holder = holder
        self.build_window = build_window
        self.on_damage = on_damage
        self.opened: safety.OpenedDatabase | None = None
        self.window = None
        self.tasks: SafetyTasks | None = None
        self.target: Target = None
        self.closing: TaskRun | None = None  # the day's backup before the window closes

    def start(self, target: Target, parent: QWidget | None = None) -> bool:
        """Open `target` and show a window on it; False when the start-up checks
        refused it (the user was told). A `KnownError` of the window passes through
        with the database closed again."""
        opened = startup.open_at_start(target, parent, quick_check=False)
        if opened is None:
            return False
        try:
            window = self._show_window(target)
        except BaseException:
            opened.close()
            raise
        self.opened, self.target = opened, target
        if opened.takeover_notice:
            log.warning("%s", opened.takeover_notice)
            window.statusBar().showMessage(opened.takeover_notice, 30_000)
        if self.tasks is not None:
            self.tasks.start_checks()
        return True

    def _show_window(self, target: Target):
        from inharmony_desktop.core.db_choice import default_target

        path = database_path()
        window = self.build_window(str(path or display_name(
            target if target is not None else default_target())))
        window.switch_database = self.switch_to
        window.may_close = lambda: self._may_close(window)
        self.window = window
        self.holder["window"] = window
        self.tasks = None
        if path is not None:
            tasks = SafetyTasks(path, window)
            tasks.damaged.connect(lambda problems: self.on_damage(window, path, problems))
            window.backups.background_busy = lambda: tasks.running
            tasks.backup_made.connect(window.backup_status.refresh)
            self.tasks = tasks
        window.show()
        return window

    def switch_to(self, target: Target) -> bool:
        """Work on `target` from now on, in a new window; True when it is open. When it
        cannot be opened, the database of before opens again."""
        old_window, old_target = self.window, self.target
        if old_window is not None:
            old_window.save_state()  # the new window takes over the layout
            old_window.change_watcher.stop()
        self.finish()
        opened = self.start(target, parent=old_window)
        if not opened and not self.start(old_target, parent=old_window):
            log.error("neither %s nor %s could be opened again", target, old_target)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        return opened

    def _may_close(self, window: QWidget) -> bool:
        """True: `window` may close now. Otherwise the day's backup is still to be made: it
        is made behind a progress dialog on the window, which closes when it is done. A
        window closed by a signal (log-out) or by a switch closes at once; `finish()`
        makes the backup then."""
        tasks = self.tasks
        if (window is not self.window or tasks is None or self.holder.get("stop")
                or self.closing is not None or not tasks.backup_due()):
            return True
        self.closing = tasks.closing_backup(window)

        def done(outcome: str, payload: object) -> None:
            if outcome == "done" and payload and payload[0] == "failed":  # type: ignore[index]
                messages.show_error(window, KnownError(QCoreApplication.translate(
                    "WindowSession", "Today's backup could not be made: {reason}").format(
                        reason=payload[1])))  # type: ignore[index]
            window.close()

        self.closing.finished_with.connect(done)
        self.closing.start()
        return False

    def finish(self) -> None:
        """Let the background work end, make the closing backup and close the database."""
        wait_for_all()
        if self.tasks is not None:
            self.tasks.finish()
            self.tasks = None
        if self.opened is not None:
            self.opened.close()
            self.opened = None
