"""Reading Pluxee's export in the window: the preview, one undoable reading, the Pluxee
tab with every category, each row's action and its undo, the column mapping and the
refusal of a damaged file."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import moves, pluxee_readings, pluxee_worklist
from inharmony_desktop.core.services.reconciliation import plan_reading
from inharmony_desktop.core.vocabulary import PluxeeCategory
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.app import install_translators
from inharmony_desktop.ui.commands.pluxee import SetHandledCommand
from inharmony_desktop.ui.dialogs.pluxee_columns import PluxeeColumnsDialog
from inharmony_desktop.ui.dialogs.pluxee_preview import PluxeePreviewDialog
from inharmony_desktop.ui.models import pluxee_worklist as columns
from inharmony_desktop.ui.models.pluxee_worklist import ALL
from inharmony_desktop.ui.tabs.pluxee import PluxeeTab
from tests import pluxee_fixture as fx
from tests.core import pluxee_world as pw

C = PluxeeCategory
DAY = pw.DAY
CTRL = Qt.KeyboardModifier.ControlModifier
ENGLISH = {
    C.MATCHED: "In order", C.HOURS_DIFFER: "Other hours", C.OTHER_USER_NUMBER: "Other user number",
    C.CORRECTED: "Corrected in Pluxee", C.MISSING_HERE: "Missing here",
    C.UNKNOWN_USER_NUMBER: "Unknown number", C.UNKNOWN_HELPER: "Unknown helper",
    C.AMBIGUOUS: "Ambiguous", C.STATUS_CONFLICT: "Status conflict",
    C.MISSING_AT_PLUXEE: "Missing at Pluxee",
}
DUTCH = {
    C.MATCHED: "In orde", C.HOURS_DIFFER: "Andere uren", C.OTHER_USER_NUMBER: "Ander gebruikersnummer",
    C.CORRECTED: "Gecorrigeerd in Pluxee", C.MISSING_HERE: "Ontbreekt hier",
    C.UNKNOWN_USER_NUMBER: "Onbekend nummer", C.UNKNOWN_HELPER: "Onbekende medewerker",
    C.AMBIGUOUS: "Twijfelgeval", C.STATUS_CONFLICT: "Statusconflict",
    C.MISSING_AT_PLUXEE: "Ontbreekt bij Pluxee",
}


def day(offset: int) -> dt.date:
    return DAY + dt.timedelta(days=offset)


@pytest.fixture
def world(db):
    return pw.build()


@pytest.fixture
def export_file(world, tmp_path):
    """A file in which every category of §4.8 occurs once (our side: twice)."""
    w = world
    matched = pw.prestation(w.jan, w.maria, day(0), status="registered")
    hours = pw.prestation(w.jan, w.maria, day(1), status="registered")
    conflict = pw.prestation(w.els, w.maria, day(2), status="paid")
    elsewhere = pw.prestation(w.els, w.sofie, day(3), status="registered")
    corrected = pw.prestation(w.jan, w.sofie, day(4), status="registered")
    moves.move_prestations([corrected], w.els)
    pw.prestation(w.jan, w.maria, day(8), hours=2, status="registered")
    pw.prestation(w.jan, w.maria, day(8), hours=4, status="registered", start_time="13:00")
    stranger = fx.formatted_insz(fx.valid_insz(dt.date(1990, 2, 1), 997))
    rows = [
        pw.row(matched, Status="Bevestigd", **{"Status date": fx._day(day(6))}),
        pw.row(hours, Hours="4"),
        pw.row(conflict, Status="Ingegeven"),
        pw.row(elsewhere, **{"User number": pw.JAN}),
        pw.row(corrected, **{"Work ID": "NEW5"}),
        pw.free_row("W6", pw.PIET, "VOS Maria", pw.MARIA_INSZ, day=day(5), status="Bevestigd"),
        pw.free_row("W7", "999900001111", "VOS Maria", pw.MARIA_INSZ, day=day(6)),
        pw.free_row("W8", pw.JAN, "NIEUWMANS Petra", stranger, day=day(7)),
        pw.free_row("W9", pw.JAN, "VOS Maria", pw.MARIA_INSZ, day=day(8)),
    ]
    return pw.write(tmp_path / "export-november.csv", rows)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(str(error)))
    return shown


@pytest.fixture
def window(qtbot, world, errors, open_window):
    main = open_window()
    main.show()  # the Pluxee tab reloads when it is shown
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def feature(window):
    """The window's Pluxee feature with its questions answered by the test."""
    f = window.pluxee
    f.previews = []
    f.boxes = []
    f.column_questions = []
    f.answer_preview = True
    f.answer_columns = None

    def preview(parent, plan):
        f.previews.append(plan)
        return f.answer_preview

    def ask_columns(parent, file_name, error, offered):
        f.column_questions.append((file_name, list(error.headers), offered))
        return f.answer_columns

    f.ask_preview = preview
    f.ask_columns = ask_columns
    f.show_box = f.boxes.append
    return f


