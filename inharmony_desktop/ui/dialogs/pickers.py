"""Editable combo boxes with type-ahead: user numbers (number or holder name) and helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from inharmony_desktop.core.services import lookups
from inharmony_desktop.ui.labels import user_number_text


class IdComboBox(QComboBox):
    """An editable combo whose items carry an entity id; typing filters by substring."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def current_id(self) -> int | None:
        """The id of the item whose text is typed, or None for free text."""
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
