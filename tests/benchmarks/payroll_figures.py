"""The helpers' payroll month, beside its floor (on demand, not part of the test run).

    python tests/benchmarks/payroll_figures.py --db /tmp/large.db [--month 2026-10]

- The whole month as `payroll --month` makes it: `payroll_month` (queries, lines,
  warnings) and `write_payroll` (a PDF per helper, combined.pdf, kantoor.pdf and
  the CSV, staged and moved into place), against plain ReportLab Platypus building
  the same pages from data already in memory (`plain_payroll.write_plain`).
- Gathering the month's data alone, against one plain query of the same prestations.

Without --month: the last full month before the newest prestation. The database
is only read. Also part of `run.py` (through `work_figures`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import peewee  # noqa: E402

from tests.benchmarks.figures import Figure, table  # noqa: E402

RATIO = 1.5  # the yearly statements' target (SPEC §7), as the yardstick


def default_month():
    from inharmony_desktop.core.models import Prestation
    from inharmony_desktop.core.services.payroll import Month

    newest = Prestation.select(peewee.fn.MAX(Prestation.date)).scalar()
    newest = newest if isinstance(newest, dt.date) else dt.date.fromisoformat(str(newest))
    before = newest.replace(day=1) - dt.timedelta(days=1)
    return Month(before.year, before.month)


def _plain_query(month) -> int:
    from inharmony_desktop.core.models import Customer, Prestation, UserNumber

    query = (Prestation.select(Prestation.id, Prestation.helper, Prestation.date,
                               Prestation.start_time, Prestation.activity, Prestation.hours,
                               Prestation.status, UserNumber.number, Customer.name)
             .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
             .join(Customer, on=(UserNumber.customer == Customer.id))
             .where(Prestation.date.between(month.first, month.last)))
    return len(list(query.tuples()))


def measure(folder: Path, month=None, repeat: int = 1) -> list[Figure]:
    from inharmony_desktop.core.services.payroll import payroll_month
    from inharmony_desktop.reports.payroll import render_statement
    from inharmony_desktop.reports.payroll_batch import write_payroll
    from tests.benchmarks.plain_payroll import write_plain

    month = month or default_month()
    data = payroll_month(month)
    if data.is_empty:
        return [Figure(f"payroll {month.iso}", None, None, note="nothing worked that month")]
    # Untimed first: fonts loaded and parsed, modules imported.
    render_statement(data.helpers[0], data, folder / "warm.pdf")
    ours_times, floor_times, data_times, query_times = [], [], [], []
    result = plain_pages = None
    for run in range(repeat):
        start = time.perf_counter()
        data = payroll_month(month)
        middle = time.perf_counter()
        result = write_payroll(data, folder / f"ours{run}")
        ours_times.append((time.perf_counter() - start) * 1000)
        data_times.append((middle - start) * 1000)
        plain_folder = folder / f"plain{run}"
        plain_folder.mkdir()
        start = time.perf_counter()
        plain_pages = write_plain(data, plain_folder)
        floor_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        rows = _plain_query(month)
        query_times.append((time.perf_counter() - start) * 1000)
    assert result is not None
    pages = result.pages + result.combined_pages + result.office_pages
    return [
        Figure(f"payroll {month.iso} ({len(data.helpers)} helpers, {pages:,} pages)",
               statistics.median(ours_times), statistics.median(floor_times), RATIO,
               relative=True,
               note=f"payroll_month + write_payroll: {len(result.files)} PDFs ({result.pages} "
                    f"pages), combined.pdf ({result.combined_pages}), kantoor.pdf "
                    f"({result.office_pages}), CSV ({result.csv_rows} rows), "
                    f"{len(data.warnings)} warnings; floor: plain Platypus, the same "
                    f"{plain_pages:,} pages from data in memory; target borrowed from the "
                    "yearly statements"),
        Figure(f"payroll data of {month.iso} ({rows:,} prestations)",
               statistics.median(data_times), statistics.median(query_times),
               note="payroll_month (prestations, absences, schedules, warnings); baseline: one "
                    "plain query of the month's prestations"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a (large) demo database; only read")
    parser.add_argument("--month", help="YYYY-MM (default: the last full month)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    from inharmony_desktop.core.db import close_database, open_database
    from inharmony_desktop.core.services.payroll import Month

    open_database(args.db, create=False)
    try:
        month = Month.parse(args.month) if args.month else None
        with tempfile.TemporaryDirectory(prefix="inharmony-payroll-bench-") as name:
            figures = measure(Path(name), month, args.repeat)
    finally:
        close_database()
    print(table(figures))
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