def read(qtbot, feature, path) -> None:
    """File › Read Pluxee export… on `path`, until every step has ended."""
    feature.folders = getattr(feature, "folders", [])
    feature.ask_open_path = lambda parent, folder: feature.folders.append(folder) or path
    feature.parts.actions.read_pluxee.trigger()
    qtbot.waitUntil(lambda: feature.run is None, timeout=20_000)


def state() -> dict[int, dict]:
    """Every prestation as it stands, but for its version (undo bumps it on purpose)."""
    rows = {}
    for p in Prestation.select().order_by(Prestation.id).dicts():
        p.pop("version")
        p.pop("pluxee_version")
        rows[p["id"]] = p
    return rows


def tab_row(feature, category: C):
    """The row of `category` as the tab shows it, selected."""
    tab = feature.tab
    tab.show_category(ALL)
    tab.show_handled.setChecked(True)
    for position in range(tab.model.rowCount()):
        row = tab.model.row_at(position)
        if row.category == category:
            tab.select_row(row.id)
            return row
    raise AssertionError(f"no {category} row")


def fresh(row):
    """The row as it is now in the last reading (a file row by its line, ours by prestation)."""
    return next(r for r in pluxee_worklist.work_list()
                if (r.line == row.line if row.line is not None
                    else r.prestation_id == row.prestation_id))


# --- reading ----------------------------------------------------------------------------------

def test_the_preview_shows_every_category_and_nothing_is_written_until_read(
        qtbot, feature, export_file):
    before = state()
    feature.answer_preview = False
    read(qtbot, feature, export_file)
    (plan,) = feature.previews
    dialog = PluxeePreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    assert dialog.counts() == {ENGLISH[c]: 2 if c == C.MISSING_AT_PLUXEE else 1 for c in C}
    assert "01/11/2026" not in dialog.period.text() and "03/11/2026" in dialog.period.text()
    assert "Nothing has been saved yet." in dialog.summary.text()
    assert state() == before and pluxee_worklist.last_reading() is None
    assert "nothing was saved" in feature.parts.parent.statusBar().currentMessage()


