"""The audit log: who changed what, when, before -> after."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import AuditEntry
from inharmony_desktop.core.services.base import current_user, execute_many


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime
    who: str
    entity: str
    entity_id: int
    action: str
    summary: str
    before: dict | None
    after: dict | None


def record(
    entity: str,
    entity_id: int,
    action: str,
    summary: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add one entry; call inside the transaction of the change itself.
    Refuses nothing itself; a database error surfaces in the caller's `transaction()`."""
    AuditEntry.create(
        who=current_user(),
        entity=entity,
        entity_id=entity_id,
        action=action,
        summary=summary,
        before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None,
    )


# One encoder for every entry: `json.dumps` with options builds a new one per call, which
# is a third of the time of a command that writes fifty thousand entries.
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def record_many(rows: list[dict[str, Any]]) -> None:
    """Bulk variant for big commands; each dict has the arguments of `record`.
    Refuses nothing itself; a database error surfaces in the caller's `transaction()`."""
    if not rows:
        return
    who = current_user()
    now = AuditEntry.at.db_value(clock.now())
    payload = [
        (
            now,
            who,
            r["entity"],
            r["entity_id"],
            r["action"],
            r["summary"],
            _JSON.encode(r["before"]) if r.get("before") is not None else None,
            _JSON.encode(r["after"]) if r.get("after") is not None else None,
        )
        for r in rows
    ]
    execute_many(
        f'INSERT INTO "{AuditEntry._meta.table_name}" '
        '("at", "who", "entity", "entity_id", "action", "summary", "before", "after") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        payload,
    )


def _line(row: AuditEntry) -> AuditLine:
    return AuditLine(
        at=row.at,
        who=row.who,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        summary=row.summary,
        before=json.loads(row.before) if row.before else None,
        after=json.loads(row.after) if row.after else None,
    )


def history(entity: str, entity_id: int) -> list[AuditLine]:
    """The audit lines of one row, oldest first. Refuses nothing (read only)."""
    query = (
        AuditEntry.select()
        .where((AuditEntry.entity == entity) & (AuditEntry.entity_id == entity_id))
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [_line(row) for row in query]


def recent(limit: int = 200) -> list[AuditLine]:
    """The newest audit lines, newest first. Refuses nothing (read only)."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit)
    return [_line(row) for row in query]
