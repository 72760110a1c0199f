"""The one place for the translated names of the codes stored in the database:
statuses, activities, media, quotas, absence reasons, languages (the words of
`core/vocabulary.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core import formatting
from inharmony_desktop.core.vocabulary import AbsenceReason, Activity, Medium, Quota, Status


def status_label(code: str) -> str:
    return {
        Status.PLANNED: QCoreApplication.translate("Labels", "planned"),
        Status.PERFORMED: QCoreApplication.translate("Labels", "performed"),
        Status.REGISTERED: QCoreApplication.translate("Labels", "registered"),
        Status.CONFIRMED: QCoreApplication.translate("Labels", "confirmed"),
        Status.PAID: QCoreApplication.translate("Labels", "paid"),
        Status.CONTESTED: QCoreApplication.translate("Labels", "contested"),
        Status.CANCELLED: QCoreApplication.translate("Labels", "cancelled"),
    }.get(code, code)


def activity_label(code: str) -> str:
    return {
        Activity.HOME_HELP: QCoreApplication.translate("Labels", "home help"),
        Activity.IRONING: QCoreApplication.translate("Labels", "ironing"),
    }.get(code, code)


def medium_label(code: str) -> str:
    return {
        Medium.PAPER: QCoreApplication.translate("Labels", "paper"),
        Medium.ELECTRONIC: QCoreApplication.translate("Labels", "electronic"),
    }.get(code, code)


def quota_label(code: str) -> str:
    return {
        Quota.STANDARD: QCoreApplication.translate("Labels", "standard"),
        Quota.SPECIAL: QCoreApplication.translate("Labels", "special"),
    }.get(code, code)


def absence_reason_label(code: str) -> str:
    return {
        AbsenceReason.HOLIDAY: QCoreApplication.translate("Labels", "holiday"),
        AbsenceReason.SICKNESS: QCoreApplication.translate("Labels", "sickness"),
        AbsenceReason.TRAINING: QCoreApplication.translate("Labels", "training"),
        AbsenceReason.STOP: QCoreApplication.translate("Labels", "stop"),
        AbsenceReason.OTHER: QCoreApplication.translate("Labels", "other"),
    }.get(code, code)


def language_label(code: str) -> str:
    return {
        "nl": QCoreApplication.translate("Labels", "Dutch"),
        "fr": QCoreApplication.translate("Labels", "French"),
        "en": QCoreApplication.translate("Labels", "English"),
    }.get(code, code)


def user_number_text(number: str) -> str:
    """1234 5678 9012: easier to read aloud on the phone (core/formatting.py)."""
    return formatting.user_number_text(number)
