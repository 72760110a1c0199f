import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.models import AuditEntry, Order
from inharmony_desktop.core.services import orders
from tests.core import factories


@pytest.fixture
def household(db):
    c = factories.customer()
    jan = factories.user_number(c, "111111111111", holder="Jan")
    els = factories.user_number(c, "222222222222", holder="Els")
    return c, jan, els


def order(un, day, qty, **kw):
    return Order.get_by_id(orders.create_order(orders.OrderInput(un, day, qty, **kw)))


def test_price_step_inside_one_order(household):
    _, jan, _ = household
    order(jan, "2024-02-01", 395)
    crossing = order(jan, "2024-06-01", 10)
    # 5 vouchers (396-400) at €9, 5 (401-405) at €10.
    assert crossing.unit_price_cents == 900
    assert crossing.higher_quantity == 5
    assert crossing.higher_unit_price_cents == 1000
    assert crossing.amount_cents == 5 * 900 + 5 * 1000
    after = order(jan, "2024-07-01", 10)
    assert (after.unit_price_cents, after.higher_quantity, after.amount_cents) == (1000, 0, 10_000)


def test_the_400th_and_401st_voucher(household):
    _, jan, _ = household
    assert order(jan, "2025-01-02", 400).amount_cents == 400 * 1000
    assert order(jan, "2025-01-03", 1).amount_cents == 1100


def test_special_quota_pays_base_price_up_to_2000(db):
    c = factories.customer()
    special = factories.user_number(c, quota="special")
    big = order(special, "2024-03-01", 1500)
    assert big.amount_cents == 1500 * 900 and big.higher_quantity == 0
    with pytest.raises(KnownError, match="met 1 "):
        order(special, "2024-09-01", 501)


def test_personal_maximum_says_by_how_much(household):
    _, jan, _ = household
    order(jan, "2024-01-10", 480)
    before = Order.select().count()
    with pytest.raises(KnownError) as info:
        order(jan, "2024-12-01", 30)
    assert "maximum van 500" in str(info.value) and "met 10" in str(info.value)
    assert Order.select().count() == before
    # A new year starts a new quota.
    order(jan, "2025-01-01", 30)


def test_household_maximum_over_two_user_numbers(household, db):
    c, jan, els = household
    third = factories.user_number(c, "333333333333", holder="Kind")
    order(jan, "2024-01-10", 500)
    order(els, "2024-01-10", 450)
    with pytest.raises(KnownError) as info:
        order(third, "2024-02-01", 60)
    message = str(info.value)
    assert "gezin" in message and "1000" in message and "met 10" in message
    order(third, "2024-02-01", 50)


def test_expiry_on_the_order(household):
    _, jan, _ = household
    assert order(jan, "2023-12-31", 10).expiry_date == dt.date(2024, 12, 31)
    assert order(jan, "2018-08-31", 10).expiry_date == dt.date(2019, 4, 30)


def test_medium_defaults_to_payment_mode_and_paper_stops_june_2025(db):
    c = factories.customer()
    paper = factories.user_number(c, mode="paper", since=dt.date(2020, 1, 1))
    assert order(paper, "2025-05-31", 10).medium == "paper"
    with pytest.raises(KnownError, match="Papieren"):
        order(paper, "2025-06-01", 10)
    assert order(paper, "2025-06-01", 10, medium="electronic").medium == "electronic"


def test_unit_price_override(household):
    _, jan, _ = household
    o = order(jan, "2024-03-01", 10, unit_price_cents=850)
    assert o.price_overridden and o.amount_cents == 8500


def test_bad_input_names_the_fields(household):
    _, jan, _ = household
    with pytest.raises(ValidationError) as info:
        orders.create_order(orders.OrderInput(jan, "31/02/2024", 0))
    assert set(info.value.fields) == {"order_date", "quantity"}


def test_every_order_change_is_audited(household):
    _, jan, _ = household
    o = order(jan, "2024-03-01", 10)
    orders.update_order(o.id, orders.OrderInput(jan, "2024-03-02", 20))
    snapshot = orders.delete_order(o.id)
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.entity == "order")]
    assert actions == ["create", "update", "delete"]
    orders.restore_order(snapshot)
    assert Order.get_by_id(o.id).quantity == 20


def test_quota_use(household):
    _, jan, els = household
    order(jan, "2024-03-01", 412)
    order(els, "2024-03-01", 100)
    use = orders.quota_use(jan, 2024)
    assert (use.ordered, use.personal_max, use.household_ordered) == (412, 500, 512)
    assert use.in_higher_tier and use.remaining == 88
