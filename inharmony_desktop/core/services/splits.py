"""Splits of prestations between paper and electronic vouchers: what the split
editor needs to know about a selection, the check it runs before anything is
written, and the one split writer (`set_split` by hand, `reset_split` back to
the payment mode's default; the switch-over uses them too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.formatting import date_text
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import chunked, transaction
from inharmony_desktop.core.services.concurrency import locked_prestations
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.vocabulary import AT_PLUXEE_STATUSES, Status


@dataclass(frozen=True)
class SplitSelection:
    ids: list[int]
    hours: list[int]  # the distinct hours of the selection, sorted
    paid_dates: list[dt.date]
    paper: int  # the current split when every selected prestation has the same one
    electronic: int
    same_split: bool
    manual: int  # how many have a split set by hand
    default_paper: int  # the split the payment mode gives, when the same for all
    default_electronic: int
    same_default: bool

    @property
    def single_hours(self) -> int | None:
        return self.hours[0] if len(self.hours) == 1 else None


@dataclass(frozen=True)
class SplitChoice:
    """What the split editor decided (`apply_choice` writes it)."""

    kind: str  # "set": by hand; "reset": back to the payment mode's default
    ids: tuple[int, ...]
    paper: int = 0
    electronic: int = 0


def apply_choice(choice: SplitChoice) -> None:
    """Write the choice: the split by hand, or back to the payment mode's default.
    Refuses what `set_split` / `reset_split` refuse; nothing is written then."""
    if choice.kind == "reset":
        reset_split(choice.ids)
    else:
        set_split(choice.ids, choice.paper, choice.electronic)


def describe_selection(ids: Iterable[int]) -> SplitSelection:
    """What the split editor shows about the selected prestations. Refuses nothing (read only)."""
    ids = list(ids)
    rows = []
    for chunk in chunked(ids):
        rows.extend(Prestation.select(
            Prestation.id, Prestation.user_number, Prestation.date, Prestation.hours,
            Prestation.paper, Prestation.electronic, Prestation.split_manual, Prestation.status,
        ).where(Prestation.id.in_(chunk)))
    modes = histories(p.user_number_id for p in rows)
    splits = {(p.paper, p.electronic) for p in rows}
    defaults = {split_for(modes[p.user_number_id].mode_on(p.date), p.hours) for p in rows}
    paper, electronic = min(splits) if splits else (0, 0)
    default_paper, default_electronic = min(defaults) if defaults else (0, 0)
    return SplitSelection(
        ids=[p.id for p in rows],
        hours=sorted({p.hours for p in rows}),
        paid_dates=sorted(p.date for p in rows if p.status == Status.PAID),
        paper=paper, electronic=electronic, same_split=len(splits) == 1,
        manual=sum(1 for p in rows if p.split_manual),
        default_paper=default_paper, default_electronic=default_electronic,
        same_default=len(defaults) == 1,
    )


def check_selection(selection: SplitSelection) -> None:
    """Refuse a selection the editor cannot change as a whole."""
    if not selection.ids:
        raise ValidationError({"selection": "Selecteer eerst een of meer prestaties."})
    if selection.paid_dates:
        dates = ", ".join(f"{d:%d/%m/%Y}" for d in selection.paid_dates[:3])
        raise ValidationError({"selection": (
            f"Betaalde prestaties ({dates}) houden hun verdeling; haal ze uit de selectie.")})


def check_split(selection: SplitSelection, paper: int, electronic: int) -> None:
    """Paper and electronic must add up to the hours of every selected prestation.
    Refuses (`ValidationError`) what `check_selection` refuses, prestations of different
    hours, and a split that does not add up to the hours."""
    check_selection(selection)
    if len(selection.hours) > 1:
        hours = ", ".join(str(h) for h in selection.hours)
        raise ValidationError({"split": (
            f"De geselecteerde prestaties hebben niet hetzelfde aantal uren ({hours}); "
            "een verdeling met de hand kan alleen voor prestaties met evenveel uren.")})
    hours = selection.hours[0]
    if paper < 0 or electronic < 0 or paper + electronic != hours:
        raise ValidationError({"split": (
            f"Papier ({paper}) + elektronisch ({electronic}) = {paper + electronic}, maar de "
            f"prestatie telt {hours} uren; de twee moeten samen {hours} zijn.")})


def set_split(ids: Iterable[int], paper: int, electronic: int) -> None:
    """Set the same split by hand on prestations of equal hours (all or none).

    Refuses a paid prestation (`KnownError`) and a split that does not add up to
    a prestation's hours (`ValidationError`); nothing is written then.
    """
    def by_hand(p: Prestation) -> tuple[int, int]:
        if paper < 0 or electronic < 0 or paper + electronic != p.hours:
            raise ValidationError(
                {"split": f"Papier ({paper}) + elektronisch ({electronic}) moet gelijk zijn "
                          f"aan de {p.hours} uren van de prestatie van {date_text(p.date)}."}
            )
        return paper, electronic

    with transaction():
        _write_splits(locked_prestations(list(ids)), by_hand, manual=True,
                      summary=lambda before, new_paper, new_electronic: (
                          f"Verdeling {before['paper']}P/{before['electronic']}E -> "
                          f"{new_paper}P/{new_electronic}E"))


def reset_split(ids: Iterable[int]) -> None:
    """Back to the default: the split follows the payment mode on the date again.
    Refuses a paid prestation (`KnownError`); nothing is written then."""
    with transaction():
        rows = locked_prestations(list(ids))
        modes = histories(p.user_number_id for p in rows)
        _write_splits(rows, lambda p: split_for(modes[p.user_number_id].mode_on(p.date), p.hours),
                      manual=False,
                      summary=lambda _before, new_paper, new_electronic: (
                          f"Verdeling terug naar standaard: {new_paper}P/{new_electronic}E"))


SplitOf = Callable[[Prestation], tuple[int, int]]
SplitSummary = Callable[[dict[str, Any], int, int], str]


def _write_splits(rows: Sequence[Prestation], split_of: SplitOf, *, manual: bool,
                  summary: SplitSummary) -> None:
    """The one split writer: each row gets `split_of(row)`, a new version, the
    Pluxee-correction mark when it was already entered there, and an audit line."""
    entries = []
    for p in rows:
        if p.status == Status.PAID:
            raise KnownError(f"De prestatie van {date_text(p.date)} is betaald; de verdeling ligt "
                             "vast.")
        paper, electronic = split_of(p)
        before = {"paper": p.paper, "electronic": p.electronic, "split_manual": p.split_manual}
        if p.status in AT_PLUXEE_STATUSES and (p.paper, p.electronic) != (paper, electronic):
            p.needs_pluxee_correction = True
        p.paper, p.electronic, p.split_manual = paper, electronic, manual
        p.version += 1
        p.save()
        entries.append({
            "entity": "prestation", "entity_id": p.id, "action": "split",
            "summary": summary(before, paper, electronic),
            "before": before, "after": {"paper": paper, "electronic": electronic,
                                        "split_manual": manual},
        })
    audit.record_many(entries)