def test_read_applies_once_and_ctrl_z_puts_the_database_back(qtbot, window, feature,
                                                              export_file):
    before = state()
    read(qtbot, feature, export_file)
    assert window.tabs.currentWidget() is feature.tab
    assert pluxee_worklist.last_reading().file_name == "export-november.csv"
    applied = state()
    assert applied != before
    assert window.undo_stack.undoText() == "Read Pluxee export export-november.csv"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    feature.tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is feature.tab.table)
    qtbot.keyClick(feature.tab.table, Qt.Key.Key_Z, CTRL)
    assert state() == before and pluxee_worklist.last_reading() is None
    assert feature.tab.model.rowCount() == 0
    qtbot.keyClick(feature.tab.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert state() == applied
    assert feature.tab.model.rowCount() == 10  # every row but the matched one


def test_a_workbook_reads_as_the_csv_file_and_the_folder_is_offered_next_time(
        qtbot, feature, export_file, tmp_path):
    with export_file.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    (tmp_path / "sub").mkdir()
    workbook = pw.write(tmp_path / "sub" / "export-november.xlsx", rows, kind="xlsx")
    feature.answer_preview = False
    read(qtbot, feature, export_file)
    read(qtbot, feature, workbook)
    csv_plan, xlsx_plan = feature.previews
    assert xlsx_plan.counts == csv_plan.counts and len(xlsx_plan.counts) == len(C)
    assert feature.folders == ["", str(tmp_path)]
    read(qtbot, feature, export_file)
    assert feature.folders[-1] == str(tmp_path / "sub")


def test_the_tab_shows_every_category_with_both_sides(qtbot, feature, export_file):
    read(qtbot, feature, export_file)
    tab = feature.tab
    assert tab.model.rowCount() == 10 and tab.shown.currentData() == "needs_action"
    tab.show_category(ALL)
    shown = [tab.model.index(r, columns.CATEGORY).data() for r in range(tab.model.rowCount())]
    assert sorted(set(shown)) == sorted(ENGLISH.values())
    hours = tab_row(feature, C.HOURS_DIFFER)
    position = tab.model.row_of(hours.id)
    cells = [tab.model.index(position, c).data() for c in range(columns.COLUMN_COUNT)]
    assert cells[columns.DATE] == "04/11/2026"
    assert cells[columns.USER_NUMBER] == "1111 1111 1111"
    assert cells[columns.HOURS_PLUXEE:columns.STATUS_HERE + 1] == ["4", "3", "registered",
                                                                     "registered"]
    assert "Last reading:" in tab.heading.text() and "export-november.csv" in tab.heading.text()
    assert "03/11/2026 – 11/11/2026" in tab.heading.text()


def test_the_list_is_filtered_by_category_and_sorted_by_any_column(qtbot, feature, export_file):
    read(qtbot, feature, export_file)
    tab = feature.tab
    assert [tab.shown.itemText(i) for i in range(3)] == [
        "Needs action (10)", "Everything (11)", "In order (1)"]
    tab.show_category(C.MISSING_AT_PLUXEE.value)
    assert [tab.model.row_at(r).category for r in range(tab.model.rowCount())] == [
        C.MISSING_AT_PLUXEE] * 2
    assert tab.count_label.text() == "2 rows shown"
    tab.show_category(ALL)
    tab.table.sortByColumn(columns.DATE, Qt.SortOrder.DescendingOrder)
    days = [tab.model.index(r, columns.DATE).data() for r in range(tab.model.rowCount())]
    assert days[0] == "11/11/2026" and days[-1] == "03/11/2026"
    tab.table.sortByColumn(columns.HOURS_HERE, Qt.SortOrder.AscendingOrder)
    hours = [tab.model.row_at(r).hours_here for r in range(tab.model.rowCount())]
    assert hours == sorted(h for h in hours if h is not None) + [None] * hours.count(None)


def test_the_two_sides_fit_next_to_the_side_panels_of_a_1366_pixel_screen(
        qtbot, feature, export_file):
    read(qtbot, feature, export_file)
    tab = PluxeeTab(None)
    qtbot.addWidget(tab)
    tab.resize(800, 560)  # the middle of the window at 1366×768 with both panels open
    tab.show()
    qtbot.waitExposed(tab)
    tab.fit_columns()
    wanted = tab.preferred_widths()
    shown = [c for c in range(columns.COLUMN_COUNT) if not tab.table.isColumnHidden(c)]
    assert {columns.CATEGORY, columns.DATE, columns.USER_NUMBER, columns.HELPER,
            columns.HOURS_PLUXEE, columns.HOURS_HERE, columns.STATUS_PLUXEE,
            columns.STATUS_HERE} <= set(shown)
    assert all(tab.table.columnWidth(c) >= wanted[c] for c in shown)
    assert sum(tab.table.columnWidth(c) for c in shown) <= tab.table.viewport().width()
    tab.resize(1400, 560)  # more room: the message and the Work ID come back
    tab.fit_columns()
    assert not tab.table.isColumnHidden(columns.MESSAGE)
    assert not tab.table.isColumnHidden(columns.WORK_ID)


def test_the_tab_speaks_dutch_with_the_catalogue(qtbot, qapp, dutch_catalogue, feature,
                                                  export_file):
    read(qtbot, feature, export_file)
    translators = install_translators(qapp, "nl")
    try:
        tab = PluxeeTab(None)
        qtbot.addWidget(tab)
        tab.reload()
        tab.show_category(ALL)
        shown = {tab.model.index(r, columns.CATEGORY).data() for r in range(tab.model.rowCount())}
        assert shown == set(DUTCH.values())
        assert tab.model.headerData(columns.HOURS_HERE, Qt.Orientation.Horizontal) == "Uren\nhier"
        assert tab.open_action.text() == "&Prestatie tonen"
        assert "Laatste lezing:" in tab.heading.text() and "ingelezen op" in tab.heading.text()
        assert QCoreApplication.translate("Actions", "Read P&luxee export…") == \
            "Pluxee-export in&lezen…"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


# --- the row actions --------------------------------------------------------------------------

def test_open_selects_the_prestation_and_enter_does_the_same(qtbot, window, feature,
                                                             export_file):
    read(qtbot, feature, export_file)
    row = tab_row(feature, C.HOURS_DIFFER)
    assert feature.tab.open_action.isEnabled()
    feature.tab.open_action.trigger()
    assert window.tabs.currentWidget() is window.prestations
    assert window.prestations.table.selected_ids() == [row.prestation_id]
    window.tabs.setCurrentWidget(feature.tab)
    other = tab_row(feature, C.STATUS_CONFLICT)
    qtbot.keyClick(feature.tab.table, Qt.Key.Key_Return)
    assert window.prestations.table.selected_ids() == [other.prestation_id]


def test_move_is_the_ordinary_move_marks_the_row_handled_and_undoes(qtbot, window, feature,
                                                                   export_file, world):
    read(qtbot, feature, export_file)
    row = tab_row(feature, C.OTHER_USER_NUMBER)
    assert feature.tab.move_action.isEnabled()
    assert feature.tab.move_action.text() == "&Move to 1111 1111 1111"
    feature.tab.move_action.trigger()
    moved = Prestation.get_by_id(row.prestation_id)
    assert moved.user_number_id == world.jan and moved.needs_pluxee_correction
    assert fresh(row).handled
    assert window.undo_stack.undoText().startswith("Move 1 prestation to 1111 1111 1111")
    window.undo_stack.undo()
    back = Prestation.get_by_id(row.prestation_id)
    assert back.user_number_id == world.els and not back.needs_pluxee_correction
    assert not fresh(row).handled


def test_create_missing_makes_it_as_pluxee_has_it_and_undoes(qtbot, window, feature,
                                                            export_file, world):
    read(qtbot, feature, export_file)
    count = Prestation.select().count()
    row = tab_row(feature, C.MISSING_HERE)
    assert feature.tab.create_action.isEnabled()
    feature.tab.create_action.trigger()
    created = Prestation.get(Prestation.pluxee_work_id == "W6")
    assert (created.user_number_id, created.helper_id, created.date, created.electronic,
            created.status) == (world.piet, world.maria, day(5), 3, "confirmed")
    again = fresh(row)
    assert again.created and again.handled and again.prestation_id == created.id
    tab_row(feature, C.MISSING_HERE)
    assert not feature.tab.create_action.isEnabled()
    assert feature.tab.create_action.toolTip() == "Already created from this list."
    window.undo_stack.undo()
    assert Prestation.select().count() == count
    assert fresh(row).can_create and not fresh(row).handled


def test_mark_handled_and_open_again_are_undoable(qtbot, window, feature, export_file):
    read(qtbot, feature, export_file)
    tab = feature.tab
    row = tab_row(feature, C.UNKNOWN_USER_NUMBER)
    assert tab.handled_action.text() == "Mark &handled"
    tab.handled_action.trigger()
    assert fresh(row).handled
    tab.show_handled.setChecked(False)
    tab.show_category("needs_action")
    assert row.id not in {tab.model.row_at(r).id for r in range(tab.model.rowCount())}
    tab_row(feature, C.UNKNOWN_USER_NUMBER)
    assert tab.handled_action.text() == "Open &again"
    tab.handled_action.trigger()
    assert not fresh(row).handled
    window.undo_stack.undo()
    assert fresh(row).handled
    window.undo_stack.undo()
    assert not fresh(row).handled


def test_a_row_marked_handled_is_found_again_after_the_reading_is_undone_and_redone(
        qtbot, window, feature, export_file):
    read(qtbot, feature, export_file)
    row = tab_row(feature, C.UNKNOWN_HELPER)
    feature.tab.handled_action.trigger()
    stack = window.undo_stack
    stack.undo()  # the mark
    stack.undo()  # the reading
    assert pluxee_worklist.last_reading() is None
    stack.redo()  # the reading again: a new reading with its own rows
    stack.redo()  # the mark, on the row of the new reading
    assert fresh(row).handled
    stack.undo()
    assert not fresh(row).handled


def test_rows_are_found_by_their_line_in_a_later_reading_of_the_same_file(
        qtbot, world, export_file, tmp_path):
    plan = plan_reading(pluxee_readings.read_export(export_file))
    first = pluxee_readings.apply_plan(plan)
    row = next(r for r in pluxee_worklist.work_list() if r.category == C.UNKNOWN_HELPER)
    command = SetHandledCommand([row], True)
    command.apply()
    command.revert()
    pluxee_readings.undo_reading(first.reading_id)
    other = pw.write(tmp_path / "other.csv", [pw.free_row("X1", pw.JAN, "VOS Maria",
                                                          pw.MARIA_INSZ, day=day(20))])
    pluxee_readings.reconcile(pluxee_readings.read_export(other))
    again = pluxee_readings.apply_plan(plan)  # redo: after another reading, other ids
    assert again.reading_id != first.reading_id
    command.apply()
    found = fresh(row)
    assert found.id != row.id and found.handled
    assert command.rows.refs[0].row_id == found.id
    command.revert()
    assert not fresh(row).handled


def test_an_ambiguous_row_shows_its_candidates(qtbot, window, feature, export_file):
    read(qtbot, feature, export_file)
    row = tab_row(feature, C.AMBIGUOUS)
    tab = feature.tab
    assert not tab.open_action.isEnabled()
    assert tab.open_action.toolTip() == "More than one prestation may be it: show the candidates."
    assert tab.candidates_action.isEnabled() and len(row.candidate_ids) == 2
    tab.candidates_action.trigger()
    assert window.tabs.currentWidget() is window.prestations
    assert sorted(window.prestations.table.selected_ids()) == sorted(row.candidate_ids)


def test_actions_that_do_not_fit_say_why(qtbot, feature, export_file):
    read(qtbot, feature, export_file)
    tab = feature.tab
    tab_row(feature, C.HOURS_DIFFER)
    assert not tab.move_action.isEnabled()
    assert tab.move_action.toolTip() == ("Only a prestation that Pluxee has on another user "
                                         "number is moved.")
    assert not tab.create_action.isEnabled() and not tab.candidates_action.isEnabled()
    tab_row(feature, C.UNKNOWN_USER_NUMBER)
    assert not tab.open_action.isEnabled()
    assert tab.open_action.toolTip() == "There is no prestation here for this row."
    tab_row(feature, C.MATCHED)
    assert not tab.handled_action.isEnabled()
    assert tab.handled_action.toolTip() == "In order: nothing to handle."


def test_delete_does_nothing_on_the_pluxee_tab(qtbot, window, feature, export_file):
    read(qtbot, feature, export_file)
    tab_row(feature, C.HOURS_DIFFER)
    count, rows = Prestation.select().count(), len(pluxee_worklist.work_list())
    window.menu_actions.delete.trigger()
    qtbot.keyClick(feature.tab.table, Qt.Key.Key_Delete)
    assert Prestation.select().count() == count and len(pluxee_worklist.work_list()) == rows
    assert window.undo_stack.undoText() == "Read Pluxee export export-november.csv"


# --- columns and refusals ---------------------------------------------------------------------

def test_an_unrecognised_file_goes_through_the_mapping_and_it_is_used_next_time(
        qtbot, feature, world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    path = tmp_path / "eigen.csv"
    path.write_text("Nr;Klant;Dag;Wie;Duur;Toestand\n"
                    f"1;{pw.JAN};03/11/2026;VOS Maria;3;Bevestigd\n", encoding="utf-8")
    feature.answer_columns = {"work_id": "Nr", "user_number": "Klant", "date": "Dag",
                              "worker_name": "Wie", "hours": "Duur", "status": "Toestand"}
    read(qtbot, feature, path)
    (question,) = feature.column_questions
    assert question == ("eigen.csv", ["Nr", "Klant", "Dag", "Wie", "Duur", "Toestand"], None)
    assert Prestation.get_by_id(pid).status == "confirmed"
    assert pluxee_readings.saved_mapping(question[1]) == feature.answer_columns
    read(qtbot, feature, path)  # the same columns: read with the saved mapping, no question
    assert len(feature.column_questions) == 1 and len(feature.previews) == 2


def test_the_mapping_dialog_offers_what_it_recognised_and_what_was_chosen(qtbot, world, tmp_path):
    path = tmp_path / "half.csv"
    path.write_text("Work ID;User number;Dag;Worker name;Duur;Status\n", encoding="utf-8")
    with pytest.raises(pluxee_readings.pluxee_file.UnrecognisedColumns) as info:
        pluxee_readings.read_export(path)
    dialog = PluxeeColumnsDialog(None, "half.csv", info.value, {"hours": "Duur"})
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"work_id": "Work ID", "user_number": "User number",
                                "worker_name": "Worker name", "hours": "Duur",
                                "status": "Status"}
    assert dialog.problem() == "Choose the column of: Date of work."
    dialog.choose("date", "Duur")
    assert dialog.problem() == "The column Duur is chosen for both Date of work and Hours."
    dialog.choose("date", "Dag")
    dialog.accept()
    assert dialog.value["date"] == "Dag"


def test_a_damaged_file_is_refused_with_every_bad_line_and_nothing_written(
        qtbot, feature, export_file):
    lines = export_file.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(pw.JAN, "1,11111E+11")
    lines[4] = lines[4].replace("Ingegeven", "Verloren")
    export_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = state()
    read(qtbot, feature, export_file)
    assert feature.previews == []
    (box,) = feature.boxes
    assert "niets opgeslagen" in box.text() and "zonder het eerst in Excel te openen" in box.text()
    assert box.informativeText().splitlines() == [
        "lijn 3, kolom User number: gebruikersnummer 1,11111E+11 staat in wetenschappelijke "
        "notatie: Excel heeft het beschadigd",
        "lijn 5, kolom Status: onbekende status 'Verloren'; verwacht o.a. Ingegeven, Bevestigd, "
        "Betwist, Terugbetaling aangevraagd, Terugbetaald of Geannuleerd"]
    assert state() == before and pluxee_worklist.last_reading() is None
