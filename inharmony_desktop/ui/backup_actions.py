"""The menu actions "Make a backup" and "Restore a backup…" and the automatic backups.

`BackupActions` owns the two QActions; the main window puts them in its File
menu and connects `database_restored` to a full refresh. `auto_backup()` is
called once the database is open and again when the window closes (the core
makes at most one automatic backup per day). Dialogs go through module-level
seams (`choose_backup`, `confirm_restore`, `inform`, `show_error`) so tests can
answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui import crash
from inharmony_desktop.ui.dialogs import restore

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def confirm_restore(parent: QWidget | None, info: backups.BackupInfo) -> bool:
    when = QLocale().toString(info.taken_at, "dd/MM/yyyy HH:mm")
    answer = QMessageBox.question(
        parent, tr("Restore a backup"),
        tr("Put back the backup of {when}? Everything entered after it is replaced by the "
           "data in the backup. The data as it is now is backed up first.").format(when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


choose_backup: Callable = restore.ask
show_error: Callable[[QWidget | None, KnownError], None] = crash.show_known_error


def auto_backup() -> None:
    """The automatic backup at start or close; a failure is logged, never blocks work."""
    try:
        made = backups.auto_backup()
    except KnownError as exc:
        log.warning("automatic backup failed: %s", exc)
        return
    if made is not None:
        log.info("automatic backup %s", made)


class BackupActions(QObject):
    """Signals: `database_restored()` after the open database was replaced by a backup."""

    database_restored = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.make_backup = QAction(tr("Make a &backup"), self)
        self.make_backup.setStatusTip(tr("Write a checked copy of the database to the backup "
                                         "folder now"))
        self.restore_backup = QAction(tr("&Restore a backup…"), self)
        self.restore_backup.setStatusTip(tr("Replace the data by one of the backups"))
        self.make_backup.triggered.connect(self.on_make_backup)
        self.restore_backup.triggered.connect(self.on_restore_backup)

    def actions(self) -> list[QAction]:
        return [self.make_backup, self.restore_backup]

    @Slot()
    def on_make_backup(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = backups.make_backup()
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self.parent_widget, exc)
            return
        QApplication.restoreOverrideCursor()
        size = QLocale().formattedDataSize(path.stat().st_size, 1)
        inform(self.parent_widget, tr("Backup made"),
               tr("The backup was written and checked:\n{path} ({size})").format(
                   path=path, size=size))

    @Slot()
    def on_restore_backup(self) -> None:
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
        inform(self.parent_widget, tr("Backup restored"),
               tr("The backup has been put back. The data from before the restore was kept "
                  "in {path}.").format(path=safety_copy))
