"""The words of the domain as types: statuses, media, activities, quotas, reasons.

Each is a `StrEnum`, so a member is stored and compared as its code (`"paid"`)
while code that uses it names it (`Status.PAID`). The Dutch labels the window
and the documents show live in one place each (`ui/labels.py`, `reports/`).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A prestation's place in Pluxee's flow, plus the two side states."""

    PLANNED = "planned"
    PERFORMED = "performed"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    PAID = "paid"
    CONTESTED = "contested"
    CANCELLED = "cancelled"


# The forward order of the main flow; side states sit beside it.
STATUS_ORDER = (Status.PLANNED, Status.PERFORMED, Status.REGISTERED, Status.CONFIRMED,
                Status.PAID)
# Statuses that mean the helper worked (payroll, reconciliation, wallet use).
WORKED_STATUSES = (Status.PERFORMED, Status.REGISTERED, Status.CONFIRMED, Status.PAID,
                   Status.CONTESTED)
# Entered in Pluxee's zone: a change from here on needs a correction there.
AT_PLUXEE_STATUSES = (Status.REGISTERED, Status.CONFIRMED, Status.PAID, Status.CONTESTED)


class PluxeeCategory(StrEnum):
    """Where one row of a Pluxee reading ends (SPEC §4.8); the codes of the CLI and report."""

    MATCHED = "matched"
    HOURS_DIFFER = "hours_differ"
    OTHER_USER_NUMBER = "other_user_number"
    CORRECTED = "corrected"
    MISSING_HERE = "missing_here"
    UNKNOWN_USER_NUMBER = "unknown_user_number"
    UNKNOWN_HELPER = "unknown_helper"
    AMBIGUOUS = "ambiguous"
    STATUS_CONFLICT = "status_conflict"
    # Our side: a prestation here that no row of the file matched.
    MISSING_AT_PLUXEE = "missing_at_pluxee"


class Medium(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"


class Activity(StrEnum):
    HOME_HELP = "home_help"
    IRONING = "ironing"


class Quota(StrEnum):
    STANDARD = "standard"
    SPECIAL = "special"


class AbsenceReason(StrEnum):
    HOLIDAY = "holiday"
    SICKNESS = "sickness"
    TRAINING = "training"
    STOP = "stop"
    OTHER = "other"


class Language(StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"


def codes(kind: type[StrEnum]) -> tuple[str, ...]:
    """The stored codes of an enum, in declaration order (for CHECK constraints)."""
    return tuple(member.value for member in kind)
