"""Cheque splits by hand: refusals, and kept when the payment mode changes."""

from __future__ import annotations

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.services import prestations, user_numbers
from tests.core.split_fixtures import D, customer, helper, prestation, split_of, user_number


@pytest.fixture
def three(db):
    un = user_number(customer())
    hid = helper()
    return un, [prestation(un, hid, D(2026, 3, d), 3) for d in (2, 9, 16)]


def test_manual_splits_are_kept_when_the_payment_mode_changes(three):
    un, ids = three
    prestations.set_split([ids[1]], 2, 1)
    user_numbers.set_payment_mode(un, D(2026, 3, 1), "electronic")
    assert [split_of(i) for i in ids] == [(0, 3, False), (2, 1, True), (0, 3, False)]
    user_numbers.remove_payment_mode(un, D(2026, 3, 1))
    assert [split_of(i) for i in ids] == [(3, 0, False), (2, 1, True), (3, 0, False)]


def test_back_to_the_default_follows_the_mode_again(three):
    un, ids = three
    prestations.set_split(ids, 1, 2)
    user_numbers.set_payment_mode(un, D(2026, 3, 10), "electronic")
    prestations.reset_split(ids)
    assert [split_of(i) for i in ids] == [(3, 0, False), (3, 0, False), (0, 3, False)]


def test_a_split_that_does_not_add_up_is_refused_for_all(three):
    un, ids = three
    other = prestation(un, helper("M02", "Ann"), D(2026, 3, 23), 4)
    with pytest.raises(ValidationError, match=r"moet gelijk zijn aan de 4 uren"):
        prestations.set_split([*ids, other], 2, 1)
    assert [split_of(i) for i in [*ids, other]] == [(3, 0, False)] * 3 + [(4, 0, False)]


def test_a_paid_prestation_keeps_its_split(three):
    _, ids = three
    prestations.set_status([ids[0]], "performed")
    for status in ("registered", "confirmed", "paid"):
        prestations.set_status([ids[0]], status)
    with pytest.raises(KnownError, match="betaald"):
        prestations.set_split([ids[0]], 1, 2)
    assert split_of(ids[0]) == (3, 0, False)
