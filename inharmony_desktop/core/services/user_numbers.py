"""User numbers (gebruikersnummers) and their payment-mode history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from inharmony_desktop.core import clock
from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, medium_word, user_number_text
from inharmony_desktop.core.models import (
    MEDIA,
    QUOTAS,
    Customer,
    Order,
    PaymentModeChange,
    Prestation,
    UserNumber,
)
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.audited import delete_row, existing, update_row
from inharmony_desktop.core.services.base import snapshot, transaction
from inharmony_desktop.core.services.payment_modes import history, split_for
from inharmony_desktop.core.vocabulary import Medium, Quota, Status

FOLLOWING_STATUSES = (Status.PLANNED, Status.PERFORMED)


@dataclass
class UserNumberInput:
    number: str
    customer_id: int
    holder: str
    quota: str = Quota.STANDARD
    payment_mode: str = Medium.ELECTRONIC
    mode_since: dt.date | None = None
    active: bool = True


@dataclass
class UserNumberChange:
    """A user number as the office edits it: its fields and the wanted payment-mode
    history (`apply_change` writes both)."""

    data: UserNumberInput
    modes: list[tuple[dt.date, str]] = field(default_factory=list)


def clean(data: UserNumberInput, *, existing_id: int | None = None) -> dict:
    """The checked values of a user number; refuses a bad or taken number, a missing holder, an
    unknown quota, payment mode or customer (`ValidationError`, every bad field at once)."""
    c = v.Checker()
    values = {
        "number": c.check("number", v.user_number, data.number),
        "holder": c.check("holder", v.required, data.holder, "De naam van de houder"),
        "quota": c.check("quota", v.choice, data.quota or Quota.STANDARD, QUOTAS, "Het quotum"),
        "active": bool(data.active),
    }
    if existing_id is None:
        c.check("payment_mode", v.choice, data.payment_mode, MEDIA, "De betaalwijze")
    if not Customer.select().where(Customer.id == data.customer_id).exists():
        c.fail("customer", "Kies een bestaande klant.")
    number = values["number"]
    if number:
        clash = UserNumber.select(UserNumber.id, UserNumber.customer).where(
            UserNumber.number == number
        )
        if existing_id is not None:
            clash = clash.where(UserNumber.id != existing_id)
        other = clash.first()
        if other is not None:
            c.fail("number", f"Gebruikersnummer {user_number_text(number)} bestaat al "
                             f"(klant {other.customer.reference}).")
    c.raise_if_any()
    values["customer"] = data.customer_id
    return values


def create_user_number(data: UserNumberInput) -> int:
    """A new user number with its first payment mode (from `mode_since`, today by default);
    refuses what `clean` refuses (`ValidationError`)."""
    values = clean(data)
    since = data.mode_since or clock.today()
    with transaction():
        user_number = UserNumber.create(**values)
        PaymentModeChange.create(user_number=user_number, effective_date=since, mode=data.payment_mode)
        audit.record(
            "user_number", user_number.id, "create",
            f"Gebruikersnummer {user_number_text(user_number.number)} aangemaakt "
            f"({medium_word(data.payment_mode)} vanaf {date_text(since)})",
            after=snapshot(user_number),
        )
    return user_number.id


def update_user_number(user_number_id: int, data: UserNumberInput) -> None:
    """Change a user number; refuses what `clean` refuses (`ValidationError`), one that no
    longer exists, and moving one with prestations to another customer (`KnownError`)."""
    values = clean(data, existing_id=user_number_id)
    with transaction():
        user_number = get_user_number(user_number_id)
        if values["customer"] != user_number.customer_id and Prestation.select().where(
            Prestation.user_number == user_number
        ).exists():
            raise KnownError(
                "Een gebruikersnummer met prestaties kan niet naar een andere klant; "
                "verplaats de prestaties of maak een nieuw nummer."
            )
        update_row(user_number, values, "user_number",
                   lambda u: f"Gebruikersnummer {user_number_text(u.number)} gewijzigd")


def get_user_number(user_number_id: int) -> UserNumber:
    """The user number; `KnownError` when it no longer exists."""
    return existing(UserNumber, user_number_id, "Dit gebruikersnummer bestaat niet (meer).")


def by_number(number: str) -> UserNumber | None:
    """The user number with this number (any spacing), or None. Refuses nothing."""
    try:
        cleaned = v.user_number(number)
    except v.FieldError:
        return None
    return UserNumber.get_or_none(UserNumber.number == cleaned)


def require_by_number(number: str) -> UserNumber:
    """The user number with this number; `KnownError` when there is none."""
    user_number = by_number(number)
    if user_number is None:
        raise KnownError(f"Gebruikersnummer {user_number_text(number)} bestaat niet.")
    return user_number


def delete_user_number(user_number_id: int) -> None:
    """Only a user number without prestations or orders can go (`KnownError` otherwise:
    deactivate it), and only one that still exists."""
    with transaction():
        user_number = get_user_number(user_number_id)
        used = (
            Prestation.select().where(Prestation.user_number == user_number).exists()
            or Order.select().where(Order.user_number == user_number).exists()
        )
        if used:
            raise KnownError(
                "Dit gebruikersnummer heeft prestaties of bestellingen en kan niet verwijderd "
                "worden; zet het op niet-actief."
            )
        delete_row(user_number, "user_number",
                   lambda u: f"Gebruikersnummer {user_number_text(u.number)} verwijderd",
                   recursive=True)


def set_payment_mode(user_number_id: int, effective_date: dt.date, mode: str) -> int:
    """Add (or replace) a history row; splits that follow the mode are re-derived.

    Returns the number of prestations whose split changed.
    Refuses (`KnownError`) a mode that is not paper or electronic and a user number that no
    longer exists.
    """
    if mode not in MEDIA:
        raise KnownError("De betaalwijze is papier of elektronisch.")
    with transaction():
        user_number = get_user_number(user_number_id)
        same_day = ((PaymentModeChange.user_number == user_number)
                    & (PaymentModeChange.effective_date == effective_date))
        old = PaymentModeChange.get_or_none(same_day)
        before = {"effective_date": effective_date.isoformat(), "mode": old.mode} if old else None
        PaymentModeChange.delete().where(same_day).execute()
        PaymentModeChange.create(user_number=user_number, effective_date=effective_date, mode=mode)
        audit.record(
            "user_number", user_number.id, "payment_mode",
            f"Betaalwijze van {user_number_text(user_number.number)} vanaf "
            f"{date_text(effective_date)}: {medium_word(mode)}",
            before=before, after={"effective_date": effective_date.isoformat(), "mode": mode},
        )
        return resync_splits(user_number.id)


def remove_payment_mode(user_number_id: int, effective_date: dt.date) -> int:
    """Remove one row of the payment-mode history; splits that follow the mode are re-derived.
    Refuses (`KnownError`) removing the last row and a row that does not exist. Returns the
    number of prestations whose split changed."""
    with transaction():
        user_number = get_user_number(user_number_id)
        rows = PaymentModeChange.select().where(PaymentModeChange.user_number == user_number)
        if rows.count() <= 1:
            raise KnownError("Een gebruikersnummer houdt minstens één betaalwijze.")
        row = rows.where(PaymentModeChange.effective_date == effective_date).first()
        if row is None:
            raise KnownError("Deze betaalwijze bestaat niet (meer).")
        row.delete_instance()
        audit.record(
            "user_number", user_number.id, "payment_mode",
            f"Betaalwijze van {user_number_text(user_number.number)} vanaf "
            f"{date_text(effective_date)} verwijderd",
            before={"effective_date": effective_date.isoformat(), "mode": row.mode},
        )
        return resync_splits(user_number.id)


def resync_splits(user_number_id: int) -> int:
    """Re-derive the split of every planned/performed prestation that follows the mode.
    Refuses nothing of its own (call it inside the change's transaction)."""
    modes = history(user_number_id)
    changed = 0
    query = Prestation.select(
        Prestation.id, Prestation.date, Prestation.hours, Prestation.paper, Prestation.electronic
    ).where(
        (Prestation.user_number == user_number_id)
        & (~Prestation.split_manual)
        & (Prestation.status.in_(FOLLOWING_STATUSES))
    )
    for p in query:
        paper, electronic = split_for(modes.mode_on(p.date), p.hours)
        if (paper, electronic) != (p.paper, p.electronic):
            Prestation.update(paper=paper, electronic=electronic, version=Prestation.version + 1).where(
                Prestation.id == p.id
            ).execute()
            changed += 1
    return changed


def to_input(user_number: UserNumber) -> UserNumberInput:
    """The user number as its dialog edits it (the latest payment mode). Refuses nothing."""
    modes = history(user_number.id).rows()
    since, mode = modes[-1] if modes else (None, Medium.ELECTRONIC)
    return UserNumberInput(
        number=user_number.number, customer_id=user_number.customer_id,
        holder=user_number.holder, quota=user_number.quota, payment_mode=mode,
        mode_since=since, active=user_number.active,
    )


def apply_change(user_number_id: int | None, change: UserNumberChange) -> int:
    """Create (`user_number_id` None) or change a user number and bring its
    payment-mode history to `change.modes`, all in one transaction; returns its id.

    Refuses what `create_user_number`/`update_user_number` refuse, and removing
    the last payment mode (`KnownError`); nothing is written then.
    """
    data = change.data
    with transaction():
        if user_number_id is None:
            user_number_id = create_user_number(data)
        else:
            update_user_number(user_number_id, data)
        _bring_modes_to(user_number_id, change.modes)
    return user_number_id


def _bring_modes_to(user_number_id: int, modes: list[tuple[dt.date, str]]) -> None:
    current = dict(history(user_number_id).rows())
    wanted = dict(modes)
    for day, mode in sorted(wanted.items()):
        if current.get(day) != mode:
            set_payment_mode(user_number_id, day, mode)
    for day in sorted(set(current) - set(wanted)):
        remove_payment_mode(user_number_id, day)
