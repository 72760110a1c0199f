"""Belgian formats for what the window shows: 27/11/2026, 1.234,5, € 1.234,50."""

from __future__ import annotations

import datetime as dt

from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QDate, QLocale

BELGIAN = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
DATE_FORMAT = "dd/MM/yyyy"
# What a search box takes: longer than any name or number, far below what a regular
# expression of Qt's filter proxies can hold (a pasted 50 KB text made it invalid).
SEARCH_MAX_LENGTH = 100


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    return format_decimal(value, locale="nl_BE")


def money_text(cents: int | None) -> str:
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale="nl_BE")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
