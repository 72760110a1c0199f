"""The one path from a refused operation to the user, and confirmations.

Both are module functions so that tests can replace them (monkeypatch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inharmony_desktop.core.errors import KnownError


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
