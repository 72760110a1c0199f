"""The "Te corrigeren in Pluxee" tab and details section: prestations to redo in
Pluxee's zone.

The office works through the list in Pluxee, ticks each row off when done
(an undoable command), and can print the list or export it as CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import lookups
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.models.corrections import DONE, CorrectionTableModel
from inharmony_desktop.ui.views.details import DetailsSection
from inharmony_desktop.ui.views.id_table import IdTableView

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

ErrorSink = Callable[[str], None]


class CorrectionsPanel(QWidget):
    """Signals:
        tick_requested(ids): these prestations were corrected in Pluxee (push a command).
        history_requested(id): show the history of this prestation.

    `ask_csv_path` and `ask_printer` are seams (replaced in tests).
    """

    tick_requested = Signal(list)
    history_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *,
                 show_error: ErrorSink | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corrections_panel")
        self.show_error = show_error or (lambda message: None)
        self.model = CorrectionTableModel(self)
        # Queued: the command reloads the model, which must not happen inside its setData().
        self.model.tick_requested.connect(self.tick_requested, Qt.ConnectionType.QueuedConnection)

        self.table = IdTableView(self)
        self.table.setObjectName("corrections_table")
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated_id.connect(self.history_requested)
        self.table.selection_changed_ids.connect(self._update_buttons)

        self.summary = QLabel(self)
        self.summary.setObjectName("corrections_summary")
        self.tick_button = QPushButton(self.tr("Mark as &corrected"), self)
        self.tick_button.setToolTip(self.tr("The selected prestations were corrected in Pluxee"))
        self.tick_button.clicked.connect(self._tick_selected)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_list)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.clicked.connect(self.export_csv)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.tick_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._update_buttons([])

    # --- content ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self.table.resizeColumnToContents(DONE)
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("%n prestation(s) to correct in Pluxee's zone", "", count)
            if count else self.tr("Nothing to correct in Pluxee."))
        self.print_button.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)
        self._update_buttons(self.table.selected_ids())

    @Slot(list)
    def _update_buttons(self, ids: list) -> None:
        self.tick_button.setEnabled(bool(ids))

    @Slot()
    def _tick_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            self.tick_requested.emit(ids)

    # --- print and export ---------------------------------------------------------------------
    def document_html(self) -> str:
        """The list as a printable page (landscape), one row per prestation."""
        import html  # with its entity table, only when a text is escaped

        title = self.tr("To correct in Pluxee")
        printed = self.tr("Printed on {date}").format(date=date_text(clock.today()))
        headers = self.model.headers()[1:]
        cells = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
        lines = [
            f"<h2>{html.escape(title)}</h2>",
            f"<p>{html.escape(printed)}</p>",
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>",
            f"<tr>{cells}</tr>",
        ]
        for row in self.model.rows():
            texts = [self.model.text(row, column) for column in range(1, 9)]
            lines.append("<tr>" + "".join(f"<td nowrap>{html.escape(t)}</td>" for t in texts)
                         + "</tr>")
        lines.append("</table>")
        return "\n".join(lines)

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setHtml(self.document_html())
        return doc

    def ask_printer(self) -> QPrinter | None:
        # Qt's print module loads when the list is printed, not with the window.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    @Slot()
    def print_list(self) -> None:
        printer = self.ask_printer()
        if printer is not None:
            self.document().print_(printer)

    def ask_csv_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export list to correct in Pluxee"),
            f"te-corrigeren-pluxee-{clock.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"))
        return path

    @Slot()
    def export_csv(self) -> None:
        path = self.ask_csv_path()
        if not path:
            return
        from inharmony_desktop.core.services import corrections

        try:
            corrections.export_csv(path, self.model.rows())
        except KnownError as exc:
            self.show_error(str(exc))

    def select_prestation(self, prestation_id: int) -> None:
        row = self.model.row_of(prestation_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), 220))
        return hint



class CorrectionsSection(DetailsSection):
    """In the details panel: how many prestations of the selected customer or user
    number wait for a correction in Pluxee, with the way to the list and the history.

    Signals:
        open_list_requested(): show the "To correct in Pluxee" tab.
        history_requested(kind, id): show the history of this user number.
    """

    open_list_requested = Signal()
    history_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pluxee corrections"), parent)
        self.setObjectName("corrections_section")
        self.user_number_id: int | None = None
        self.text = QLabel(self)
        self.text.setObjectName("corrections_count")
        self.text.setWordWrap(True)
        self.list_button = QPushButton(self.tr("Show list"), self)
        self.list_button.clicked.connect(self.open_list_requested)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit("user_number", self.user_number_id or 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        import html  # with its entity table, only when a text is escaped

        self.user_number_id = user_number_id
        if user_number_id is not None:
            numbers = [user_number_id]
        elif customer_id is not None:
            numbers = lookups.user_number_ids_of(customer_id)
        else:
            self.hide()
            return
        from inharmony_desktop.core.services import corrections  # loaded on first selection

        count = corrections.count(numbers)
        if count:
            self.text.setText("<span style='color:#b35c00'>⚠ " + html.escape(self.tr(
                "%n prestation(s) to correct in Pluxee's zone", "", count)) + "</span>")
        else:
            self.text.setText(self.tr("Nothing to correct in Pluxee."))
        self.list_button.setVisible(count > 0)
        self.history_button.setVisible(user_number_id is not None)
        self.show()
