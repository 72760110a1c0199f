"""What a new office worker meets before investing work: actions that cannot apply are
greyed out with the reason, the status bar, the toolbar, the proposed folders and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import backups
from inharmony_desktop.ui.dialogs.statement_options import StatementOptionsDialog
from inharmony_desktop.ui.dialogs.switchover_wizard import SwitchoverWizard


def _select(window, ids):
    """Select the rows of these ids in the prestations table."""
    window.tabs.setCurrentWidget(window.prestations)
    table, model = window.prestations.table, window.prestations.model
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount()):
        if model.id_at(row) in ids:
            table.selectionModel().select(model.index(row, 0), flags)


def test_paid_prestations_grey_out_move_split_and_delete_with_the_reason(qtbot, window, sample):
    ids = window.prestations.table.model().ids_for_rows([0, 1])
    Prestation.update(status="paid").where(Prestation.id == ids[0]).execute()
    window.prestations.refresh()
    _select(window, ids[1:])
    actions = window.menu_actions
    assert actions.move_to.isEnabled() and actions.delete.isEnabled()
    _select(window, ids)
    for action in (actions.move_to, actions.edit_split, actions.delete):
        assert not action.isEnabled()
        assert "Paid prestations cannot be moved" in action.toolTip()
    Prestation.update(status="registered").where(Prestation.id == ids[0]).execute()
    window.prestations.refresh()
    _select(window, ids)
    assert actions.move_to.isEnabled() and not actions.delete.isEnabled()
    assert "Pluxee's zone" in actions.delete.toolTip()


def test_delete_is_greyed_out_in_a_tab_where_nothing_is_deleted(qtbot, window, sample):
    delete = window.menu_actions.delete
    window.tabs.setCurrentIndex(window.tabs.count() - 1)  # the Pluxee work list
    assert window.current_entry().delete is None
    assert not delete.isEnabled() and delete.toolTip() == "Nothing in this tab is deleted here."
    window.tabs.setCurrentWidget(window.prestations)
    _select(window, window.prestations.table.model().ids_for_rows([0]))
    assert delete.isEnabled()


def test_switchover_is_greyed_out_for_a_number_that_already_pays_electronically(
        qtbot, window, sample):
    switch = window.menu_actions.switchover
    window.customers.select("user_number", sample["un1"])  # electronic
    assert not switch.isEnabled() and switch.toolTip() == "1111 2222 3333 already pays electronically."
    window.customers.select("user_number", sample["un2"])  # paper
    assert switch.isEnabled()


def test_the_status_bar_says_when_the_last_backup_was_made(qtbot, db, window):
    assert window.backup_status.text() == "No backup yet"
    backups.make_backup()
    window.backup_status.refresh()
    assert window.backup_status.text() == f"Last backup: {clock.now():%d/%m/%Y %H:%M}"


def test_the_toolbar_says_what_each_button_does_and_undo_has_its_icon(qtbot, window):
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    actions = window.menu_actions
    assert not actions.undo.icon().isNull() and not actions.redo.icon().isNull()
    assert (actions.undo.iconText(), actions.redo.iconText()) == ("Undo", "Redo")
    assert actions.new_prestation.iconText() == "New"


def test_the_yearly_statements_go_to_a_folder_under_documents_that_follows_the_year(qtbot):
    dialog = StatementOptionsDialog(None, with_folder=True)
    qtbot.addWidget(dialog)
    folder = Path(dialog.folder.text())
    assert folder.parts[-3:-1] == ("Inharmony", "Jaaroverzichten")
    dialog.year.setValue(2024)
    assert Path(dialog.folder.text()).name == "2024"


def test_the_switchover_wizard_never_proposes_an_expiry_in_the_past(qtbot, window, sample):
    from inharmony_desktop.core.services import orders

    with clock.pinned(dt.date(2025, 3, 1)):
        orders.create_order(orders.OrderInput(sample["un2"], dt.date(2025, 3, 1), 20,
                                              medium="paper"))
    wizard = SwitchoverWizard(None, sample["un2"])  # that paper expired on 31/03/2026
    qtbot.addWidget(wizard)
    page = wizard.input_page
    assert not page.has_expiry.isChecked()
    assert page.expiry.date().toPython() >= clock.today()


def test_this_year_shows_the_years_dates(qtbot, window):
    tab = window.prestations
    tab.set_period("year")
    today = clock.today()
    assert tab.start.date().toPython() == dt.date(today.year, 1, 1)
    assert tab.end.date().toPython() == dt.date(today.year, 12, 31)
    assert not tab.start.isEnabled()


def test_a_long_refusal_in_quick_entry_never_widens_the_window(qtbot, window):
    bar = window.prestations.quick_entry
    before = window.minimumSizeHint().width()
    bar.show_error(KnownError("Een heel lange uitleg " * 40))
    assert bar.error.isVisible() or not window.isVisible()
    assert window.minimumSizeHint().width() == before


def test_a_drag_shows_a_small_badge_with_the_count(qtbot, window):
    from inharmony_desktop.ui.views.id_table import drag_badge

    label = window.prestations.table.drag_label(3)
    assert label == "3 prestations"
    badge = drag_badge(label, window.font())
    assert badge.width() < 200 and badge.height() < 40
