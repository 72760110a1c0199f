"""Translated names of the codes stored in the database (statuses, activities, media)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("Labels", "planned"),
        "performed": QCoreApplication.translate("Labels", "performed"),
        "registered": QCoreApplication.translate("Labels", "registered"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "paid": QCoreApplication.translate("Labels", "paid"),
        "contested": QCoreApplication.translate("Labels", "contested"),
        "cancelled": QCoreApplication.translate("Labels", "cancelled"),
    }.get(code, code)


def activity_label(code: str) -> str:
    return {
        "home_help": QCoreApplication.translate("Labels", "home help"),
        "ironing": QCoreApplication.translate("Labels", "ironing"),
    }.get(code, code)


def medium_label(code: str) -> str:
    return {
        "paper": QCoreApplication.translate("Labels", "paper"),
        "electronic": QCoreApplication.translate("Labels", "electronic"),
    }.get(code, code)


def quota_label(code: str) -> str:
    return {
        "standard": QCoreApplication.translate("Labels", "standard"),
        "special": QCoreApplication.translate("Labels", "special"),
    }.get(code, code)


def language_label(code: str) -> str:
    return {
        "nl": QCoreApplication.translate("Labels", "Dutch"),
        "fr": QCoreApplication.translate("Labels", "French"),
        "en": QCoreApplication.translate("Labels", "English"),
    }.get(code, code)


def user_number_text(number: str) -> str:
    """1234 5678 9012: easier to read aloud on the phone."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
