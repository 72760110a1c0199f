"""Helpers' monthly statements (SPEC §4.9): pick the month, read its warnings
first, then make the statements and the social secretariat's CSV, then look at
them.

`PayrollDialog` stays open beside the window (modeless): the office opens what
a warning is about, puts it right in the window, and the list checks itself
again after every change. The month is checked off the GUI thread
(`core.services.payroll.payroll_month`); a month in which nothing was worked
says so and makes nothing.

Signals (handled by `ui.features.payroll`):
    prestations_requested(ids, helper_id, month): show these prestations in the
        prestations table (helper_id 0: several helpers).
    helper_requested(helper_id), absence_requested(absence_id): open it.
    make_requested(month, folder): make the month's files in `folder`.
    month_checked(): the warnings of the chosen month are shown (tests wait on it).

Seams that tests replace: `ask_folder()`, `confirm_replace(folder)`,
`open_preview(path, title)`, `open_folder(folder)`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import hours_text
from inharmony_desktop.core.services.payroll import Month, PayrollMonth
from inharmony_desktop.ui.dialogs.form import fit_to_screen
from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog
from inharmony_desktop.ui.formatting import month_text
from inharmony_desktop.ui.messages import error_label
from inharmony_desktop.ui.views.payroll_warnings import PayrollWarningsPanel
from inharmony_desktop.ui.workers import TaskWorker, run_in_background, wait_for

FOLDER_KEY = "payroll/folder"  # the folder the month folders go into, per PC
MONTHS_BACK = 36
_MONTH_FOLDER = re.compile(r"\d{4}-\d{2}")


def default_month(today: dt.date | None = None) -> Month:
    """The last full month: the one before today's."""
    first = (today or clock.today()).replace(day=1)
    before = first - dt.timedelta(days=1)
    return Month(before.year, before.month)


