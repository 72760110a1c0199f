"""The daily work without a mouse: quick entry, edit, delete, find, undo, dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.ui.dialogs.customer import CustomerDialog
from inharmony_desktop.ui.dialogs.order import OrderDialog
from inharmony_desktop.ui.dialogs.prestation import PrestationDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _focus():
    return QApplication.focusWidget()


def _has_focus(widget) -> bool:
    focus = _focus()
    return focus is widget or widget.isAncestorOf(focus)


def test_quick_entry_from_ctrl_e_to_enter_by_keys_only(qtbot, window, sample):
    _shown(qtbot, window)
    window.tabs.setCurrentWidget(window.helpers)
    window.helpers.table.setFocus()
    bar = window.prestations.quick_entry
    qtbot.keyClick(_focus(), Qt.Key.Key_E, CTRL)
    assert window.tabs.currentWidget() is window.prestations
    assert _has_focus(bar.date)
    day = dt.date(clock.today().year, 1, 20)
    qtbot.keyClicks(_focus(), day.strftime("%d/%m/%Y"))
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _has_focus(bar.user_number)
    qtbot.keyClicks(_focus(), "Piet")  # the holder's name finds the user number
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _has_focus(bar.helper)
    qtbot.keyClicks(_focus(), "Bart")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _has_focus(bar.activity)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)  # home help, as it stands
    assert _has_focus(bar.hours)
    qtbot.keyClicks(_focus(), "2")
    before = Prestation.select().count()
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert Prestation.select().count() == before + 1
    saved = Prestation.select().order_by(Prestation.id.desc()).first()
    assert (saved.date, saved.user_number_id, saved.helper_id, saved.hours) == (
        day, sample["un2"], sample["bart"], 2)
    # The next row is ready: same date and helper, the cursor in an empty user number.
    assert _has_focus(bar.user_number) and bar.user_number.currentText() == ""
    assert bar.helper.current_id() == sample["bart"]
    # The new row is selected in the table, and the status bar says what was added.
    assert window.prestations.table.selected_ids() == [saved.id]
    assert window.statusBar().currentMessage().startswith("Prestation added: 20/01/")
    window.prestations.table.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Z, CTRL)
    assert Prestation.select().count() == before
    qtbot.keyClick(_focus(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert Prestation.select().count() == before + 1


def test_f2_enter_and_delete_on_the_selected_prestation(qtbot, window, sample, monkeypatch):
    _shown(qtbot, window)
    opened: list[int] = []
    monkeypatch.setattr(PrestationDialog, "ask", classmethod(
        lambda cls, parent, prestation_id=None, *a: opened.append(prestation_id)))
    table = window.prestations.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the keyboard selects the second row
    first = table.selected_ids()[0]
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [first, first]
    asked: list[str] = []
    monkeypatch.setattr("inharmony_desktop.ui.messages.confirm",
                        lambda parent, title, text: asked.append(text) or True)
    before = Prestation.select().count()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and Prestation.select().count() == before - 1


def test_ctrl_f_goes_to_the_quick_search(qtbot, window, sample):
    _shown(qtbot, window)
    window.prestations.table.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_F, CTRL)
    assert _focus() is window.customers.search
    qtbot.keyClicks(_focus(), "Willems")
    assert window.customers.proxy.rowCount() == 1


def test_dialogs_open_on_their_first_field_and_end_with_ok_and_cancel(qtbot, sample):
    for dialog in (CustomerDialog(None), OrderDialog(None)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        first = next(iter(dialog.fields.values()))
        assert _has_focus(first)
        # Shift+Tab from the first field wraps round to the buttons at the end.
        qtbot.keyClick(_focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert dialog.buttons.isAncestorOf(_focus())
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        assert _has_focus(first)


def test_the_quick_entry_date_takes_short_and_full_dates(qtbot):
    from inharmony_desktop.ui.views.quick_entry import QuickEntryBar

    bar = QuickEntryBar()
    qtbot.addWidget(bar)
    for typed, expected in (("5/1/2026", dt.date(2026, 1, 5)),
                            ("20/01/2026", dt.date(2026, 1, 20)),
                            ("31.12.2025", dt.date(2025, 12, 31))):
        bar.start()
        qtbot.keyClicks(bar.date, typed)
        assert bar.date.date().toPython() == expected, typed
