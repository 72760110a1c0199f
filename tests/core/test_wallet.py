import datetime as dt

import pytest

from inharmony_desktop.core.services import orders, wallet
from tests.core import factories


@pytest.fixture
def un(db):
    return factories.user_number(factories.customer())


def test_oldest_vouchers_spent_first_and_expiry_warning(un, db):
    h = factories.helper()
    orders.create_order(orders.OrderInput(un, "2024-01-15", 20))  # expires 31/01/2025
    orders.create_order(orders.OrderInput(un, "2024-06-15", 30))  # expires 30/06/2025
    for day in (2, 9, 16, 23):
        factories.prestation(un, h, dt.date(2024, 12, day), 3)
    w = wallet.wallet(un, dt.date(2024, 12, 31))
    assert (w.ordered, w.used, w.available) == (50, 12, 38)
    first, second = w.lots
    assert (first.remaining, second.remaining) == (8, 30)
    assert [lot.order_id for lot in w.expiring()] == [first.order_id]


def test_expired_vouchers_are_lost_not_available(un, db):
    orders.create_order(orders.OrderInput(un, "2023-01-15", 10))
    w = wallet.wallet(un, dt.date(2024, 3, 1))
    assert (w.available, w.expired) == (0, 10)


def test_refunds_and_paper_do_not_count(un, db):
    orders.create_order(orders.OrderInput(un, "2024-01-15", 20))
    orders.create_order(orders.OrderInput(un, "2024-01-15", 20, medium="paper"))
    orders.create_refund(orders.RefundInput(un, "2024-02-01", 5))
    w = wallet.wallet(un, dt.date(2024, 3, 1))
    assert (w.ordered, w.refunded, w.available) == (20, 5, 15)


def test_many_wallets_at_once_with_a_refund_and_nothing_spent(un, db):
    """A refund with no electronic prestation yet: read alone, with others or through
    the generation's bounds, the wallet is the same."""
    orders.create_order(orders.OrderInput(un, "2026-01-15", 20))
    orders.create_refund(orders.RefundInput(un, "2026-02-01", 5))
    other = factories.user_number(factories.customer("K2", "Peeters"))
    orders.create_order(orders.OrderInput(other, "2026-01-20", 10))
    on = dt.date(2026, 3, 1)
    assert wallet.wallet(un, on).available == 15
    assert {k: w.available for k, w in wallet.wallets([un, other], on).items()} == {
        un: 15, other: 10}
    assert wallet.available_on([un, other], on) == {un: 15, other: 10}


def test_refund_above_wallet_is_refused(un, db):
    from inharmony_desktop.core.errors import KnownError

    orders.create_order(orders.OrderInput(un, "2024-01-15", 10))
    with pytest.raises(KnownError):
        orders.create_refund(orders.RefundInput(un, "2024-02-01", 11))


def test_prestation_before_order_is_paid_by_the_next_order(un, db):
    h = factories.helper()
    factories.prestation(un, h, dt.date(2024, 3, 1), 4)
    assert wallet.wallet(un, dt.date(2024, 3, 2)).unpaid == 4
    orders.create_order(orders.OrderInput(un, "2024-03-05", 10))
    w = wallet.wallet(un, dt.date(2024, 3, 10))
    assert (w.unpaid, w.used, w.available) == (0, 4, 6)
