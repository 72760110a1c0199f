""""Generate week…" / "Generate month…": pick the period, review what will be
created and what is skipped (and why), then confirm.

`GenerateDialog.ask(parent, "week" | "month")` returns the reviewed `Plan`
or None; the caller applies it as one undoable command.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.services import generation
from inharmony_desktop.core.services.generation import Plan
from inharmony_desktop.core.services.schedules import add_hours, monday_of
from inharmony_desktop.core.vocabulary import Medium
from inharmony_desktop.ui.labels import medium_label
from inharmony_desktop.ui.models.schedules import weekday_short
from inharmony_desktop.ui.workers import TaskWorker, run_in_background, wait_for

Planner = Callable[[dt.date, dt.date], Plan]

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate

SKIPPED_COLOR = QColor("#7f8c8d")
WARNING_COLOR = QColor("#b9770e")



def period_of(kind: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The week (Monday-Sunday) or the calendar month that contains `day`."""
    if kind == "week":
        monday = monday_of(day)
        return monday, monday + dt.timedelta(days=6)
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def default_day(kind: str, today: dt.date) -> dt.date:
    """Next week or next month: what the office prepares."""
    if kind == "week":
        return monday_of(today) + dt.timedelta(days=7)
    return (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def skip_reason_label(reason: str) -> str:
    return {
        "holiday": translate("GenerateDialog", "public holiday"),
        "helper_absent": translate("GenerateDialog", "helper absent"),
        "customer_absent": translate("GenerateDialog", "customer absent"),
        "exists": translate("GenerateDialog", "already exists"),
        "ended": translate("GenerateDialog", "schedule ended"),
        "user_number_inactive": translate("GenerateDialog", "user number inactive"),
        "helper_inactive": translate("GenerateDialog", "helper inactive"),
    }.get(reason, reason)


def _date_text(day: dt.date) -> str:
    return date_text(day)


def day_text(day: dt.date) -> str:
    """'Tue 01/12/2026': the weekday matters when reading a schedule."""
    return f"{weekday_short(day.weekday())} {_date_text(day)}"


def split_text(paper: int, electronic: int) -> str:
    if not paper:
        return medium_label(Medium.ELECTRONIC)
    if not electronic:
        return medium_label(Medium.PAPER)
    return translate("GenerateDialog", "{paper} paper + {electronic} electronic").format(paper=paper,
                                                                 electronic=electronic)


class GenerateDialog(QDialog):
    """The review list of a generation; `plan` is the one the user confirmed.

    Signals: plan_shown(): the plan of the chosen period (or why there is none)
    is on screen. The plan is computed off the GUI thread.
    """

    plan_shown = Signal()

    COLUMNS = 7

    def __init__(self, parent: QWidget | None, kind: str, *, today: dt.date | None = None,
                 planner: Planner = generation.plan_generation) -> None:
        super().__init__(parent)
        self.kind = kind
        self.planner = planner
        self.plan: Plan | None = None
        self._serial = 0
        self._workers: list[TaskWorker] = []
        self.setWindowTitle(self.tr("Generate week") if kind == "week" else self.tr("Generate month"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        day = default_day(kind, today or clock.today())
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.period_label = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([
            self.tr("Date"), self.tr("Time"), self.tr("Helper"), self.tr("Customer"),
            self.tr("User number"), self.tr("Hours"), self.tr("Vouchers / reason")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        refresh = QPushButton(self.tr("&Review"), self)
        refresh.clicked.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of:") if kind == "week" else self.tr("Month of:"), self))
        top.addWidget(self.date_edit)
        top.addWidget(self.period_label, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        q = self.date_edit.date()
        return period_of(self.kind, dt.date(q.year(), q.month(), q.day()))

    @Slot()
    def refresh(self) -> None:
        """Ask for the plan of the chosen period; it arrives in `_plan_ready`."""
        start, end = self.period()
        self.period_label.setText(self.tr("{start} to {end}").format(start=_date_text(start),
                                                                 end=_date_text(end)))
        self._serial += 1
        self.plan = None
        self.tree.clear()
        self.summary.setText(self.tr("Computing what will be created…"))
        self._update_button()
        serial, planner = self._serial, self.planner
        self._workers.append(run_in_background(
            lambda _progress, _cancel: planner(start, end),
            lambda plan: self._plan_ready(serial, plan),
            on_failure=lambda error: self._plan_failed(serial, str(error)),
            on_crash=lambda: self._plan_failed(serial, self.tr(
                "The plan could not be computed because of an error."))))

    @Slot(int, object)
    def _plan_ready(self, serial: int, plan: Plan) -> None:
        if serial != self._serial:
            return  # the period changed meanwhile
        self.plan = plan
        self._fill(plan)
        self._update_button()
        self.plan_shown.emit()

    @Slot(int, str)
    def _plan_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.summary.setText(message)
        self.plan_shown.emit()

    def _update_button(self) -> None:
        count = len(self.plan.to_create) if self.plan else 0
        self.create_button.setText(
            self.tr("&Create %n prestation(s)", "", count))
        self.create_button.setEnabled(count > 0)

    def _fill(self, plan: Plan) -> None:
        self.tree.clear()
        hours = sum(p.hours for p in plan.to_create)
        self.summary.setText(
            self.tr("{created} prestations to create ({hours} hours), {skipped} skipped, "
                "{warnings} warnings.").format(created=len(plan.to_create), hours=hours,
                                               skipped=len(plan.skipped),
                                               warnings=len(plan.warnings)))
        # The short lists first: they are what the office has to read.
        if plan.warnings:
            warnings = self._group(self.tr("Warnings ({count})").format(count=len(plan.warnings)))
            for text in plan.warnings:
                item = QTreeWidgetItem(warnings, [text])
                item.setToolTip(0, text)
                item.setForeground(0, QBrush(WARNING_COLOR))
                item.setFirstColumnSpanned(True)
            warnings.setExpanded(True)
        counts = ", ".join(f"{skip_reason_label(reason)}: {count}"
                           for reason, count in sorted(plan.skip_counts().items()))
        title = self.tr("Skipped ({count})").format(count=len(plan.skipped))
        skipped = self._group(f"{title}{' — ' + counts if counts else ''}")
        # "Already exists" says least: the other reasons come first.
        for s in sorted(plan.skipped, key=lambda s: s.reason == "exists"):
            item = self._row(skipped, s.date, s.start_time, s.hours, s.helper_name,
                             s.customer_name, s.user_number, s.detail)
            for column in range(self.COLUMNS):
                item.setForeground(column, QBrush(SKIPPED_COLOR))
        skipped.setExpanded(True)
        create = self._group(self.tr("To create ({count})").format(count=len(plan.to_create)))
        for p in plan.to_create:
            self._row(create, p.date, p.start_time, p.hours, p.helper_name, p.customer_name,
                      p.user_number, split_text(p.paper, p.electronic))
        create.setExpanded(True)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(self, parent: QTreeWidgetItem, day: dt.date, start: str, hours: int, helper: str,
             customer: str, number: str, details: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [
            day_text(day), f"{start}-{add_hours(start, hours)}", helper, customer,
            user_number_text(number),
            str(hours), details,
        ])
        item.setToolTip(6, details)
        item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def group_texts(self) -> list[str]:
        """The titles of the three groups (for tests and screen readers)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def done(self, result: int) -> None:
        wait_for(self._workers)  # plans being computed finish (they only read) first
        super().done(result)

    def accept(self) -> None:
        if self.plan is None or not self.plan.to_create:
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str, **kwargs) -> Plan | None:
        dialog = cls(parent, kind, **kwargs)
        try:
            return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
