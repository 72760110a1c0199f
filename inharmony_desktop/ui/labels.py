"""The one place for the translated names of the codes stored in the database:
statuses, activities, media, quotas, absence reasons, languages, the categories of
a Pluxee reading and the fields of Pluxee's export (the words of `core/vocabulary.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core import formatting
from inharmony_desktop.core.vocabulary import (
    AbsenceReason,
    Activity,
    Medium,
    PluxeeCategory,
    Quota,
    Status,
)


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


def pluxee_category_label(code: str) -> str:
    """The short name of a reading's category, as the work list and the preview show it."""
    category = PluxeeCategory
    return {
        category.MATCHED: QCoreApplication.translate("Labels", "In order"),
        category.HOURS_DIFFER: QCoreApplication.translate("Labels", "Other hours"),
        category.OTHER_USER_NUMBER: QCoreApplication.translate("Labels", "Other user number"),
        category.CORRECTED: QCoreApplication.translate("Labels", "Corrected in Pluxee"),
        category.MISSING_HERE: QCoreApplication.translate("Labels", "Missing here"),
        category.UNKNOWN_USER_NUMBER: QCoreApplication.translate("Labels", "Unknown number"),
        category.UNKNOWN_HELPER: QCoreApplication.translate("Labels", "Unknown helper"),
        category.AMBIGUOUS: QCoreApplication.translate("Labels", "Ambiguous"),
        category.STATUS_CONFLICT: QCoreApplication.translate("Labels", "Status conflict"),
        category.MISSING_AT_PLUXEE: QCoreApplication.translate("Labels", "Missing at Pluxee"),
    }.get(code, code)


def pluxee_category_help(code: str) -> str:
    """What a category means and what the office does about it (a tooltip, the preview)."""
    category = PluxeeCategory
    return {
        category.MATCHED: QCoreApplication.translate(
            "Labels", "The same prestation here and at Pluxee; its status is brought up to date."),
        category.HOURS_DIFFER: QCoreApplication.translate(
            "Labels", "Found here, but Pluxee has other hours than its electronic vouchers."),
        category.OTHER_USER_NUMBER: QCoreApplication.translate(
            "Labels", "Pluxee has it on another user number than here: move it, or correct it "
            "in Pluxee."),
        category.CORRECTED: QCoreApplication.translate(
            "Labels", "Corrected in Pluxee's zone: taken off the list to correct."),
        category.MISSING_HERE: QCoreApplication.translate(
            "Labels", "Pluxee has it, this program has nothing that day: create it as Pluxee "
            "has it."),
        category.UNKNOWN_USER_NUMBER: QCoreApplication.translate(
            "Labels", "Pluxee's user number is not in this program."),
        category.UNKNOWN_HELPER: QCoreApplication.translate(
            "Labels", "Pluxee's worker is not in this program (or has another INSZ)."),
        category.AMBIGUOUS: QCoreApplication.translate(
            "Labels", "More than one prestation here could be it: look at the candidates."),
        category.STATUS_CONFLICT: QCoreApplication.translate(
            "Labels", "Pluxee's status would move the status here backwards: not applied."),
        category.MISSING_AT_PLUXEE: QCoreApplication.translate(
            "Labels", "Performed here with electronic vouchers, but not in Pluxee's export: "
            "register it in Pluxee."),
    }.get(code, "")


def pluxee_field_label(code: str) -> str:
    """The name of a column of Pluxee's export (`core.pluxee_file.FIELDS`), for the
    column-mapping dialog."""
    translate = QCoreApplication.translate
    return {
        "work_id": translate("Labels", "Work ID"),
        "user_number": translate("Labels", "User number"),
        "date": translate("Labels", "Date of work"),
        "worker_insz": translate("Labels", "Worker INSZ"),
        "worker_name": translate("Labels", "Worker name"),
        "activity": translate("Labels", "Activity"),
        "hours": translate("Labels", "Hours"),
        "status": translate("Labels", "Status"),
        "status_date": translate("Labels", "Status date"),
        "encoding_date": translate("Labels", "Encoding date"),
        "confirmation_date": translate("Labels", "Confirmation date"),
        "refund_request_date": translate("Labels", "Refund request date"),
        "payment_date": translate("Labels", "Payment date"),
        "user_name": translate("Labels", "User name"),
    }.get(code, code)


def user_number_text(number: str) -> str:
    """1234 5678 9012: easier to read aloud on the phone (core/formatting.py)."""
    return formatting.user_number_text(number)
