"""The service-voucher rules by year, as data.

Shipped defaults come from domain-rules.md; the office can edit them in the
database. A year without a row falls back to the latest earlier year, and the
returned `Rules.source_year` says so, so callers can show it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import YearRules


@dataclass(frozen=True)
class Rules:
    year: int
    source_year: int  # the row these values come from; differs from `year` on fallback
    base_price_cents: int
    higher_price_cents: int
    tier_threshold: int
    personal_max: int
    household_max: int
    special_max: int
    validity_months: int
    validity_since_month: int
    tax_rate_percent: int
    fiscal_ceiling_cents: int | None
    paper_last_order_date: dt.date | None
    source_note: str

    @property
    def is_fallback(self) -> bool:
        return self.source_year != self.year

    @property
    def has_tax_reduction(self) -> bool:
        return self.tax_rate_percent > 0


UNCONFIRMED = "NIET BEVESTIGD"
# A quota counts as nearly used up from this share on (the tree, the panels, the marks).
QUOTA_WARNING_FRACTION = 0.9

# year, base, higher, validity (months, since month), tax %, ceiling (cents), paper until, note
_DEFAULTS: list[tuple] = [
    (2016, 900, 1000, 8, 1, 30, 144_000, None,
     f"Prijzen en 30 %: domain-rules S4, S22. Plafond €1.440: {UNCONFIRMED}."),
    (2017, 900, 1000, 8, 1, 30, 146_000, None,
     f"Prijzen en 30 %: S4, S22. Plafond €1.460: {UNCONFIRMED}."),
    (2018, 900, 1000, 8, 1, 30, 147_000, None,
     f"Prijzen en 30 %: S4, S22. Plafond €1.470: {UNCONFIRMED}."),
    (2019, 900, 1000, 12, 3, 30, 150_000, None,
     f"12 maanden geldig vanaf aankopen 1 maart 2019 (S7); 30 % (S4). Plafond €1.500: {UNCONFIRMED}."),
    (2020, 900, 1000, 12, 1, 20, 152_000, None, "20 % vanaf 2020 (S4, S22); plafond €1.520 (S5)."),
    (2021, 900, 1000, 12, 1, 20, 153_000, None, "20 % (S4); plafond €1.530 (S5)."),
    (2022, 900, 1000, 12, 1, 20, 157_000, None,
     f"Prijzen S1, S2; 20 % (S4, S5); plafond ≈ €1.570 (174 cheques, S6): bedrag {UNCONFIRMED}."),
    (2023, 900, 1000, 12, 1, 20, 172_000, None, "20 % (S5, S8); plafond €1.720 (S8, S9)."),
    (2024, 900, 1000, 12, 1, 20, 179_000, None,
     "20 % (S11, S12); plafond €1.790 (S8, S11), gedeeld met PWA-/wijk-werkcheques."),
    (2025, 1000, 1100, 12, 1, 0, None, dt.date(2025, 5, 31),
     "€10/€11 vanaf 1 januari 2025 (S13-S15); geen belastingvermindering meer (S12, S14, S17); "
     f"papieren aankoop gestopt op 1 juni 2025 (S19-S21). Prijs bijzonder quotum €10: {UNCONFIRMED}."),
    (2026, 1000, 1100, 12, 1, 0, None, dt.date(2025, 5, 31),
     f"€10/€11 volgens S15; indexering vanaf 2026 {UNCONFIRMED} (S18); geen belastingvermindering."),
]


def default_rows() -> list[dict]:
    rows = []
    for year, base, higher, months, since, rate, ceiling, paper_until, note in _DEFAULTS:
        rows.append(
            {
                "year": year,
                "base_price_cents": base,
                "higher_price_cents": higher,
                "tier_threshold": 400,
                "personal_max": 500,
                "household_max": 1000,
                "special_max": 2000,
                "validity_months": months,
                "validity_since_month": since,
                "tax_rate_percent": rate,
                "fiscal_ceiling_cents": ceiling,
                "paper_last_order_date": paper_until,
                "source_note": note,
            }
        )
    return rows


def install_defaults() -> None:
    """Insert the shipped rules for every year that has no row yet."""
    existing = {r.year for r in YearRules.select(YearRules.year)}
    missing = [row for row in default_rows() if row["year"] not in existing]
    if missing:
        YearRules.insert_many(missing).execute()


def _to_rules(row: YearRules, year: int) -> Rules:
    return Rules(
        year=year,
        source_year=row.year,
        base_price_cents=row.base_price_cents,
        higher_price_cents=row.higher_price_cents,
        tier_threshold=row.tier_threshold,
        personal_max=row.personal_max,
        household_max=row.household_max,
        special_max=row.special_max,
        validity_months=row.validity_months,
        validity_since_month=row.validity_since_month,
        tax_rate_percent=row.tax_rate_percent,
        fiscal_ceiling_cents=row.fiscal_ceiling_cents,
        paper_last_order_date=row.paper_last_order_date,
        source_note=row.source_note,
    )


def rules_for(year: int) -> Rules:
    """The rules of `year`, or those of the latest earlier year (visible via `source_year`)."""
    row = (
        YearRules.select()
        .where(YearRules.year <= year)
        .order_by(YearRules.year.desc())
        .first()
    )
    if row is None:
        raise KnownError(f"Er zijn geen regels voor {year} of een eerder jaar ingesteld.")
    return _to_rules(row, year)


def all_rules() -> list[Rules]:
    return [_to_rules(row, row.year) for row in YearRules.select().order_by(YearRules.year)]


def save_rules(values: dict) -> None:
    """Insert or replace the rules row of `values['year']` (one transaction)."""
    fields = set(YearRules._meta.fields)
    unknown = set(values) - fields
    if unknown:
        raise KnownError(f"Onbekende velden in de regels: {', '.join(sorted(unknown))}.")
    _validate(values)
    with YearRules._meta.database.atomic():
        YearRules.upsert(**values).execute()


def _validate(values: dict) -> None:
    problems = []
    for key in ("base_price_cents", "higher_price_cents", "personal_max", "household_max",
                "special_max"):
        if key in values and (values[key] is None or values[key] <= 0):
            problems.append(f"{key} moet groter dan 0 zijn")
    if not 0 <= values.get("tax_rate_percent", 0) <= 100:
        problems.append("het belastingpercentage ligt tussen 0 en 100")
    if not 1 <= values.get("validity_months", 12) <= 60:
        problems.append("de geldigheid ligt tussen 1 en 60 maanden")
    if problems:
        raise KnownError("Ongeldige regels: " + "; ".join(problems) + ".")


def as_dict(rules: Rules) -> dict:
    return asdict(rules)


def validity_months_on(order_date: dt.date) -> int:
    """Months of validity for vouchers bought on `order_date`."""
    rules = rules_for(order_date.year)
    if order_date.month >= rules.validity_since_month:
        return rules.validity_months
    return rules_for(order_date.year - 1).validity_months


def add_months_end(day: dt.date, months: int) -> dt.date:
    """The last day of the `months`-th month after the month of `day`."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def expiry_date(order_date: dt.date) -> dt.date:
    """Vouchers expire on the last day of the N-th month after the order month.

    Example: bought in May 2025 (12 months) -> usable until 31 May 2026.
    """
    return add_months_end(order_date, validity_months_on(order_date))
