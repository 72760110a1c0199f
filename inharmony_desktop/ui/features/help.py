"""The Help menu: the manual (F1) and the About box.

The manual is one non-modal window per main window, kept and shown again (on
the page it was left at) each time it is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from inharmony_desktop.ui.actions import Actions

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from inharmony_desktop.ui.dialogs.manual import ManualDialog


@dataclass(frozen=True)
class HelpParts:
    """The window parts the Help menu uses."""

    parent: QWidget  # of the manual and the About box
    actions: Actions  # manual, about


class HelpActions(QObject):
    def __init__(self, parts: HelpParts) -> None:
        super().__init__(parts.parent)
        self.parts = parts
        self.manual: ManualDialog | None = None
        parts.actions.manual.triggered.connect(lambda: self.show_manual())
        parts.actions.about.triggered.connect(self.about)

    def show_manual(self, page: str = "") -> ManualDialog:
        """Show the manual (at `page`, e.g. "01-eerste-dag.html", when given)."""
        if self.manual is None:
            from inharmony_desktop.ui.dialogs.manual import ManualDialog

            self.manual = ManualDialog(self.parts.parent)
        if page:
            self.manual.open_page(page)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()
        return self.manual

    @Slot()
    def about(self) -> None:
        from inharmony_desktop.ui.dialogs.about import AboutDialog

        AboutDialog.ask(self.parts.parent)
