"""What the File menu's "Make a backup" and "Restore a backup…" do.

The actions themselves are declared in `ui/actions.py`; the main window
connects them to `BackupController.make_backup` / `restore_backup` and
`database_restored` to a full refresh (ids in the undo stack are no longer
valid then). Dialogs go through module-level seams (`choose_backup`,
`confirm_restore`, `inform`, `show_error`) so tests can answer them. The
automatic backups run in `ui/safety_tasks.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_time_text, size_text
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui import crash
from inharmony_desktop.ui.workers import TaskRun, TaskWorker


def confirm_restore(parent: QWidget | None, info: backups.BackupInfo) -> bool:
    when = QLocale().toString(info.taken_at, "dd/MM/yyyy HH:mm")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("BackupActions", "Restore a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Put back the backup of {when}? Everything entered after it is replaced by the "
            "data in the backup. The data as it is now is backed up first.").format(when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_backup(*args, **kwargs):
    """`restore.ask`, imported when a backup is put back rather than with the window."""
    from inharmony_desktop.ui.dialogs import restore

    return restore.ask(*args, **kwargs)


show_error: Callable[[QWidget | None, KnownError], None] = crash.show_known_error


class BackupStatus(QLabel):
    """The status bar's "Last backup: 02/12/2026 09:15" (red when older than a week)."""

    STALE_AFTER = dt.timedelta(days=7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_status")

    @Slot()
    def refresh(self) -> None:
        try:
            taken = backups.last_backup_time()
        except (KnownError, OSError):
            taken = None
        if taken is None:
            self.setText(self.tr("No backup yet"))
            self.setStyleSheet("color: #c0392b;")
            return
        self.setText(self.tr("Last backup: {when}").format(when=date_time_text(taken)))
        old = clock.now() - taken > self.STALE_AFTER
        self.setStyleSheet("color: #c0392b;" if old else "")


class BackupController(QObject):
    """Signals: `database_restored()` after the open database was replaced by a backup."""

    database_restored = Signal()
    backup_made = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        # Set by the composition root: whether the background check or backup still runs.
        self.background_busy: Callable[[], bool] = lambda: False
        self.run: TaskRun | None = None

    @Slot()
    def make_backup(self) -> None:
        """File › Make a backup: off the GUI thread, with a progress dialog (a large
        database takes a quarter of a minute to copy and check)."""
        translate = QCoreApplication.translate
        self.run = TaskRun(self.parent_widget, translate("BackupActions", "Make a backup"),
                           translate("BackupActions", "Writing and checking the backup…"),
                           TaskWorker(lambda _progress, _cancel: backups.make_backup()))
        self.run.progress.setCancelButton(None)  # a half backup is never kept anyway
        self.run.finished_with.connect(self._backup_finished)
        self.run.start()

    def _backup_finished(self, outcome: str, payload: object) -> None:
        self.run = None
        if outcome == "failed":
            show_error(self.parent_widget, payload)  # type: ignore[arg-type]
            return
        if outcome != "done":
            return
        path = payload
        self.backup_made.emit()
        inform(self.parent_widget, QCoreApplication.translate("BackupActions", "Backup made"),
               QCoreApplication.translate(
                   "BackupActions", "The backup was written and checked:\n{path} ({size})"
               ).format(path=path, size=size_text(path.stat().st_size)))

    @Slot()
    def restore_backup(self) -> None:
        if self.background_busy():
            show_error(self.parent_widget, KnownError(QCoreApplication.translate(
                "BackupActions", "A backup or check of the database is still running in the "
                "background. Try again in a minute.")))
            return
        try:
            folder = backups.backup_folder()
            found = backups.list_backups(folder)
        except KnownError as exc:
            show_error(self.parent_widget, exc)
            return
        info = choose_backup(self.parent_widget, found, folder)
        if info is None or not confirm_restore(self.parent_widget, info):
            return
        try:
            safety_copy = backups.restore_backup(info.path)
        except KnownError as exc:
            show_error(self.parent_widget, exc)
            return
        self.database_restored.emit()
        inform(self.parent_widget, QCoreApplication.translate("BackupActions", "Backup restored"),
               QCoreApplication.translate(
                   "BackupActions",
                   "The backup has been put back. The data from before the restore was kept "
                   "in {path}.").format(path=safety_copy))
