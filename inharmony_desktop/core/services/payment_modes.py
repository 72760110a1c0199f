"""Payment mode history: paper or electronic from a date on, and the default
paper/electronic split that follows from it."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

from inharmony_desktop.core.models import PaymentModeChange
from inharmony_desktop.core.services.base import among, chunked
from inharmony_desktop.core.vocabulary import Medium


class ModeHistory:
    """The (effective date, mode) rows of one user number, ready to ask 'on a date'."""

    def __init__(self, rows: Iterable[tuple[dt.date, str]]) -> None:
        ordered = sorted(rows)
        self.dates = [d for d, _ in ordered]
        self.modes = [m for _, m in ordered]

    def mode_on(self, day: dt.date) -> str:
        """The latest row on or before `day`; before the first row, the first row's mode."""
        if not self.modes:
            return Medium.ELECTRONIC
        index = bisect.bisect_right(self.dates, day) - 1
        return self.modes[max(index, 0)]

    def rows(self) -> list[tuple[dt.date, str]]:
        return list(zip(self.dates, self.modes, strict=True))


def history(user_number_id: int) -> ModeHistory:
    """The payment-mode history of one user number. Refuses nothing (read only)."""
    query = PaymentModeChange.select(PaymentModeChange.effective_date, PaymentModeChange.mode).where(
        PaymentModeChange.user_number == user_number_id
    )
    return ModeHistory((r.effective_date, r.mode) for r in query)


def histories(user_number_ids: Iterable[int]) -> dict[int, ModeHistory]:
    """The payment-mode histories of many user numbers at once. Refuses nothing (read only)."""
    ids = list(set(user_number_ids))
    rows: dict[int, list[tuple[dt.date, str]]] = {i: [] for i in ids}
    for chunk in chunked(ids):
        query = PaymentModeChange.select(
            PaymentModeChange.user_number, PaymentModeChange.effective_date, PaymentModeChange.mode
        ).where(among(PaymentModeChange.user_number, chunk))
        for r in query.tuples():
            rows[r[0]].append((r[1], r[2]))
    return {i: ModeHistory(r) for i, r in rows.items()}


def mode_on(user_number_id: int, day: dt.date) -> str:
    """How the user number pays on `day`. Refuses nothing (read only)."""
    return history(user_number_id).mode_on(day)


def split_for(mode: str, hours: int) -> tuple[int, int]:
    """(paper, electronic) for a prestation that follows `mode`. Refuses nothing."""
    return (hours, 0) if mode == Medium.PAPER else (0, hours)


def default_split(user_number_id: int, day: dt.date, hours: int) -> tuple[int, int]:
    """The split a prestation of `hours` on `day` gets from the payment mode. Refuses nothing
    (read only)."""
    return split_for(mode_on(user_number_id, day), hours)
