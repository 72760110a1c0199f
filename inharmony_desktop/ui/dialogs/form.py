"""The base of every edit dialog: fields with their error message underneath,
validation by the core before the dialog closes, and the `ask()` seam.

A subclass adds its fields with `add_field(name, label, widget)` using the
field names of the core's `ValidationError.fields`, implements `collect()`
(widgets -> the service's input dataclass) and `validate(value)` (calls the
service's pure `clean()`), and is opened with `SubClass.ask(parent, ...)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.ui.messages import error_label


class FormDialog(QDialog):
    """`value` holds the validated input after the dialog was accepted.

    The names in `REQUIRED` are marked with an asterisk before the user presses OK, with
    one line under the form that says what it means."""

    REQUIRED: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.value: Any = None
        self._tab_order_done = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = error_label(self, "general_error")
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.required_note = QLabel(self.tr("* required"), self)
        self.required_note.setObjectName("required_note")
        self.required_note.setStyleSheet("color: #5a666b;")
        self.required_note.setVisible(bool(self.REQUIRED))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.required_note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(container, f"error_{name}")
        error.hide()
        box.addWidget(error)
        if name in self.REQUIRED:
            label = f"{label} *"
            widget.setAccessibleDescription(self.tr("required"))
        self.form.addRow(label, container)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_order_done:
            self._tab_order_done = True
            others = self._buttons_last_in_tab_order()
            focus = self.focusWidget()
            if focus is None or self.buttons.isAncestorOf(focus):
                candidates = [w for w in self.fields.values()
                              if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
                first = (candidates or others or [None])[0]
                if first is not None:
                    first.setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)

    def _buttons_last_in_tab_order(self) -> list[QWidget]:
        """The button box is made before the fields, so Tab would visit OK and Cancel
        first; move them behind the last field. Returns the other widgets in order."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget not in chain:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        buttons = [w for w in chain if self.buttons.isAncestorOf(w)
                   and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        others = [w for w in chain if not self.buttons.isAncestorOf(w)
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
        if buttons and others:
            previous = others[-1]
            for button in buttons:
                QWidget.setTabOrder(previous, button)
                previous = button
        return others

    # --- to implement -------------------------------------------------------------------------
    def collect(self) -> Any:
        raise NotImplementedError

    def validate(self, value: Any) -> None:
        """Raise `ValidationError`/`KnownError` (from the core) on bad input."""

    # --- validation ---------------------------------------------------------------------------
    def accept(self) -> None:
        self.clear_errors()
        try:
            value = self.collect()
            self.validate(value)
        except KnownError as exc:
            self.show_errors(exc)
            return
        self.value = value
        super().accept()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, exc: KnownError) -> None:
        """Each field's message beside it; the rest (or a plain `KnownError`) below the form."""
        leftover: list[str] = []
        first: QWidget | None = None
        fields = exc.fields if isinstance(exc, ValidationError) else {}
        for name, message in fields.items():
            label = self.errors.get(name)
            if label is None:
                leftover.append(message)
                continue
            label.setText(message)
            label.show()
            first = first or self.fields.get(name)
        if not fields:
            leftover.append(str(exc))
        if leftover:
            self.general_error.setText("\n".join(leftover))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        """The message shown beside `name` ('' when none); for tests and screen readers."""
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    @classmethod
    def ask(cls, parent: QWidget | None, *args: Any, **kwargs: Any) -> Any:
        """Open the dialog; the validated input, or None when cancelled."""
        dialog = cls(parent, *args, **kwargs)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.value
            return None
        finally:
            dialog.deleteLater()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` x `height`, but never wider or taller than the screen (a
    1366x768 laptop), with room left for the title bar and the task bar."""
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is not None:
        width = min(width, screen.width() - 40)
        height = min(height, screen.height() - 60)
    widget.resize(width, height)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
