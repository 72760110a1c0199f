"""The preview of a Pluxee reading: what reading the file would do, before anything
is written. "Read" applies it (one undoable command), "Cancel" leaves everything
as it was. `PluxeePreviewDialog.ask(parent, plan)` is the seam tests replace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services.reconciliation_plan import CATEGORY_ORDER, ReadingPlan
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import pluxee_category_help, pluxee_category_label

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def category_rows(plan: ReadingPlan) -> list[tuple[str, int, str]]:
    """(label, count, meaning) of each category that occurs, in the order of the spec."""
    counts = plan.counts
    return [(pluxee_category_label(code), counts[code.value], pluxee_category_help(code))
            for code in CATEGORY_ORDER if counts.get(code.value)]


class PluxeePreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: ReadingPlan) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read Pluxee export"))
        self.plan = plan
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(plan.export.file_name, self))
        period = plan.period
        self.period = QLabel(self.tr("{first} – {last}").format(
            first=date_text(period[0]), last=date_text(period[1])) if period
            else self.tr("no rows"), self)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Rows:"), QLabel(str(len(plan.export.rows)), self))

        rows = category_rows(plan)
        self.categories = QTableWidget(len(rows), 3, self)
        self.categories.setObjectName("pluxee_preview_categories")
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Rows"), self.tr("What it means")])
        self.categories.verticalHeader().setVisible(False)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.categories.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.categories.setWordWrap(True)
        for number, (label, count, meaning) in enumerate(rows):
            count_item = QTableWidgetItem(str(count))
            count_item.setTextAlignment(_RIGHT)
            for column, item in enumerate((QTableWidgetItem(label), count_item,
                                           QTableWidgetItem(meaning))):
                self.categories.setItem(number, column, item)
        header = self.categories.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        changing = len(plan.changing)
        differences = plan.differences
        self.summary = QLabel(" ".join([
            self.tr("%n prestation(s) will be brought up to date;", "", changing),
            self.tr("%n difference(s) go to the work list of the Pluxee tab.", "", differences),
            self.tr("Nothing has been saved yet."),
        ]), self)
        self.summary.setObjectName("pluxee_preview_summary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.read_button = self.buttons.addButton(self.tr("&Read"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.read_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.categories, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        # Wide enough for every meaning on one line (as far as the screen allows).
        needed = sum(self.categories.sizeHintForColumn(c) for c in range(3)) + 60
        screen = self.screen().availableGeometry() if self.screen() else None
        self.setMinimumWidth(min(max(needed, 560), (screen.width() - 40) if screen else 1300))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_rows)  # once the columns have their widths

    def fit_rows(self) -> None:
        """Each meaning wrapped to the width it got, the table as tall as its rows (at most
        what the screen allows)."""
        table = self.categories
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(row) for row in range(table.rowCount()))
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        table.setFixedHeight(min(height + 2, max(200, screen - 320)))
        self.layout().activate()
        self.resize(self.width(), self.minimumSizeHint().height())

    def counts(self) -> dict[str, int]:
        """The category label -> rows the dialog shows (for tests)."""
        return {self.categories.item(row, 0).text(): int(self.categories.item(row, 1).text())
                for row in range(self.categories.rowCount())}

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ReadingPlan) -> bool:
        """True when the office chose to read the file."""
        dialog = cls(parent, plan)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

