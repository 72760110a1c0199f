"""Field checks shared by the services, the dialogs and the CSV import.

Each check returns the cleaned value or raises `FieldError` with a Dutch
message that a dialog shows beside the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from inharmony_desktop.core.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
# Numbers as people type them, ASCII digits only: Python's int() and float() would also
# take '١٢', '１２', '1_0' and '1e-400', which no one in the office means as a number.
_WHOLE = re.compile(r"[+-]?[0-9]{1,9}")
_DECIMAL = re.compile(r"[0-9]{1,6}(?:[.,][0-9]{1,4})?")
_DATE_TEXT = re.compile(r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}")


def whole_number(value: Any) -> int | None:
    """`value` as an int when it is one (an int, an integral float, or ASCII digits with
    an optional sign); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value if value is not None else "").strip()
    return int(text) if _WHOLE.fullmatch(text) else None


def decimal_number(value: Any) -> float | None:
    """`value` as a float: ASCII digits with at most one `.` or `,`; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value == value else None  # NaN is no number
    text = str(value if value is not None else "").strip()
    return float(text.replace(",", ".")) if _DECIMAL.fullmatch(text) else None


class FieldError(ValueError):
    """One field's problem; collected into a `ValidationError`."""


class Checker:
    """Collects field errors so that every bad field is reported at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, func: Callable[..., Any], *args: Any) -> Any:
        try:
            return func(*args)
        except FieldError as exc:
            self.errors.setdefault(field, str(exc))
            return None

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def unique(self, field: str, column: Any, value: Any, existing_id: int | None,
               message: str) -> None:
        """Fail `field` with `message` (`{value}` filled in) when another row than
        `existing_id` already has `value` in that unique (Peewee) column."""
        if not value:
            return
        model = column.model
        clash = model.select(model.id).where(column == value)
        if existing_id is not None:
            clash = clash.where(model.id != existing_id)
        if clash.exists():
            self.fail(field, message.format(value=value))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def required(value: str | None, label: str, max_length: int = 120) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError(f"{label} is verplicht.")
    if len(text) > max_length:
        raise FieldError(f"{label} is te lang (maximum {max_length} tekens).")
    return text


def optional(value: str | None, label: str, max_length: int = 120) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise FieldError(f"{label} is te lang (maximum {max_length} tekens).")
    return text


def user_number(value: str | None) -> str:
    """12 digits; spaces, dots, slashes and dashes typed by people are removed."""
    text = re.sub(r"[\s./-]", "", value or "")
    if not text:
        raise FieldError("Het gebruikersnummer is verplicht.")
    if not re.fullmatch(r"[0-9]+", text):
        raise FieldError("Een gebruikersnummer bestaat enkel uit cijfers (0-9).")
    if len(text) != 12:
        raise FieldError(f"Een gebruikersnummer heeft 12 cijfers, niet {len(text)}.")
    return text


def email(value: str | None) -> str:
    text = (value or "").strip()
    if text and not _EMAIL.match(text):
        raise FieldError("Dit is geen geldig e-mailadres.")
    return text


def postal_code(value: str | None) -> str:
    """A Belgian postal code: four digits, 1000 to 9999 (service vouchers are for residents
    of Belgium)."""
    text = (value or "").strip()
    if not text:
        raise FieldError("De postcode is verplicht.")
    if not re.fullmatch(r"[1-9][0-9]{3}", text):
        raise FieldError("Een Belgische postcode heeft 4 cijfers (bv. 3940).")
    return text


def phone(value: str | None) -> str:
    """A phone number that can be dialled, written the usual way: Belgian numbers as
    `011 12 34 56` or `0470 12 34 56`, foreign ones as `+31 20 123 4567`; empty stays empty."""
    import phonenumbers

    text = (value or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "BE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise FieldError("Dit telefoonnummer klopt niet (bv. 011 23 45 67 of 0470 12 34 56).")
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 32
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, style)


def insz(value: str | None) -> str | None:
    # python-stdnum loads pydoc and sysconfig: imported at the first check, not at start.
    from stdnum.be import ssn

    text = re.sub(r"[\s.-]", "", value or "")
    if not text:
        return None
    if not ssn.is_valid(text):
        raise FieldError("Dit INSZ-nummer is ongeldig (controlegetal of geboortedatum klopt niet).")
    return ssn.compact(text)


def choice(value: str | None, allowed: tuple[str, ...], label: str) -> str:
    text = (value or "").strip()
    if text not in allowed:
        raise FieldError(f"{label}: kies uit {', '.join(allowed)}.")
    return text


def integer(value: Any, label: str, low: int, high: int) -> int:
    number = whole_number(value)
    if number is None:
        raise FieldError(f"{label} moet een geheel getal zijn (cijfers 0-9).")
    if not low <= number <= high:
        raise FieldError(f"{label} moet tussen {low} en {high} liggen.")
    return number


def hours_per_week(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = decimal_number(value)
    if number is None:
        raise FieldError("De contracturen moeten een getal zijn (bv. 30,4).")
    if not 0 <= number <= 60:
        raise FieldError("De contracturen liggen tussen 0 en 60 per week.")
    return number


def time_of_day(value: str | None) -> str:
    match = _TIME.match((value or "").strip())
    if not match:
        raise FieldError("Geef een uur als UU:MM, bv. 08:30.")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def date_value(value: Any, label: str = "De datum") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not _DATE_TEXT.fullmatch(text):  # strptime would take any Unicode digit
        raise FieldError(f"{label} is ongeldig; schrijf JJJJ-MM-DD of DD/MM/JJJJ.")
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            day = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if not 2000 <= day.year <= 2100:
            raise FieldError(f"{label} ligt buiten 2000-2100.")
        return day
    raise FieldError(f"{label} is ongeldig; schrijf JJJJ-MM-DD of DD/MM/JJJJ.")
