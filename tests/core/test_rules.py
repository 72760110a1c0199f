import datetime as dt

import pytest

from inharmony_desktop.core import rules
from inharmony_desktop.core.errors import KnownError


def test_shipped_years_2016_to_2026(db):
    years = [r.year for r in rules.all_rules()]
    assert years == list(range(2016, 2027))


@pytest.mark.parametrize(
    ("year", "base", "higher", "rate", "ceiling"),
    [
        (2016, 900, 1000, 30, 144_000),
        (2019, 900, 1000, 30, 150_000),
        (2020, 900, 1000, 20, 152_000),
        (2023, 900, 1000, 20, 172_000),
        (2024, 900, 1000, 20, 179_000),
        (2025, 1000, 1100, 0, None),
        (2026, 1000, 1100, 0, None),
    ],
)
def test_prices_and_tax_by_year(db, year, base, higher, rate, ceiling):
    r = rules.rules_for(year)
    assert (r.base_price_cents, r.higher_price_cents) == (base, higher)
    assert r.tax_rate_percent == rate
    assert r.fiscal_ceiling_cents == ceiling
    assert (r.personal_max, r.household_max, r.special_max) == (500, 1000, 2000)


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
