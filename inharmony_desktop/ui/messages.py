"""The one path from a refused operation to the user, and confirmations.

Both are module functions so that tests can replace them (monkeypatch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inharmony_desktop.core.errors import KnownError

ERROR_STYLE = "color: #c0392b;"


def error_label(parent: QWidget, name: str = "") -> QLabel:
    """The red line under a field or above a dialog's buttons that says what is wrong."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def show_error(parent: QWidget | None, error: KnownError | str) -> None:
    """A refused operation: the core's Dutch message, and its details if any."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Not possible"),
        str(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    details = getattr(error, "details", None)
    if details:
        box.setDetailedText("\n".join(details))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