def month_choices(today: dt.date | None = None) -> list[Month]:
    """This month and the 36 before it, newest first."""
    today = today or clock.today()
    start = today.year * 12 + today.month - 1
    return [Month((start - back) // 12, (start - back) % 12 + 1)
            for back in range(MONTHS_BACK + 1)]


def default_base() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Inharmony" / "Maandstaten"


def proposed_folder(month: Month) -> Path:
    """Documents/Inharmony/Maandstaten/2026-11, or beside the folder used last on this PC."""
    base = QSettings().value(FOLDER_KEY, "")
    return (Path(str(base)) if base else default_base()) / month.iso


def remember_folder(folder: Path) -> None:
    """Next time, propose a month folder beside this one (or inside it, when its name
    is not a month)."""
    base = folder.parent if _MONTH_FOLDER.fullmatch(folder.name) else folder
    QSettings().setValue(FOLDER_KEY, str(base))


class PayrollDialog(QDialog):
    prestations_requested = Signal(list, int, object)
    helper_requested = Signal(int)
    absence_requested = Signal(int)
    make_requested = Signal(object, object)
    month_checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Helpers' monthly statements"))
        self.setModal(False)
        self.data: PayrollMonth | None = None
        self.result_folder: Path | None = None
        self._serial = 0
        self._workers: list[TaskWorker] = []
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(300)
        self._recheck.timeout.connect(self.check)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 900, 600)
        self.month.currentIndexChanged.connect(self._month_changed)
        self._folder_shown = proposed_folder(self.current_month())
        self.folder.setText(str(self._folder_shown))

    # --- building -----------------------------------------------------------------------------
    def _check_page(self) -> QWidget:
        page = QWidget(self)
        self.month = QComboBox(page)
        self.month.setObjectName("payroll_month")
        # A list of 37 months, not one as tall as the screen (Fusion ignores the maximum).
        self.month.setStyleSheet("QComboBox { combobox-popup: 0; }")
        self.month.setMaxVisibleItems(13)
        for month in month_choices():
            self.month.addItem(month_text(month), month)
        self.month.setCurrentIndex(max(self._index_of(default_month()), 0))
        self.check_button = QPushButton(self.tr("Check a&gain"), page)
        self.check_button.clicked.connect(self.check)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Month"), page, buddy=self.month))
        top.addWidget(self.month)
        top.addWidget(self.check_button)
        top.addStretch(1)
        self.summary = QLabel(page)
        self.summary.setObjectName("payroll_summary")
        self.summary.setWordWrap(True)

        self.panel = PayrollWarningsPanel(page)
        self.panel.prestations_requested.connect(
            lambda ids, helper_id: self.prestations_requested.emit(ids, helper_id,
                                                                   self.current_month()))
        self.panel.helper_requested.connect(self.helper_requested)
        self.panel.absence_requested.connect(self.absence_requested)

        self.folder = QLineEdit(page)
        self.folder.setObjectName("payroll_folder")
        browse = QPushButton(self.tr("&Choose…"), page)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("&Folder"), page, buddy=self.folder))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.error = error_label(page, "payroll_error")
        self.error.hide()
        self.make_button = QPushButton(self.tr("Make the &statements"), page)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.panel, 1)
        layout.addLayout(where)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_text = QLabel(page)
        self.result_text.setObjectName("payroll_result")
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QCommandLinkButton(self.tr("&View and print the statements"), page)
        self.office_button = QCommandLinkButton(self.tr("View the &office copy"), page)
        self.folder_button = QCommandLinkButton(self.tr("Open the &folder"), page)
        self.preview_button.clicked.connect(lambda: self._preview("combined"))
        self.office_button.clicked.connect(lambda: self._preview("office"))
        self.folder_button.clicked.connect(
            lambda: self.open_folder(self.result_folder) if self.result_folder else None)
        views = QVBoxLayout()
        for button in (self.preview_button, self.office_button, self.folder_button):
            views.addWidget(button)
        back = QPushButton(self.tr("&Another month"), page)
        back.clicked.connect(self.show_check_page)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_text)
        layout.addLayout(views)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._files: dict[str, Path] = {}
        self._result_month = self.current_month()
        return page

    # --- the month and its warnings -----------------------------------------------------------
    def current_month(self) -> Month:
        return self.month.currentData()

    def set_month(self, month: Month) -> None:
        self.month.setCurrentIndex(self._index_of(month))

    def _index_of(self, month: Month) -> int:
        # findData() compares Python objects by identity; a Month is equal by value.
        return next((i for i in range(self.month.count()) if self.month.itemData(i) == month),
                    -1)

    @Slot()
    def _month_changed(self) -> None:
        # A folder the office did not change follows the month.
        if Path(self.folder.text().strip()) == self._folder_shown:
            self._folder_shown = proposed_folder(self.current_month())
            self.folder.setText(str(self._folder_shown))
        self.panel.show_warnings([], {})  # another month's warnings would mislead
        self.check()

    @Slot()
    def check(self) -> None:
        """Compute the chosen month off the GUI thread; its warnings replace the list."""
        from inharmony_desktop.core.services.payroll import payroll_month

        self._recheck.stop()
        self._serial += 1
        serial, month = self._serial, self.current_month()
        self.data = None
        self.summary.setText(self.tr("Checking {month}…").format(month=month_text(month)))
        self._update_make_button()
        self._workers.append(run_in_background(
            lambda _progress, _cancel: payroll_month(month),
            lambda data: self._checked(serial, data),
            on_failure=lambda error: self._check_failed(serial, str(error)),
            on_crash=lambda: self._check_failed(serial, self.tr(
                "The month could not be checked because of an error."))))

    def data_changed(self) -> None:
        """Something changed in the window: check again shortly (once for a burst)."""
        if self.isVisible() and self.pages.currentIndex() == 0:
            self._recheck.start()

    def _checked(self, serial: int, data: PayrollMonth) -> None:
        if serial != self._serial:
            return  # another month was chosen meanwhile
        self.data = data
        self.panel.show_warnings(data.warnings, {h.helper_id: f"{h.name} ({h.reference})"
                                                 for h in data.helpers})
        self.summary.setText(self._summary(data))
        self._update_make_button()
        self.month_checked.emit()

    def _check_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.panel.show_warnings([], {})
        self.summary.setText(message)
        self._update_make_button()
        self.month_checked.emit()

    def _summary(self, data: PayrollMonth) -> str:
        month = month_text(data.month)
        if data.is_empty:
            return self.tr("Nothing was worked in {month} and nobody was absent: there are no "
                           "statements to make.").format(month=month)
        text = self.tr("%n helper(s), {hours} hours worked in {month}.", "",
                       len(data.helpers)).format(hours=hours_text(data.worked_hours),
                                                 month=month)
        if data.warnings:
            return text + " " + self.tr(
                "%n warning(s): look at them first. You may go on anyway; the office copy "
                "(kantoor.pdf) lists them too.", "", len(data.warnings))
        return text + " " + self.tr("No warnings.")

    def _update_make_button(self) -> None:
        self.make_button.setEnabled(self.data is not None and not self.data.is_empty)

    # --- making -------------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = self.ask_folder()
        if chosen is not None:
            self.folder.setText(str(chosen))

    def chosen_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    @Slot()
    def make(self) -> None:
        self.error.hide()
        folder = self.chosen_folder()
        if folder is None or not folder.is_absolute() or (folder.exists()
                                                          and not folder.is_dir()):
            self.error.setText(self.tr("Choose a folder for the statements, such as "
                                       "{example}.").format(
                example=proposed_folder(self.current_month())))
            self.error.show()
            self.folder.setFocus()
            return
        if self.data is None or self.data.is_empty:
            return
        existing = folder / f"payroll-{self.current_month().iso}.csv"
        if (existing.exists() or (folder / "combined.pdf").exists()) \
                and not self.confirm_replace(folder):
            return
        remember_folder(folder)
        self.make_requested.emit(self.current_month(), folder)

    def show_result(self, result) -> None:
        """The batch is done (a `reports.payroll_batch.PayrollResult`): say what was
        written where, with the ways to look at it."""
        self.result_folder = result.folder
        self._files = {"combined": result.combined, "office": result.office}
        self._result_month = result.month
        self.result_text.setText(self.tr("The statements of {month} are in {folder}.").format(
            month=month_text(result.month), folder=result.folder))
        self.preview_button.setDescription(self.tr(
            "{name}: every statement together, to print (%n page(s))", "",
            result.combined_pages).format(name=result.combined.name))
        self.office_button.setDescription(self.tr(
            "{name}: an overview of the month and every statement with its warnings (%n "
            "page(s))", "", result.office_pages).format(name=result.office.name))
        self.folder_button.setDescription(
            self.tr("%n monthly statement(s), one per helper,", "", len(result.files)) + " "
            + self.tr("and {name} for the social secretariat (%n line(s))", "",
                      result.csv_rows).format(name=result.csv.name))
        self.pages.setCurrentIndex(1)
        self.preview_button.setFocus()

    @Slot()
    def show_check_page(self) -> None:
        self.pages.setCurrentIndex(0)
        self.check()

    def _preview(self, which: str) -> None:
        path = self._files.get(which)
        if path is None:
            return
        title = (self.tr("Monthly statements {month}") if which == "combined" else
                 self.tr("Monthly statements {month}: office copy")).format(
            month=month_text(self._result_month))
        self.open_preview(path, title)

    # --- seams --------------------------------------------------------------------------------
    def ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the statements"),
                                                  self.folder.text())
        return Path(chosen) if chosen else None

    def confirm_replace(self, folder: Path) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "{folder} already holds statements of {month}. Replace them?").format(
            folder=folder, month=month_text(self.current_month())))
        return answer == QMessageBox.StandardButton.Yes

    def open_preview(self, path: Path, title: str) -> None:
        try:
            dialog = StatementPreviewDialog.for_file(self, path, title=title,
                                                      document_kind=title)
        except KnownError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- closing ------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._recheck.stop()
        self._serial += 1  # answers still on their way are not shown
        wait_for(self._workers)  # a check being computed (it only reads) finishes first
        self._workers.clear()
        super().done(result)

