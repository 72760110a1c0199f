"""The "Payroll codes" page of the settings dialog: which code the social
secretariat gets for each kind of hours (`core.services.payroll_codes`).

One field per subject, named as the core names it (`activity.home_help`), with
its error label underneath; the settings dialog shows the core's
`ValidationError` beside each field through `fields` and `errors`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services import payroll_codes
from inharmony_desktop.core.services.payroll_codes import ABSENCE, ACTIVITY, CodeRow
from inharmony_desktop.ui.labels import absence_reason_label, activity_label
from inharmony_desktop.ui.messages import error_label

CODE_WIDTH = 130


class PayrollCodesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = payroll_codes.code_rows()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        intro = QLabel(self.tr(
            "The codes in the file for the social secretariat (payroll-YYYY-MM.csv). Every "
            "secretariat has its own: ask yours for them. A code has at most 10 letters, "
            "digits, - or _; worked hours and absences need different codes."), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        grid.setVerticalSpacing(2)
        sections = ((ACTIVITY, self.tr("Worked hours")),
                    (ABSENCE, self.tr("Absence of the helper")),
                    (payroll_codes.CUSTOMER_ABSENCE,
                     self.tr("Absence of the customer, in the helper's schedule")))
        line = 0
        for kind, title in sections:
            heading = QLabel(f"<b>{title}</b>", self)
            heading.setContentsMargins(0, 10, 0, 2)
            grid.addWidget(heading, line, 0, 1, 4)
            line += 1
            for row in (r for r in self.rows if r.kind == kind):
                self._add_row(grid, line, row)
                line += 2
        self.defaults_button = QPushButton(self.tr("Put back the &shipped codes"), self)
        self.defaults_button.setToolTip(self.tr(
            "The codes the program comes with; saved only when you press OK"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.defaults_button)
        bottom.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def _add_row(self, grid: QGridLayout, line: int, row: CodeRow) -> None:
        edit = QLineEdit(row.code, self)
        edit.setObjectName(f"code_{row.field}")
        edit.setMaxLength(payroll_codes.MAX_LENGTH + 5)  # a longer one gets its message
        edit.setFixedWidth(CODE_WIDTH)
        edit.setPlaceholderText(row.default)
        label = QLabel(self._label(row), self, buddy=edit)
        default = QLabel(self.tr("shipped: {code}").format(code=row.default), self)
        default.setStyleSheet("color: #6b6b6b;")
        error = error_label(self, f"error_{row.field}")
        error.hide()
        grid.addWidget(label, line, 0)
        grid.addWidget(edit, line, 1)
        grid.addWidget(default, line, 2)
        grid.addWidget(error, line + 1, 1, 1, 3)
        self.fields[row.field] = edit
        self.errors[row.field] = error

    def _label(self, row: CodeRow) -> str:
        if row.kind == ACTIVITY:
            text = activity_label(row.subject)
        elif row.kind == ABSENCE:
            text = absence_reason_label(row.subject)
        else:
            text = self.tr("customer absent")
        return text[:1].upper() + text[1:]

    def restore_defaults(self) -> None:
        for row in self.rows:
            self.fields[row.field].setText(row.default)

    def values(self) -> dict[str, str]:
        """Every code as typed (stripped), by field name."""
        return {name: edit.text().strip() for name, edit in self.fields.items()}

    def changed(self) -> dict[str, str]:
        """Only the codes that differ from those in force."""
        current = {row.field: row.code for row in self.rows}
        return {name: text for name, text in self.values().items() if text != current[name]}
