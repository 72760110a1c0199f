"""The per-helper week view: pick a week, see every helper's slots from
Monday to Saturday; overlaps and weeks over the contract stand out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.ui.models.helper_week import HelperWeekModel


class HelperWeekView(QWidget):
    """`model` holds the week; `show_week(day)` moves to the week of `day`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HelperWeekModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("helper_week_table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        previous = QPushButton(self.tr("◀ Previous week"), self)
        following = QPushButton(self.tr("Next week ▶"), self)
        previous.clicked.connect(lambda: self._shift(-7))
        following.clicked.connect(lambda: self._shift(7))
        self.legend = QLabel(self.tr("Red: overlapping slots. Orange: more hours than the "
                                     "contract."), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of:"), self))
        top.addWidget(self.date_edit)
        top.addWidget(previous)
        top.addWidget(following)
        top.addStretch(1)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        today = clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.dateChanged.connect(self.refresh)

    def show_week(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.refresh()

    def _shift(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    @Slot()
    def refresh(self) -> None:
        q = self.date_edit.date()
        self.model.load(dt.date(q.year(), q.month(), q.day()))
