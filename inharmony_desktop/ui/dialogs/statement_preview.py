"""Preview a yearly statement (or any PDF) inside the program, with Print and Save.

`StatementPreviewDialog.ask(parent, user_number_id, year)` builds the statement
and shows it; `for_file()` shows an existing PDF (the combined print file of a
batch). Printing renders each page at 300 dpi onto a `QPrinter`. The file and
printer choices go through `ask_save_path()` and `ask_printer()`, which tests
replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSaveFile,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.ui.dialogs.form import fit_to_screen

PRINT_DPI = 300


class StatementPreviewDialog(QDialog):
    """Shows PDF bytes in a `QPdfView` (all pages, fit to width)."""

    def __init__(self, pdf: bytes, suggested_name: str, title: str,
                 parent: QWidget | None = None, *, document_kind: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        # What the save and print dialogs call it: the yearly statement unless told.
        self.document_kind = document_kind
        self.pdf = bytes(pdf)
        # The document reads from this buffer for as long as it is open.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise KnownError("Het document kan niet getoond worden: de PDF is onleesbaar.")

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_document)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 980)  # a page at a readable width

    # --- opening ------------------------------------------------------------------------------
    @classmethod
    def for_statement(cls, parent: QWidget | None, user_number_id: int,
                      year: int) -> StatementPreviewDialog:
        from inharmony_desktop.core.formatting import user_number_text
        from inharmony_desktop.core.services.statements import file_stem, statement_for
        from inharmony_desktop.reports.statement import statement_pdf

        data = statement_for(user_number_id, year)
        title = QCoreApplication.translate(
            "StatementPreviewDialog", "Yearly statement {year}: {number} {holder}").format(
            year=year, number=user_number_text(data.user_number), holder=data.holder)
        return cls(statement_pdf(data), f"{file_stem(data)}.pdf", title, parent)

    @classmethod
    def for_file(cls, parent: QWidget | None, path: Path, *, title: str = "",
                 document_kind: str = "") -> StatementPreviewDialog:
        """Any PDF; `title` defaults to the file name, `document_kind` (what the save and
        print dialogs call it) to the yearly statement."""
        try:
            pdf = Path(path).read_bytes()
        except OSError as exc:
            raise KnownError(f"Kan {path} niet lezen: {exc.strerror or exc}.") from exc
        return cls(pdf, Path(path).name, title or Path(path).name, parent,
                   document_kind=document_kind)

    @classmethod
    def ask(cls, parent: QWidget | None, user_number_id: int, year: int) -> None:
        """Build the statement and show the preview until the user closes it."""
        dialog = cls.for_statement(parent, user_number_id, year)
        dialog.exec()

    # --- seams --------------------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save {document}").format(document=self.document_kind)
            if self.document_kind else self.tr("Save yearly statement"), self.suggested_name,
            self.tr("PDF documents (*.pdf)"))
        return Path(name) if name else None

    def ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {document}").format(document=self.document_kind)
                              if self.document_kind else self.tr("Print yearly statement"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

    # --- actions ------------------------------------------------------------------------------
    def save_document(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        try:
            self.save_to(path)
        except KnownError as exc:
            self.show_error(exc.message)

    def save_to(self, path: Path) -> None:
        """Write the PDF atomically (QSaveFile commits only a complete file)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        out = QSaveFile(str(path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            raise KnownError(f"Kan {path} niet openen om te schrijven: {out.errorString()}.")
        out.write(QByteArray(self.pdf))
        if not out.commit():
            raise KnownError(f"Kan {path} niet schrijven: {out.errorString()}.")

    def print_document(self) -> None:
        printer = self.ask_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the chosen pages at the printer's resolution; returns the pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        painter = QPainter()
        if not painter.begin(printer):
            raise KnownError("De printer kan niet gestart worden.")
        printed = 0
        try:
            dpi = printer.resolution()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            for page in range(first - 1, min(last, count)):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                scaled = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed
