"""The "Backups" page of the settings dialog: where backups go, and the
per-PC permission to keep the database on a network drive or in a synced folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core import safety
from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.services import settings


def choose_folder(parent: QWidget, start: str) -> str:
    """The folder picker; a seam for tests."""
    title = QCoreApplication.translate("SafetyPage", "Backup folder")
    return QFileDialog.getExistingDirectory(parent, title, start)


class SafetyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        db_path = dbmod.database_path()
        self.default_folder = str(db_path.parent / "backups") if db_path else ""
        self.folder = QLineEdit(settings.get("backup_folder"), self)
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(self.default_folder)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup folder"), row)
        hint = QLabel(self.tr(
            "Empty: the folder 'backups' beside the database. A backup is made when the "
            "program starts and closes (at most once a day); 7 daily, 4 weekly and 12 "
            "monthly backups are kept."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.allow_unsafe = QCheckBox(self.tr(
            "Allow the database on a network drive or in a synced folder on this PC "
            "(not recommended)"), self)
        self.allow_unsafe.setChecked(safety.local_override())
        form.addRow(self.allow_unsafe)

    def _browse(self) -> None:
        chosen = choose_folder(self, self.folder.text() or self.default_folder)
        if chosen:
            self.folder.setText(chosen)

    def values(self) -> dict[str, str]:
        text = self.folder.text().strip()
        if text and not Path(text).expanduser().is_absolute():
            raise ValidationError({"backup_folder": self.tr(
                "The backup folder must be a full path, such as D:\\Backups.")})
        return {"backup_folder": text}

    def allow_unsafe_location(self) -> bool:
        return self.allow_unsafe.isChecked()
