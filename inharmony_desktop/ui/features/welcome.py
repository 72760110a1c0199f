"""The welcome page (SPEC §4.10): what an empty database opens on instead of empty tables.

It says what the program is for and offers four ways to begin: the company
details (Settings on the Company tab), importing customers, user numbers and
helpers from CSV (the formats with an example file per kind, then the existing
import), the first customer (the usual dialog), or a demo database to look
around in (made off the GUI thread, then opened instead of this one for this
session; the user's own database is not touched).

The page sits beside the tabs in the window's central stack. It shows while
`first_start.is_empty()` holds and gives way to the tabs as soon as there is
data: after every broadcast change, and after a full refresh (an import).
The questions are seams tests replace: `ask_example_path`, `inform`,
`confirm_demo`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop import APP_NAME
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import first_start
from inharmony_desktop.ui import broadcast, messages
from inharmony_desktop.ui.broadcast import ChangeBroadcaster
from inharmony_desktop.ui.features.csv_transfer import kind_labels
from inharmony_desktop.ui.workers import TaskRun, TaskWorker

translate = QCoreApplication.translate
DATA_KINDS = {broadcast.CUSTOMER, broadcast.USER_NUMBER, broadcast.HELPER, broadcast.PRESTATION}
# A switch to another database for this session: True when the window now shows it.
SwitchDatabase = Callable[[Path], bool]


def example_file_name(kind: str) -> str:
    names = {"customers": translate("Welcome", "example-customers.csv"),
             "user-numbers": translate("Welcome", "example-user-numbers.csv"),
             "helpers": translate("Welcome", "example-helpers.csv")}
    return names[kind]


def _ask_example_path(parent: QWidget, kind: str) -> Path | None:
    from PySide6.QtCore import QStandardPaths  # its enums cost a moment at every start

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Welcome", "Save example file"),
        str(Path(folder) / example_file_name(kind)) if folder else example_file_name(kind),
        translate("Welcome", "CSV files (*.csv)"))
    return Path(name) if name else None


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _confirm_demo(parent: QWidget) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, translate("Welcome", "Open a demo database"),
                      translate(
        "Welcome",
        "Make a demo database with invented customers, helpers and prestations in a temporary "
        "folder, and work in it for now?\n\nYour own database stays as it is (empty); the "
        "program opens it again at the next start."), QMessageBox.StandardButton.Cancel, parent)
    make = box.addButton(translate("Welcome", "Make the demo"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(make)
    box.exec()
    return box.clickedButton() is make


@dataclass(frozen=True)
class WelcomeParts:
    """The window parts the welcome page uses."""

    parent: QWidget  # of the dialogs and the progress
    central: QStackedWidget  # the window's central area: the page goes beside the tabs
    tabs: QWidget  # what the central area shows once there is data
    broadcaster: ChangeBroadcaster
    open_settings: Callable[[], object]  # Settings, which opens on the Company tab
    new_customer: Callable[[], object]  # the usual new-customer dialog
    import_csv: Callable[[str], object]  # the existing CSV import of one kind
    open_manual: Callable[[], object]
    # Set by the composition root after the window is built (None in tests without one).
    switch_database: Callable[[], SwitchDatabase | None]


class WelcomePage(QScrollArea):
    """The page itself: texts and buttons, no logic. Buttons are public for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        import html  # with its entity table, only when a text is escaped

        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("welcome_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME), body)
        title.setObjectName("welcome_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.intro = self._text(self.tr(
            "{app} is the back office of a service-voucher company: customers and their user "
            "numbers, helpers, prestations and voucher orders, all in one place. It splits each "
            "prestation between paper and electronic vouchers, keeps track of wallets and quotas, "
            "and makes the yearly statements for the customers.").format(app=APP_NAME), body)
        layout.addWidget(self.intro)
        layout.addWidget(self._text(self.tr(
            "This database is still empty. Choose how you want to begin:"), body))
        actions = QGridLayout()
        actions.setHorizontalSpacing(16)
        actions.setVerticalSpacing(12)
        actions.setColumnStretch(1, 1)
        layout.addLayout(actions)
        self.company_button = self._action(actions, body, self.tr("1. Company details"),
            self.tr("Name, address and recognition number of the company: they are printed on "
                    "every yearly statement. Opens Settings on the Company tab."))
        self.import_button = self._action(actions, body, self.tr("2. Import from CSV"),
            self.tr("Customers, user numbers and helpers already in a spreadsheet or another "
                    "program? Save them as CSV (UTF-8) with these columns and import them in "
                    "this order. Bold with * is required; the Dutch column name in brackets is "
                    "accepted too."))
        self.formats = QGridLayout()
        self.formats.setContentsMargins(24, 0, 0, 4)
        self.formats.setHorizontalSpacing(10)
        self.formats.setColumnStretch(1, 1)
        self.example_buttons: dict[str, QPushButton] = {}
        self.kind_import_buttons: dict[str, QPushButton] = {}
        labels = kind_labels()
        for row, kind in enumerate(first_start.EXAMPLE_KINDS):
            name = QLabel(f"<b>{html.escape(labels[kind])}</b>", body)
            columns = self._text(self._columns_text(kind), body)
            columns.setObjectName(f"columns_{kind}")
            example = QPushButton(self.tr("Save example…"), body)
            example.setToolTip(self.tr("Save a small example file in exactly this format, to "
                                       "fill in with your own data"))
            start = QPushButton(self.tr("Import…"), body)
            self.example_buttons[kind] = example
            self.kind_import_buttons[kind] = start
            self.formats.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.formats.addWidget(columns, row, 1)
            self.formats.addWidget(example, row, 2, Qt.AlignmentFlag.AlignTop)
            self.formats.addWidget(start, row, 3, Qt.AlignmentFlag.AlignTop)
        actions.addLayout(self.formats, actions.rowCount(), 0, 1, 2)
        self.customer_button = self._action(actions, body, self.tr("3. First customer"),
            self.tr("Type in a customer with name and address; then add the customer's user "
                    "numbers and the helpers, and enter the first prestations."))
        self.demo_button = self._action(actions, body, self.tr("4. Demo database"),
            self.tr("Look around in a database with 40 invented customers, their prestations "
                    "and orders. It is made in a temporary folder; your own database stays "
                    "empty and opens again at the next start."))
        footer = QHBoxLayout()
        self.manual_button = QPushButton(self.tr("Open the manual (F1)"), body)
        footer.addWidget(self.manual_button)
        footer.addWidget(self._text(self.tr(
            "The manual explains every task step by step; Help › Manual opens it at any time."),
            body), 1)
        layout.addSpacing(6)
        layout.addLayout(footer)
        layout.addStretch(1)
        self.setWidget(body)

    def _columns_text(self, kind: str) -> str:
        import html  # with its entity table, only when a text is escaped

        parts = []
        for column in first_start.columns(kind):
            text = html.escape(column.name)
            if column.dutch:
                text += f" ({html.escape(column.dutch)})"
            parts.append(f"<b>{text}*</b>" if column.required else text)
        return " · ".join(parts)

    @staticmethod
    def _text(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _action(self, grid: QGridLayout, parent: QWidget, title: str,
                explanation: str) -> QPushButton:
        """A large button with its explanation beside it, on a new row of `grid`."""
        button = QPushButton(title, parent)
        button.setMinimumHeight(40)
        font = button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        button.setStyleSheet("text-align: left; padding: 6px 14px;")
        row = grid.rowCount()
        grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._text(explanation, parent), row, 1, Qt.AlignmentFlag.AlignVCenter)
        return button


