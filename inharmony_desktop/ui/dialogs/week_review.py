"""The week review: a week's planned prestations per helper, all ticked as
performed; the office unticks the ones that did not happen, changes hours,
or cancels one with a reason, and applies everything as one command.

`WeekReviewDialog.ask(parent, day)` returns the `ReviewChanges` or None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.services import week_review
from inharmony_desktop.core.services.schedules import add_hours
from inharmony_desktop.core.services.week_review import ReviewChanges, ReviewRow
from inharmony_desktop.ui.models.schedules import weekday_short

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate

Loader = Callable[[dt.date], tuple[list[ReviewRow], list]]
ReasonAsker = Callable[[QWidget, str], str | None]
ID_ROLE = Qt.ItemDataRole.UserRole
WARNING_COLOR = QColor("#b9770e")
CANCELLED_COLOR = QColor("#c0392b")
(COL_DONE, COL_DATE, COL_TIME, COL_CUSTOMER, COL_NUMBER, COL_HOURS, COL_STATE,
 COL_WARNINGS) = range(8)



def ask_reason(parent: QWidget, what: str) -> str | None:
    """The reason for a cancellation, or None when the user gave up."""
    title = translate("WeekReviewDialog", "Cancel prestation")
    label = translate("WeekReviewDialog", "Reason for cancelling {what}:").format(what=what)
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class WeekReviewDialog(QDialog):
    """Rows carry the prestation id in `ID_ROLE`; helper rows tick all their rows."""

    COLUMNS = 8

    def __init__(self, parent: QWidget | None, day: dt.date | None = None, *,
                 loader: Loader = week_review.week_rows,
                 reason_asker: ReasonAsker = ask_reason) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Week review"))
        self.loader = loader
        self.reason_asker = reason_asker
        self.value: ReviewChanges | None = None
        self.rows: dict[int, ReviewRow] = {}
        self.items: dict[int, QTreeWidgetItem] = {}
        self.spins: dict[int, QSpinBox] = {}
        self.cancelled: dict[int, str] = {}

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        day = day or clock.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        previous = QPushButton(self.tr("◀ Previous week"), self)
        following = QPushButton(self.tr("Next week ▶"), self)
        previous.clicked.connect(lambda: self._shift(-7))
        following.clicked.connect(lambda: self._shift(7))
        self.date_edit.dateChanged.connect(self.reload)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([
            self.tr("Performed"), self.tr("Date"), self.tr("Time"), self.tr("Customer"),
            self.tr("User number"), self.tr("Hours"), self.tr("Status"), self.tr("Warnings")])
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemChanged.connect(self._update_summary)

        tick_all = QPushButton(self.tr("Tick &all"), self)
        untick_all = QPushButton(self.tr("&Untick all"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel prestation…"), self)
        tick_all.clicked.connect(lambda: self.set_all_ticked(True))
        untick_all.clicked.connect(lambda: self.set_all_ticked(False))
        self.cancel_button.clicked.connect(self.cancel_current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of:"), self))
        top.addWidget(self.date_edit)
        top.addWidget(previous)
        top.addWidget(following)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(tick_all)
        actions.addWidget(untick_all)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        self.resize(1000, 620)
        self.reload()

    # --- loading ------------------------------------------------------------------------------
    def week_day(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _shift(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    @Slot()
    def reload(self) -> None:
        rows, _warnings = self.loader(self.week_day())
        self.tree.blockSignals(True)
        self.tree.clear()
        self.rows, self.items, self.spins, self.cancelled = {}, {}, {}, {}
        helper_item: QTreeWidgetItem | None = None
        helper_id = None
        for row in rows:
            if row.helper_id != helper_id:
                helper_id = row.helper_id
                helper_item = QTreeWidgetItem(self.tree, [row.helper_name])
                helper_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                     | Qt.ItemFlag.ItemIsAutoTristate)
                helper_item.setFirstColumnSpanned(True)
                font = helper_item.font(0)
                font.setBold(True)
                helper_item.setFont(0, font)
                helper_item.setExpanded(True)
            self._add_row(helper_item, row)
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            ids = [item.child(i).data(COL_DONE, ID_ROLE) for i in range(item.childCount())]
            hours = sum(self.rows[i].hours for i in ids)
            item.setText(0, self.tr("{helper} — {count} prestations, {hours} h").format(
                helper=item.text(0), count=len(ids), hours=hours))
        self.tree.blockSignals(False)
        self._update_summary()

    def _add_row(self, parent: QTreeWidgetItem, row: ReviewRow) -> None:
        start = row.start_time or ""
        time = f"{start}-{add_hours(start, row.hours)}" if start else ""
        day = f"{weekday_short(row.date.weekday())} {row.date:%d/%m}"
        item = QTreeWidgetItem(parent, ["", day, time, row.customer_name,
                                        user_number_text(row.user_number), "",
                                        "", " • ".join(row.warnings)])
        item.setData(COL_DONE, ID_ROLE, row.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(COL_DONE, Qt.CheckState.Checked)
        if row.warnings:
            item.setToolTip(COL_WARNINGS, "\n".join(row.warnings))
            item.setForeground(COL_WARNINGS, QBrush(WARNING_COLOR))
        spin = QSpinBox(self.tree)
        spin.setRange(1, 12)
        spin.setValue(row.hours)
        spin.setSuffix(self.tr(" h"))
        spin.valueChanged.connect(self._update_summary)
        if start:
            spin.valueChanged.connect(
                lambda hours, item=item: item.setText(COL_TIME, f"{start}-{add_hours(start, hours)}"))
        self.tree.setItemWidget(item, COL_HOURS, spin)
        self.rows[row.id] = row
        self.items[row.id] = item
        self.spins[row.id] = spin

    # --- actions ------------------------------------------------------------------------------
    def set_all_ticked(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for pid, item in self.items.items():
            if pid not in self.cancelled:
                item.setCheckState(COL_DONE, state)

    def set_ticked(self, prestation_id: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.items[prestation_id].setCheckState(COL_DONE, state)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(COL_DONE, ID_ROLE) if item is not None else None

    @Slot()
    def cancel_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.toggle_cancel(pid)

    def toggle_cancel(self, prestation_id: int) -> None:
        """Cancel with a reason (asked), or take a cancellation back."""
        item = self.items[prestation_id]
        if prestation_id in self.cancelled:
            del self.cancelled[prestation_id]
            item.setText(COL_STATE, "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_DONE, Qt.CheckState.Checked)
            self.spins[prestation_id].setEnabled(True)
            return
        row = self.rows[prestation_id]
        reason = self.reason_asker(self, f"{row.customer_name} {date_text(row.date)}")
        if not reason:
            return
        self.cancelled[prestation_id] = reason
        item.setCheckState(COL_DONE, Qt.CheckState.Unchecked)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        item.setText(COL_STATE, self.tr("cancelled: {reason}").format(reason=reason))
        item.setForeground(COL_STATE, QBrush(CANCELLED_COLOR))
        self.spins[prestation_id].setEnabled(False)
        self._update_summary()

    def changes(self) -> ReviewChanges:
        performed = [pid for pid, item in self.items.items()
                     if pid not in self.cancelled
                     and item.checkState(COL_DONE) == Qt.CheckState.Checked]
        hours = {pid: spin.value() for pid, spin in self.spins.items()
                 if pid not in self.cancelled and spin.value() != self.rows[pid].hours}
        return ReviewChanges(performed=performed, hours=hours, cancelled=dict(self.cancelled))

    @Slot()
    def _update_summary(self) -> None:
        changes = self.changes()
        self.summary.setText(
            self.tr("{planned} planned prestations: {performed} to mark performed, {left} left "
                "planned, {cancelled} cancelled.").format(
                planned=len(self.rows), performed=len(changes.performed),
                left=len(self.rows) - len(changes.performed) - len(changes.cancelled),
                cancelled=len(changes.cancelled)))

    def accept(self) -> None:
        changes = self.changes()
        self.value = None if changes.is_empty() else changes
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, day: dt.date | None = None,
            **kwargs) -> ReviewChanges | None:
        dialog = cls(parent, day, **kwargs)
        try:
            return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
