"""The switch-over wizard: a paper customer moves to electronic vouchers.

Page one asks for the user number, the paper vouchers the customer still
holds, the date to plan from and, optionally, when that paper expires. Page
two shows the plan from `switchover.plan_switchover` as a table before
anything changes. Finishing only hands the plan back (`ask()`); the caller
applies it as one undoable command.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.services import switchover
from inharmony_desktop.ui.formatting import counted_suffix, to_qdate
from inharmony_desktop.ui.labels import status_label
from inharmony_desktop.ui.messages import error_label

WARNING_STYLE = "color: #a04000; font-weight: bold;"
SPLIT_COLOUR = QColor("#fff3c4")


class InputPage(QWizardPage):
    def __init__(self, wizard: SwitchoverWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Switch to electronic vouchers"))
        self.setSubTitle(self.tr(
            "Enter the paper vouchers the customer still holds; the next page shows the plan."))
        self.user_number = QComboBox(self)
        self.user_number.setEditable(True)
        self.user_number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for uid, text in wizard.choices:
            self.user_number.addItem(text, uid)
        self.user_number.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.user_number.setCurrentIndex(self.user_number.findData(wizard.start_id))
        self.paper = QSpinBox(self)
        self.paper.setRange(0, 2000)
        counted_suffix(self.paper, lambda n: self.tr("%n voucher(s)", "", n))
        self.from_date = QDateEdit(to_qdate(wizard.today), self)
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("dd/MM/yyyy")
        self.has_expiry = QCheckBox(self.tr("Paper expires on"), self)
        self.expiry = QDateEdit(to_qdate(wizard.today), self)
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("dd/MM/yyyy")
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expiry, 1)
        self.error = error_label(self)

        form = QFormLayout(self)
        form.addRow(self.tr("&User number:"), self.user_number)
        form.addRow(self.tr("&Paper vouchers held:"), self.paper)
        form.addRow(self.tr("Plan &from:"), self.from_date)
        form.addRow(self.tr("Expiry:"), expiry_row)
        form.addRow(self.error)
        self.user_number.currentIndexChanged.connect(self._user_number_changed)
        self._user_number_changed()

    def current_id(self) -> int | None:
        index = self.user_number.findText(self.user_number.currentText())
        return self.user_number.itemData(index) if index >= 0 else None

    @Slot()
    def _user_number_changed(self) -> None:
        uid = self.current_id()
        expiry = switchover.suggested_paper_expiry(uid) if uid is not None else None
        if expiry is not None and expiry < self.wizard_.today:
            expiry = None  # that paper has expired: never propose a date in the past
        self.has_expiry.setChecked(expiry is not None)
        self.expiry.setDate(to_qdate(expiry or self.wizard_.today))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.current_id() is not None

    def validatePage(self) -> bool:
        uid = self.current_id()
        if uid is None:
            self.error.setText(self.tr("Choose a user number from the list."))
            return False
        expiry = self.expiry.date().toPython() if self.has_expiry.isChecked() else None
        try:
            self.wizard_.plan = switchover.plan_switchover(
                uid, self.paper.value(), self.from_date.date().toPython(), expiry)
        except KnownError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True


class PlanPage(QWizardPage):
    def __init__(self, wizard: SwitchoverWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("The plan"))
        self.setSubTitle(self.tr("Nothing has changed yet. Finish applies this plan; "
                                 "Undo takes it back."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.table = QTableWidget(0, len(self._column_titles()), self)
        self.table.setHorizontalHeaderLabels(self._column_titles())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)

    def _column_titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Helper"), self.tr("Status"), self.tr("Hours"),
                self.tr("Now"), self.tr("Paper"), self.tr("Electronic"), self.tr("Paper left")]

    def initializePage(self) -> None:
        plan = self.wizard_.plan
        if plan is None:
            return
        self.summary.setText(self.tr(
            "{number}: {used} of {held} paper vouchers used on %n prestation(s); "
            "electronic from {day}.", "", len(plan.rows)).format(
            number=user_number_text(plan.number), used=plan.paper_used, held=plan.paper_on_hand,
            day=date_text(plan.mode_date)))
        self.warnings.setText("\n".join(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.table.setRowCount(len(plan.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, r in enumerate(plan.rows):
            values = [date_text(r.date), r.helper_name, status_label(r.status),
                      str(r.hours), f"{r.old_paper}P/{r.old_electronic}E", str(r.paper),
                      str(r.electronic), str(r.paper_left)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r.partial:
                    item.setBackground(QBrush(SPLIT_COLOUR))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)


class SwitchoverWizard(QWizard):
    """`plan` holds the plan shown on the last page."""

    def __init__(self, parent: QWidget | None = None, user_number_id: int | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paper to electronic"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.today = today or clock.today()
        self.start_id = user_number_id
        self.choices = switchover.candidates(self.today)
        self.plan: switchover.SwitchPlan | None = None
        self.input_page = InputPage(self)
        self.plan_page = PlanPage(self)
        self.addPage(self.input_page)
        self.addPage(self.plan_page)
        self.resize(760, 520)

    @classmethod
    def ask(cls, parent: QWidget | None, user_number_id: int | None = None,
            today: dt.date | None = None) -> switchover.SwitchPlan | None:
        wizard = cls(parent, user_number_id, today)
        return wizard.plan if wizard.exec() == QWizard.DialogCode.Accepted else None