class Welcome(QObject):
    """The welcome page in the window: shown on an empty database, gone once there is data."""

    def __init__(self, parts: WelcomeParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self._page: WelcomePage | None = None
        self.ask_example_path = _ask_example_path
        self.inform = _inform
        self.confirm_demo = _confirm_demo
        self.run: TaskRun | None = None
        parts.broadcaster.entities_changed.connect(self._entities_changed)

    @property
    def page(self) -> WelcomePage:
        """Built when first needed: most starts are on a database with data."""
        if self._page is None:
            self._page = self._build_page()
        return self._page

    def _build_page(self) -> WelcomePage:
        parts = self.parts
        page = WelcomePage(parts.central)
        parts.central.addWidget(page)
        page.company_button.clicked.connect(lambda: parts.open_settings())
        page.import_button.clicked.connect(lambda: parts.import_csv(""))
        for kind in first_start.EXAMPLE_KINDS:
            page.example_buttons[kind].clicked.connect(
                lambda _checked=False, kind=kind: self.save_example(kind))
            page.kind_import_buttons[kind].clicked.connect(
                lambda _checked=False, kind=kind: parts.import_csv(kind))
        page.customer_button.clicked.connect(lambda: parts.new_customer())
        page.demo_button.clicked.connect(self.open_demo)
        page.manual_button.clicked.connect(lambda: parts.open_manual())
        return page

    def is_showing(self) -> bool:
        return self._page is not None and self.parts.central.currentWidget() is self._page

    @Slot()
    def refresh(self) -> None:
        """Show the page on an empty database, the tabs otherwise."""
        empty = first_start.is_empty()
        self.parts.central.setCurrentWidget(self.page if empty else self.parts.tabs)

    @Slot(str, list)
    def _entities_changed(self, kind: str, _ids: list) -> None:
        if kind in DATA_KINDS:
            self.refresh()

    # --- the actions --------------------------------------------------------------------------
    def save_example(self, kind: str) -> Path | None:
        path = self.ask_example_path(self.parts.parent, kind)
        if path is None:
            return None
        try:
            first_start.write_example(kind, path)
        except KnownError as exc:
            messages.show_error(self.parts.parent, exc)
            return None
        self.inform(self.parts.parent, self.tr("Example saved"), self.tr(
            "The example file was saved as {path}.\n\nOpen it in Excel or LibreOffice, replace "
            "the example rows by your own data, save it as CSV (UTF-8) and choose Import… beside "
            "it.").format(path=path))
        return path

    @Slot()
    def open_demo(self) -> None:
        if self.run is not None or not self.confirm_demo(self.parts.parent):
            return
        try:
            target = first_start.new_demo_path()
        except OSError as exc:
            messages.show_error(self.parts.parent, KnownError(self.tr(
                "No temporary folder could be made for the demo: {reason}").format(
                    reason=exc.strerror or exc)))
            return
        worker = TaskWorker(
            lambda progress, cancel: first_start.make_demo_database(
                target, progress=progress, cancel=cancel),
            cancelled_by=(first_start.DemoCancelled,))
        self.run = TaskRun(self.parts.parent, self.tr("Demo database"),
                           self.tr("Making the demo database…"), worker)
        self.run.finished_with.connect(lambda outcome, payload: self._demo_made(
            outcome, payload, target))
        self.run.start()

    def _demo_made(self, outcome: str, payload: object, target: Path) -> None:
        self.run = None
        if outcome == "failed":
            messages.show_error(self.parts.parent, payload)  # type: ignore[arg-type]
        if outcome != "done":
            if target.parent.is_dir() and not any(target.parent.iterdir()):
                target.parent.rmdir()  # the temporary folder made for it
            return
        switch = self.parts.switch_database()
        if switch is None or not switch(target):
            self.inform(self.parts.parent, self.tr("Demo database"), self.tr(
                "The demo database is ready in {path}. Start the program with this file to "
                "look around in it.").format(path=target))
