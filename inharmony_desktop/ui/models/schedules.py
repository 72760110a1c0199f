"""The schedules and absences tables: list models (a few thousand rows at most),
keyed by ids. They sort themselves in Python on their `sort_value`s (one key per
row, no per-comparison call through Qt); the tab's proxy only filters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inharmony_desktop.core import clock
from inharmony_desktop.core.formatting import date_text
from inharmony_desktop.ui.labels import absence_reason_label, activity_label, user_number_text
from inharmony_desktop.ui.models import ID_ROLE

if TYPE_CHECKING:  # the services are read when a tab is first shown, not at start
    from inharmony_desktop.core.services.absences import AbsenceRow
    from inharmony_desktop.core.services.schedules import ScheduleRow

# lupdate reads the literal context and text of every translate() call.
translate = QCoreApplication.translate

_GREY = QBrush(QColor("#8a8a8a"))
Index = QModelIndex




def weekday_label(weekday: int) -> str:
    return (
        translate("Weekdays", "Monday"), translate("Weekdays", "Tuesday"),
        translate("Weekdays", "Wednesday"), translate("Weekdays", "Thursday"),
        translate("Weekdays", "Friday"), translate("Weekdays", "Saturday"),
        translate("Weekdays", "Sunday"),
    )[weekday]


def weekday_short(weekday: int) -> str:
    return (
        translate("Weekdays", "Mon"), translate("Weekdays", "Tue"), translate("Weekdays", "Wed"),
        translate("Weekdays", "Thu"), translate("Weekdays", "Fri"), translate("Weekdays", "Sat"),
        translate("Weekdays", "Sun"),
    )[weekday]


def activity_text(code: str | None) -> str:
    """The activity of a schedule or absence; None (an absence) is every activity."""
    if code is None:
        return translate("ScheduleModels", "everything")
    return activity_label(code)


def _date(day: dt.date | None) -> str:
    return date_text(day)


class _ListModel(QAbstractTableModel):
    """Rows of frozen dataclasses with an `id`; subclasses give columns and cells."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.on: dt.date = clock.today()
        self._sort: tuple[int, bool] | None = None  # (column, descending)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.on = clock.today()
        self.endResetModel()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return rows
        column, descending = self._sort
        return sorted(rows, key=lambda r: self.sort_value(r, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        before = {id(r): i for i, r in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        moved = {before[id(r)]: i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, entity_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == entity_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.sort_value(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.is_past(row):
            return _GREY
        return None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def is_past(self, row: Any) -> bool:
        return False


class ScheduleTableModel(_ListModel):
    columns = ("Helper", "Customer", "User number", "Activity", "Weekday", "Time", "Hours",
               "Every", "From", "Until")

    def headers(self) -> list[str]:
        return [
            translate("ScheduleTableModel", "Helper"), translate("ScheduleTableModel", "Customer"),
            translate("ScheduleTableModel", "User number"),
            translate("ScheduleTableModel", "Activity"), translate("ScheduleTableModel", "Weekday"),
            translate("ScheduleTableModel", "Time"), translate("ScheduleTableModel", "Hours"),
            translate("ScheduleTableModel", "Every"), translate("ScheduleTableModel", "From"),
            translate("ScheduleTableModel", "Until"),
        ]

    def reload(self) -> None:
        from inharmony_desktop.core.services import schedules

        self.set_rows(schedules.list_schedules())

    def display(self, s: ScheduleRow, column: int) -> str:
        every = (translate("ScheduleTableModel", "week") if s.every_weeks == 1
                 else translate("ScheduleTableModel", "2 weeks"))
        return [
            s.helper_name, s.customer_name, user_number_text(s.user_number), activity_text(s.activity),
            weekday_label(s.weekday), f"{s.start_time}-{s.end_time}", str(s.hours), every,
            _date(s.first_date), _date(s.last_date),
        ][column]

    def sort_value(self, s: ScheduleRow, column: int) -> Any:
        if column < 3:
            return (s.helper_name, s.customer_name, s.user_number)[column]
        if column == 4:
            return s.weekday * 10_000 + int(s.start_time.replace(":", ""))
        if column == 6:
            return s.hours
        if column == 8:
            return s.first_date.toordinal()
        if column == 9:
            return s.last_date.toordinal() if s.last_date else 10**7
        return self.display(s, column)

    def is_past(self, s: ScheduleRow) -> bool:
        return s.last_date is not None and s.last_date < self.on


class AbsenceTableModel(_ListModel):
    columns = ("Who", "Kind", "Activity", "From", "Until", "Days", "Reason", "Note")

    def headers(self) -> list[str]:
        return [
            translate("AbsenceTableModel", "Who"), translate("AbsenceTableModel", "Kind"),
            translate("AbsenceTableModel", "Activity"), translate("AbsenceTableModel", "From"),
            translate("AbsenceTableModel", "Until"), translate("AbsenceTableModel", "Days"),
            translate("AbsenceTableModel", "Reason"), translate("AbsenceTableModel", "Note"),
        ]

    def reload(self) -> None:
        from inharmony_desktop.core.services import absences

        self.set_rows(absences.list_absences())

    def display(self, a: AbsenceRow, column: int) -> str:
        kind = (translate("AbsenceTableModel", "helper") if a.is_helper
                else translate("AbsenceTableModel", "customer"))
        activity = "" if a.is_helper else activity_text(a.activity)
        days = (a.to_date - a.from_date).days + 1
        return [
            a.who, kind, activity, _date(a.from_date), _date(a.to_date), str(days),
            absence_reason_label(a.reason), a.note,
        ][column]

    def sort_value(self, a: AbsenceRow, column: int) -> Any:
        if column == 3:
            return a.from_date.toordinal()
        if column == 4:
            return a.to_date.toordinal()
        if column == 5:
            return (a.to_date - a.from_date).days + 1
        return self.display(a, column)

    def is_past(self, a: AbsenceRow) -> bool:
        return a.to_date < self.on
