"""What the File menu's "Make a backup" and "Restore a backup…" do.

The actions themselves are declared in `ui/actions.py`; the main window
connects them to `BackupController.make_backup` / `restore_backup` and
`database_restored` to a full refresh (ids in the undo stack are no longer
valid then). Dialogs go through module-level seams (`choose_backup`,
`confirm_restore`, `inform`, `show_error`) so tests can answer them. The
automatic backups run in `ui/safety_tasks.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui import crash
from inharmony_desktop.ui.dialogs import restore


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


choose_backup: Callable = restore.ask
show_error: Callable[[QWidget | None, KnownError], None] = crash.show_known_error


class BackupController(QObject):
    """Signals: `database_restored()` after the open database was replaced by a backup."""

    database_restored = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        # Set by the composition root: whether the background check or backup still runs.
        self.background_busy: Callable[[], bool] = lambda: False

    @Slot()
    def make_backup(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = backups.make_backup()
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self.parent_widget, exc)
            return
        QApplication.restoreOverrideCursor()
        size = QLocale().formattedDataSize(path.stat().st_size, 1)
        inform(self.parent_widget, QCoreApplication.translate("BackupActions", "Backup made"),
               QCoreApplication.translate(
                   "BackupActions", "The backup was written and checked:\n{path} ({size})"
               ).format(path=path, size=size))

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
