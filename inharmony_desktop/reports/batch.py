"""The yearly statements of every user number with orders in a year, plus one
`combined.pdf` with all of them (in customer order) for printing.

Cancel and failure leave the target folder exactly as it was: every PDF is
built in a hidden staging folder inside the target and only moved into place
when the whole batch, `combined.pdf` included, is complete. Single PDFs that
were already finished when the run was cancelled are discarded with the rest,
so a folder never holds half a batch. Runs without Qt; the GUI calls it from
a worker thread and the command line directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.statements import (
    Letterhead,
    StatementData,
    file_stem,
    statement_for,
    user_numbers_with_orders,
)
from inharmony_desktop.reports.pages import write_atomically
from inharmony_desktop.reports.staging import CancelFlag, Progress, StagedFolder
from inharmony_desktop.reports.statement import render_statement, statement_parts

COMBINED_NAME = "combined.pdf"
STAGING_NAME = "jaaroverzichten"

__all__ = ["COMBINED_NAME", "BatchCancelled", "BatchResult", "CancelFlag", "Progress",
           "write_statements"]


class BatchCancelled(KnownError):
    """The run was cancelled; nothing was written to the target folder."""

    def __init__(self) -> None:
        super().__init__("Afgebroken: er zijn geen jaaroverzichten geschreven.")


@dataclass
class BatchResult:
    year: int
    folder: Path
    files: list[Path] = field(default_factory=list)
    combined: Path | None = None
    combined_pages: int = 0
    pages: int = 0  # pages of the single statements together


def write_statements(
    year: int,
    folder: Path | str,
    *,
    user_number_ids: Sequence[int] | None = None,
    combined: bool = True,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    issued_on: dt.date | None = None,
) -> BatchResult:
    """Write `YEAR_USERNUMBER_HOLDER.pdf` for each user number (default: every one with
    orders in `year`) and, when `combined`, `combined.pdf` with all of them."""
    folder = Path(folder)
    ids = list(user_number_ids) if user_number_ids is not None else user_numbers_with_orders(year)
    if not ids:
        raise KnownError(f"Er zijn geen bestellingen in {year}: er is geen jaaroverzicht gemaakt.")
    steps = len(ids) * (2 if combined else 1)
    report = progress or (lambda done, total, text: None)

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise BatchCancelled()

    letterhead = Letterhead.from_settings()
    issued_on = issued_on or clock.today()
    result = BatchResult(year=year, folder=folder)
    try:
        with StagedFolder(folder, STAGING_NAME) as staged:
            statements: list[StatementData] = []
            names: list[str] = []
            for index, user_number_id in enumerate(ids):
                check_cancel()
                data = statement_for(user_number_id, year, issued_on=issued_on,
                                     letterhead=letterhead)
                report(index, steps, f"{data.user_number} {data.holder}")
                name = f"{file_stem(data)}.pdf"
                # No fsync per file: they can be made again; combined.pdf is synced.
                result.pages += render_statement(data, staged.path / name, durable=False)
                names.append(name)
                statements.append(data)
            if combined:
                result.combined_pages = _write_combined(statements, staged.path, steps, report,
                                                        check_cancel)
                names.append(COMBINED_NAME)
            check_cancel()
            placed = staged.publish(names)
            result.files = placed[: len(statements)]
            result.combined = folder / COMBINED_NAME if combined else None
            report(steps, steps, "Klaar")
    except OSError as exc:
        raise KnownError(f"Kan de jaaroverzichten niet schrijven in {folder}: "
                         f"{exc.strerror or exc}.") from exc
    return result


def _write_combined(statements: list[StatementData], staging: Path, steps: int,
                    report: Progress, check_cancel: Callable[[], None]) -> int:
    offset = len(statements)

    def on_start(index: int) -> None:
        # Called while ReportLab draws: raising here stops the build, the temp file goes.
        check_cancel()
        data = statements[index]
        report(offset + index, steps, f"{COMBINED_NAME}: {data.user_number} {data.holder}")

    year = statements[0].year
    return write_atomically(staging / COMBINED_NAME, statements[0].letterhead,
                            statement_parts(statements, on_start),
                            title=f"Jaaroverzichten dienstencheques {year}")
