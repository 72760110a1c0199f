"""The yearly rules as the office meets them: prices, ceilings, reductions, validity."""

import datetime as dt

import pytest

from inharmony_desktop.core import rules
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.statements import statement_for
from inharmony_desktop.reports.statement import statement_pdf
from tests.statement_fixtures import Household, make_household, pdf_text


def test_shipped_years_2016_to_2026(db):
    years = [r.year for r in rules.all_rules()]
    assert years == list(range(2016, 2027))


# The figures below are those of domain-rules.md (its source numbers in brackets), as the
# office sees them on an order and on the yearly statement.


@pytest.fixture
def household(db) -> Household:
    return make_household()


@pytest.mark.parametrize(("year", "first_400", "from_401"), [
    (2024, 900, 1000),  # € 9, then € 10 [S1, S2, S10]
    (2025, 1000, 1100),  # € 10, then € 11 from 1 January 2025 [S13, S14, S15]
])
def test_the_401st_voucher_of_the_year_costs_one_euro_more(household, year, first_400,
                                                          from_401):
    household.order(f"{year}-02-01", 400)
    household.order(f"{year}-03-01", 1)

    data = statement_for(household.user_number_id, year)

    assert [(line.quantity, line.unit_price_cents) for line in data.orders] == [
        (400, first_400), (1, from_401)]
    assert data.quota_text == "401 van 500"  # at most 500 a person a year [S1, S23]


@pytest.mark.parametrize(("year", "rate", "ceiling", "reduction"), [
    (2019, 30, 150_000, 45_000),  # 30 % until 2019 [S4, S22]; € 1.500 (additions, medium)
    (2020, 20, 152_000, 30_400),  # 20 % from 2020 [S4, S22]; € 1.520 [S5]
    (2021, 20, 153_000, 30_600),  # € 1.530 [S5]
    (2023, 20, 172_000, 34_400),  # € 1.720 [S8, S9]
    (2024, 20, 179_000, 35_800),  # € 1.790 [S8, S11]
])
def test_the_statement_caps_the_reduction_at_the_ceiling_of_the_year(household, year, rate,
                                                                    ceiling, reduction):
    household.order(f"{year}-02-01", 200)  # € 1.800 at € 9 a voucher: above every ceiling

    fiscal = statement_for(household.user_number_id, year).fiscal

    assert (fiscal.tax_rate_percent, fiscal.ceiling_cents) == (rate, ceiling)
    assert (fiscal.deductible_cents, fiscal.reduction_cents) == (ceiling, reduction)


@pytest.mark.parametrize("year", [2025, 2026])
def test_vouchers_bought_from_2025_give_no_reduction(household, year):
    household.order(f"{year}-02-01", 100)

    data = statement_for(household.user_number_id, year)

    assert data.bought_cents == 100_000  # € 10 a voucher [S13]
    assert not data.fiscal.has_reduction  # abolished for purchases from 2025 [S12, S14, S17]
    assert data.fiscal.reduction_cents == 0


def test_a_year_without_rules_uses_the_last_year_that_has_them_and_says_so(household):
    household.order("2027-01-04", 401)

    data = statement_for(household.user_number_id, 2027)

    assert data.fiscal.rules_year == 2026
    assert [(line.quantity, line.unit_price_cents) for line in data.orders] == [
        (400, 1000), (1, 1100)]
    assert ("Voor 2027 zijn nog geen regels ingesteld; de regels van 2026 zijn gebruikt."
            in pdf_text(statement_pdf(data)))


def test_year_without_row_falls_back_visibly(db):
    r = rules.rules_for(2031)
    assert r.year == 2031 and r.source_year == 2026 and r.is_fallback
    assert not rules.rules_for(2024).is_fallback


def test_year_before_any_rule_is_an_error(db):
    with pytest.raises(KnownError):
        rules.rules_for(2010)


def test_rules_are_editable(db):
    values = {**rules.default_rows()[-1], "year": 2027, "base_price_cents": 1050}
    rules.save_rules(values)
    assert rules.rules_for(2027).base_price_cents == 1050
    assert rules.rules_for(2028).source_year == 2027


def test_bad_rules_are_refused(db):
    values = {**rules.default_rows()[-1], "year": 2027, "tax_rate_percent": 150}
    with pytest.raises(KnownError):
        rules.save_rules(values)
    assert rules.rules_for(2027).source_year == 2026


@pytest.mark.parametrize(
    ("ordered", "expiry"),
    [
        # 12 months: the last day of the 12th month after the order month (S21 example).
        (dt.date(2025, 5, 15), dt.date(2026, 5, 31)),
        # An order on the 31st, across a year end.
        (dt.date(2023, 12, 31), dt.date(2024, 12, 31)),
        # Into a leap-year February.
        (dt.date(2023, 2, 28), dt.date(2024, 2, 29)),
        (dt.date(2024, 1, 31), dt.date(2025, 1, 31)),
        # 8 months before March 2019, 12 from March 2019 on.
        (dt.date(2018, 5, 31), dt.date(2019, 1, 31)),
        (dt.date(2019, 2, 28), dt.date(2019, 10, 31)),
        (dt.date(2019, 3, 1), dt.date(2020, 3, 31)),
    ],
)
def test_expiry(db, ordered, expiry):
    assert rules.expiry_date(ordered) == expiry
