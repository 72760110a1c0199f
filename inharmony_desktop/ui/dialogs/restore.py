"""Pick a backup to restore: date, size and what it holds, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services.backups import BackupInfo


def _size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class RestoreDialog(QDialog):
    """The list of backups; `chosen()` is the selected file after `accept()`."""

    def __init__(self, backups: list[BackupInfo], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = backups
        intro = QLabel(self.tr(
            "Choose the backup to put back. The data as it is now is backed up first, so "
            "the restore itself can be undone by restoring that backup.\nBackup folder: {folder}"
        ).format(folder=folder))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Customers"), self.tr("Prestations")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        locale = QLocale()
        for row, info in enumerate(backups):
            date = locale.toString(info.taken_at, "dd/MM/yyyy HH:mm")
            if "voor-terugzetten" in info.path.name:
                date += " " + self.tr("(before a restore)")
            cells = [date, _size_text(info.size)]
            if info.readable:
                cells += [locale.toString(info.customers), locale.toString(info.prestations)]
            else:
                cells += [self.tr("damaged"), ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.readable:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.restore_button.isEnabled() and self.accept())
        empty = QLabel(self.tr("There are no backups in this folder yet."))
        empty.setVisible(not backups)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        first_good = next((i for i, b in enumerate(backups) if b.readable), None)
        if first_good is not None:
            self.table.selectRow(first_good)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if info.readable else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)


def ask(parent: QWidget | None, backups: list[BackupInfo], folder: Path) -> BackupInfo | None:
    """Show the dialog; the chosen backup, or None when cancelled."""
    dialog = RestoreDialog(backups, folder, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen()
    return None
