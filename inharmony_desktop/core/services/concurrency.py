"""Several PCs on one database: row locks, stale-edit checks, and a cheap
marker of what the others changed.

On PostgreSQL two PCs really work at the same time, each in its own
transaction. A command that reads prestations and then writes them first
locks those rows (`SELECT ... FOR UPDATE`, always in id order so two commands
never wait on each other in a circle); the second PC then waits for the
first to commit and sees its result, so nothing is overwritten unseen. A
command that was prepared on a row version the user saw on screen
(`expected_version`) is refused with a `ConflictError` when the row moved on
meanwhile. SQLite needs no row locks: its first write locks the whole file,
and a write on a stale snapshot fails instead of overwriting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import peewee
from peewee import fn

from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.models import AuditEntry, Prestation, database
from inharmony_desktop.core.server_driver import driver_errors
from inharmony_desktop.core.services.base import chunked, current_user

STALE_PRESTATION = (
    "Deze prestatie is intussen door iemand anders gewijzigd. Herlaad en probeer opnieuw."
)
STALE_PRESTATIONS = (
    "{count} van de prestaties zijn intussen door iemand anders gewijzigd of verwijderd. "
    "Herlaad en probeer opnieuw; er is niets gewijzigd."
)

# How many of the newest audit ids the marker counts. A transaction on the
# server gets its ids when it writes, not when it commits, so a slow commit can
# land below the highest id already seen; counting the recent ids notices it.
RECENT_WINDOW = 2000


def server_away_errors() -> tuple[type[BaseException], ...]:
    """What looking for the others' changes may raise while the server is briefly away;
    the change watcher tries again later instead of interrupting the user."""
    return (peewee.DatabaseError, KnownError, *driver_errors())

Query = TypeVar("Query", bound=peewee.ModelSelect)


def supports_row_locks() -> bool:
    """Whether the database locks rows (`SELECT ... FOR UPDATE`): PostgreSQL yes, SQLite no.
    Refuses nothing."""
    db = database.obj
    return bool(db is not None and db.for_update)


def lock_for_update(query: Query) -> Query:
    """`query` locking its rows until the end of the transaction (server only).

    Call it inside `transaction()`; rows come in id order so that two commands
    locking overlapping sets cannot deadlock.
    Refuses nothing; a lock kept too long by another PC ends in the caller's `transaction()`
    as a `KnownError`.
    """
    if not supports_row_locks():
        return query
    return query.order_by(query.model._meta.primary_key).for_update()


def locked_prestation(prestation_id: int) -> Prestation | None:
    """One prestation, read and locked for the rest of the transaction.
    Refuses nothing: None when it no longer exists."""
    query = Prestation.select().where(Prestation.id == prestation_id)
    return lock_for_update(query).first()


def locked_prestations(ids: Iterable[int]) -> list[Prestation]:
    """The prestations with these ids (those that still exist), locked, in id order.
    Refuses nothing: ids that no longer exist are left out."""
    ids = sorted(set(ids))  # one global lock order, also across chunks
    rows: list[Prestation] = []
    for chunk in chunked(ids):
        rows.extend(lock_for_update(Prestation.select().where(Prestation.id.in_(chunk))))
    return rows


def check_version(row: Prestation, expected: int | None) -> None:
    """Refuses (`ConflictError`) a row whose version is not the `expected` one: someone changed
    it since the user saw it. None expects nothing."""
    if expected is not None and row.version != expected:
        raise ConflictError(STALE_PRESTATION)


def check_versions(rows: Iterable[Prestation], expected: Mapping[int, int] | None) -> None:
    """Refuse when a row is gone or its version is not the one the user saw.

    `expected` maps prestation id -> version as shown on screen; None skips
    the check (a command without a screen, e.g. the command line).
    """
    if expected is None:
        return
    current = {row.id: row.version for row in rows}
    stale = [pid for pid, version in expected.items() if current.get(pid) != version]
    if len(stale) == 1 and len(expected) == 1:
        raise ConflictError(STALE_PRESTATION)
    if stale:
        raise ConflictError(STALE_PRESTATIONS.format(count=len(stale)))


@dataclass(frozen=True)
class ChangeMarker:
    """A fingerprint of the recent changes made by others (see `change_marker`)."""

    last_id: int
    recent: int


def change_marker(*, others_only: bool = True) -> ChangeMarker:
    """Two cheap index reads that change whenever someone else commits a change.

    Every change of prestations, orders, customers, user numbers and helpers
    writes an audit entry in its own transaction, so the audit log is the one
    place to watch. With `others_only` the changes of this user on this PC
    are left out: the window already shows them.
    Refuses nothing; an unreachable server raises one of `server_away_errors()`.
    """
    newest = AuditEntry.select(fn.MAX(AuditEntry.id)).scalar() or 0
    query = AuditEntry.select(fn.MAX(AuditEntry.id), fn.COUNT(AuditEntry.id)).where(
        AuditEntry.id > newest - RECENT_WINDOW
    )
    if others_only:
        query = query.where(AuditEntry.who != current_user())
    last_id, recent = query.tuples().first() or (None, 0)
    return ChangeMarker(last_id=last_id or 0, recent=recent or 0)


def changed_since(marker: ChangeMarker, *, others_only: bool = True) -> dict[str, set[int]]:
    """Entity kind -> ids touched in the audit entries after (or near) `marker`.

    It may name a few rows already seen (the marker's window); a view simply
    reloads them.
    Refuses nothing; an unreachable server raises one of `server_away_errors()`.
    """
    query = AuditEntry.select(AuditEntry.entity, AuditEntry.entity_id).where(
        AuditEntry.id > marker.last_id - RECENT_WINDOW
    )
    if others_only:
        query = query.where(AuditEntry.who != current_user())
    changed: dict[str, set[int]] = {}
    for entity, entity_id in query.tuples():
        changed.setdefault(entity, set()).add(entity_id)
    return changed
