"""Moves, yearly statements and schedule generation, each beside its floor.

- Moving 1,000 prestations and undoing it (`core.services.moves`) against a plain
  SQL UPDATE of the same rows' user number in one transaction.
- The yearly statements of every user number with orders in the last full
  year (`reports.batch.write_statements`: one PDF each, written by worker processes
  on every core, then combined.pdf from their pages) against plain ReportLab
  Platypus building the same pages from data already in memory, in one process.
  One run gives two figures: until the last single PDF, and with combined.pdf.
- Generating next month's prestations from the schedules
  (`core.services.generation`) against a plain bulk insert of the same rows.
- The customer tree's attention marks for every user number (the core function the
  tree calls on a worker thread) against one plain query of the usage it reads.
- The helpers' payroll of the last full month (`payroll_figures`): statements,
  combined.pdf, kantoor.pdf and the CSV against plain Platypus building the same pages.

A part whose module is not in this build is reported as "n/a".
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import os
import time
from pathlib import Path

import peewee

import inharmony_desktop
from inharmony_desktop.core import clock
from inharmony_desktop.core.db import checkpoint
from inharmony_desktop.core.models import Order, Prestation, UserNumber, database
from tests.benchmarks.figures import Figure, timed

MOVE_ROWS = 1_000
MOVE_MS = 300
STATEMENT_RATIO = 0.75  # issue 19: two cores, so well under one process of plain Platypus
GENERATION_RATIO = 2.0
ATTENTION_MS = 500


def _has(module: str) -> bool:
    """Whether `module` exists in the same source tree as the package in use."""
    try:
        spec = importlib.util.find_spec(module)
    except ModuleNotFoundError:
        return False
    package = Path(inharmony_desktop.__file__).parent
    return spec is not None and spec.origin is not None and Path(spec.origin).is_relative_to(
        package)


def _missing(name: str, module: str) -> Figure:
    return Figure(name, None, None, note=f"{module} is not in this build")


def measure(folder: Path, *, statements: int | None) -> list[Figure]:
    figures = []
    if _has("inharmony_desktop.core.services.moves"):
        figures += _moves()
    else:
        figures.append(_missing("move 1,000 prestations", "core/services/moves.py"))
    if _has("inharmony_desktop.reports.batch"):
        figures += _statements(folder, statements)
    else:
        figures.append(_missing("yearly statements", "reports/batch.py"))
    if _has("inharmony_desktop.core.services.generation"):
        figures.append(_generation())
    else:
        figures.append(_missing("generate a month from schedules", "core/services/generation.py"))
    attention = _attention_function()
    if attention is not None:
        figures.append(_attention(attention))
    else:
        figures.append(_missing("attention marks of every user number",
                                "the attention marks' core function"))
    if _has("inharmony_desktop.reports.payroll_batch"):
        from tests.benchmarks import payroll_figures

        payroll_folder = folder / "payroll"
        payroll_folder.mkdir()
        figures += payroll_figures.measure(payroll_folder)
    else:
        figures.append(_missing("payroll of a month", "reports/payroll_batch.py"))
    return figures


# --- moves ---------------------------------------------------------------------------------

def _move_rows() -> tuple[list[int], int]:
    """Up to 1,000 of the newest unpaid prestations of other user numbers (paid ones cannot
    move), and a target number."""
    target = UserNumber.select(UserNumber.id).where(UserNumber.active).order_by(UserNumber.id)
    target_id = int(target.scalar())
    ids = [i for (i,) in Prestation.select(Prestation.id)
           .where((Prestation.status != "paid") & (Prestation.user_number != target_id))
           .order_by(Prestation.date.desc(), Prestation.id).limit(MOVE_ROWS).tuples()]
    return ids, target_id


def _moves() -> list[Figure]:
    from inharmony_desktop.core.services import moves

    ids, target = _move_rows()
    before = dict(Prestation.select(Prestation.id, Prestation.user_number)
                  .where(Prestation.id.in_(ids)).tuples())
    move_times, undo_times = [], []
    # Between two commands the window writes the WAL back in the background
    # (ui/checkpoints.py); the benchmark does the same, untimed, for ours and the baseline.
    for _ in range(3):
        checkpoint()
        start = time.perf_counter()
        result = moves.move_prestations(ids, target, allow_other_customer=True)
        move_times.append((time.perf_counter() - start) * 1000)
        checkpoint()
        start = time.perf_counter()
        moves.undo_move(result)
        undo_times.append((time.perf_counter() - start) * 1000)
    after = dict(Prestation.select(Prestation.id, Prestation.user_number)
                 .where(Prestation.id.in_(ids)).tuples())
    if after != before:
        raise RuntimeError("undoing the move did not restore every prestation")

    def plain_update(to_target: bool) -> None:
        with database.atomic():
            if to_target:
                Prestation.update(user_number=target).where(Prestation.id.in_(ids)).execute()
            else:
                for row_id, un_id in before.items():
                    Prestation.update(user_number=un_id).where(Prestation.id == row_id).execute()

    checkpoint()
    plain_move = timed(lambda: plain_update(True), 1)
    checkpoint()
    plain_back = timed(lambda: plain_update(False), 1)
    return [
        Figure(f"move {len(ids):,} prestations", sorted(move_times)[1], plain_move, MOVE_MS,
               note="median of 3; baseline: one UPDATE … SET user_number_id WHERE id IN (…), "
                    "one transaction; the WAL written back before each, untimed, as the "
                    "window does in the background"),
        Figure(f"undo the move of {len(ids):,}", sorted(undo_times)[1], plain_back, MOVE_MS,
               note="baseline: an UPDATE per row back to its own user number, one transaction"),
    ]


# --- statements ----------------------------------------------------------------------------

def _statement_year() -> int:
    newest = Order.select(peewee.fn.MAX(Order.order_date)).scalar()
    newest = newest if isinstance(newest, dt.date) else dt.date.fromisoformat(str(newest))
    return newest.year - 1


def _statements(folder: Path, limit: int | None) -> list[Figure]:
    from inharmony_desktop.core.services.statements import statement_for, user_numbers_with_orders
    from inharmony_desktop.reports.batch import COMBINED_NAME, write_statements
    from tests.benchmarks.plain_statement import write_plain

    year = _statement_year()
    ids = user_numbers_with_orders(year)
    every = len(ids)
    ids = ids[:limit] if limit else ids
    # One untimed statement each first: fonts loaded and parsed, modules imported.
    write_statements(year, folder / "warm", user_number_ids=ids[:1], combined=False)
    plain_folder = folder / "plain"
    plain_folder.mkdir()
    write_plain([statement_for(ids[0], year)], plain_folder)
    singles_done: list[float] = []

    def progress(done: int, total: int, text: str) -> None:
        if text.startswith(COMBINED_NAME) and not singles_done:  # the last single is written
            singles_done.append(time.perf_counter())

    cpu = _cpu_seconds()
    start = time.perf_counter()
    result = write_statements(year, folder / "ours", user_number_ids=ids, progress=progress)
    end = time.perf_counter()
    our_cpu = _cpu_since(cpu)
    singles = ((singles_done[0] if singles_done else end) - start) * 1000
    whole = (end - start) * 1000
    data = [statement_for(i, year) for i in ids]  # the floor starts from data in memory
    cpu = _cpu_seconds()
    start = time.perf_counter()
    plain_pages = write_plain(data, plain_folder)
    floor = (time.perf_counter() - start) * 1000
    plain_cpu = _cpu_since(cpu)
    scope = "every user number" if len(ids) == every else f"the first {len(ids)} of {every}"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        Figure(f"yearly statements {year} ({len(ids):,} PDFs)", singles, floor,
               STATEMENT_RATIO, relative=True,
               note=f"{scope}; ours {result.pages} pages read from the database by worker "
                    f"processes on {cores} cores, until the last single PDF is written; floor "
                    f"{plain_pages} pages of plain Platypus from data in memory, one process"),
        Figure(f"yearly statements {year} and {COMBINED_NAME}", whole, floor, STATEMENT_RATIO,
               relative=True,
               note=f"the same run to the end: {COMBINED_NAME} ({result.combined_pages} pages) "
                    "put together from the single PDFs, every file moved into place; processor "
                    f"time {_seconds(our_cpu)} in all processes against {_seconds(plain_cpu)} "
                    "for the floor (the wall time needs free cores: other work on them shows "
                    "in the load average)"),
    ]


def _cpu_seconds() -> float | None:
    """Processor time of this process and its finished children (None where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _cpu_since(before: float | None) -> float | None:
    now = _cpu_seconds()
    return None if now is None or before is None else now - before


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


# --- generation ----------------------------------------------------------------------------

def _next_month() -> tuple[dt.date, dt.date]:
    today = clock.today()
    start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def _generation() -> Figure:
    from inharmony_desktop.core.services import generation

    first, last = _next_month()
    # One untimed day first, as for the statements: modules imported (the holiday table).
    generation.plan_generation(first, first)
    ours, floors = [], []
    for _ in range(3):  # the median of three each: one run on a busy machine says little
        checkpoint()  # untimed, as the window does in the background after each command
        start = time.perf_counter()
        plan = generation.plan_generation(first, last)
        ids = generation.apply_generation(plan)
        ours.append((time.perf_counter() - start) * 1000)
        generation.undo_generation(ids)
        checkpoint()
        floors.append(_plain_insert(plan, first, last))
    return Figure(f"generate {first:%B %Y} from schedules ({len(ids):,} prestations)",
                  sorted(ours)[1], sorted(floors)[1], GENERATION_RATIO, relative=True,
                  note=f"median of 3: plan + apply with every check (wallets of "
                       f"{len(_plan_users(plan)):,} user numbers, duplicates, absences, "
                       "holidays, double bookings) and an audit entry per prestation; baseline: "
                       "a plain bulk insert of the same rows in one transaction; the WAL "
                       "written back before each, untimed")


def _plain_insert(plan, first: dt.date, last: dt.date) -> float:
    """Milliseconds to insert the plan's rows plainly in one transaction (then removed)."""
    columns = ("date", "user_number_id", "helper_id", "activity", "start_time", "hours", "paper",
               "electronic", "status", "schedule_id")
    rows = [(p.date, p.user_number_id, p.helper_id, p.activity, p.start_time, p.hours, p.paper,
             p.electronic, "planned", p.schedule_id) for p in plan.to_create]
    fields = [Prestation._meta.columns[c] for c in columns]
    start = time.perf_counter()
    with database.atomic():
        for chunk in range(0, len(rows), 2000):
            Prestation.insert_many(rows[chunk : chunk + 2000], fields=fields).execute()
    floor = (time.perf_counter() - start) * 1000
    Prestation.delete().where((Prestation.status == "planned") & Prestation.date.between(
        first, last) & Prestation.schedule.is_null(False)).execute()
    return floor


def _plan_users(plan) -> set[int]:
    return {p.user_number_id for p in plan.to_create if p.electronic}


# --- attention marks ---------------------------------------------------------------------------

def _attention_function():
    """The core function behind the tree's attention marks, wherever it lives."""
    for module in ("inharmony_desktop.core.services.customer_tree",
                   "inharmony_desktop.core.services.wallet_outlook"):
        if _has(module):
            function = getattr(importlib.import_module(module), "attention_flags", None)
            if function is not None:
                return function
    return None


def _attention(attention_flags) -> Figure:
    from inharmony_desktop.core.services.wallet import USING_STATUSES
    from inharmony_desktop.core.services.wallet_outlook import lookback_start

    ids = [i for (i,) in UserNumber.select(UserNumber.id).tuples()]
    today = clock.today()
    attention_flags(ids[:1], today)  # modules and rules read
    times, flagged = [], 0
    for _ in range(3):
        start = time.perf_counter()
        flagged = len(attention_flags(ids, today))
        times.append((time.perf_counter() - start) * 1000)

    def plain() -> None:
        query = Prestation.select(Prestation.user_number, Prestation.date,
                                  Prestation.electronic).where(
            (Prestation.electronic > 0) & Prestation.status.in_(USING_STATUSES)
            & Prestation.date.between(lookback_start(today), today))
        database.execute(query).fetchall()

    floor = timed(plain, 3)
    return Figure(f"attention marks of {len(ids):,} user numbers", sorted(times)[1], floor,
                  ATTENTION_MS,
                  note=f"the core function the tree calls off the GUI thread, median of 3 "
                       f"({flagged:,} marked); baseline: one plain query of the electronic "
                       "usage it reads (rows fetched, nothing computed)")
