"""The program's one source of "today" and "now".

Every part of the program (core, reports, window, command line) asks this
module for the date and time, never `date.today()` or `datetime.now()`
directly. That makes time an input: the tests pin it, so they pass on any
date, and a demo or a screenshot can be made "as of" a chosen day.

A pinned clock keeps running: it is the real clock shifted to start at the
pinned moment, so two backups a second apart still get different names.
The environment variable `INHARMONY_CLOCK` (an ISO date or date-time) pins it
for a whole process, which is how tests pin the command line they start.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

ENVIRONMENT_KEY = "INHARMONY_CLOCK"

_offset = dt.timedelta(0)


def now() -> dt.datetime:
    """The local date and time (naive, like the rest of the program)."""
    return dt.datetime.now() + _offset


def today() -> dt.date:
    return now().date()


def parse_moment(text: str) -> dt.datetime:
    """`2027-01-02` or `2027-01-02T09:00[:00]` as a datetime (midnight for a bare date)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{ENVIRONMENT_KEY}={text!r} is geen datum (JJJJ-MM-DD[THH:MM])") from exc


def pin(moment: dt.datetime | dt.date) -> None:
    """From now on, `now()` runs from `moment` (a date pins to 10:00 that day)."""
    global _offset
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(10, 0))
    _offset = moment - dt.datetime.now()


def unpin() -> None:
    global _offset
    _offset = dt.timedelta(0)


def is_pinned() -> bool:
    return _offset != dt.timedelta(0)


@contextmanager
def pinned(moment: dt.datetime | dt.date) -> Iterator[None]:
    """Run a block as if it were `moment`; the previous clock comes back after."""
    global _offset
    before = _offset
    pin(moment)
    try:
        yield
    finally:
        _offset = before


def _pin_from_environment() -> None:
    text = os.environ.get(ENVIRONMENT_KEY, "").strip()
    if text:
        pin(parse_moment(text))


_pin_from_environment()
