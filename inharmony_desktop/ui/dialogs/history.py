"""The "Geschiedenis" dialog: the audit log of one prestation or one user number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services import history
from inharmony_desktop.core.services.history import HistoryLine


class HistoryDialog(QDialog):
    """Read-only: when, who, what, and the readable summary of each change."""

    def __init__(self, parent: QWidget | None, title: str, lines: list[HistoryLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.setObjectName("history_dialog")
        heading = QLabel(title, self)
        heading.setObjectName("history_title")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.list = QTreeWidget(self)
        self.list.setObjectName("history_list")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Change")])
        for line in lines:
            item = QTreeWidgetItem([line.when, line.who, line.action_label, line.summary])
            item.setToolTip(3, line.summary)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if lines:
            self.list.scrollToItem(self.list.topLevelItem(len(lines) - 1))

        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.setVisible(not lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def texts(self) -> list[str]:
        """The summaries shown, oldest first (for tests and screen readers)."""
        return [self.list.topLevelItem(i).text(3) for i in range(self.list.topLevelItemCount())]

    @classmethod
    def for_prestation(cls, parent: QWidget | None, prestation_id: int) -> HistoryDialog:
        return cls(parent, history.title_for_prestation(prestation_id),
                   history.prestation_history(prestation_id))

    @classmethod
    def for_user_number(cls, parent: QWidget | None, user_number_id: int) -> HistoryDialog:
        return cls(parent, history.title_for_user_number(user_number_id),
                   history.user_number_history(user_number_id))

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str, entity_id: int) -> None:
        """Show the history of a "prestation" or a "user_number" (modal); `KnownError`
        when it does not exist."""
        dialog = (cls.for_prestation(parent, entity_id) if kind == "prestation"
                  else cls.for_user_number(parent, entity_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
