"""Every model passes Qt's model tester and answers in entity ids."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inharmony_desktop.core import clock
from inharmony_desktop.core.services import order_query as oq
from inharmony_desktop.core.services import prestation_query as pq
from inharmony_desktop.ui.models import ID_ROLE, KIND_ROLE
from inharmony_desktop.ui.models.customer_tree import CustomerFilterProxy, CustomerTreeModel
from inharmony_desktop.ui.models.helpers import HelperTableModel
from inharmony_desktop.ui.models.orders import OrderTableModel
from inharmony_desktop.ui.models.prestations import PrestationTableModel


def test_prestation_model(qtmodeltester, sample):
    model = PrestationTableModel()
    model.reload()
    assert model.rowCount() == 10
    qtmodeltester.check(model, force_py=True)
    newest = model.index(0, 0)
    assert newest.data() == f"07/01/{clock.today().year}"
    assert model.index(0, 6).data() in ("0 / 3", "0 / 4")


def test_prestation_model_filters_by_user_number(qtmodeltester, sample):
    model = PrestationTableModel()
    model.reload()
    model.set_filter(pq.PrestationFilter(user_number_id=sample["un3"]))
    assert model.rowCount() == 5
    assert {model.index(r, 3).data() for r in range(5)} == {"Bart Claes"}
    qtmodeltester.check(model, force_py=True)


def test_order_model(qtmodeltester, sample):
    model = OrderTableModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1
    # 100 vouchers bought on 2 January at € 10, valid to the end of the 12th month after.
    assert [model.index(0, column).data() for column in (3, 5, 6, 7)] == [
        "100", "€\u00a010,00", "€\u00a01.000,00", f"31/01/{clock.today().year + 1}"]
    model.set_filter(oq.OrderFilter(customer_id=sample["willems"]))
    assert model.rowCount() == 0


def test_helper_model(qtmodeltester, sample):
    model = HelperTableModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 1).data() for r in range(2)] == ["Anna Peeters", "Bart Claes"]
    assert model.index(0, 0).data(ID_ROLE) == sample["anna"]


def test_customer_tree_and_search(qtmodeltester, sample):
    model = CustomerTreeModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    janssens = model.index_of_customer(sample["janssens"])
    assert model.rowCount(janssens) == 2
    number = model.index_of_user_number(sample["un2"])
    assert number.data(KIND_ROLE) == "user_number"
    assert model.index(number.row(), 1, janssens).data() == "paper"
    assert model.index(model.index_of_user_number(sample["un1"]).row(), 2, janssens).data() \
        == "100/500"
    proxy = CustomerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("hasselt")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE) == sample["willems"]
    proxy.set_search("4444 5555")  # a user number typed with spaces finds its customer
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE) == sample["janssens"]
    proxy.set_search("")
    assert proxy.rowCount() == 2


def _hue(brush) -> int:
    """The colour's hue in degrees on the colour wheel (red 0, orange ~30, green 120)."""
    return brush.color().hue()


def test_quota_turns_orange_from_90_percent_and_red_when_used_up(sample):
    from inharmony_desktop.core.services import orders

    model = CustomerTreeModel()

    def quota_cell(user_number_id: int):
        model.reload()
        number = model.index_of_user_number(user_number_id)
        return model.index(number.row(), 2, number.parent())

    def order(quantity: int) -> None:
        orders.create_order(orders.OrderInput(
            sample["un3"], clock.today().replace(month=2, day=1), quantity))

    colour = Qt.ItemDataRole.ForegroundRole
    assert quota_cell(sample["un1"]).data() == "100/500"
    assert quota_cell(sample["un1"]).data(colour) is None  # plain text: far from the maximum

    order(449)
    assert quota_cell(sample["un3"]).data() == "449/500"
    assert quota_cell(sample["un3"]).data(colour) is None  # just under 90 %

    order(1)
    cell = quota_cell(sample["un3"])
    assert cell.data() == "450/500"
    assert 20 <= _hue(cell.data(colour)) <= 45  # orange: 90 % of the 500 a person may buy
    assert "Jos Willems: 450 of 500 vouchers ordered this year" in cell.data(
        Qt.ItemDataRole.ToolTipRole)

    order(50)
    cell = quota_cell(sample["un3"])
    assert cell.data() == "500/500"
    assert _hue(cell.data(colour)) <= 10 or _hue(cell.data(colour)) >= 350  # red: nothing left
