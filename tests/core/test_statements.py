"""The figures of the yearly statement, computed from the database."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services.statements import (
    file_stem,
    safe_name,
    statement_for,
    user_numbers_with_orders,
)
from tests.statement_fixtures import Household, make_helper, make_household


@pytest.fixture
def household(db) -> Household:
    return make_household()


def test_reduction_under_the_ceiling(household):
    household.order("2023-03-10", 100)
    data = statement_for(household.user_number_id, 2023)
    assert data.bought_cents == 90_000
    assert data.fiscal.tax_rate_percent == 20
    assert data.fiscal.ceiling_cents == 172_000
    assert data.fiscal.deductible_cents == 90_000
    assert data.fiscal.reduction_cents == 18_000


def test_reduction_is_capped_by_the_ceiling(household):
    household.order("2024-02-01", 250)
    data = statement_for(household.user_number_id, 2024)
    assert data.net_cents == 225_000
    assert data.fiscal.deductible_cents == 179_000
    assert data.fiscal.reduction_cents == 35_800


def test_no_reduction_for_vouchers_bought_in_2025(household):
    household.order("2025-03-01", 100)
    data = statement_for(household.user_number_id, 2025)
    assert data.bought_cents == 100_000  # € 10 a voucher from 2025
    assert not data.fiscal.has_reduction
    assert data.fiscal.reduction_cents == 0


def test_an_order_across_the_400_step_gives_two_lines(household):
    household.order("2024-01-10", 350)
    household.order("2024-06-10", 100)
    data = statement_for(household.user_number_id, 2024)
    assert [(x.quantity, x.unit_price_cents, x.amount_cents, x.higher_tier)
            for x in data.orders] == [
        (350, 900, 315_000, False), (50, 900, 45_000, False), (50, 1000, 50_000, True)]
    assert data.bought_quantity == 450
    assert data.bought_cents == 410_000
    assert data.quota_text == "450 van 500"


def test_a_refund_in_the_same_year_lowers_the_net_amount(household):
    household.order("2023-01-05", 150)
    household.refund("2023-09-01", 20)
    household.order("2022-12-20", 10)  # another year: not on the statement
    data = statement_for(household.user_number_id, 2023)
    assert (data.bought_cents, data.refunded_cents, data.net_cents) == (135_000, 18_000, 117_000)
    assert data.refunded_quantity == 20
    assert data.fiscal.reduction_cents == 23_400


def test_appendix_lists_prestations_paid_in_the_year_by_payment_date(household):
    helper = make_helper()
    household.paid_prestations(helper, dt.date(2023, 12, 28), 1)  # paid 11/01/2024
    household.paid_prestations(helper, dt.date(2024, 3, 1), 2)
    Prestation.create(date=dt.date(2024, 5, 1), user_number=household.user_number_id,
                      helper=helper, hours=2, paper=0, electronic=2, status="confirmed")
    household.order("2024-01-05", 50)
    data = statement_for(household.user_number_id, 2024)
    assert [p.date for p in data.prestations] == [
        dt.date(2023, 12, 28), dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    assert data.prestations[0].helper == "Ann Peeters"
    assert (data.prestations[0].paper, data.prestations[0].electronic) == (1, 2)


def test_user_numbers_with_orders_are_in_customer_order(household):
    aerts = Household("K002", "Aerts", "Anna Aerts", "222222222222")
    claes = Household("K003", "claes", "Bart Claes", "333333333333")
    Household("K004", "Bosmans", "Nele Bosmans", "444444444444")  # no order in 2024
    for h in (household, claes, aerts):
        h.order("2024-04-01", 10)
    aerts.order("2023-04-01", 10)
    assert user_numbers_with_orders(2024) == [
        aerts.user_number_id, claes.user_number_id, household.user_number_id]
    assert user_numbers_with_orders(2023) == [aerts.user_number_id]


def test_file_names_are_safe(household):
    household.order("2024-04-01", 10)
    data = statement_for(household.user_number_id, 2024)
    assert file_stem(data) == "2024_123456789012_Zoe_DHondt-Muller"
    assert safe_name('Jean-Luc "Le Grand" / Œuvre') == "Jean-Luc_Le_Grand_OEuvre"
    assert safe_name("../..") == "houder"


def test_a_year_without_rules_uses_the_latest_rules_visibly(household):
    household.order("2026-02-01", 10)
    data = statement_for(household.user_number_id, 2027)
    assert data.fiscal.rules_year == 2026
    assert data.orders == []


def test_unknown_user_number_is_refused(db):
    with pytest.raises(KnownError, match="bestaat niet"):
        statement_for(9999, 2024)
