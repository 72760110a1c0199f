"""Benchmark: reading a 50,000-row Pluxee export against the large demo (SPEC §4.8, §7).

    python tests/benchmarks/bench_reconcile.py [--db LARGE.db] [--rows 50000] [--repeat 3]

The large demo (1,000,000 prestations) is built once and kept at --db (default
/tmp/inharmony-large-demo.db; building takes about 40 s); each run works on a
copy. The export holds the most recent electronic prestations in Pluxee's zone,
with a few differences (hours, an unknown user number) as a real week has them,
in the 24-column layout of tests/pluxee_fixture.py.

Baseline, measured in the same run on the same file: the plain parse (Python's
csv module reading every row into a list). Targets: reading the file (every cell checked)
at most 5x the plain parse; the dry run (read + match) and a reading (read +
match + write in one transaction) each under 10 s. Prints one table.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import pluxee_fixture as fx  # noqa: E402
from tests.benchmarks.figures import Figure, table, timed  # noqa: E402

DEFAULT_DB = Path(tempfile.gettempdir()) / "inharmony-large-demo.db"
READ_RATIO = 5.0
SECONDS_MS = 10_000


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _large_demo(path: Path) -> None:
    if path.exists():
        return
    from inharmony_desktop.core import demo_large
    from inharmony_desktop.core.db import close_database, open_database

    _say(f"Building the large demo at {path} (kept for the next run) …")
    start = time.perf_counter()
    partial = path.with_suffix(".building")
    open_database(partial)
    demo_large.build(progress=_say)
    close_database()
    partial.rename(path)
    _say(f"… built in {time.perf_counter() - start:.0f} s")


def _export(path: Path, rows: int) -> tuple[int, dt.date, dt.date]:
    """The latest `rows` electronic prestations in Pluxee's zone, as Pluxee exports them."""
    from inharmony_desktop.core.models import Helper, Prestation, UserNumber

    helpers = {i: (fx.formatted_insz(insz), fx.pluxee_name(name)) for i, name, insz in
               Helper.select(Helper.id, Helper.name, Helper.insz).tuples()}
    numbers = {i: (n, fx.pluxee_name(h)) for i, n, h in
               UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.holder).tuples()}
    query = (Prestation.select(Prestation.id, Prestation.date, Prestation.user_number,
                               Prestation.helper, Prestation.activity, Prestation.electronic,
                               Prestation.status, Prestation.registered_on,
                               Prestation.confirmed_on, Prestation.paid_on)
             .where((Prestation.electronic > 0)
                    & Prestation.status.in_(["registered", "confirmed", "paid", "contested"]))
             .order_by(Prestation.date.desc(), Prestation.id.desc()).limit(rows).tuples())
    day = fx._day
    lines = []
    for n, (pid, date, un, helper, activity, hours, status, reg, conf, paid) in enumerate(query):
        insz, worker = helpers[helper]
        number, holder = numbers[un]
        if n % 100 == 7:
            hours += 1  # hours_differ
        if n % 997 == 3:
            number = f"9{n:011d}"  # unknown_user_number
        status_day = {"registered": reg, "confirmed": conf, "paid": paid}.get(status)
        lines.append([fx.work_id_for(pid), fx.COMPANY_NUMBER, "Inharmony", insz, worker, number,
                      holder, day(date), fx.ACTIVITY_WORDS[activity], hours,
                      fx.STATUS_WORDS[status], day(status_day), day(reg), "Web", day(conf),
                      "Automatisch" if conf else "", "", "", day(paid), "Vlaams Gewest", hours,
                      hours if paid else 0, 0, 0])
    lines.reverse()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(fx.COLUMNS)
        writer.writerows(lines)
    first = dt.datetime.strptime(lines[0][7], "%d/%m/%Y").date()
    last = dt.datetime.strptime(lines[-1][7], "%d/%m/%Y").date()
    return len(lines), first, last


def _plain_parse(path: Path) -> list[list[str]]:
    """The file's rows as the csv module gives them: no cell checked, nothing matched."""
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _once(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def measure(db: Path, export: Path, repeat: int) -> list[Figure]:
    from inharmony_desktop.core.pluxee_file import collector_paused
    from inharmony_desktop.core.services import pluxee_readings as readings
    from inharmony_desktop.core.services.reconciliation import plan_reading

    plain = timed(lambda: _plain_parse(export), repeat)
    with collector_paused():
        plain_paused = timed(lambda: _plain_parse(export), repeat)
    read = timed(lambda: readings.read_export(export), repeat)
    dry = timed(lambda: plan_reading(readings.read_export(export)), repeat)
    first, (plan, result) = _once(lambda: readings.reconcile(readings.read_export(export)))
    undo, _ = _once(lambda: readings.undo_reading(result.reading_id))
    redo, (plan, result) = _once(lambda: readings.reconcile(readings.read_export(export)))
    again, (_plan, result2) = _once(lambda: readings.reconcile(readings.read_export(export)))
    counts = ", ".join(f"{k} {v}" for k, v in plan.counts.items())
    return [
        Figure("read the export (every cell checked)", read, plain, READ_RATIO, relative=True,
               note="baseline: the csv module reading the same file into a list, nothing "
                    "checked"),
        Figure("read the export, against a plain parse without the cycle collector", read,
               plain_paused, READ_RATIO, relative=True,
               note="the reader pauses Python's cycle collector while it builds its rows; this "
                    "baseline does too, so the ratio is the checking alone"),
        Figure("dry run: read + match", dry, plain, SECONDS_MS),
        Figure("reading: read + match + write", statistics.median([first, redo]), plain,
               SECONDS_MS, note=f"{len(result.changed_ids):,} prestations linked and brought up "
                                f"to date, one transaction; {counts}"),
        Figure("the same file again (nothing changes)", again, plain, SECONDS_MS,
               note=f"{len(result2.changed_ids)} prestations changed"),
        Figure("undo of the reading", undo, plain),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help="the large demo (built there when missing; copied for the run)")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from inharmony_desktop.core.db import close_database, open_database
    from inharmony_desktop.core.models import Prestation

    _large_demo(args.db)
    with tempfile.TemporaryDirectory(prefix="inharmony-bench-") as name:
        folder = Path(name)
        db = folder / "large.db"
        shutil.copyfile(args.db, db)
        open_database(db, create=False)
        total = Prestation.select().count()
        export = folder / "export.csv"
        rows, first, last = _export(export, args.rows)
        _say(f"Export of {rows:,} rows from {first} to {last} ({export.stat().st_size:,} bytes)")
        figures = measure(db, export, args.repeat)
        close_database()
    print(f"Reading a {rows:,}-row Pluxee export against {total:,} prestations")
    print(table(figures))
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
