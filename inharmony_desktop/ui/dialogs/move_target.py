"""Where to move prestations: a user-number picker that completes on number and
holder name, and the question asked before moving to another customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, user_number_choices


class MoveTargetDialog(FormDialog):
    """`value` is the chosen user number's id after the dialog was accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        count: int,
        choices: list[tuple[int, str]] | None = None,
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(parent, title or self.tr("Move to…"))
        self.setObjectName("move_target_dialog")
        intro = QLabel(self.tr("Move %n selected prestation(s) to this user number:", "", count), self)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.target = IdComboBox(user_number_choices() if choices is None else choices, self)
        self.target.setObjectName("move_target")
        self.target.lineEdit().setPlaceholderText(self.tr("Type a user number or a name"))
        self.add_field("target", self.tr("User number"), self.target)
        if self.target.count() == 1:
            self.target.setCurrentIndex(0)
        self.target.setFocus()

    def collect(self) -> int | None:
        return self.target.current_id()

    def validate(self, value: int | None) -> None:
        if value is None:
            raise ValidationError({"target": self.tr("Choose one active user number from the list.")})


def confirm_other_customer(parent: QWidget | None, target: str, customers: list[str]) -> bool:
    """Ask before moving prestations to a user number of another customer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MoveTargetDialog", "Move to another customer?"))
    box.setText(
        QCoreApplication.translate(
            "MoveTargetDialog", "{target} belongs to another customer than {customers}."
        ).format(target=target, customers=", ".join(customers))
    )
    box.setInformativeText(
        QCoreApplication.translate("MoveTargetDialog", "Move the prestations to this customer anyway?")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
