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


class Encoded(str):
    """A before or after already as the JSON `record_many` would write (see `encoded_alike`):
    written as it is."""


def encoded_alike(common: dict[str, Any], rows: list[dict[str, Any]]) -> list[Encoded]:
    """The JSON of `{**common, **row}` for each of `rows`, as `record_many` would encode it,
    where every row has the same keys: the text they share is encoded once and each row's
    own values are put in between (a bulk command's snapshots differ in a few fields only).
    Refuses nothing."""
    if not rows:
        return []
    own = [key for key in common if key in rows[0]] + [key for key in rows[0] if key not in common]
    markers = {key: f"\x1f{index}\x1f" for index, key in enumerate(own)}
    text = _JSON.encode({**common, **markers})
    pieces: list[str] = []
    for key in own:
        marker = _JSON.encode(markers[key])
        if text.count(marker) != 1:  # the marker in a shared value too: no template then
            return [Encoded(_JSON.encode({**common, **row})) for row in rows]
        before, _, text = text.partition(marker)
        pieces.append(before)
    pieces.append(text)
    found = []
    for row in rows:
        parts = [pieces[0]]
        for key, piece in zip(own, pieces[1:], strict=True):
            parts.append(_value(row[key]))
            parts.append(piece)
        found.append(Encoded("".join(parts)))
    return found


def _value(value: Any) -> str:
    """One value as `_JSON` encodes it inside a dict."""
    kind = type(value)
    if kind is int:
        return int.__repr__(value)
    if kind is str:
        return _STRING(value)
    return _JSON.encode(value)


_STRING = json.encoder.encode_basestring  # what `_JSON` uses for text (ensure_ascii=False)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, Encoded) else _JSON.encode(value)


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
            _text(r.get("before")),
            _text(r.get("after")),
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
