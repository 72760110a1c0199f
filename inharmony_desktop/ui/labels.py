"""Translated names of the codes stored in the database (statuses, activities, media)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(code: str) -> str:
    return {
        "planned": _tr("planned"),
        "performed": _tr("performed"),
        "registered": _tr("registered"),
        "confirmed": _tr("confirmed"),
        "paid": _tr("paid"),
        "contested": _tr("contested"),
        "cancelled": _tr("cancelled"),
    }.get(code, code)


def activity_label(code: str) -> str:
    return {"home_help": _tr("home help"), "ironing": _tr("ironing")}.get(code, code)


def medium_label(code: str) -> str:
    return {"paper": _tr("paper"), "electronic": _tr("electronic")}.get(code, code)


def quota_label(code: str) -> str:
    return {"standard": _tr("standard"), "special": _tr("special")}.get(code, code)


def language_label(code: str) -> str:
    return {"nl": _tr("Dutch"), "fr": _tr("French"), "en": _tr("English")}.get(code, code)


def user_number_text(number: str) -> str:
    """1234 5678 9012: easier to read aloud on the phone."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
