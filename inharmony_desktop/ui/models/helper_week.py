"""One week of schedules as a grid: a row per helper, Monday to Saturday, and
the week's hours against the contract. Overlaps and hours over the contract
are coloured."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inharmony_desktop.core import clock
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.ui.models import ID_ROLE
from inharmony_desktop.ui.models.schedules import activity_text, weekday_label

if TYPE_CHECKING:  # read when the week is first shown, not at start
    from inharmony_desktop.core.services.helper_week import HelperWeek

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate

OVERLAP = QBrush(QColor("#f5b7b1"))
OVER_CONTRACT = QBrush(QColor("#fad7a0"))
DAYS = 6  # Monday to Saturday
TOTAL_COLUMN = DAYS
Index = QModelIndex



def _hours(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


class HelperWeekModel(QAbstractTableModel):
    """Rows are helpers (ID_ROLE = helper id); `monday` is the week shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.monday = clock.today() - dt.timedelta(days=clock.today().weekday())
        self._weeks: list[HelperWeek] = []

    def load(self, day: dt.date) -> None:
        self.beginResetModel()
        from inharmony_desktop.core.services.helper_week import helper_weeks

        self.monday = day - dt.timedelta(days=day.weekday())
        self._weeks = helper_weeks(self.monday)
        self.endResetModel()

    def week_at(self, row: int) -> HelperWeek:
        return self._weeks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._weeks[section].helper_name if 0 <= section < len(self._weeks) else None
        if 0 <= section < DAYS:
            day = self.monday + dt.timedelta(days=section)
            return f"{weekday_label(section)} {day:%d/%m}"
        return translate("HelperWeekModel", "Hours / contract") if section == TOTAL_COLUMN else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._weeks):
            return None
        week = self._weeks[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return week.helper_id
        if column == TOTAL_COLUMN:
            return self._total(week, role)
        slots = week.on(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(f"{s.start_time}-{s.end_time} {s.customer_name}" for s in slots)
        if role == Qt.ItemDataRole.ToolTipRole and slots:
            lines = [f"{s.start_time}-{s.end_time} {s.customer_name} ({user_number_text(s.user_number)}, "
                     f"{activity_text(s.activity)})" for s in slots]
            if any(s.overlaps for s in slots):
                lines.append(translate("HelperWeekModel", "Overlapping slots: the helper is double-booked."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and any(s.overlaps for s in slots):
            return OVERLAP
        return None

    def _total(self, week: HelperWeek, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{week.total_hours} / {_hours(week.contract_hours)}"
        if role == Qt.ItemDataRole.BackgroundRole and week.over_contract:
            return OVER_CONTRACT
        if role == Qt.ItemDataRole.ToolTipRole and week.over_contract:
            return translate("HelperWeekModel", "More hours planned than the contract hours.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
