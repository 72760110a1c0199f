"""Writing yearly statements: one at a time here, or in a worker process of the batch.

`gather` reads a few user numbers' statements, `write` writes one PDF; the batch
(`reports.batch`) calls them in its own process for small batches, and through
`start` / `render_chunk` in worker processes (started with `spawn`, so the same
on Windows, Linux and in the frozen program) for large ones. No Qt here: a
worker process imports only this module's world.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inharmony_desktop.core.db_sharing import DatabaseAddress, open_for_reading
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.services.statements import (
    Letterhead,
    StatementData,
    file_stem,
    statements_for,
)
from inharmony_desktop.reports.statement import render_statement
from inharmony_desktop.reports.styles import register_fonts


@dataclass(frozen=True)
class StatementJob:
    """What every statement of one batch shares."""

    year: int
    issued_on: dt.date
    letterhead: Letterhead
    folder: Path  # where the PDFs go: the batch's staging folder


@dataclass(frozen=True)
class Written:
    """One statement's PDF, written; `index` is its place in the batch."""

    index: int
    name: str
    pages: int
    label: str  # "USERNUMBER holder", for progress


def gather(job: StatementJob, user_number_ids: Sequence[int]) -> list[StatementData]:
    """The statements of a few user numbers at once: five queries for all of them."""
    return statements_for(user_number_ids, job.year, issued_on=job.issued_on,
                          letterhead=job.letterhead)


def write(job: StatementJob, index: int, data: StatementData) -> Written:
    name = f"{file_stem(data)}.pdf"
    # No fsync per file: they can be made again; combined.pdf is synced.
    pages = render_statement(data, job.folder / name, durable=False)
    return Written(index, name, pages, label(data))


def label(data: StatementData) -> str:
    """The line the progress shows while this statement is written."""
    return f"{user_number_text(data.user_number)} {data.holder}"


# --- in a worker process -------------------------------------------------------------------

_stop: Any = None  # a multiprocessing Event: stop before the next statement
_done: Any = None  # a multiprocessing Queue: each Written as soon as it is on disk


def start(address: DatabaseAddress, stop: Any, done: Any) -> None:
    """The worker process's start: the database for reading only, the fonts."""
    global _stop, _done
    _stop, _done = stop, done
    # Progress only: on the way out, never wait for the batch to read what is left.
    done.cancel_join_thread()
    open_for_reading(address)
    register_fonts()


def render_chunk(job: StatementJob, items: Sequence[tuple[int, int]]) -> list[Written]:
    """Write the statements of (index, user number id) `items` in order, until told to stop."""
    written = []
    try:
        if _stop.is_set():
            return written
        statements = gather(job, [user_number_id for _, user_number_id in items])
        for (index, _), data in zip(items, statements, strict=True):
            if _stop.is_set():
                break
            result = write(job, index, data)
            written.append(result)
            _done.put(result)
    except KnownError as exc:
        raise portable(exc) from None
    return written


def portable(error: KnownError) -> KnownError:
    """`error` as it can travel to the batch's process: itself when it pickles, else a
    KnownError with the same message and details."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return KnownError(error.message, details=error.details)
    return error
