"""Field checks shared by the services, the dialogs and the CSV import.

Each check returns the cleaned value or raises `FieldError` with a Dutch
message that a dialog shows beside the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from stdnum.be import ssn

from inharmony_desktop.core.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


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
    if not text.isdigit() or not text.isascii():
        raise FieldError("Een gebruikersnummer bestaat enkel uit cijfers.")
    if len(text) != 12:
        raise FieldError(f"Een gebruikersnummer heeft 12 cijfers, niet {len(text)}.")
    return text


def email(value: str | None) -> str:
    text = (value or "").strip()
    if text and not _EMAIL.match(text):
        raise FieldError("Dit is geen geldig e-mailadres.")
    return text


def postal_code(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError("De postcode is verplicht.")
    if not re.fullmatch(r"[A-Za-z0-9 -]{4,10}", text):
        raise FieldError("Dit is geen geldige postcode.")
    return text


def insz(value: str | None) -> str | None:
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
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise FieldError(f"{label} moet een geheel getal zijn.") from None
    if isinstance(value, float) and not value.is_integer():
        raise FieldError(f"{label} moet een geheel getal zijn.")
    if not low <= number <= high:
        raise FieldError(f"{label} moet tussen {low} en {high} liggen.")
    return number


def hours_per_week(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise FieldError("De contracturen moeten een getal zijn (bv. 30,4).") from None
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
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            day = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if not 2000 <= day.year <= 2100:
            raise FieldError(f"{label} ligt buiten 2000-2100.")
        return day
    raise FieldError(f"{label} is ongeldig; schrijf JJJJ-MM-DD of DD/MM/JJJJ.")
