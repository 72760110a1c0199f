"""How the program writes values for a person to read, in Belgian Dutch.

One place for the command line, the services' messages, the documents and
(through `ui/formatting.py`) the window: dates `dd/mm/jjjj`, user numbers in
groups of four (`3562 3137 8057`), amounts `€ 1.234,50`, counts with a thousands
separator (`1.234`), file sizes in Dutch units and counted nouns with the right
plural ("1 pagina", "3 pagina's").
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from types import ModuleType

from inharmony_desktop.core.vocabulary import AbsenceReason, Activity, Medium, Quota, Status

LOCALE = "nl_BE"

# The Dutch words of the stored codes, for what the core writes (messages, history, the
# command line, the documents). The window has its own translatable ones (ui/labels.py).
STATUS_WORDS = {Status.PLANNED: "gepland", Status.PERFORMED: "uitgevoerd",
                Status.REGISTERED: "geregistreerd", Status.CONFIRMED: "bevestigd",
                Status.PAID: "betaald", Status.CONTESTED: "betwist",
                Status.CANCELLED: "geannuleerd"}
MEDIUM_WORDS = {Medium.PAPER: "papier", Medium.ELECTRONIC: "elektronisch"}
ACTIVITY_WORDS = {Activity.HOME_HELP: "huishoudhulp", Activity.IRONING: "strijkatelier"}
QUOTA_WORDS = {Quota.STANDARD: "standaard", Quota.SPECIAL: "bijzonder"}
REASON_WORDS = {AbsenceReason.HOLIDAY: "vakantie", AbsenceReason.SICKNESS: "ziekte",
                AbsenceReason.TRAINING: "opleiding", AbsenceReason.STOP: "stopzetting",
                AbsenceReason.OTHER: "andere"}


def status_word(code: str) -> str:
    return STATUS_WORDS.get(code, code)


def medium_word(code: str) -> str:
    return MEDIUM_WORDS.get(code, code)


def activity_word(code: str) -> str:
    return ACTIVITY_WORDS.get(code, code)


def reason_word(code: str) -> str:
    return REASON_WORDS.get(code, code)


def period_text(first: dt.date, last: dt.date) -> str:
    """`van 01/12/2026 tot 05/12/2026`, or `op 01/12/2026` for one day."""
    if first == last:
        return f"op {date_text(first)}"
    return f"van {date_text(first)} tot {date_text(last)}"


def date_text(day: dt.date | str | None) -> str:
    """27/11/2026; empty for no date. An ISO text (as in a row snapshot) is read first."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10]) if day else None
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def date_time_text(moment: dt.datetime | None) -> str:
    """27/11/2026 14:05; empty for none."""
    return f"{date_text(moment.date())} {moment:%H:%M}" if moment else ""


def user_number_text(number: str | None) -> str:
    """A 12-digit user number in three groups of four; anything else as it is."""
    text = (number or "").strip()
    if len(text) == 12 and text.isascii() and text.isdigit():
        return f"{text[:4]} {text[4:8]} {text[8:]}"
    return text


@functools.cache
def _numbers() -> ModuleType:
    """Babel's number formatting, imported at its first use: the window opens without it."""
    from babel import numbers

    return numbers


def amount_text(cents: int | None) -> str:
    """€ 1.234,50; empty for none."""
    if cents is None:
        return ""
    return _numbers().format_currency(Decimal(cents) / 100, "EUR", locale=LOCALE)


def number_text(value: float | int | None) -> str:
    """1.234 or 30,4; empty for none."""
    if value is None:
        return ""
    return _numbers().format_decimal(value, locale=LOCALE)


def hours_text(hours: float | int) -> str:
    """Hours as a number of the table: whole hours without decimals, else a decimal comma."""
    if float(hours).is_integer():
        return number_text(int(hours))
    return _numbers().format_decimal(hours, format="#,##0.0#", locale=LOCALE)


def plural(count: int, one: str, many: str) -> str:
    """`count` with its noun: plural(1, "pagina", "pagina's") -> "1 pagina"."""
    return f"{number_text(count)} {one if count == 1 else many}"


def size_text(size: int) -> str:
    """A file size in Dutch units: 512 bytes, 12 kB, 3,4 MB, 1,2 GB."""
    if size < 1000:
        return plural(size, "byte", "bytes")
    for unit, factor in (("kB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        value = size / factor
        if value < 1000 or unit == "GB":
            shown = round(value) if value >= 100 else round(value, 1)
            return f"{number_text(shown)} {unit}"
    raise AssertionError("unreachable")
