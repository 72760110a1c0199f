"""Ask the year (and, for a batch, the folder) of the yearly statements.

`StatementOptionsDialog.ask(parent, with_folder=...)` returns a
`StatementOptions` or None when cancelled; tests replace `ask`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.ui.messages import error_label


@dataclass(frozen=True)
class StatementOptions:
    year: int
    folder: Path | None = None


def proposed_folder(year: int) -> Path:
    """Documents/Inharmony/Jaaroverzichten/2025: where the office keeps a year's PDFs."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Inharmony" / "Jaaroverzichten" / str(year)


def default_year(today: dt.date | None = None) -> int:
    """In the first half of the year the office prints last year's statements (the tax
    return); later in the year, the current year's."""
    today = today or clock.today()
    return today.year - 1 if today.month <= 6 else today.year


class StatementOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, with_folder: bool,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Yearly statements") if with_folder
                            else self.tr("Yearly statement"))
        self.year = QSpinBox(self)
        self.year.setRange(2016, clock.today().year + 1)
        self.year.setValue(default_year())
        form = QFormLayout()
        form.addRow(self.tr("Year of the orders"), self.year)
        self.folder: QLineEdit | None = None
        if with_folder:
            self._proposed = str(proposed_folder(self.year.value()))
            self.folder = QLineEdit(str(folder) if folder else self._proposed, self)
            self.year.valueChanged.connect(self._year_changed)
            browse = QPushButton(self.tr("Browse…"), self)
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.folder, 1)
            row.addWidget(browse)
            form.addRow(self.tr("Folder for the PDFs"), row)
        self.error = error_label(self)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460 if with_folder else 280)

    def _year_changed(self, year: int) -> None:
        """The proposed folder follows the year, as long as the user did not choose one."""
        assert self.folder is not None
        if self.folder.text() == self._proposed:
            self._proposed = str(proposed_folder(year))
            self.folder.setText(self._proposed)

    def _browse(self) -> None:
        assert self.folder is not None
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def options(self) -> StatementOptions:
        folder = Path(self.folder.text().strip()) if self.folder is not None else None
        return StatementOptions(self.year.value(), folder)

    def accept(self) -> None:
        if self.folder is not None:
            text = self.folder.text().strip()
            if not text or (Path(text).exists() and not Path(text).is_dir()):
                self.error.setText(self.tr("Choose a folder for the PDFs."))
                self.error.show()
                return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, with_folder: bool,
            folder: Path | None = None) -> StatementOptions | None:
        dialog = cls(parent, with_folder=with_folder, folder=folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
