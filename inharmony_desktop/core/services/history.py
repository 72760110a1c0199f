"""The audit log read back as history: per prestation and per user number.

A user number's history holds its own entries (created, edited, payment mode)
and one line per move that took prestations from it or brought them to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.models import AuditEntry, Prestation, UserNumber
from inharmony_desktop.core.services import audit

ACTION_LABELS = {
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "restore": "hersteld",
    "status": "status",
    "split": "verdeling",
    "move": "verplaatst",
    "corrected": "Pluxee-correctie",
    "payment_mode": "betaalwijze",
}


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    who: str
    action: str
    summary: str
    entity: str
    entity_id: int

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def when(self) -> str:
        return self.at.strftime("%d/%m/%Y %H:%M:%S")

    def text(self) -> str:
        """One line as printed on the command line."""
        return f"{self.when}  {self.who}  {self.action_label}: {self.summary}"


def _line(entry: audit.AuditLine) -> HistoryLine:
    at = entry.at if isinstance(entry.at, dt.datetime) else dt.datetime.fromisoformat(str(entry.at))
    return HistoryLine(at, entry.who, entry.action, entry.summary, entry.entity, entry.entity_id)


def prestation_history(prestation_id: int) -> list[HistoryLine]:
    """Every audit line of one prestation, oldest first. Refuses nothing (read only)."""
    return [_line(e) for e in audit.history("prestation", prestation_id)]


def user_number_history(user_number_id: int, *, moves_only: bool = False) -> list[HistoryLine]:
    """The user number's own audit lines, with one line per move involving it.
    Refuses nothing (read only)."""
    lines = [_line(e) for e in audit.history("user_number", user_number_id)]
    if moves_only:
        lines = [line for line in lines if line.action == "move"]
    return lines


def title_for_prestation(prestation_id: int) -> str:
    """The title of a prestation's history window; `KnownError` when it does not exist."""
    p = (
        Prestation.select(Prestation.date, Prestation.hours, UserNumber.number, UserNumber.holder)
        .join(UserNumber, on=Prestation.user_number)
        .where(Prestation.id == prestation_id)
        .first()
    )
    if p is None:
        if AuditEntry.select().where(
            (AuditEntry.entity == "prestation") & (AuditEntry.entity_id == prestation_id)
        ).exists():
            return f"Prestatie {prestation_id} (verwijderd)"
        raise KnownError(f"Prestatie {prestation_id} bestaat niet.")
    user_number = p.user_number
    return (f"Prestatie {prestation_id}: {date_text(p.date)}, {p.hours} u op "
            f"{user_number_text(user_number.number)} ({user_number.holder})")


def title_for_user_number(user_number_id: int) -> str:
    """The title of a user number's history window; `KnownError` when it no longer exists."""
    user_number = UserNumber.get_or_none(UserNumber.id == user_number_id)
    if user_number is None:
        raise KnownError("Dit gebruikersnummer bestaat niet (meer).")
    return f"Gebruikersnummer {user_number_text(user_number.number)} ({user_number.holder})"
