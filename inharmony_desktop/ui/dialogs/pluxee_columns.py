"""Which column of an export is which, for a file whose headers were not recognised.

For every field the program reads a combo box of the file's headers, set to
the one recognised (or chosen last time for files with these headers); the
needed fields must be chosen. `PluxeeColumnsDialog.ask(parent, file_name, error,
offered)` returns the mapping (field code -> header) or None; tests replace it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import pluxee_values
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.pluxee_file import FIELDS, HELPER_FIELDS, UnrecognisedColumns, recognise
from inharmony_desktop.ui.labels import pluxee_field_label
from inharmony_desktop.ui.messages import error_label


def recognised(headers: list[str], doubled: Mapping[str, list[str]]) -> dict[str, str]:
    """Field code -> the header that names it, for the fields named by exactly one header."""
    found: dict[str, str] = {}
    for field in FIELDS:
        if field.code in doubled:
            continue
        keys = {pluxee_values.key(alias) for alias in field.aliases}
        names = [h for h in headers if pluxee_values.key(h) in keys]
        if len(names) == 1:
            found[field.code] = names[0]
    return found


def is_needed(code: str) -> bool:
    return code in HELPER_FIELDS or any(f.code == code and f.required for f in FIELDS)


class PluxeeColumnsDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, error: UnrecognisedColumns,
                 offered: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the Pluxee export"))
        self.headers = list(error.headers)
        self.value: dict[str, str] | None = None
        preset = recognised(self.headers, error.doubled)
        preset.update({code: header for code, header in (offered or {}).items()
                       if header in self.headers})
        intro = QLabel(self.tr(
            "The columns of {file} were not all recognised. Choose for each field the column "
            "of the file that holds it; the choice is kept for files with these columns.")
            .format(file=file_name), self)
        intro.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        needed = QGroupBox(self.tr("Needed (the worker by INSZ or by name, or both)"), self)
        optional = QGroupBox(self.tr("Read when the file has them"), self)
        needed_form, optional_form = QFormLayout(needed), QFormLayout(optional)
        for field in FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field.code}")
            combo.addItem(self.tr("— not in the file —"), "")
            for header in self.headers:
                combo.addItem(header or self.tr("(empty header)"), header)
            combo.setCurrentIndex(max(combo.findData(preset.get(field.code, "")), 0))
            label = pluxee_field_label(field.code)
            if field.code in error.doubled:
                combo.setToolTip(self.tr("More than one column seems to be this one: choose."))
                label += " ⚠"
            (needed_form if is_needed(field.code) else optional_form).addRow(label, combo)
            self.combos[field.code] = combo
        # The combo boxes of both groups under each other.
        labels = [form.labelForField(combo) for form in (needed_form, optional_form)
                  for combo in self.combos.values() if form.labelForField(combo) is not None]
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)
        self.error = error_label(self, "columns_error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(needed)
        layout.addWidget(optional)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def mapping(self) -> dict[str, str]:
        return {code: combo.currentData() for code, combo in self.combos.items()
                if combo.currentData()}

    def choose(self, code: str, header: str) -> None:
        """Set one field's column (for tests and keyboard users alike)."""
        combo = self.combos[code]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def problem(self) -> str:
        """Why the chosen columns cannot be read ("" when they can)."""
        mapping = self.mapping()
        missing = [pluxee_field_label(f.code) for f in FIELDS
                   if f.required and f.code not in mapping]
        if missing:
            return self.tr("Choose the column of: {fields}.").format(fields=", ".join(missing))
        if not any(code in mapping for code in HELPER_FIELDS):
            return self.tr("Choose the column of the worker's INSZ or name.")
        chosen: dict[str, str] = {}
        for code, header in mapping.items():
            if header in chosen:
                return self.tr("The column {header} is chosen for both {first} and {second}.") \
                    .format(header=header, first=pluxee_field_label(chosen[header]),
                            second=pluxee_field_label(code))
            chosen[header] = code
        try:
            recognise(self.headers, mapping)
        except KnownError as exc:
            return str(exc)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.value = self.mapping()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, error: UnrecognisedColumns,
            offered: Mapping[str, str] | None = None) -> dict[str, str] | None:
        dialog = cls(parent, file_name, error, offered)
        try:
            return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
