"""Switching a user number from paper to electronic vouchers.

The customer tells the office how many paper vouchers they still hold. The
plan spends them on the coming prestations (planned and performed, oldest
first), splits the prestation where the paper runs out (e.g. 1 paper + 2
electronic) and pays every later one electronically.

The new payment-mode row says "electronic" from the date of the first fully
electronic prestation, so the prestations paid with paper before it keep
following the (paper) mode and only the partly paid one is set by hand. When
the paper covers every prestation, the row starts the day after the last
prestation that uses paper (or on the planning date when there is none): the
customer is electronic from then on, and nothing already planned changes.

`apply_switchover(plan)` writes the plan in one transaction and returns a
`SwitchUndo` that `undo_switchover` uses to put everything back exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.models import Order, PaymentModeChange, Prestation
from inharmony_desktop.core.services import audit, prestations, splits, user_numbers
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.core.services.payment_modes import ModeHistory, history, split_for
from inharmony_desktop.core.vocabulary import Medium, Status

PLANNED_STATUSES = (Status.PLANNED, Status.PERFORMED)


@dataclass(frozen=True)
class PlanRow:
    """One coming prestation and how the plan pays it."""

    prestation_id: int
    date: dt.date
    hours: int
    status: str
    helper_name: str
    old_paper: int
    old_electronic: int
    paper: int
    electronic: int
    paper_left: int  # paper vouchers the customer still holds after this prestation

    @property
    def changed(self) -> bool:
        return (self.paper, self.electronic) != (self.old_paper, self.old_electronic)

    @property
    def partial(self) -> bool:
        return self.paper > 0 and self.electronic > 0


@dataclass
class SwitchPlan:
    user_number_id: int
    number: str
    paper_on_hand: int
    from_date: dt.date
    paper_expiry: dt.date | None
    rows: list[PlanRow]
    mode_date: dt.date  # the new row: electronic from this date on
    paper_left: int  # paper vouchers no prestation uses
    warnings: list[str] = field(default_factory=list)

    @property
    def paper_used(self) -> int:
        return self.paper_on_hand - self.paper_left

    @property
    def split_row(self) -> PlanRow | None:
        return next((r for r in self.rows if r.partial), None)


@dataclass
class SwitchUndo:
    """What `undo_switchover` needs: the rows as they were and the mode row it added."""

    user_number_id: int
    mode_date: dt.date
    previous_mode: str | None  # the mode of a row that already had `mode_date`, if any
    prestation_rows: list[dict[str, Any]]


def suggested_paper_expiry(user_number_id: int) -> dt.date | None:
    """The expiry of the user number's latest paper order, when one is known.
    Refuses nothing (read only)."""
    row = (
        Order.select(Order.expiry_date)
        .where((Order.user_number == user_number_id) & (Order.medium == Medium.PAPER))
        .order_by(Order.expiry_date.desc())
        .first()
    )
    return row.expiry_date if row else None


def _coming(user_number_id: int, from_date: dt.date) -> list[Prestation]:
    from inharmony_desktop.core.models import Helper

    return list(
        Prestation.select(Prestation, Helper.name)
        .join(Helper)
        .where(
            (Prestation.user_number == user_number_id)
            & (Prestation.status.in_(PLANNED_STATUSES))
            & (Prestation.date >= from_date)
        )
        .order_by(Prestation.date, Prestation.start_time, Prestation.id)
    )


def plan_switchover(
    user_number_id: int,
    paper_on_hand: int,
    from_date: dt.date,
    paper_expiry: dt.date | None = None,
) -> SwitchPlan:
    """Work out the switch-over; reads only, writes nothing."""
    user_number = user_numbers.get_user_number(user_number_id)
    if not isinstance(paper_on_hand, int) or paper_on_hand < 0 or paper_on_hand > 2000:
        raise ValidationError(
            {"paper_on_hand": "Het aantal papieren cheques ligt tussen 0 en 2000."}
        )
    rows: list[PlanRow] = []
    left = paper_on_hand
    for p in _coming(user_number.id, from_date):
        paper = min(left, p.hours)
        left -= paper
        rows.append(PlanRow(
            prestation_id=p.id, date=p.date, hours=p.hours, status=p.status,
            helper_name=p.helper.name, old_paper=p.paper, old_electronic=p.electronic,
            paper=paper, electronic=p.hours - paper, paper_left=left,
        ))
    first_electronic = next((r for r in rows if r.paper == 0), None)
    if first_electronic is not None:
        mode_date = first_electronic.date
    elif rows:
        mode_date = rows[-1].date + dt.timedelta(days=1)
    else:
        mode_date = from_date
    plan = SwitchPlan(
        user_number_id=user_number.id, number=user_number.number, paper_on_hand=paper_on_hand,
        from_date=from_date, paper_expiry=paper_expiry, rows=rows, mode_date=mode_date,
        paper_left=left,
    )
    plan.warnings = _warnings(plan)
    return plan


def _warnings(plan: SwitchPlan) -> list[str]:
    warnings: list[str] = []
    if plan.paper_expiry is not None:
        late = [r for r in plan.rows if r.paper and r.date > plan.paper_expiry]
        if late:
            vouchers = sum(r.paper for r in late)
            days = (f"op {late[0].date:%d/%m/%Y}" if len(late) == 1 else
                    f"van {late[0].date:%d/%m/%Y} tot {late[-1].date:%d/%m/%Y}")
            warnings.append(
                f"Het plan gebruikt {vouchers} papieren cheques na hun vervaldatum "
                f"({plan.paper_expiry:%d/%m/%Y}): prestaties {days}. Dan zijn ze niet meer "
                "geldig: plan minder papier of laat de klant ze tijdig terugbetalen."
            )
    if plan.paper_left:
        warnings.append(
            f"De klant houdt {plan.paper_left} papieren cheques over: er zijn niet genoeg "
            f"geplande of uitgevoerde prestaties vanaf {plan.from_date:%d/%m/%Y}."
        )
    if not plan.rows:
        warnings.append(
            f"Er zijn geen geplande of uitgevoerde prestaties vanaf {plan.from_date:%d/%m/%Y}."
        )
    return warnings


def _with_new_row(modes: ModeHistory, day: dt.date) -> ModeHistory:
    rows = [(d, m) for d, m in modes.rows() if d != day]
    rows.append((day, Medium.ELECTRONIC))
    return ModeHistory(rows)


def apply_switchover(plan: SwitchPlan) -> SwitchUndo:
    """Write the plan: splits, the payment-mode row, audit. All or nothing.

    A prestation whose planned split is what the new mode history gives by
    default follows the mode again; any other is set by hand (the partly paid
    one, and paper ones on or after the new row's date).
    """
    with transaction():
        user_number = user_numbers.get_user_number(plan.user_number_id)
        ids = [r.prestation_id for r in plan.rows]
        _refuse_if_changed(plan)
        # Everything the new mode row can re-derive, plus the planned rows themselves.
        saved = prestations.snapshots(sorted(set(_rederivable(plan)) | set(ids)))
        old_row = PaymentModeChange.get_or_none(
            (PaymentModeChange.user_number == user_number)
            & (PaymentModeChange.effective_date == plan.mode_date)
        )
        undo = SwitchUndo(
            user_number_id=user_number.id, mode_date=plan.mode_date,
            previous_mode=old_row.mode if old_row else None, prestation_rows=saved,
        )
        modes = _with_new_row(history(user_number.id), plan.mode_date)
        by_hand = [r for r in plan.rows
                   if (r.paper, r.electronic) != split_for(modes.mode_on(r.date), r.hours)]
        manual_ids = {r.prestation_id for r in by_hand}
        following = [r.prestation_id for r in plan.rows if r.prestation_id not in manual_ids]
        user_numbers.set_payment_mode(user_number.id, plan.mode_date, Medium.ELECTRONIC)
        if following:
            splits.reset_split(following)
        for row in by_hand:
            splits.set_split([row.prestation_id], row.paper, row.electronic)
        _audit(plan, user_number.number, ids)
    return undo


def _refuse_if_changed(plan: SwitchPlan) -> None:
    """The plan's prestations must still be planned (or performed) with the same hours."""
    ids = [r.prestation_id for r in plan.rows]
    current = {p.id: p for p in (Prestation.select().where(Prestation.id.in_(ids)) if ids else [])}
    for row in plan.rows:
        p = current.get(row.prestation_id)
        if p is None or p.status not in PLANNED_STATUSES or p.hours != row.hours:
            raise KnownError(
                f"De prestatie van {row.date:%d/%m/%Y} is intussen gewijzigd; "
                "maak het plan opnieuw."
            )


def _rederivable(plan: SwitchPlan) -> list[int]:
    """The user number's prestations whose split the new mode row can re-derive."""
    start = min([plan.mode_date, plan.from_date])
    return [pid for (pid,) in Prestation.select(Prestation.id).where(
        (Prestation.user_number == plan.user_number_id)
        & (Prestation.status.in_(PLANNED_STATUSES))
        & (Prestation.date >= start)
    ).tuples()]


def _audit(plan: SwitchPlan, number: str, ids: list[int]) -> None:
    split = plan.split_row
    detail = (f"; gesplitst op {split.date:%d/%m/%Y}: {split.paper}P/{split.electronic}E"
              if split else "")
    audit.record(
        "user_number", plan.user_number_id, "switchover",
        f"Overschakeling van {user_number_text(number)} naar elektronisch vanaf "
        f"{plan.mode_date:%d/%m/%Y}: {plan.paper_used} van {plan.paper_on_hand} papieren "
        f"cheques gepland{detail}",
        after={"paper_on_hand": plan.paper_on_hand, "from_date": plan.from_date.isoformat(),
               "mode_date": plan.mode_date.isoformat(), "prestations": ids},
    )


def undo_switchover(undo: SwitchUndo) -> None:
    """Remove (or put back) the payment-mode row and restore every prestation.
    Refuses (`KnownError`) a user number that no longer exists; a database refusal becomes a
    `KnownError` and nothing is written."""
    with transaction():
        user_number = user_numbers.get_user_number(undo.user_number_id)
        if undo.previous_mode is None:
            user_numbers.remove_payment_mode(user_number.id, undo.mode_date)
        else:
            user_numbers.set_payment_mode(user_number.id, undo.mode_date, undo.previous_mode)
        prestations.restore(undo.prestation_rows, reason="Overschakeling ongedaan gemaakt")
        audit.record("user_number", user_number.id, "switchover",
                     f"Overschakeling van {user_number_text(user_number.number)} naar elektronisch "
                     "ongedaan gemaakt")


def candidates(on: dt.date | None = None) -> list[tuple[int, str]]:
    """The wizard's choice of user numbers: those that pay with paper on `on`
    first (marked), then every other active one, for a customer who still
    brings in old paper vouchers after the mode changed. Refuses nothing (read only)."""
    from inharmony_desktop.core.models import Customer, UserNumber
    from inharmony_desktop.core.services.payment_modes import histories

    on = on or clock.today()
    rows = list(
        UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder, Customer.name)
        .join(Customer).where(UserNumber.active).order_by(Customer.name, UserNumber.number)
        .tuples()
    )
    modes = histories(r[0] for r in rows)
    paper = [(uid, f"{user_number_text(number)} — {holder} ({name}) · betaalt met papier")
             for uid, number, holder, name in rows if modes[uid].mode_on(on) == Medium.PAPER]
    others = [(uid, f"{user_number_text(number)} — {holder} ({name})")
              for uid, number, holder, name in rows if modes[uid].mode_on(on) != Medium.PAPER]
    return paper + others
