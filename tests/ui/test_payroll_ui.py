"""The helpers' monthly statements in the window: the warnings first, each opening
what it is about; the batch with progress and Cancel; the preview; the payroll
codes in Settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from inharmony_desktop.core.services import helpers
from inharmony_desktop.core.services.payroll import Month, WarningKind, payroll_month
from inharmony_desktop.ui.dialogs import helper as helper_dialog
from inharmony_desktop.ui.dialogs.payroll import FOLDER_KEY, PayrollDialog, default_month
from inharmony_desktop.ui.dialogs.settings import SettingsDialog
from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog
from inharmony_desktop.ui.workers import wait_for_all
from tests.payroll_world import World, make_world

OCTOBER = Month(2026, 10)
ANN_INSZ = "85051210002"


@pytest.fixture
def world(db) -> World:
    return make_world()


@pytest.fixture
def window(qtbot, world, open_window):
    main = open_window()
    yield main
    wait_for_all()  # checks still running finish before the database goes


def open_payroll(qtbot, window) -> PayrollDialog:
    """Planning › Helpers' monthly statements…, until the month's warnings are shown."""
    assert window.menu_actions.payroll in window.menus["planning"].actions()
    window.menu_actions.payroll.trigger()
    dialog = window.payroll.dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    return dialog


def warning_of(dialog: PayrollDialog, kind: WarningKind, helper_id: int | None = None):
    found = [w for w in dialog.panel.warnings()
             if w.kind == kind and (helper_id is None or w.helper_id == helper_id)]
    assert len(found) == 1, [w.text for w in dialog.panel.warnings()]
    return found[0]


def test_the_dialog_shows_the_last_full_months_warnings_first(qtbot, window, world):
    dialog = open_payroll(qtbot, window)
    assert dialog.isVisible() and not dialog.isModal()  # the window stays usable beside it
    assert dialog.current_month() == default_month() == OCTOBER  # today is 25/11/2026
    kinds = {(w.kind, w.helper_id) for w in dialog.panel.warnings()}
    assert {(WarningKind.PLANNED_LEFT, world.maria), (WarningKind.CONTESTED, world.maria),
            (WarningKind.MISSING_INSZ, world.ann), (WarningKind.OVER_11_HOURS, world.ann),
            (WarningKind.NO_CONTRACT_HOURS, world.ann)} <= kinds
    first = dialog.panel.table
    assert first.item(0, 0).text() in ("Ann Peeters (M02)", "Maria Vos (M01)")
    assert "gepland" in first.item(
        dialog.panel.warnings().index(warning_of(dialog, WarningKind.PLANNED_LEFT)), 1).text()
    count = len(dialog.panel.warnings())
    assert f"{count} warnings: look at them first" in dialog.summary.text()
    assert dialog.make_button.isEnabled()  # the office may go on anyway
    assert window.payroll.run is None  # nothing is made before the office says so


def test_showing_a_warnings_prestations_selects_them_in_the_table(qtbot, window, world):
    dialog = open_payroll(qtbot, window)
    dialog.panel.select(warning_of(dialog, WarningKind.PLANNED_LEFT))
    dialog.panel.prestations_button.click()
    tab = window.prestations
    assert window.tabs.currentWidget() is tab
    assert tab.table.selected_ids() == [world.prestations["planned_12"]]
    assert tab.helper.currentData() == world.maria
    assert tab.current_filter().start == OCTOBER.first
    assert tab.current_filter().end == OCTOBER.last
    # The dialog stepped aside (it would hide the table on a small screen); the action
    # brings the same one back, checked again.
    assert not dialog.isVisible()
    assert "Helpers' monthly statements" in window.statusBar().currentMessage()
    with qtbot.waitSignal(dialog.month_checked, timeout=10_000):
        window.menu_actions.payroll.trigger()
    assert window.payroll.dialog is dialog and dialog.isVisible()
    # Two prestations of one day: both selected.
    dialog.panel.select(warning_of(dialog, WarningKind.OVER_11_HOURS))
    dialog.panel.table.itemDoubleClicked.emit(dialog.panel.table.currentItem())
    assert sorted(tab.table.selected_ids()) == sorted(
        [world.prestations["ann_a"], world.prestations["ann_b"]])


def test_opening_the_helper_and_putting_it_right_checks_the_month_again(qtbot, window, world,
                                                                       monkeypatch):
    dialog = open_payroll(qtbot, window)
    asked = []

    def fill_in_insz(cls, parent, initial, helper_id):
        asked.append(helper_id)
        return dataclasses.replace(initial, insz=ANN_INSZ)

    monkeypatch.setattr(helper_dialog.HelperDialog, "ask", classmethod(fill_in_insz))
    warning = warning_of(dialog, WarningKind.MISSING_INSZ)
    dialog.panel.select(warning)
    assert not dialog.panel.prestations_button.isEnabled()
    assert dialog.panel.helper_button.isEnabled()
    with qtbot.waitSignal(dialog.month_checked, timeout=10_000):
        dialog.panel.helper_button.click()
    assert asked == [world.ann]
    assert helpers.get_helper(world.ann).insz == ANN_INSZ
    assert WarningKind.MISSING_INSZ not in {w.kind for w in dialog.panel.warnings()}


def test_the_batch_writes_the_files_and_opens_the_preview(qtbot, window, world, tmp_path):
    dialog = open_payroll(qtbot, window)
    folder = tmp_path / "Loon" / "2026-10"
    dialog.folder.setText(str(folder))
    dialog.make_button.click()
    run = window.payroll.run
    assert run is not None and run.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=60_000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["2026-10_M01_Maria_Vos.pdf", "2026-10_M02_Ann_Peeters.pdf",
                     "2026-10_M03_Els_Wouters.pdf", "combined.pdf", "kantoor.pdf",
                     "payroll-2026-10.csv"]
    assert str(folder) in dialog.result_text.text()
    assert dialog.preview_button.description().startswith("combined.pdf")
    assert "payroll-2026-10.csv" in dialog.folder_button.description()
    assert window.payroll.run is None
    # The next month is proposed beside this one, on this PC.
    assert QSettings().value(FOLDER_KEY) == str(tmp_path / "Loon")
    opened, folders = [], []
    dialog.open_preview = lambda path, title: opened.append((path, title))
    dialog.open_folder = folders.append
    dialog.preview_button.click()
    dialog.office_button.click()
    dialog.folder_button.click()
    assert [p for p, _ in opened] == [folder / "combined.pdf", folder / "kantoor.pdf"]
    assert "October 2026" in opened[0][1]
    assert folders == [folder]
    preview = StatementPreviewDialog.for_file(dialog, folder / "combined.pdf",
                                              title=opened[0][1])
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == len(PdfReader(folder / "combined.pdf").pages)
    assert preview.height() <= preview.screen().availableGeometry().height()


def test_cancel_leaves_the_folder_as_it_was(qtbot, window, world, tmp_path, monkeypatch):
    dialog = open_payroll(qtbot, window)
    folder = tmp_path / "2026-10"
    folder.mkdir()
    (folder / "notities.txt").write_text("van vorige maand")
    dialog.folder.setText(str(folder))
    feature = window.payroll
    made = feature.new_run

    def cancelled_at_the_first_statement(month, target):
        run = made(month, target)

        def on_progress(done: int, total: int, text: str) -> None:
            if total and done == 1:
                run.worker.cancel()

        # Direct: in the worker thread, so the cancel lands before the next statement.
        run.worker.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
        return run

    monkeypatch.setattr(feature, "new_run", cancelled_at_the_first_statement)
    messages = []
    monkeypatch.setattr(feature, "inform", messages.append)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: feature.run is None, timeout=60_000)
    assert [p.name for p in folder.iterdir()] == ["notities.txt"]
    assert messages and "Cancelled" in messages[0]
    assert dialog.pages.currentIndex() == 0


def test_a_month_with_nothing_worked_says_so_and_makes_nothing(qtbot, window, tmp_path):
    dialog = open_payroll(qtbot, window)
    dialog.folder.setText(str(tmp_path / "leeg"))
    with qtbot.waitSignal(dialog.month_checked, timeout=10_000):
        dialog.set_month(Month(2026, 8))
    assert "Nothing was worked in August 2026" in dialog.summary.text()
    assert not dialog.make_button.isEnabled()
    dialog.make()
    assert window.payroll.run is None and not (tmp_path / "leeg").exists()


def test_the_folder_follows_the_month_and_refuses_a_relative_one(qtbot, window):
    dialog = open_payroll(qtbot, window)
    proposed = Path(dialog.folder.text())
    assert proposed.parts[-4:] == ("Documents", "Inharmony", "Maandstaten", "2026-10") or \
        proposed.parts[-3:] == ("Inharmony", "Maandstaten", "2026-10")
    with qtbot.waitSignal(dialog.month_checked, timeout=10_000):
        dialog.set_month(Month(2026, 9))
    assert Path(dialog.folder.text()) == proposed.parent / "2026-09"
    dialog.folder.setText("maandstaten")
    dialog.make()
    assert dialog.error.isVisible() and window.payroll.run is None


def test_a_folder_that_cannot_be_made_is_said_and_nothing_is_written(qtbot, window,
                                                                     tmp_path, monkeypatch):
    dialog = open_payroll(qtbot, window)
    work = tmp_path / "werk"
    work.mkdir()
    (work / "brief.txt").write_text("geen map")
    dialog.folder.setText(str(work / "brief.txt" / "2026-10"))
    messages = []
    monkeypatch.setattr(window.payroll, "warn", messages.append)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: window.payroll.run is None, timeout=60_000)
    assert len(messages) == 1 and "brief.txt" in messages[0]
    assert [p.name for p in work.iterdir()] == ["brief.txt"]


def test_the_dialog_fits_a_small_screen_and_goes_when_closed(qtbot, window):
    dialog = open_payroll(qtbot, window)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    dialog.close()
    assert window.payroll.dialog is None
    assert open_payroll(qtbot, window) is not dialog  # a new one, on the last full month


# --- the payroll codes in Settings ----------------------------------------------------------

def _settings(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_bad_code_is_refused_beside_its_field(qtbot, world):
    dialog = _settings(qtbot)
    codes = dialog.payroll_codes
    assert dialog.tabs.tabText(dialog.tabs.indexOf(codes)) == "Payroll codes"
    assert codes.fields["activity.home_help"].text() == "DC01"
    codes.fields["activity.home_help"].setText("DC 01")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "spaties" in dialog.error_text("activity.home_help")
    assert dialog.tabs.currentWidget() is codes  # the message is not on a hidden tab
    codes.fields["activity.home_help"].setText("DC01")
    codes.fields["absence.holiday"].setText("dc01")  # a worked code for an absence
    dialog.accept()
    assert dialog.error_text("activity.home_help") == ""
    assert "huishoudhulp" in dialog.error_text("absence.holiday")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_changed_code_changes_the_csv_and_is_undone(qtbot, window, world, monkeypatch):
    dialog = _settings(qtbot)
    dialog.payroll_codes.fields["activity.ironing"].setText("STR9")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, *a, **k: dialog.value))
    window.open_settings()

    def ironing_code() -> str:
        rows = payroll_month(OCTOBER).csv_rows()
        return next(code for _ref, _insz, _name, day, code, _hours in rows
                    if day == "2026-10-08")

    assert ironing_code() == "STR9"
    window.undo_stack.undo()
    assert ironing_code() == "DC03"
    window.undo_stack.redo()
    assert ironing_code() == "STR9"


def test_shipped_codes_put_the_defaults_back(qtbot, world):
    dialog = _settings(qtbot)
    fields = dialog.payroll_codes.fields
    fields["absence.sickness"].setText("X")
    dialog.payroll_codes.defaults_button.click()
    assert fields["absence.sickness"].text() == "ZIEK"


def test_the_window_speaks_dutch_about_payroll(qtbot, qapp, dutch_catalogue, world,
                                                open_window):
    from inharmony_desktop.ui.app import install_translators

    translators = install_translators(qapp, "nl")
    try:
        main = open_window()
        assert main.menu_actions.payroll.text() == "Maand&staten medewerkers…"
        dialog = open_payroll(qtbot, main)
        assert dialog.windowTitle() == "Maandstaten medewerkers"
        assert dialog.make_button.text() == "Maandstaten ma&ken"
        assert dialog.summary.text().startswith(
            "3 medewerkers, 27 uur gewerkt in oktober 2026. 5 waarschuwingen: kijk ze eerst na.")
        settings = _settings(qtbot)
        assert settings.tabs.tabText(settings.tabs.indexOf(settings.payroll_codes)) == "Looncodes"
        dialog.close()
        wait_for_all()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
