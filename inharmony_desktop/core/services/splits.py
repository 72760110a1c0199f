"""What the split editor needs to know about a selection, and the check it runs
before anything is written (`prestations.set_split` / `reset_split` write)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import prestations
from inharmony_desktop.core.services.base import chunked
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.vocabulary import Status


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
    Refuses what `prestations.set_split` / `reset_split` refuse; nothing is written then."""
    if choice.kind == "reset":
        prestations.reset_split(choice.ids)
    else:
        prestations.set_split(choice.ids, choice.paper, choice.electronic)


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
