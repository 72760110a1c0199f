"""Help › About: what the program is, its version, the database in use, and the
licences of what it ships, as a short list with a link to each licence.

The DejaVu fonts' licence ships beside the fonts and opens in a window of its
own; the other licences open on their publisher's site; "About Qt" is Qt's
own box. `show_text` and `open_url` are the seams tests replace.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop import APP_NAME, __version__
from inharmony_desktop.core.db import open_database_name
from inharmony_desktop.resources import fonts_dir, icon_path

DEJAVU_LICENCE = "licence:dejavu"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Component:
    name: str
    purpose: str
    licence: str
    url: str  # where the licence text is
    distributions: tuple[str, ...] = ()  # the Python packages it is (pyproject dependencies)


def components() -> list[Component]:
    """What the program ships, with its licence; one entry per runtime dependency."""
    lgpl3 = "https://www.gnu.org/licenses/lgpl-3.0.html"
    mit = "https://opensource.org/license/mit"
    bsd = "https://opensource.org/license/bsd-3-clause"
    return [
        Component(translate("About", "DejaVu fonts"),
                  translate("About", "the letters of the PDFs"),
                  translate("About", "Bitstream Vera licence (free)"), DEJAVU_LICENCE),
        Component("Qt 6 / PySide6", translate("About", "the windows"), "LGPL 3", lgpl3,
                  ("PySide6-Essentials", "PySide6-Pdf")),
        Component("ReportLab", translate("About", "the PDFs"), "BSD",
                  "https://www.reportlab.com/documentation/faq/", ("reportlab",)),
        Component("Peewee", translate("About", "the database"), "MIT", mit, ("peewee",)),
        Component("psycopg2", translate("About", "the office server (PostgreSQL)"),
                  "LGPL 3", lgpl3, ("psycopg2-binary",)),
        Component("Babel", translate("About", "amounts and dates"), "BSD", bsd, ("babel",)),
        Component("holidays", translate("About", "Belgian public holidays"), "MIT", mit,
                  ("holidays",)),
        Component("python-stdnum", translate("About", "national numbers (INSZ)"), "LGPL 2.1+",
                  "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html",
                  ("python-stdnum",)),
        Component("phonenumbers", translate("About", "phone numbers"), "Apache 2.0",
                  "https://www.apache.org/licenses/LICENSE-2.0", ("phonenumberslite",)),
        Component("platformdirs", translate("About", "where the data is kept"), "MIT", mit,
                  ("platformdirs",)),
        Component("openpyxl", translate("About", "Excel files from Pluxee"), "MIT", mit,
                  ("openpyxl",)),
    ]


def _show_text(parent: QWidget | None, title: str, text: str) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    view = QPlainTextEdit(text, dialog)
    view.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    dialog.exec()
    dialog.deleteLater()


show_text: Callable[[QWidget | None, str, str], None] = _show_text
open_url: Callable[[QUrl], object] = QDesktopServices.openUrl


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        icon = QLabel(self)
        app_icon = QApplication.windowIcon()
        icon.setPixmap(QPixmap(str(icon_path("inharmony-64.png"))) if app_icon.isNull()
                       else app_icon.pixmap(64, 64))
        title = QLabel(f"<span style='font-size:16pt; font-weight:bold'>{APP_NAME}</span>", self)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__),
                                    self)
        self.version_label.setObjectName("about_version")
        what = QLabel(self.tr(
            "The back office of a service-voucher company: customers and their user numbers, "
            "helpers, prestations, voucher orders and the customers' yearly statements."), self)
        what.setWordWrap(True)
        self.database_label = QLabel(self.tr("Database: {name}").format(
            name=html.escape(open_database_name() or self.tr("none open"))), self)
        self.database_label.setObjectName("about_database")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        built = QLabel(self.tr("Python {python} · Qt {qt} · PySide6 {pyside}").format(
            python=sys.version.split()[0], qt=qVersion(), pyside=pyside_version), self)
        built.setStyleSheet("color: #555;")
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("about_licences")
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(self.open_licence)
        self.licences.setHtml(self._licences_html())
        self.licences.setMinimumHeight(200)
        about_qt = QPushButton(self.tr("About Qt"), self)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(header, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addWidget(self.database_label)
        layout.addWidget(built)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>Parts of the program and their licences</b> "
                                        "(click a licence to read it)"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(660, 490)

    def _licences_html(self) -> str:
        rows = "".join(
            f"<tr><td><b>{html.escape(c.name)}</b></td><td>{html.escape(c.purpose)}</td>"
            f"<td><a href='{html.escape(c.url)}'>{html.escape(c.licence)}</a></td></tr>"
            for c in components())
        headers = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in (
            self.tr("Part"), self.tr("Used for"), self.tr("Licence")))
        return (f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{headers}</tr>"
                f"{rows}</table>")

    def open_licence(self, url: QUrl) -> None:
        if url.toString() == DEJAVU_LICENCE:
            text = (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
            show_text(self, self.tr("Licence of the DejaVu fonts"), text)
        else:
            open_url(url)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        dialog = cls(parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
