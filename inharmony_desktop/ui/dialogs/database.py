"""Which database this PC works on: its own file, or the office's PostgreSQL server.

The choice is saved for this PC only (`core.db_choice`) and takes effect at
the next start. Saving a server first connects to it once, so a typing error
cannot lock the PC out of its data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from inharmony_desktop.core import db_choice
from inharmony_desktop.core.db import default_database_path, is_url
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.dialogs.form import FormDialog, translate

OK_STYLE = "color: #1e7e34;"


class DatabaseDialog(FormDialog):
    """`value` after acceptance: the server URL, or "" for this PC's own file."""

    def __init__(self, parent: QWidget | None, current: str | None = None) -> None:
        super().__init__(parent, self.tr("Database"))
        self.setMinimumWidth(520)
        current = current if current is not None else db_choice.saved_database()
        self.local = QRadioButton(self.tr("This PC's own file"), self)
        self.server = QRadioButton(self.tr("The office server (PostgreSQL)"), self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.form.addRow(self.local)
        self.form.addRow(QLabel(str(default_database_path()), self))
        self.form.addRow(self.server)
        address = (db_choice.ServerAddress.from_url(current)
                   if current and is_url(current) else db_choice.ServerAddress(host=""))
        self.host = self.add_field("host", self.tr("Server"), QLineEdit(address.host, self))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.add_field("port", self.tr("Port"), self.port)
        self.database = self.add_field("database", self.tr("Database name"),
                                       QLineEdit(address.database, self))
        self.user = self.add_field("user", self.tr("User"), QLineEdit(address.user, self))
        self.password = QLineEdit(address.password, self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("password", self.tr("Password"), self.password)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.test_button)
        box.addWidget(self.test_result, 1)
        self.form.addRow(row)
        self.form.addRow(QLabel(self.tr("The change takes effect when the program starts again."),
                                self))
        self.test_button.clicked.connect(self.test_connection)
        self.server.toggled.connect(self._enable_server_fields)
        (self.server if current and is_url(current) else self.local).setChecked(True)
        self._enable_server_fields(self.server.isChecked())

    def _enable_server_fields(self, on: bool) -> None:
        for widget in (self.host, self.port, self.database, self.user, self.password,
                       self.test_button):
            widget.setEnabled(on)

    def address(self) -> db_choice.ServerAddress:
        return db_choice.ServerAddress(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            password=self.password.text(),
        )

    def collect(self) -> str:
        if self.local.isChecked():
            return ""
        address = self.address()
        missing = {name: self.tr("Required.") for name in ("host", "database", "user")
                   if not getattr(address, name)}
        if missing:
            raise ValidationError(missing)
        return address.url()

    def validate(self, value: str) -> None:
        self.test_result.clear()
        if value:
            self._show_result(db_choice.probe(value))

    def test_connection(self) -> None:
        self.clear_errors()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            url = self.collect()
            self._show_result(db_choice.probe(url))
        except KnownError as exc:
            self.test_result.clear()
            self.show_errors(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show_result(self, text: str) -> None:
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(text)


def choose_database(parent: QWidget | None) -> bool:
    """Ask, and save the choice for this PC; True when it was saved."""
    target = DatabaseDialog.ask(parent)
    if target is None:
        return False
    try:
        db_choice.save_database(target or None)
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    QMessageBox.information(parent, translate("DatabaseDialog", "Database"), translate(
        "DatabaseDialog", "Saved. Start the program again to work on {database}.").format(
            database=db_choice.describe(target or default_database_path())))
    return True
