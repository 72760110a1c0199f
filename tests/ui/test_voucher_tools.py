"""The split editor, the switch-over wizard and the ironing form in the window:
each runs as one command on the undo stack, and the tree and details follow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Customer, Prestation
from inharmony_desktop.core.services import orders, prestations, switchover
from inharmony_desktop.core.services.ironing import BasketInput
from inharmony_desktop.core.services.payment_modes import history
from inharmony_desktop.core.services.splits import SplitChoice
from inharmony_desktop.ui.dialogs.ironing_basket import IroningBasketDialog
from inharmony_desktop.ui.dialogs.split_editor import SplitEditor
from inharmony_desktop.ui.dialogs.switchover_wizard import SwitchoverWizard
from inharmony_desktop.ui.models import ID_ROLE


def split_cells(window) -> list[str]:
    model = window.prestations.model
    return [model.index(r, 6).data() for r in range(model.rowCount())]


def test_split_editor_from_the_table_is_undoable(qtbot, window, sample, monkeypatch):
    window.customers.select("user_number", sample["un3"])
    table = window.prestations.table
    table.selectAll()
    ids = table.selected_ids()
    assert len(ids) == 5
    asked = []

    def ask(parent, chosen):
        asked.append(sorted(chosen))
        return SplitChoice("set", tuple(chosen), 1, 3)

    monkeypatch.setattr(SplitEditor, "ask", staticmethod(ask))
    window.menu_actions.edit_split.trigger()
    assert asked == [sorted(ids)]
    assert split_cells(window) == ["1 / 3 ✎"] * 5
    assert window.undo_stack.undoText().startswith("Split 5 prestations")
    window.undo_stack.undo()
    assert split_cells(window) == ["0 / 4"] * 5
    window.undo_stack.redo()
    assert {(p.paper, p.split_manual) for p in Prestation.select().where(Prestation.id.in_(ids))} \
        == {(1, True)}


def test_switchover_wizard_applies_and_ctrl_z_restores(qtbot, window, sample, monkeypatch):
    today = clock.today()
    un = sample["un2"]  # pays on paper
    days = [today + dt.timedelta(days=7 * i + 1) for i in range(3)]
    ids = [prestations.create_prestation(prestations.PrestationInput(
        day, un, sample["anna"], 3, status="planned")) for day in days]
    window.refresh_all()
    window.customers.select("user_number", un)
    monkeypatch.setattr(SwitchoverWizard, "ask", staticmethod(
        lambda parent, uid=None, today=None: switchover.plan_switchover(uid, 4, clock.today())))
    window.menu_actions.switchover.trigger()
    assert [(p.paper, p.electronic) for p in Prestation.select().where(Prestation.id.in_(ids))
            .order_by(Prestation.date)] == [(3, 0), (1, 2), (0, 3)]
    assert history(un).mode_on(days[2]) == "electronic"
    assert window.undo_stack.undoText() == "Switch 444455556666 to electronic"
    window.undo_stack.undo()
    assert [(p.paper, p.electronic, p.split_manual) for p in Prestation.select()
            .where(Prestation.id.in_(ids))] == [(3, 0, False)] * 3
    assert history(un).mode_on(days[2]) == "paper"


def test_ironing_basket_from_the_tree_menu_is_undoable(qtbot, window, sample, monkeypatch):
    window.customers.select("customer", sample["janssens"])
    basket = BasketInput(sample["janssens"], sample["un1"], sample["bart"], clock.today(),
                         100, 15)
    monkeypatch.setattr(IroningBasketDialog, "ask",
                        staticmethod(lambda parent, customer_id=None: basket))
    before = Prestation.select().count()
    window.menu_actions.ironing_basket.trigger()
    assert Customer.get_by_id(sample["janssens"]).ironing_credit_minutes == 5
    credit = window.voucher_tools.ironing_section.credit.text()
    assert "Minute credit: 5 min" in credit
    assert "100 min strijken + 15 min behandeling" in credit
    assert Prestation.select().count() == before + 1
    window.undo_stack.undo()
    assert Customer.get_by_id(sample["janssens"]).ironing_credit_minutes == 0
    assert "Minute credit: 0 min" in window.voucher_tools.ironing_section.credit.text()
    assert Prestation.select().count() == before


def test_tree_marks_user_numbers_that_need_attention(qtbot, window, sample):
    today = clock.today()
    month_back = today.replace(day=1) - dt.timedelta(days=330)
    orders.create_order(orders.OrderInput(sample["un3"], month_back, 40, "electronic"))
    model = window.tree_model
    with qtbot.waitSignal(model.attention.attention_loaded, timeout=10_000):
        window.refresh_all()
    marked = model.index_of_user_number(sample["un3"])
    quiet = model.index_of_user_number(sample["un2"])
    assert marked.data(ID_ROLE) == sample["un3"]
    assert marked.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "cheques vervallen binnen 60 dagen" in marked.data(Qt.ItemDataRole.ToolTipRole)
    assert quiet.data(Qt.ItemDataRole.DecorationRole) is None


def test_details_show_the_wallet_and_quota_of_the_user_number(qtbot, window, sample):
    window.show()
    window.customers.select("user_number", sample["un1"])
    section = window.voucher_tools.wallet_section
    assert section.isVisible()
    assert section.panel.ordered.text() == "100"
    window.customers.select("customer", sample["janssens"])
    assert not section.isVisible()


def test_only_the_latest_attention_request_is_delivered(qtbot, sample):
    from inharmony_desktop.ui.models.attention import AttentionLoader

    loader = AttentionLoader()
    delivered = []
    loader.attention_loaded.connect(lambda generation, reasons: delivered.append(generation))
    loader.request([sample["un1"]])
    with qtbot.waitSignal(loader.attention_loaded, timeout=10_000) as blocker:
        second = loader.request([sample["un1"], sample["un3"]])
    assert blocker.args[0] == second == 2
    loader.wait()
    QCoreApplication.processEvents()  # a queued delivery of the first request must be dropped
    assert delivered == [2]


def test_split_without_a_selection_says_what_to_do(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr("inharmony_desktop.ui.messages.show_error",
                        lambda parent, error: shown.append(str(error)))
    window.prestations.table.clearSelection()
    window.menu_actions.edit_split.trigger()
    assert shown == ["Select one or more prestations in the table first."]
    assert window.undo_stack.count() == 0
