"""Rows of an import that repeat what is there already.

A prestations or orders file often holds rows the database has (the same file read
twice, an export read back): each such row, and each row that repeats an earlier line
of the file, is a `RowError` with `duplicate=True`; the import refuses them unless the
user allows duplicates (real visits can look alike).
"""

from __future__ import annotations

from collections.abc import Callable

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.csvio import CsvRow
from inharmony_desktop.core.errors import RowError
from inharmony_desktop.core.formatting import activity_word, date_text, plural, user_number_text
from inharmony_desktop.core.models import Helper, Order, Prestation, UserNumber
from inharmony_desktop.core.vocabulary import Activity


def _duplicates(rows: list[CsvRow], key_of: Callable[[CsvRow], tuple | None],
                in_database: set[tuple], describe: Callable[[tuple], str]) -> list[RowError]:
    """A `duplicate` RowError for each row whose key is in the database or on an earlier line."""
    errors = []
    first_line: dict[tuple, int] = {}
    for row in rows:
        key = key_of(row)
        if key is None:
            continue  # a bad row: its own error says why
        if key in in_database:
            errors.append(RowError(row.line, "", f"staat al in de databank: {describe(key)}",
                                   duplicate=True))
        elif key in first_line:
            errors.append(RowError(row.line, "", f"herhaalt lijn {first_line[key]}: "
                                   f"{describe(key)}", duplicate=True))
        else:
            first_line[key] = row.line
    return errors


def _quiet(check: Callable[..., object], *args: object) -> object | None:
    try:
        return check(*args)
    except v.FieldError:
        return None


def _prestation_duplicates(rows: list[CsvRow]) -> list[RowError]:
    def key_of(row: CsvRow) -> tuple | None:
        key = (_quiet(v.date_value, row.get("date")), _quiet(v.user_number, row.get("user_number")),
               row.get("helper_reference"), row.get("activity") or Activity.HOME_HELP,
               v.whole_number(row.get("hours")))
        return None if None in key else key

    keys = {k for k in map(key_of, rows) if k is not None}
    in_database: set[tuple] = set()
    if keys:
        days = [k[0] for k in keys]
        numbers = {k[1] for k in keys}
        query = (Prestation.select(Prestation.date, UserNumber.number, Helper.reference,
                                   Prestation.activity, Prestation.hours)
                 .join_from(Prestation, UserNumber, on=Prestation.user_number)
                 .join_from(Prestation, Helper)
                 .where(Prestation.date.between(min(days), max(days))).tuples())
        in_database = {row for row in query if row[1] in numbers} & keys

    def describe(key: tuple) -> str:
        day, number, helper, activity, hours = key
        return (f"prestatie van {date_text(day)} op {user_number_text(number)}, medewerker "
                f"{helper}, {activity_word(activity)}, {plural(hours, 'uur', 'uur')}")

    return _duplicates(rows, key_of, in_database, describe)


def _order_duplicates(rows: list[CsvRow]) -> list[RowError]:
    def key_of(row: CsvRow) -> tuple | None:
        key = (_quiet(v.user_number, row.get("user_number")), _quiet(v.date_value, row.get("date")),
               v.whole_number(row.get("quantity")))
        return None if None in key else key

    keys = {k for k in map(key_of, rows) if k is not None}
    in_database: set[tuple] = set()
    if keys:
        days = [k[1] for k in keys]
        query = (Order.select(UserNumber.number, Order.order_date, Order.quantity)
                 .join(UserNumber).where(Order.order_date.between(min(days), max(days))).tuples())
        in_database = set(query) & keys

    def describe(key: tuple) -> str:
        number, day, quantity = key
        return (f"bestelling van {plural(quantity, 'cheque', 'cheques')} op {date_text(day)} "
                f"voor {user_number_text(number)}")

    return _duplicates(rows, key_of, in_database, describe)


DUPLICATE_FINDERS: dict[str, Callable[[list[CsvRow]], list[RowError]]] = {
    "prestations": _prestation_duplicates,
    "orders": _order_duplicates,
}
