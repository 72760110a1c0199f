"""Keyboard-first entry of prestations: date, user number, helper, activity, hours, Enter.

A refusal is shown on a line of its own under the fields, wrapped: a long message
never widens the bar (and so never pushes the side panels away)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.services.prestations import PrestationInput
from inharmony_desktop.core.vocabulary import Activity, codes
from inharmony_desktop.ui.dialogs.pickers import IdComboBox, helper_choices, user_number_choices
from inharmony_desktop.ui.formatting import DATE_FORMAT, from_qdate
from inharmony_desktop.ui.labels import activity_label
from inharmony_desktop.ui.messages import error_label


class TypedDateEdit(QDateEdit):
    """A date edit that takes 20/01/2026 typed in full: after two digits Qt already
    jumps to the month, so the "/" typed next must not jump once more."""

    SEPARATORS = {Qt.Key.Key_Slash, Qt.Key.Key_Minus, Qt.Key.Key_Period}

    def __init__(self, date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(date, parent)
        self._jumped = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.SEPARATORS and self._jumped:
            self._jumped = False
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._jumped = (Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
                        and self.currentSection() != section)


class QuickEntryBar(QWidget):
    """Signals:
        submitted(PrestationInput): Enter was pressed with every field filled in;
            the receiver saves it and calls `ready_for_next()` or `show_error()`.
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = TypedDateEdit(QDate(clock.today()), self)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.user_number = IdComboBox([], self)
        self.user_number.setObjectName("quick_user_number")
        self.user_number.setMinimumContentsLength(20)
        self.user_number.lineEdit().setPlaceholderText(self.tr("User number or name"))
        self.helper = IdComboBox([], self)
        self.helper.setObjectName("quick_helper")
        self.helper.setMinimumContentsLength(14)
        self.helper.lineEdit().setPlaceholderText(self.tr("Helper"))
        self.activity = QComboBox(self)
        self.activity.setObjectName("quick_activity")
        for code in codes(Activity):
            self.activity.addItem(activity_label(code), code)
        self.hours = QSpinBox(self)
        self.hours.setRange(1, 12)
        self.hours.setValue(3)
        self.hours.setSuffix(self.tr(" h"))
        self.add = QPushButton(self.tr("Add"), self)
        self.add.setToolTip(self.tr("Save this prestation (Enter)"))
        self.add.clicked.connect(self.submit)
        self.error = error_label(self, "quick_error")
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error.hide()
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(QLabel(self.tr("Quick entry:"), self))
        for widget in (self.date, self.user_number, self.helper, self.activity, self.hours,
                       self.add):
            fields.addWidget(widget)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        self._order = [self.date, self.user_number, self.helper, self.activity, self.hours]
        for widget in (self.date, self.user_number.lineEdit(), self.helper.lineEdit(),
                       self.activity, self.hours):
            widget.installEventFilter(self)
        self.setTabOrder(self.date, self.user_number)
        self.setTabOrder(self.user_number, self.helper)
        self.setTabOrder(self.helper, self.activity)
        self.setTabOrder(self.activity, self.hours)
        self.setTabOrder(self.hours, self.add)

    def reload_choices(self) -> None:
        """Read the user numbers and helpers again when the bar is next used (thousands of
        user numbers: not while the window opens, nor after every change)."""
        self.user_number.load_later(user_number_choices)
        self.helper.load_later(helper_choices)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                     Qt.Key.Key_Enter):
            for combo in (self.user_number, self.helper):
                popup = combo.completer().popup()
                if watched is combo.lineEdit() and popup.isVisible():
                    return False
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        self.clear_error()
        if self.user_number.current_id() is None:
            self.user_number.setFocus()
            self.show_error(ValidationError({"user_number": self.tr("Choose a user number.")}))
            return
        if self.helper.current_id() is None:
            self.helper.setFocus()
            self.show_error(ValidationError({"helper": self.tr("Choose a helper.")}))
            return
        self.submitted.emit(PrestationInput(
            date=from_qdate(self.date.date()), user_number_id=self.user_number.current_id(),
            helper_id=self.helper.current_id(), hours=self.hours.value(),
            activity=self.activity.currentData()))

    def start(self) -> None:
        """Put the cursor in the date with the day selected: typing 20/01/2026 replaces it."""
        self.date.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def ready_for_next(self) -> None:
        """The prestation was saved: keep date, helper and activity, clear the rest."""
        self.clear_error()
        self.user_number.set_current_id(None)
        self.hours.setValue(3)
        self.user_number.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: KnownError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
