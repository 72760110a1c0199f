"""Add or edit a helper (medewerker)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from inharmony_desktop.core.services import helpers
from inharmony_desktop.core.services.helpers import HelperInput
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.formatting import number_text


class HelperDialog(FormDialog):
    REQUIRED = frozenset({"reference", "name"})

    def __init__(self, parent: QWidget | None, initial: HelperInput | None = None,
                 helper_id: int | None = None) -> None:
        title = self.tr("Edit helper") if helper_id else self.tr("New helper")
        super().__init__(parent, title)
        self.helper_id = helper_id
        self.reference = self.add_field("reference", self.tr("Helper number"), QLineEdit())
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.insz = self.add_field("insz", self.tr("National number (INSZ)"), QLineEdit())
        self.contract_hours = self.add_field(
            "contract_hours", self.tr("Contract hours per week"), QLineEdit())
        self.contract_hours.setPlaceholderText("30,4")
        self.active = self.add_field("active", self.tr("Active"), QCheckBox())
        self.active.setChecked(True)
        if initial is not None:
            self.reference.setText(initial.reference)
            self.name.setText(initial.name)
            self.phone.setText(initial.phone)
            self.insz.setText(initial.insz or "")
            hours = initial.contract_hours
            self.contract_hours.setText(number_text(hours) if hours not in (None, "") else "")
            self.active.setChecked(initial.active)

    def collect(self) -> HelperInput:
        return HelperInput(
            reference=self.reference.text(), name=self.name.text(), phone=self.phone.text(),
            insz=self.insz.text() or None,
            contract_hours=self.contract_hours.text().strip() or None,
            active=self.active.isChecked(),
        )

    def validate(self, value: HelperInput) -> None:
        helpers.clean(value, existing_id=self.helper_id)
