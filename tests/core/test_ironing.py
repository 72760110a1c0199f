"""The ironing workshop: vouchers and the minute credit (SPEC §4.4)."""

from __future__ import annotations

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.models import Customer, IroningBasket, Prestation
from inharmony_desktop.core.services import ironing, prestations, settings
from tests.core.split_fixtures import D, customer, helper, user_number


@pytest.fixture
def shop(db):
    cid = customer()
    un = user_number(cid, mode="electronic")
    return cid, un, helper("S01", "Strijkster Mia")


def credit(cid):
    return Customer.get_by_id(cid).ironing_credit_minutes


def test_the_spec_example_over_three_baskets(shop):
    cid, un, hid = shop
    first = ironing.preview_basket(cid, 100)
    assert (first.handling_minutes, first.vouchers, first.credit_after) == (15, 2, 5)
    ironing.record_basket(cid, un, hid, D(2026, 3, 2), 100)
    assert credit(cid) == 5
    second = ironing.preview_basket(cid, 50)
    assert (second.minutes_to_pay, second.vouchers, second.credit_after) == (60, 1, 0)
    ironing.record_basket(cid, un, hid, D(2026, 3, 9), 50)
    assert credit(cid) == 0
    ironing.record_basket(cid, un, hid, D(2026, 3, 16), 170)  # 185 min -> 4 vouchers, 55 credit
    assert credit(cid) == 55
    rows = list(Prestation.select().where(Prestation.activity == "ironing").order_by(Prestation.id))
    assert [(p.hours, p.ironing_minutes, p.handling_minutes) for p in rows] == [
        (2, 100, 15), (1, 50, 15), (4, 170, 15)]
    assert [(p.paper, p.electronic) for p in rows] == [(0, 2), (0, 1), (0, 4)]
    history = ironing.credit_history(cid)
    assert [(h.credit_before, h.credit_after) for h in history] == [(0, 5), (5, 0), (0, 55)]
    assert "100 min strijken + 15 min behandeling − 0 min tegoed = 115 min → 2 cheques" in (
        history[0].text)


def test_credit_larger_than_the_basket_costs_no_voucher(shop):
    cid, un, hid = shop
    ironing.record_basket(cid, un, hid, D(2026, 3, 2), 10, handling_minutes=5)  # 15 -> 1, 45
    record = ironing.record_basket(cid, un, hid, D(2026, 3, 3), 20, handling_minutes=0)
    assert record.prestation is None
    assert record.basket["vouchers"] == 0
    assert credit(cid) == 25


def test_handling_minutes_come_from_the_settings(shop):
    cid, _, _ = shop
    settings.save({"ironing_handling_minutes": "20"})
    assert ironing.preview_basket(cid, 100).vouchers == 2
    assert ironing.preview_basket(cid, 100).credit_after == 0


def test_undo_and_redo_of_a_basket(shop):
    cid, un, hid = shop
    ironing.record_basket(cid, un, hid, D(2026, 3, 2), 100)
    record = ironing.record_basket(cid, un, hid, D(2026, 3, 9), 80)  # 95-5=90 -> 2, credit 30
    assert credit(cid) == 30
    ironing.undo_basket(record)
    assert credit(cid) == 5
    assert IroningBasket.select().count() == 1
    assert not Prestation.select().where(Prestation.id == record.prestation["id"]).exists()
    ironing.redo_basket(record)
    assert credit(cid) == 30
    assert IroningBasket.get_by_id(record.basket["id"]).vouchers == 2
    assert prestations.get_prestation(record.prestation["id"]).hours == 2
    assert [h.credit_after for h in ironing.credit_history(cid)] == [5, 30, 5, 30]


def test_only_the_latest_basket_can_be_taken_back(shop):
    cid, un, hid = shop
    older = ironing.record_basket(cid, un, hid, D(2026, 3, 2), 100)
    ironing.record_basket(cid, un, hid, D(2026, 3, 9), 50)
    with pytest.raises(KnownError, match="nieuwere strijkmand"):
        ironing.undo_basket(older)
    assert credit(cid) == 0


def test_bad_baskets_are_refused_and_write_nothing(shop):
    cid, un, hid = shop
    other = user_number(customer("K002", "Janssens"), "999999999999")
    with pytest.raises(ValidationError, match="gebruikersnummer van deze klant"):
        ironing.record_basket(cid, other, hid, D(2026, 3, 2), 100)
    with pytest.raises(ValidationError, match="strijktijd"):
        ironing.record_basket(cid, un, hid, D(2026, 3, 2), 0)
    with pytest.raises(ValidationError, match="hoogstens 12 uren"):
        ironing.record_basket(cid, un, hid, D(2026, 3, 2), 760)
    assert IroningBasket.select().count() == 0
    assert credit(cid) == 0


def test_a_correction_by_hand_is_explained_in_the_history(shop):
    cid, un, hid = shop
    ironing.record_basket(cid, un, hid, D(2026, 3, 2), 100)
    ironing.adjust_credit(cid, 20, "vergeten mand van februari")
    assert credit(cid) == 20
    last = ironing.credit_history(cid)[-1]
    assert (last.credit_before, last.credit_after) == (5, 20)
    assert "vergeten mand van februari" in last.text
    with pytest.raises(ValidationError):
        ironing.adjust_credit(cid, 75, "te veel")
