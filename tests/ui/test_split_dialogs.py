"""The split editor and the switch-over wizard, driven as a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from inharmony_desktop.core.services import prestations
from inharmony_desktop.ui.dialogs.split_editor import SplitEditor
from inharmony_desktop.ui.dialogs.switchover_wizard import SwitchoverWizard
from tests.core.split_fixtures import D, customer, helper, prestation, user_number

MONDAYS = [D(2026, 3, 2) + dt.timedelta(weeks=i) for i in range(4)]


@pytest.fixture
def paper(db):
    un = user_number(customer())
    hid = helper()
    return un, [prestation(un, hid, day, 3) for day in MONDAYS], hid


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_spin_boxes_always_add_up_to_the_hours(qtbot, paper):
    _, ids, _ = paper
    editor = SplitEditor(ids[:2])
    qtbot.addWidget(editor)
    assert "2 prestations of 3 hours" in editor.summary.text()
    assert (editor.paper.value(), editor.electronic.value()) == (3, 0)
    editor.electronic.setValue(2)
    assert editor.paper.value() == 1
    editor.paper.setValue(0)
    assert editor.electronic.value() == 3
    assert editor.paper.maximum() == 3
    editor.paper.setValue(2)
    ok(editor)
    assert editor.result() == SplitEditor.DialogCode.Accepted
    assert (editor.choice.kind, editor.choice.paper, editor.choice.electronic) == ("set", 2, 1)
    assert editor.choice.ids == tuple(ids[:2])


def test_the_unit_beside_the_counts_follows_the_number(qtbot, qapp, paper, dutch_catalogue):
    from PySide6.QtCore import QTranslator

    _, ids, _ = paper
    editor = SplitEditor(ids[:1])
    qtbot.addWidget(editor)
    assert (editor.paper.text(), editor.electronic.text()) == ("3 vouchers", "0 vouchers")
    editor.electronic.setValue(2)
    assert (editor.paper.text(), editor.electronic.text()) == ("1 voucher", "2 vouchers")
    translator = QTranslator()
    assert translator.load(str(dutch_catalogue))
    qapp.installTranslator(translator)
    try:
        dutch = SplitEditor(ids[:1])
        qtbot.addWidget(dutch)
        dutch.paper.setValue(1)
        assert (dutch.paper.text(), dutch.electronic.text()) == ("1 cheque", "2 cheques")
        dutch.electronic.lineEdit().selectAll()
        qtbot.keyClicks(dutch.electronic, "3")  # typed: the unit follows, the number stays
        assert (dutch.electronic.value(), dutch.electronic.text()) == (3, "3 cheques")
        assert dutch.paper.text() == "0 cheques"
    finally:
        qapp.removeTranslator(translator)


def test_mixed_hours_are_refused_with_a_message(qtbot, paper):
    un, ids, hid = paper
    four = prestation(un, hid, D(2026, 4, 6), 4)
    editor = SplitEditor([ids[0], four])
    qtbot.addWidget(editor)
    editor.show()
    editor.paper.setValue(2)
    editor.electronic.setValue(1)
    ok(editor)
    assert editor.choice is None
    assert editor.isVisible()
    assert "niet hetzelfde aantal uren (3, 4)" in editor.error.text()


def test_a_sum_that_does_not_match_is_refused(qtbot, paper):
    _, ids, _ = paper
    editor = SplitEditor(ids[:1])
    qtbot.addWidget(editor)
    editor.show()
    editor.paper.blockSignals(True)
    editor.paper.setValue(1)  # as if typed while the other box did not follow
    editor.paper.blockSignals(False)
    ok(editor)
    assert editor.choice is None
    assert "moeten samen 3 zijn" in editor.error.text()


def test_paid_prestations_cannot_be_edited(qtbot, paper):
    _, ids, _ = paper
    for status in ("performed", "registered", "confirmed", "paid"):
        prestations.set_status([ids[0]], status)
    editor = SplitEditor(ids[:2])
    qtbot.addWidget(editor)
    assert "Betaalde prestaties (02/03/2026)" in editor.error.text()
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not editor.reset_button.isEnabled()


def test_back_to_default(qtbot, paper):
    _, ids, _ = paper
    prestations.set_split(ids[:1], 1, 2)
    editor = SplitEditor(ids[:1])
    qtbot.addWidget(editor)
    assert "Default: 3 paper + 0 electronic" in editor.summary.text()
    assert "1 set by hand" in editor.summary.text()
    editor.reset_button.click()
    assert editor.choice.kind == "reset"


def test_wizard_shows_the_plan_before_anything_changes(qtbot, paper):
    un, ids, _ = paper
    wizard = SwitchoverWizard(None, un, today=D(2026, 3, 1))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.input_page
    assert page.current_id() == un
    page.paper.setValue(4)
    page.from_date.setDate(QDate(2026, 3, 1))
    page.has_expiry.setChecked(True)
    page.expiry.setDate(QDate(2026, 3, 5))
    wizard.next()
    assert wizard.currentPage() is wizard.plan_page
    table = wizard.plan_page.table
    assert table.rowCount() == 4
    assert [table.item(r, 5).text() for r in range(4)] == ["3", "1", "0", "0"]
    assert [table.item(r, 6).text() for r in range(4)] == ["0", "2", "3", "3"]
    assert "electronic from 16/03/2026" in wizard.plan_page.summary.text()
    assert "1 papieren cheques na hun vervaldatum" in wizard.plan_page.warnings.text()
    assert [prestations.get_prestation(i).paper for i in ids] == [3, 3, 3, 3]  # unchanged
    wizard.accept()
    assert wizard.plan.split_row.prestation_id == ids[1]


def test_wizard_lists_paper_user_numbers_first(qtbot, paper):
    un, _, _ = paper
    electronic = user_number(customer("K2", "Aerts"), "222222222222", mode="electronic")
    wizard = SwitchoverWizard(None, today=D(2026, 3, 1))
    qtbot.addWidget(wizard)
    box = wizard.input_page.user_number
    assert [box.itemData(i) for i in range(box.count())] == [un, electronic]
    assert box.itemText(0).endswith("betaalt met papier")
    assert not wizard.input_page.isComplete()
