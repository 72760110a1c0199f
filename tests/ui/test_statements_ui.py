"""The statement preview (QPdfView, print, save) and the batch off the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.ui.dialogs.statement_options import StatementOptions, StatementOptionsDialog
from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog
from inharmony_desktop.ui.features.statements import StatementActions
from inharmony_desktop.ui.workers import StatementBatchRun
from tests.statement_fixtures import Household, make_helper, make_household


@pytest.fixture
def household(db) -> Household:
    h = make_household()
    h.order("2024-03-01", 120)
    h.paid_prestations(make_helper(), dt.date(2024, 2, 1), 10)
    return h


@pytest.fixture
def preview(qtbot, household) -> StatementPreviewDialog:
    dialog = StatementPreviewDialog.for_statement(None, household.user_number_id, 2024)
    qtbot.add_widget(dialog)
    return dialog


def test_preview_shows_the_statement(preview, qtbot):
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.document.pageCount() == 2  # the statement and its appendix
    assert "1234 5678 9012" in preview.windowTitle()
    assert "Zoë D'Hondt-Müller" in preview.windowTitle()
    assert preview.view.document() is preview.document
    assert preview.suggested_name == "2024_123456789012_Zoe_DHondt-Muller.pdf"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_save_writes_the_same_pdf(preview, tmp_path, monkeypatch):
    target = tmp_path / "overzicht"
    monkeypatch.setattr(preview, "ask_save_path", lambda: target)
    preview.save_button.click()
    saved = tmp_path / "overzicht.pdf"
    assert saved.read_bytes() == preview.pdf
    assert len(PdfReader(saved).pages) == 2


def test_print_renders_every_page_at_300_dpi(preview, tmp_path, monkeypatch):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(preview, "ask_printer", lambda: printer)
    preview.print_button.click()
    assert printer.resolution() == 300
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_batch_runs_off_the_gui_thread(qtbot, household, tmp_path):
    parent = QWidget()
    qtbot.add_widget(parent)
    run = StatementBatchRun(parent, 2024, tmp_path / "out")
    threads = []
    run.worker.progressed.connect(lambda *args: threads.append(threading.get_ident()),
                                  Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(run.finished_with, timeout=30_000) as blocker:
        run.start()
    outcome, result = blocker.args
    assert outcome == "done"
    assert [p.name for p in result.files] == ["2024_123456789012_Zoe_DHondt-Muller.pdf"]
    assert (tmp_path / "out" / "combined.pdf").exists()
    assert threads and threading.get_ident() not in threads
    assert not run.progress.isVisible()


def test_cancel_in_the_middle_writes_nothing(qtbot, household, tmp_path):
    Household("K002", "Aerts", "Anna Aerts", "222222222222").order("2024-05-01", 20)
    parent = QWidget()
    qtbot.add_widget(parent)
    run = StatementBatchRun(parent, 2024, tmp_path / "out")

    def cancel_after_first(done: int, total: int, text: str) -> None:
        if done == 1:
            run.worker.cancel()

    # Direct: runs in the worker thread, so the cancel lands before the next statement.
    run.worker.progressed.connect(cancel_after_first, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(run.finished_with, timeout=30_000) as blocker:
        run.start()
    assert blocker.args[0] == "cancelled"
    assert not (tmp_path / "out").exists()


def test_the_cancel_button_stops_the_worker(qtbot, db, tmp_path):
    parent = QWidget()
    qtbot.add_widget(parent)
    run = StatementBatchRun(parent, 2024, tmp_path / "out")
    run.progress.findChild(QPushButton).click()
    assert run.worker.is_cancelling()
    assert run.progress.labelText() == "Cancelling…"


def test_print_statements_action_opens_the_combined_file(qtbot, household, tmp_path,
                                                         monkeypatch):
    window = QWidget()
    qtbot.add_widget(window)
    actions = StatementActions(window)
    monkeypatch.setattr(StatementOptionsDialog, "ask",
                        classmethod(lambda cls, parent, **kw: StatementOptions(2024,
                                                                               tmp_path / "p")))
    messages, opened = [], []
    monkeypatch.setattr(actions, "inform", messages.append)
    monkeypatch.setattr(actions, "open_preview", opened.append)
    actions.print_statements()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [tmp_path / "p" / "combined.pdf"]
    assert messages == [f"1 yearly statement written to {tmp_path / 'p'}."]
    assert actions.run is None


def test_show_statement_without_a_selection_warns(qtbot, db):
    window = QWidget()
    qtbot.add_widget(window)
    actions = StatementActions(window)
    warnings = []
    actions.warn = warnings.append
    actions.show_statement(None)
    assert len(warnings) == 1


def test_default_year_is_last_year_in_the_first_half(qtbot):
    from inharmony_desktop.ui.dialogs.statement_options import default_year

    assert default_year(dt.date(2026, 2, 15)) == 2025
    assert default_year(dt.date(2026, 11, 27)) == 2026


def test_options_dialog_wants_a_folder(qtbot, tmp_path):
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    dialog = StatementOptionsDialog(None, with_folder=True, folder=a_file)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.folder.setText(str(tmp_path / "nieuw"))
    dialog.year.setValue(2024)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options() == StatementOptions(2024, tmp_path / "nieuw")


def test_preview_of_a_combined_file(qtbot, household, tmp_path):
    from inharmony_desktop.reports.batch import write_statements

    result = write_statements(2024, tmp_path / "out")
    dialog = StatementPreviewDialog.for_file(None, result.combined)
    qtbot.add_widget(dialog)
    assert dialog.document.pageCount() == result.combined_pages == 2
    assert dialog.suggested_name == "combined.pdf"


def test_main_window_previews_the_selected_user_number(qtbot, window, sample, monkeypatch):
    year = clock.today().year
    monkeypatch.setattr(StatementOptionsDialog, "ask",
                        classmethod(lambda cls, parent, **kw: StatementOptions(year)))
    shown = []
    monkeypatch.setattr(StatementPreviewDialog, "exec", lambda self: shown.append(self))
    file_menu = window.menus["file"].actions()
    assert window.menu_actions.yearly_statement in file_menu
    assert window.menu_actions.print_statements in file_menu
    window.customers.select("user_number", sample["un1"])
    window.menu_actions.yearly_statement.trigger()
    assert len(shown) == 1
    assert "1111 2222 3333" in shown[0].windowTitle()
    assert shown[0].document.pageCount() == 1
