"""The warnings of a payroll month as a list, each with the way to what it is
about: its prestations, the helper, the absence (SPEC §4.9).

Signals:
    prestations_requested(ids, helper_id): show these prestations (helper_id 0:
        the month's, of several helpers).
    helper_requested(helper_id), absence_requested(absence_id): open it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services.payroll import PayrollWarning, WarningKind

WARNING_ROLE = Qt.ItemDataRole.UserRole


def helper_of(warning: PayrollWarning) -> int | None:
    """The helper a warning is about; None for the month's own warnings (a missing code
    names the first of several helpers: it is about the month)."""
    return None if warning.kind == WarningKind.MISSING_CODE else warning.helper_id


class PayrollWarningsPanel(QGroupBox):
    prestations_requested = Signal(list, int)
    helper_requested = Signal(int)
    absence_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Warnings"), parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("payroll_warnings")
        self.table.setHorizontalHeaderLabels([self.tr("Helper"), self.tr("Warning")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 190)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._open_first())
        self.prestations_button = QPushButton(self.tr("Show the &prestations"), self)
        self.prestations_button.setToolTip(self.tr(
            "Selects them in the Prestations tab; this window steps aside until you choose "
            "Planning › Helpers' monthly statements… again"))
        self.helper_button = QPushButton(self.tr("Open the &helper…"), self)
        self.absence_button = QPushButton(self.tr("Open the &absence…"), self)
        self.prestations_button.clicked.connect(self.open_prestations)
        self.helper_button.clicked.connect(self.open_helper)
        self.absence_button.clicked.connect(self.open_absence)
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.prestations_button, self.helper_button, self.absence_button

    def show_warnings(self, warnings: list[PayrollWarning], names: dict[int, str]) -> None:
        """Fill the list; `names` gives each helper id its 'name (reference)'. The row
        selected before stays selected (by position: the list is checked again after
        every change)."""
        selected = self.table.currentRow()
        self.table.setRowCount(len(warnings))
        for row, warning in enumerate(warnings):
            helper_id = helper_of(warning)
            who = names.get(helper_id, "") if helper_id else ""
            first = QTableWidgetItem(who or self.tr("The month"))
            first.setData(WARNING_ROLE, warning)
            self.table.setItem(row, 0, first)
            text = warning.detail if who else warning.text
            # The month's own warnings start with the month: "december 2026 is nog niet…".
            self.table.setItem(row, 1, QTableWidgetItem(text[:1].upper() + text[1:]))
        self.table.resizeRowsToContents()
        if warnings:
            self.table.selectRow(min(max(selected, 0), len(warnings) - 1))
        self._update_buttons()

    def warnings(self) -> list[PayrollWarning]:
        return [self.table.item(row, 0).data(WARNING_ROLE)
                for row in range(self.table.rowCount())]

    def selected(self) -> PayrollWarning | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(WARNING_ROLE) if item is not None else None

    def select(self, warning: PayrollWarning) -> None:
        self.table.selectRow(self.warnings().index(warning))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # the wrapped texts follow the width

    @Slot()
    def _update_buttons(self) -> None:
        warning = self.selected()
        self.prestations_button.setEnabled(bool(warning and warning.prestation_ids))
        self.helper_button.setEnabled(bool(warning and helper_of(warning)))
        self.absence_button.setEnabled(bool(warning and warning.absence_id))

    def _open_first(self) -> None:
        for button in self.buttons():
            if button.isEnabled():
                button.click()
                return

    @Slot()
    def open_prestations(self) -> None:
        warning = self.selected()
        if warning and warning.prestation_ids:
            self.prestations_requested.emit(list(warning.prestation_ids),
                                            helper_of(warning) or 0)

    @Slot()
    def open_helper(self) -> None:
        helper_id = helper_of(warning) if (warning := self.selected()) else None
        if helper_id:
            self.helper_requested.emit(helper_id)

    @Slot()
    def open_absence(self) -> None:
        warning = self.selected()
        if warning and warning.absence_id:
            self.absence_requested.emit(warning.absence_id)
