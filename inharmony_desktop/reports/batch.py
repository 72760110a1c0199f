"""The yearly statements of every user number with orders in a year, plus one
`combined.pdf` with all of them (in customer order) for printing.

Cancel and failure leave the target folder exactly as it was: every PDF is
built in a hidden staging folder inside the target and only moved into place
when the whole batch, `combined.pdf` included, is complete. Single PDFs that
were already finished when the run was cancelled are discarded with the rest,
so a folder never holds half a batch. Runs without Qt; the GUI calls it from
a worker thread and the command line directly.

A large batch uses every core: this process and worker processes
(`reports.statement_worker`) each write their share of the single PDFs, the
workers reading the database read-only;
progress, Cancel and a worker's failure reach the caller as in one process.
`combined.pdf` is then put together from the single PDFs' pages
(`reports.pdf_merge`), in customer order: the same pages as the single files.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import queue
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from inharmony_desktop.core import clock
from inharmony_desktop.core.db_sharing import current_address
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.statements import Letterhead, user_numbers_with_orders
from inharmony_desktop.reports import pdf_merge, statement_worker
from inharmony_desktop.reports.staging import CancelFlag, Progress, StagedFolder
from inharmony_desktop.reports.statement_worker import StatementJob, Written

COMBINED_NAME = "combined.pdf"
STAGING_NAME = "jaaroverzichten"
# Fewer statements are written in this process: starting workers costs more than they save.
PARALLEL_FROM = 20
CHUNK = 16  # statements per task handed to a worker: small enough to share the work evenly
POLL_SECONDS = 0.1  # how often the waiting process looks at Cancel

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
    processes: int | None = None,
) -> BatchResult:
    """Write `YEAR_USERNUMBER_HOLDER.pdf` for each user number (default: every one with
    orders in `year`) and, when `combined`, `combined.pdf` with all of them.

    `processes`: how many processes write the single PDFs, this one included (1: this
    one only); by default one per core from `PARALLEL_FROM` statements on.
    """
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
    result = BatchResult(year=year, folder=folder)
    try:
        with StagedFolder(folder, STAGING_NAME) as staged:
            job = StatementJob(year, issued_on or clock.today(), letterhead, staged.path)
            writers = _writer_count(len(ids), processes)
            if writers > 1:
                written = _in_processes(job, ids, writers, steps, report, check_cancel)
            else:
                written = _here(job, ids, steps, report, check_cancel)
            names = [w.name for w in written]
            result.pages = sum(w.pages for w in written)
            if combined:
                result.combined_pages = _combine(job, written, len(ids), steps, report,
                                                 check_cancel)
                names.append(COMBINED_NAME)
            check_cancel()
            placed = staged.publish(names)
            result.files = placed[: len(written)]
            result.combined = folder / COMBINED_NAME if combined else None
            report(steps, steps, "Klaar")
    except OSError as exc:
        raise KnownError(f"Kan de jaaroverzichten niet schrijven in {folder}: "
                         f"{exc.strerror or exc}.") from exc
    return result


def _writer_count(count: int, processes: int | None) -> int:
    """How many processes write (this one included)."""
    if current_address() is None:  # a database in memory: only this process can read it
        return 1
    if processes is not None:
        return max(1, processes)
    if count < PARALLEL_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, -(-count // CHUNK)))


def _here(job: StatementJob, ids: list[int], steps: int, report: Progress,
          check_cancel: Callable[[], None]) -> list[Written]:
    written: list[Written] = []
    for start in range(0, len(ids), CHUNK):
        check_cancel()
        for data in statement_worker.gather(job, ids[start : start + CHUNK]):
            check_cancel()
            report(len(written), steps, statement_worker.label(data))
            written.append(statement_worker.write(job, len(written), data))
    return written


def _in_processes(job: StatementJob, ids: list[int], processes: int, steps: int,
                  report: Progress, check_cancel: Callable[[], None]) -> list[Written]:
    """Write the statements here and in `processes - 1` worker processes, a chunk at a
    time each; returns them in batch order.

    This process starts on the first chunk at once, while the workers start (a
    second or two). On Cancel or a failure every worker stops before its next
    statement, and this returns only when all have stopped, so nothing writes
    into the staging folder after it is removed.
    """
    address = current_address()
    if address is None:
        raise KnownError("Deze databank kan niet door een tweede proces gelezen worden.")
    context = multiprocessing.get_context("spawn")
    stop, done = context.Event(), context.Queue()
    items = list(enumerate(ids))
    chunks = deque(items[start : start + CHUNK] for start in range(0, len(items), CHUNK))
    workers = processes - 1
    written: list[Written] = []
    in_flight: set[Future] = set()
    finished = 0

    def note(label: str) -> None:
        nonlocal finished
        finished += 1
        report(finished, steps, label)

    def follow() -> None:
        """Take in what the workers finished; a worker's error is raised here."""
        for future in [f for f in in_flight if f.done()]:
            in_flight.discard(future)
            try:
                written.extend(future.result())
            except BrokenProcessPool as exc:
                raise KnownError("Een hulpproces van de jaaroverzichten stopte onverwacht; er "
                                 "is niets geschreven.") from exc
        while True:
            try:
                note(done.get_nowait().label)
            except queue.Empty:
                return

    with ProcessPoolExecutor(workers, mp_context=context, initializer=statement_worker.start,
                             initargs=(address, stop, done)) as pool:
        try:
            while chunks or in_flight:
                check_cancel()
                while chunks and len(in_flight) < 2 * workers:  # none waits for its next
                    in_flight.add(pool.submit(statement_worker.render_chunk, job,
                                              chunks.popleft()))
                if chunks:
                    chunk = chunks.popleft()
                    statements = statement_worker.gather(job, [un for _, un in chunk])
                    for (index, _), data in zip(chunk, statements, strict=True):
                        check_cancel()
                        written.append(statement_worker.write(job, index, data))
                        note(written[-1].label)
                        follow()
                else:
                    wait(in_flight, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                follow()
        except BaseException:
            stop.set()
            for future in in_flight:
                future.cancel()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            done.close()
    written.sort(key=lambda w: w.index)
    if len(written) != len(ids):  # a worker stopped early without saying why
        raise KnownError("De jaaroverzichten werden niet allemaal gemaakt; probeer opnieuw.")
    return written


def _combine(job: StatementJob, written: list[Written], count: int, steps: int,
             report: Progress, check_cancel: Callable[[], None]) -> int:
    def on_file(index: int) -> None:
        check_cancel()
        report(count + index, steps, f"{COMBINED_NAME}: {written[index].label}")

    info = pdf_merge.Info(title=f"Jaaroverzichten dienstencheques {job.year}",
                          author=job.letterhead.name)
    return pdf_merge.merge([job.folder / w.name for w in written], job.folder / COMBINED_NAME,
                           info, on_file=on_file)
