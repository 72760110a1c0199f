"""The split editor: paper and electronic vouchers of one or more prestations.

The two spin boxes always add up to the hours: changing one moves the other.
The core checks the choice before the dialog closes (`splits.check_split`);
a selection it refuses (mixed hours, paid prestations) gets the reason in red
and nothing is written. The dialog only decides; the caller pushes the
command that writes (`SplitChoice.kind` is "set" or "reset").
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import splits
from inharmony_desktop.core.services.splits import SplitChoice
from inharmony_desktop.ui.formatting import counted_suffix
from inharmony_desktop.ui.messages import error_label


class SplitEditor(QDialog):
    """`choice` holds the decision once the dialog is accepted."""

    def __init__(self, prestation_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paper / electronic split"))
        self.selection = splits.describe_selection(prestation_ids)
        self.choice: SplitChoice | None = None
        self._adjusting = False

        self.summary = QLabel(self._summary_text(), self)
        self.summary.setWordWrap(True)
        self.paper = QSpinBox(self)
        self.electronic = QSpinBox(self)
        for box in (self.paper, self.electronic):
            box.setRange(0, self.selection.single_hours or 12)
        self.paper.setValue(self.selection.paper)
        self.electronic.setValue(self.selection.electronic)
        for box in (self.paper, self.electronic):
            counted_suffix(box, lambda n: self.tr("%n voucher(s)", "", n))
        self.paper.valueChanged.connect(self._paper_changed)
        self.electronic.valueChanged.connect(self._electronic_changed)
        self.error = error_label(self)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Electronic:"), self.electronic)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.reset_button = QPushButton(self.tr("Back to &default"), self)
        self.reset_button.setToolTip(self.tr(
            "The split follows the payment mode on the prestation date again."))
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self._reset)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self._refuse_selection()

    @classmethod
    def ask(cls, parent: QWidget | None, prestation_ids: list[int]) -> SplitChoice | None:
        dialog = cls(prestation_ids, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _summary_text(self) -> str:
        s = self.selection
        count = len(s.ids)
        if s.single_hours is not None:
            text = self.tr("%n prestation(s) of {hours} hours.", "", count).format(
                hours=s.single_hours)
        else:
            text = self.tr("%n prestation(s) with different hours.", "", count)
        if s.same_split:
            text += " " + self.tr("Now: {paper} paper + {electronic} electronic.").format(
                paper=s.paper, electronic=s.electronic)
        if s.same_default:
            text += " " + self.tr("Default: {paper} paper + {electronic} electronic.").format(
                paper=s.default_paper, electronic=s.default_electronic)
        if s.manual:
            text += " " + self.tr("%n set by hand.", "", s.manual)
        return text

    def _refuse_selection(self) -> None:
        try:
            splits.check_selection(self.selection)
        except KnownError as exc:
            self._show_error(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.reset_button.setEnabled(False)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @Slot(int)
    def _paper_changed(self, value: int) -> None:
        self._keep_sum(self.electronic, value)

    @Slot(int)
    def _electronic_changed(self, value: int) -> None:
        self._keep_sum(self.paper, value)

    def _keep_sum(self, other: QSpinBox, value: int) -> None:
        hours = self.selection.single_hours
        if self._adjusting or hours is None:
            return
        self._adjusting = True
        other.setValue(hours - value)
        self._adjusting = False
        self.error.hide()

    def accept(self) -> None:
        paper, electronic = self.paper.value(), self.electronic.value()
        try:
            splits.check_split(self.selection, paper, electronic)
        except KnownError as exc:
            self._show_error(str(exc))
            return
        self.choice = SplitChoice("set", tuple(self.selection.ids), paper, electronic)
        super().accept()

    @Slot()
    def _reset(self) -> None:
        self.choice = SplitChoice("reset", tuple(self.selection.ids))
        super().accept()
