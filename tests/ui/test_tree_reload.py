"""The customer tree keeps the open customers and the selection when it reloads."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inharmony_desktop.core.services import user_numbers
from inharmony_desktop.core.services.customers import CustomerInput
from inharmony_desktop.core.services.payment_modes import history
from inharmony_desktop.core.services.user_numbers import UserNumberChange
from inharmony_desktop.ui.dialogs.customer import CustomerDialog
from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog


def _expanded_names(window) -> set[str]:
    panel = window.customers
    return {panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())
            if panel.tree.isExpanded(panel.proxy.index(row, 0))}


def test_open_customers_and_selection_survive_a_change(qtbot, window, sample, monkeypatch):
    panel = window.customers
    panel.select("user_number", sample["un3"])  # opens Willems
    panel.tree.expand(panel.proxy.mapFromSource(
        window.tree_model.index_of_customer(sample["janssens"])))
    assert _expanded_names(window) == {"Janssens Maria (K001)", "Willems Jos (K002)"}
    monkeypatch.setattr(CustomerDialog, "ask", classmethod(
        lambda cls, *a, **k: CustomerInput("K003", "Aerts Lies", "3500", "Hasselt")))
    window.editor.new_customer()  # the tree reloads: a customer was added
    assert window.tree_model.customer_count() == 3
    assert _expanded_names(window) == {"Janssens Maria (K001)", "Willems Jos (K002)"}
    assert panel.selected() == ("user_number", sample["un3"])
    assert window.prestations.model.rowCount() == 5  # the tabs still follow that user number
    window.undo_stack.undo()
    assert window.tree_model.customer_count() == 2
    assert _expanded_names(window) == {"Janssens Maria (K001)", "Willems Jos (K002)"}
    assert panel.selected() == ("user_number", sample["un3"])


def test_a_closed_customer_stays_closed(qtbot, window, sample):
    panel = window.customers
    panel.select("customer", sample["janssens"])
    assert _expanded_names(window) == set()
    window.refresh_all()
    assert _expanded_names(window) == set()
    assert panel.selected() == ("customer", sample["janssens"])



def _number_text(window, user_number_id: int) -> str:
    return window.tree_model.index_of_user_number(user_number_id).data()


def _edit_user_number(window, user_number_id: int, monkeypatch, **fields) -> bool:
    edited = user_numbers.to_input(user_numbers.get_user_number(user_number_id))
    for name, value in fields.items():
        setattr(edited, name, value)
    modes = history(user_number_id).rows()
    monkeypatch.setattr(UserNumberDialog, "ask", classmethod(
        lambda cls, *a, **k: UserNumberChange(edited, modes)))
    return window.editor.edit_user_number(user_number_id)


def test_a_user_number_change_repaints_its_rows_without_reloading_the_tree(
        qtbot, window, sample, monkeypatch):
    panel = window.customers
    panel.select("user_number", sample["un1"])
    reloads = []
    real_reload = window.tree_model.reload
    monkeypatch.setattr(window.tree_model, "reload", lambda: reloads.append(1) or real_reload())
    assert _edit_user_number(window, sample["un1"], monkeypatch, holder="Mieke Peeters")
    assert "Mieke" in _number_text(window, sample["un1"])  # the row shows the first name
    tooltip = window.tree_model.index_of_user_number(sample["un1"]).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "Mieke Peeters" in tooltip
    assert reloads == []  # only the edited number was read again
    assert panel.selected() == ("user_number", sample["un1"])
    panel.search.setText("peeters")  # the quick search knows the new holder
    assert panel.proxy.rowCount() == 1
    panel.search.clear()
    window.undo_stack.undo()
    assert "Maria" in _number_text(window, sample["un1"])
    assert "Maria Janssens" in window.tree_model.index_of_user_number(sample["un1"]).data(
        Qt.ItemDataRole.ToolTipRole)
    assert reloads == []


def test_a_user_number_moved_to_another_customer_reloads_the_tree(
        qtbot, window, sample, monkeypatch):
    assert _edit_user_number(window, sample["un2"], monkeypatch, customer_id=sample["willems"])
    assert window.tree_model.customer_of_user_number(sample["un2"]) == sample["willems"]
