"""Belgian formats for what the window shows: 27/11/2026, 1.234,5, € 1.234,50."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QSpinBox

from inharmony_desktop.core import formatting

if TYPE_CHECKING:
    from inharmony_desktop.core.services.payroll import Month

BELGIAN = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
DATE_FORMAT = "dd/MM/yyyy"
# What a search box takes: longer than any name or number, far below what a regular
# expression of Qt's filter proxies can hold (a pasted 50 KB text made it invalid).
SEARCH_MAX_LENGTH = 100


# One formatting module for everything a person reads: the core's (Qt-free, so the
# documents and the command line use the very same functions).
date_text = formatting.date_text
number_text = formatting.number_text
money_text = formatting.amount_text


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def month_text(month: Month) -> str:
    """A month in the window's language: 'november 2026', 'November 2026'."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


def counted_suffix(box: QSpinBox, words: Callable[[int], str]) -> None:
    """A spin box whose unit follows its value ("1 cheque", "2 cheques"); `words(n)` is a
    translated "%n unit(s)" whose number is replaced by the box's own."""
    def follow(value: int) -> None:
        text, number = words(value), str(value)
        box.setSuffix(text[len(number):] if text.startswith(number) else " " + text)

    follow(box.value())
    box.valueChanged.connect(follow)
