"""Editable combo boxes with type-ahead: user numbers (number or holder name) and helpers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from inharmony_desktop.core.services import lookups
from inharmony_desktop.ui.labels import user_number_text

Choices = list[tuple[int, str]]


class IdComboBox(QComboBox):
    """An editable combo whose items carry an entity id; typing filters by substring.

    `load_later(load)` gives it its choices on first use instead of now (the
    quick entry's thousands of user numbers are not read when the window opens).
    """

    # Events on the combo or its line edit that need the choices.
    _USING = (QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load: Callable[[], Choices] | None = None
        self._watching = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for entity_id, text in choices:
            self.addItem(text, entity_id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def load_later(self, load: Callable[[], Choices]) -> None:
        """Replace the choices by `load()` when the combo is next used: focused, typed
        in, opened, or its id asked or set. The id chosen now stays chosen."""
        self._load = load
        if not self._watching:
            self._watching = True
            self.installEventFilter(self)
            self.lineEdit().installEventFilter(self)

    def choices_loaded(self) -> bool:
        return self._load is None

    def ensure_choices(self) -> None:
        if self._load is None:
            return
        load, self._load = self._load, None
        keep = self._typed_id()
        self.blockSignals(True)
        self.clear()
        for entity_id, text in load():
            self.addItem(text, entity_id)
        self.blockSignals(False)
        self.set_current_id(keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._load is not None and event.type() in self._USING:
            self.ensure_choices()
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:
        self.ensure_choices()
        super().showPopup()

    def current_id(self) -> int | None:
        """The id of the item whose text is typed, or None for free text."""
        self.ensure_choices()
        return self._typed_id()

    def _typed_id(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            matches = [i for i in range(self.count())
                       if text.lower() in self.itemText(i).lower()]
            if len(matches) != 1:
                return None
            index = matches[0]
        return self.itemData(index)

    def set_current_id(self, entity_id: int | None) -> None:
        self.ensure_choices()
        index = self.findData(entity_id) if entity_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        # A long choice shows its beginning (the number), not its end.
        self.lineEdit().setCursorPosition(0)


def user_number_choices(include_id: int | None = None) -> list[tuple[int, str]]:
    return [(i, f"{user_number_text(number)} — {holder} ({name})")
            for i, number, holder, name in lookups.user_numbers(include_id)]


def helper_choices(include_id: int | None = None) -> list[tuple[int, str]]:
    return [(i, f"{name} ({reference})") for i, name, reference in lookups.helpers(include_id)]


def customer_choices() -> list[tuple[int, str]]:
    return [(i, f"{name} ({reference}, {city})")
            for i, name, reference, city in lookups.customers()]
