"""The hours are edited in the table itself, as an undoable command; the rest is not."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QSpinBox

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import prestations
from inharmony_desktop.ui.models.prestations import HOURS_COLUMN


def _row_of(model, prestation_id):
    for row in range(model.rowCount()):
        if model.id_at(row) == prestation_id:
            return row
    raise AssertionError("prestation not shown")


def test_only_the_hours_of_open_prestations_are_editable(window, sample):
    model = window.prestations.model
    index = model.index(0, HOURS_COLUMN)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    paid = model.id_at(0)
    prestations.set_status([paid], "registered")
    prestations.set_status([paid], "confirmed")
    prestations.set_status([paid], "paid")
    model.reload()
    row = _row_of(model, paid)
    assert not model.index(row, HOURS_COLUMN).flags() & Qt.ItemFlag.ItemIsEditable


def test_typing_hours_is_one_undoable_command(window, sample, qtbot):
    model = window.prestations.model
    table = window.prestations.table
    window.show()
    qtbot.waitExposed(window)
    pid = model.id_at(0)
    before = Prestation.get_by_id(pid).hours
    new = 7 if before != 7 else 6
    table.setCurrentIndex(model.index(0, HOURS_COLUMN))
    table.setFocus()
    QTest.keyClicks(table, str(new))  # typing a digit opens the editor with that digit
    assert table.state() == QAbstractItemView.State.EditingState
    editor = table.findChild(QSpinBox)
    assert (editor.minimum(), editor.maximum()) == (1, 12)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Prestation.get_by_id(pid).hours == new)
    assert Prestation.get_by_id(pid).electronic == new  # the split followed the hours
    assert model.index(_row_of(model, pid), HOURS_COLUMN).data() == str(new)
    window.undo_stack.undo()
    assert Prestation.get_by_id(pid).hours == before
    window.undo_stack.redo()
    assert Prestation.get_by_id(pid).hours == new


def test_out_of_range_hours_are_refused_without_a_write(window, sample):
    model = window.prestations.model
    pid = model.id_at(0)
    seen = []
    model.edit_requested.connect(lambda i, changes: seen.append((i, changes)))
    assert not model.setData(model.index(0, HOURS_COLUMN), 13)
    assert not model.setData(model.index(0, HOURS_COLUMN), "drie")
    assert not model.setData(model.index(0, 3), "Bart")
    assert seen == []
    assert window.undo_stack.count() == 0
    assert Prestation.get_by_id(pid).hours in (3, 4)
