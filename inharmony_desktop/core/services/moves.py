"""Moving prestations to another user number (SPEC §4.1), and undoing a move.

A move is all or nothing. The target must be active; another customer's user
number only with `allow_other_customer`; a paid prestation stops the whole
move. A prestation already entered in Pluxee's zone gets
`needs_pluxee_correction` and remembers the number it is registered on
(`correction_from`); moved back to that number, the flag is cleared again. A
split that followed the old number's payment mode is re-derived from the
target's mode on the prestation date; a split set by hand stays.

Rows are read in chunks and written with prepared statements: one for the rows
that change the same columns (and only those), one for the audit entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import peewee

from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.formatting import date_text, plural, user_number_text
from inharmony_desktop.core.models import Customer, Prestation, UserNumber
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import (
    among,
    chunked,
    execute_many,
    fetch_rows,
    parse_date,
    transaction,
)
from inharmony_desktop.core.services.concurrency import lock_for_update
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.services.prestations import IN_PLUXEE
from inharmony_desktop.core.vocabulary import Status


class OtherCustomerError(KnownError):
    """The target belongs to another customer and the move was not confirmed."""

    def __init__(self, message: str, customers: list[str]) -> None:
        super().__init__(message)
        self.customers = customers


@dataclass(frozen=True)
class RowState:
    """The fields of one prestation that a move changes, plus its version."""

    user_number_id: int
    paper: int
    electronic: int
    needs_pluxee_correction: bool
    correction_from_id: int | None
    version: int

    def as_dict(self) -> dict[str, object]:
        return {
            "user_number_id": self.user_number_id,
            "paper": self.paper,
            "electronic": self.electronic,
            "needs_pluxee_correction": self.needs_pluxee_correction,
            "correction_from_id": self.correction_from_id,
        }


@dataclass(frozen=True)
class MovedRow:
    prestation_id: int
    before: RowState
    after: RowState


@dataclass(frozen=True)
class MoveResult:
    """What a move did: enough to undo it exactly and to tell the user."""

    target_id: int
    target_label: str
    rows: tuple[MovedRow, ...]
    skipped_ids: tuple[int, ...]  # already on the target

    @property
    def moved_ids(self) -> list[int]:
        return [r.prestation_id for r in self.rows]

    @property
    def correction_ids(self) -> list[int]:
        return [r.prestation_id for r in self.rows if r.after.needs_pluxee_correction]

    @property
    def user_number_ids(self) -> list[int]:
        """Every user number the move took prestations from or to."""
        ids = {r.before.user_number_id for r in self.rows} | {self.target_id}
        return sorted(ids)

    def versions(self) -> dict[int, int]:
        return {r.prestation_id: r.after.version for r in self.rows}


def label(user_number: UserNumber) -> str:
    """A user number as people read it in the audit log: number and holder. Refuses nothing."""
    return _label(user_number.number, user_number.holder)


def _label(number: str, holder: str) -> str:
    return f"{user_number_text(number)} ({holder})"


_COLUMNS = (
    Prestation.id, Prestation.date, Prestation.hours, Prestation.status, Prestation.user_number,
    Prestation.paper, Prestation.electronic, Prestation.split_manual,
    Prestation.needs_pluxee_correction, Prestation.correction_from, Prestation.version,
)


def _load(ids: Sequence[int]) -> dict[int, tuple]:
    """The rows, locked until commit on a server: a second PC moving or editing
    them waits, then finds the new versions (and a `ConflictError`)."""
    rows: dict[int, tuple] = {}
    for chunk in chunked(sorted(ids)):  # one global lock order: no deadlock between PCs
        query = lock_for_update(Prestation.select(*_COLUMNS).where(among(Prestation.id, chunk)))
        # The driver's rows, with only the date and the two flags made Python's own.
        for (pid, day, hours, status, un, paper, electronic, manual, flag, corr_from,
             version) in fetch_rows(query):
            rows[pid] = (pid, parse_date(day), hours, status, un, paper, electronic,
                         bool(manual), bool(flag), corr_from, version)
    return rows


def _target(target_user_number_id: int) -> UserNumber:
    target = (
        UserNumber.select(UserNumber, Customer)
        .join(Customer)
        .where(UserNumber.id == target_user_number_id)
        .first()
    )
    if target is None:
        raise KnownError("Het gekozen gebruikersnummer bestaat niet (meer).")
    if not target.active:
        raise KnownError(
            f"Gebruikersnummer {label(target)} is niet actief; er is niets verplaatst."
        )
    return target


def _unique_ids(ids: Iterable[int]) -> list[int]:
    seen: dict[int, None] = {}
    for pid in ids:
        seen[int(pid)] = None
    if not seen:
        raise KnownError("Kies minstens één prestatie om te verplaatsen.")
    return list(seen)


def _check_rows(ids: list[int], rows: dict[int, tuple],
                expected_versions: Mapping[int, int] | None) -> None:
    missing = [pid for pid in ids if pid not in rows]
    if missing:
        shown = ", ".join(str(pid) for pid in missing[:10])
        more = f" en {len(missing) - 10} andere" if len(missing) > 10 else ""
        word = "Prestatie" if len(missing) == 1 else "Prestaties"
        verb = "bestaat" if len(missing) == 1 else "bestaan"
        raise KnownError(f"{word} {shown}{more} {verb} niet (meer); er is niets verplaatst.")
    paid = [rows[pid] for pid in ids if rows[pid][3] == Status.PAID]
    if paid:
        first = paid[0]
        raise KnownError(
            f"{len(paid)} van de gekozen prestaties {'is' if len(paid) == 1 else 'zijn'} al "
            f"betaald (bv. {date_text(first[1])}, {first[2]} u) en kan niet meer verplaatst "
            "worden; "
            "er is niets verplaatst."
        )
    if expected_versions:
        stale = [pid for pid in ids
                 if pid in expected_versions and rows[pid][10] != expected_versions[pid]]
        if stale:
            raise ConflictError(
                f"{plural(len(stale), 'prestatie werd', 'prestaties werden')} intussen door "
                "iemand anders gewijzigd; "
                "er is niets verplaatst. Herlaad en probeer opnieuw."
            )


def _check_customer(rows: list[tuple], target: UserNumber, allow_other_customer: bool) -> None:
    if allow_other_customer:
        return
    old_ids = {row[4] for row in rows}
    others = (
        Customer.select(Customer.reference, Customer.name)
        .join(UserNumber)
        .where(among(UserNumber.id, sorted(old_ids)) & (Customer.id != target.customer_id))
        .distinct()
    )
    names = [f"{c.name} ({c.reference})" for c in others]
    if names:
        raise OtherCustomerError(
            f"Gebruikersnummer {label(target)} hoort bij een andere klant "
            f"({target.customer.name}) dan {', '.join(names)}; bevestig om toch te verplaatsen.",
            names,
        )


def _new_state(row: tuple, target_id: int, mode_on) -> RowState:
    _, day, hours, status, old_un, paper, electronic, manual, flag, corr_from, version = row
    if not manual:
        paper, electronic = split_for(mode_on(day), hours)
    if corr_from == target_id:
        flag, corr_from = False, None
    elif status in IN_PLUXEE:
        flag, corr_from = True, corr_from or old_un
    return RowState(target_id, paper, electronic, bool(flag), corr_from, version + 1)


def _state(row: tuple) -> RowState:
    return RowState(row[4], row[5], row[6], bool(row[8]), row[9], row[10])


def move_prestations(
    ids: Iterable[int],
    target_user_number_id: int,
    *,
    allow_other_customer: bool = False,
    expected_versions: Mapping[int, int] | None = None,
) -> MoveResult:
    """Move every prestation in `ids` to the target user number, all or none.

    Raises `KnownError` (nothing written) for unknown ids, a paid prestation or
    an inactive target; `OtherCustomerError` for another customer's number
    without `allow_other_customer`; `ConflictError` when a row's version
    differs from `expected_versions`.
    """
    wanted = _unique_ids(ids)
    with transaction():
        target = _target(target_user_number_id)
        rows = _load(wanted)
        _check_rows(wanted, rows, expected_versions)
        to_move = [rows[pid] for pid in wanted if rows[pid][4] != target.id]
        skipped = tuple(pid for pid in wanted if rows[pid][4] == target.id)
        if not to_move:
            raise KnownError(f"De gekozen prestaties staan al op {label(target)}.")
        _check_customer(to_move, target, allow_other_customer)
        mode_on = histories([target.id])[target.id].mode_on
        moved = tuple(MovedRow(row[0], _state(row), _new_state(row, target.id, mode_on))
                      for row in to_move)
        try:
            _write(moved, {row[0]: row for row in to_move}, undo=False)
        except peewee.IntegrityError as exc:
            raise KnownError(
                f"Op {label(target)} staat al een prestatie van dezelfde medewerker op "
                "hetzelfde uur en dezelfde dag; er is niets verplaatst."
            ) from exc
    return MoveResult(target.id, label(target), moved, skipped)


def undo_move(result: MoveResult) -> dict[int, int]:
    """Put every prestation of `result` back exactly as it was before the move.

    Refused with `ConflictError` (nothing written) when one of them changed
    since the move. Returns the new versions, for a later redo.
    """
    ids = result.moved_ids
    with transaction():
        rows = _load(ids)
        missing = [pid for pid in ids if pid not in rows]
        if missing:
            raise KnownError(
                "Een verplaatste prestatie bestaat niet meer; ongedaan maken kan niet."
            )
        stale = [r.prestation_id for r in result.rows
                 if rows[r.prestation_id][10] != r.after.version]
        if stale:
            raise ConflictError(
                f"{plural(len(stale), 'verplaatste prestatie werd', 'verplaatste prestaties werden')} "
                "intussen gewijzigd; "
                "de verplaatsing kan niet meer ongedaan gemaakt worden."
            )
        back = tuple(
            MovedRow(r.prestation_id, r.after,
                     RowState(**{**r.before.as_dict(), "version": r.after.version + 1}))
            for r in result.rows
        )
        _write(back, rows, undo=True)
    return {r.prestation_id: r.after.version for r in back}


def _write(moves: Sequence[MovedRow], rows: Mapping[int, tuple], *, undo: bool) -> None:
    """The UPDATEs, then one audit entry per prestation.

    Each row's UPDATE sets only the columns that change (and its version): a column set
    to its own value has each index it is in rewritten all the same. Rows that change
    the same columns share one prepared statement.
    """
    numbers = _labels({m.before.user_number_id for m in moves}
                      | {m.after.user_number_id for m in moves})
    by_columns: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
    entries = []
    for m in moves:
        before, after = m.before.as_dict(), m.after.as_dict()
        columns = tuple(column for column in _MOVED_COLUMNS if after[column] != before[column])
        by_columns[columns].append((*(after[column] for column in columns), m.prestation_id))
        row = rows[m.prestation_id]
        old, new = numbers[m.before.user_number_id], numbers[m.after.user_number_id]
        text = f"Prestatie {date_text(row[1])}, {row[2]} u verplaatst van {old} naar {new}"
        if undo:
            text += " (verplaatsing ongedaan gemaakt)"
        if m.after.needs_pluxee_correction and not m.before.needs_pluxee_correction:
            text += "; te corrigeren in Pluxee"
        entries.append({
            "entity": "prestation", "entity_id": m.prestation_id, "action": "move",
            "summary": text, "before": before, "after": after,
        })
    table = Prestation._meta.table_name
    for columns, params in by_columns.items():
        assignments = "".join(f'"{column}" = ?, ' for column in columns)
        execute_many(
            f'UPDATE "{table}" SET {assignments}"version" = "version" + 1 WHERE "id" = ?', params
        )
    entries.extend(_user_number_entries(moves, numbers, undo=undo))
    audit.record_many(entries)


_MOVED_COLUMNS = ("user_number_id", "paper", "electronic", "needs_pluxee_correction",
                  "correction_from_id")


def _labels(user_number_ids: set[int]) -> dict[int, str]:
    query = UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder).where(
        among(UserNumber.id, sorted(user_number_ids))
    )
    return {pk: _label(number, holder) for pk, number, holder in query.tuples()}


def _user_number_entries(moves: Sequence[MovedRow], numbers: Mapping[int, str],
                         *, undo: bool) -> list[dict]:
    """One readable line per user number involved, for its own history."""
    by_pair: dict[tuple[int, int], list[int]] = defaultdict(list)
    for m in moves:
        by_pair[(m.before.user_number_id, m.after.user_number_id)].append(m.prestation_id)
    suffix = " (verplaatsing ongedaan gemaakt)" if undo else ""
    entries = []
    for (old, new), pids in by_pair.items():
        count = f"{len(pids)} prestatie{'s' if len(pids) != 1 else ''}"
        details = {"prestation_ids": pids, "from": old, "to": new}
        entries.append({"entity": "user_number", "entity_id": old, "action": "move",
                        "summary": f"{count} verplaatst naar {numbers[new]}{suffix}",
                        "before": details})
        entries.append({"entity": "user_number", "entity_id": new, "action": "move",
                        "summary": f"{count} ontvangen van {numbers[old]}{suffix}",
                        "after": details})
    return entries
