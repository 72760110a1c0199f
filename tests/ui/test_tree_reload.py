"""The customer tree keeps the open customers and the selection when it reloads."""

from __future__ import annotations

from inharmony_desktop.core.services.customers import CustomerInput
from inharmony_desktop.ui.dialogs.customer import CustomerDialog


def _expanded_names(window) -> set[str]:
    panel = window.customers
    return {panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())
            if panel.tree.isExpanded(panel.proxy.index(row, 0))}


def test_open_customers_and_selection_survive_a_change(qtbot, window, sample, monkeypatch):
    panel = window.customers
    panel.select("user_number", sample["un3"])  # opens Willems
    panel.tree.expand(panel.proxy.mapFromSource(
        window.tree_model.index_of_customer(sample["janssens"])))
    assert _expanded_names(window) == {"Janssens Maria  (K001)", "Willems Jos  (K002)"}
    monkeypatch.setattr(CustomerDialog, "ask", classmethod(
        lambda cls, *a, **k: CustomerInput("K003", "Aerts Lies", "3500", "Hasselt")))
    window.editor.new_customer()  # the tree reloads: a customer was added
    assert window.tree_model.customer_count() == 3
    assert _expanded_names(window) == {"Janssens Maria  (K001)", "Willems Jos  (K002)"}
    assert panel.selected() == ("user_number", sample["un3"])
    assert window.prestations.model.rowCount() == 5  # the tabs still follow that user number
    window.undo_stack.undo()
    assert window.tree_model.customer_count() == 2
    assert _expanded_names(window) == {"Janssens Maria  (K001)", "Willems Jos  (K002)"}
    assert panel.selected() == ("user_number", sample["un3"])


def test_a_closed_customer_stays_closed(qtbot, window, sample):
    panel = window.customers
    panel.select("customer", sample["janssens"])
    assert _expanded_names(window) == set()
    window.refresh_all()
    assert _expanded_names(window) == set()
    assert panel.selected() == ("customer", sample["janssens"])
