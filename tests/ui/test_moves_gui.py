"""Moving prestations in the window: drag and drop, "Move to…", undo/redo, the
correction list and the history dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import corrections
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.dialogs.history import HistoryDialog
from inharmony_desktop.ui.models import ID_ROLE
from inharmony_desktop.ui.models.prestation_mime import PRESTATION_IDS, decode_ids, encode_ids
from tests import move_world
from tests.move_world import ELS, add_prestations, all_snapshots, without_versions


@pytest.fixture
def world(db):
    return move_world.build()


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(str(error)))
    return shown


@pytest.fixture
def window(qtbot, world, errors, open_window):
    return open_window()


def _registered(world, count=3):
    return add_prestations(world, world.jan, count, status="registered",
                           start=clock.today() - dt.timedelta(days=count + 1))


def _select_in_table(window, ids: list[int]) -> list:
    """Select the table rows of `ids`; returns their indexes (column 0)."""
    table = window.prestations.table
    model = table.model()
    indexes = [model.index(r, 0) for r in range(model.rowCount())
               if model.index(r, 0).data(ID_ROLE) in ids]
    table.clearSelection()
    for index in indexes:
        table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    return indexes


def _tree_index(window, kind: str, entity_id: int):
    source = (window.tree_model.index_of_user_number(entity_id) if kind == "user_number"
              else window.tree_model.index_of_customer(entity_id))
    return window.customers.proxy.mapFromSource(source)


def test_table_drags_the_selected_ids_in_the_custom_mime_type(window, world):
    ids = _registered(world)
    window.refresh_all()
    indexes = _select_in_table(window, ids)
    model = window.prestations.table.model()

    assert PRESTATION_IDS in model.mimeTypes()
    assert model.flags(indexes[0]) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData(indexes + [i.siblingAtColumn(3) for i in indexes])
    assert sorted(decode_ids(mime)) == ids


def test_drop_on_a_user_number_is_one_undoable_command(window, world):
    ids = _registered(world)
    before = all_snapshots()
    window.refresh_all()
    target = _tree_index(window, "user_number", world.els)

    assert window.customers.proxy.dropMimeData(
        encode_ids(ids), Qt.DropAction.MoveAction, -1, -1, target)

    assert window.undo_stack.count() == 1
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}
    assert [r.prestation_id for r in corrections.corrections()] == ids
    message = window.statusBar().currentMessage()
    assert message == "3 prestations moved to 2222 2222 2222 (Els Peeters). 3 to correct in Pluxee."

    window.undo_stack.undo()
    assert without_versions(all_snapshots()) == without_versions(before)
    assert corrections.corrections() == []

    window.undo_stack.redo()
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}
    assert len(corrections.corrections()) == 3


def test_undo_and_redo_of_a_thousand_prestations_through_the_stack(window, world):
    ids = add_prestations(world, world.jan, 700, status="registered", start=dt.date(2023, 1, 2))
    ids += add_prestations(world, world.jan, 300, status="planned", start=dt.date(2026, 1, 5))
    before = all_snapshots()
    window.refresh_all()
    assert window.customers.proxy.dropMimeData(
        encode_ids(ids), Qt.DropAction.MoveAction, -1, -1, _tree_index(window, "user_number",
                                                                        world.els))
    after = all_snapshots()
    window.menu_actions.show_corrections.trigger()  # the list is read when first shown
    assert window.corrections.model.rowCount() == 700

    window.undo_stack.undo()
    assert without_versions(all_snapshots()) == without_versions(before)
    assert window.corrections.model.rowCount() == 0
    window.undo_stack.redo()
    assert without_versions(all_snapshots()) == without_versions(after)
    assert window.corrections.model.rowCount() == 700


def test_keyboard_undo_and_redo(qtbot, window, world):
    ids = _registered(world, 2)
    window.refresh_all()
    window.move_controller.move(ids, world.els)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    table = window.prestations.table
    table.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(table, Qt.Key.Key_Z, ctrl)
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.jan}

    qtbot.keyClick(table, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}


def test_drop_on_a_customer_with_one_number_goes_to_it(window, world):
    ids = _registered(world, 1)
    window.refresh_all()
    asked: list[str] = []
    window.move_controller.confirm_other_customer = lambda *_a: asked.append("x") or True

    target = _tree_index(window, "customer", world.maes)
    assert window.customers.proxy.dropMimeData(encode_ids(ids), Qt.DropAction.MoveAction,
                                               -1, -1, target)
    assert Prestation.get_by_id(ids[0]).user_number_id == world.piet
    assert asked == ["x"]  # another household: confirmed first


def test_drop_on_a_customer_with_several_numbers_asks_which(window, world):
    ids = _registered(world, 2)
    window.refresh_all()
    offered: list = []

    def pick(_parent, count, choices, title=None):
        offered.extend(choices)
        return world.els

    window.move_controller.ask_customer_number = pick
    target = _tree_index(window, "customer", world.peeters)
    assert window.customers.proxy.dropMimeData(encode_ids(ids), Qt.DropAction.MoveAction,
                                               -1, -1, target)
    assert sorted(i for i, _text in offered) == sorted([world.jan, world.els])  # active only
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}


def test_declined_other_customer_and_refusals_change_nothing(window, world, errors):
    ids = _registered(world, 2)
    Prestation.update(status="paid").where(Prestation.id == ids[1]).execute()
    window.refresh_all()
    before = all_snapshots()
    window.move_controller.confirm_other_customer = lambda *_a: False

    assert not window.move_controller.move(ids[:1], world.piet)
    assert not window.move_controller.move(ids, world.els)

    assert all_snapshots() == before
    assert window.undo_stack.count() == 0
    assert len(errors) == 1 and "betaald" in errors[0]


def test_inactive_number_is_not_a_drop_target(window, world):
    ids = _registered(world, 1)
    window.refresh_all()
    target = _tree_index(window, "user_number", world.inactive)
    assert not window.customers.proxy.canDropMimeData(
        encode_ids(ids), Qt.DropAction.MoveAction, -1, -1, target)
    assert not window.customers.proxy.canDropMimeData(
        QMimeData(), Qt.DropAction.MoveAction, -1, -1, _tree_index(window, "user_number",
                                                                    world.els))


def test_synthetic_drop_event_on_the_tree_viewport(qtbot, window, world):
    ids = _registered(world)
    window.show()
    qtbot.waitExposed(window)
    tree = window.customers.tree
    tree.expandAll()
    target = _tree_index(window, "user_number", world.els)
    point = QPointF(tree.visualRect(target).center())
    mime = encode_ids(ids)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = tree.viewport()

    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    assert tree.drop_target() == target  # the row under the drag is highlighted
    drop = QDropEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)

    assert drop.isAccepted()
    assert not tree.drop_target().isValid()
    assert window.undo_stack.count() == 1
    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}


def test_drag_over_empty_space_is_refused(qtbot, window, world):
    window.show()
    qtbot.waitExposed(window)
    viewport = window.customers.tree.viewport()
    point = QPointF(5, viewport.height() - 3)
    mime = encode_ids([1])
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert not move.isAccepted()
    assert not window.customers.tree.drop_target().isValid()


def test_move_to_from_the_edit_menu_with_the_picker(window, world):
    ids = _registered(world, 2)
    window.refresh_all()
    _select_in_table(window, ids)
    window.move_controller.ask_target = lambda _parent, count: world.els if count == 2 else None

    window.menu_actions.move_to.trigger()

    assert {Prestation.get_by_id(i).user_number_id for i in ids} == {world.els}
    assert window.undo_stack.count() == 1
    assert window.menu_actions.move_to in window.menus["edit"].actions()


def test_picker_completes_on_number_and_name(qtbot, world):
    from inharmony_desktop.ui.dialogs.move_target import MoveTargetDialog

    dialog = MoveTargetDialog(None, 3)
    qtbot.addWidget(dialog)
    dialog.target.setEditText("els")
    assert dialog.collect() == world.els
    dialog.target.setEditText("2222 2222")
    assert dialog.collect() == world.els
    dialog.target.setEditText("4444")  # the inactive number is not offered
    assert dialog.collect() is None
    dialog.accept()
    assert dialog.error_text("target") == "Choose one active user number from the list."
    assert dialog.value is None  # the dialog stays open


def test_correction_tab_ticks_off_and_undoes(qtbot, window, world):
    ids = _registered(world)
    window.refresh_all()
    window.move_controller.move(ids, world.els)
    window.menu_actions.show_corrections.trigger()
    panel = window.corrections
    assert panel.model.rowCount() == 3
    assert panel.summary.text() == "3 prestations to correct in Pluxee's zone"

    first = panel.model.index(0, 0)
    assert panel.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.summary.text() == "2 prestations to correct in Pluxee's zone"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert panel.model.rowCount() == 3
    assert panel.summary.text() == "3 prestations to correct in Pluxee's zone"
    assert Prestation.get_by_id(ids[0]).correction_from_id == world.jan


def test_correction_list_export_and_print(window, world, tmp_path):
    ids = _registered(world, 2)
    window.refresh_all()
    window.move_controller.move(ids, world.els)
    window.menu_actions.show_corrections.trigger()
    panel = window.corrections
    target = tmp_path / "lijst.csv"
    panel.ask_csv_path = lambda: str(target)
    panel.export_csv()
    assert target.read_text(encoding="utf-8-sig").count(ELS) == 2
    html = panel.document_html()
    assert "1111 1111 1111" in html and "Els Peeters" in html
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "lijst.pdf"))
    panel.ask_printer = lambda: printer
    panel.print_list()
    assert (tmp_path / "lijst.pdf").read_bytes().startswith(b"%PDF")


def test_correction_model_passes_the_model_tester(qtmodeltester, window, world):
    ids = _registered(world, 2)
    window.move_controller.move(ids, world.els)
    window.menu_actions.show_corrections.trigger()
    assert window.corrections.model.rowCount() == 2
    qtmodeltester.check(window.corrections.model)
    qtmodeltester.check(window.tree_model)


def test_history_dialog_per_prestation_and_user_number(qtbot, window, world):
    ids = _registered(world, 1)
    window.refresh_all()
    window.move_controller.move(ids, world.els)

    dialog = HistoryDialog.for_prestation(window, ids[0])
    qtbot.addWidget(dialog)
    assert any("naar 2222 2222 2222 (Els Peeters)" in t for t in dialog.texts())
    numbers = HistoryDialog.for_user_number(window, world.jan)
    qtbot.addWidget(numbers)
    assert "1 prestatie verplaatst naar 2222 2222 2222 (Els Peeters)" in numbers.texts()


def test_tree_and_details_update_at_once(window, world):
    ids = _registered(world)
    window.refresh_all()
    window.customers.select("user_number", world.els)
    section = window.details.findChild(QWidget, "corrections_section")
    assert "⚠" not in window.tree_model.index_of_user_number(world.els).data()
    assert section.text.text() == "Nothing to correct in Pluxee."

    window.move_controller.move(ids, world.els)

    els = window.tree_model.index_of_user_number(world.els)
    assert els.data().endswith("Els  ⚠ 3")
    assert "3 prestations to correct in Pluxee" in els.data(Qt.ItemDataRole.ToolTipRole)
    assert "3 prestations to correct" in section.text.text()
    assert window.details.user_number_id == world.els
    assert window.customers.selected() == ("user_number", world.els)

    window.undo_stack.undo()
    assert "⚠" not in window.tree_model.index_of_user_number(world.els).data()
    assert section.text.text() == "Nothing to correct in Pluxee."
