"""The benchmark of SPEC §7: every figure beside a baseline measured in the same run.

    python tests/benchmarks/run.py [--quick] [--db FILE] [--statements N]

Without --db the large demo (1,000,000 prestations; with --quick 5 % of it) is
built in a temporary folder. With --db an existing large demo is copied to a
temporary folder first, so the run never changes it (moves and generated
prestations are undone anyway). Prints one table: figure, value, baseline,
ratio, target, pass/fail, and the load average at the start and the end (other
work on the same cores slows every figure, the baselines too). It is not part of
the normal test run (pyproject's addopts ignores tests/benchmarks).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.figures import Figure, table  # noqa: E402

QUICK_SCALE = 0.05
WINDOW_MS = 1500
WINDOW_RATIO = 3  # and at most this many times the empty window's
MEMORY_MB = 400
PROBE = Path(__file__).with_name("window_probe.py")
OPEN_PAIRS = 5  # new processes of each kind for the opening figure


def _load() -> str:
    """The machine's load average: other work on the same cores shows in every figure."""
    if not hasattr(os, "getloadavg"):
        return "n/a"
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _prepare(args: argparse.Namespace, folder: Path) -> Path:
    from inharmony_desktop.core import demo_large
    from inharmony_desktop.core.db import close_database, open_database

    path = folder / "benchmark.db"
    if args.db:
        _say(f"Copying {args.db} …")
        shutil.copyfile(args.db, path)
        return path
    scale = QUICK_SCALE if args.quick else 1.0
    _say(f"Building the large demo at scale {scale:g} …")
    start = time.perf_counter()
    open_database(path)
    demo_large.build(scale=scale, progress=_say)
    close_database()
    _say(f"… built in {time.perf_counter() - start:.1f} s")
    return path


def _probe(mode: str, db: Path, settings: Path) -> tuple[float, float]:
    """Wall time (ms) until the child prints `ready`, and its resident memory (MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(PROBE), mode, str(db)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    if not line.startswith("ready "):
        raise RuntimeError(f"the {mode} probe failed (exit {child.returncode})")
    return elapsed, int(line.split()[1]) / 2**20


def window_figures(db: Path, folder: Path, repeat: int) -> list[Figure]:
    # An installed program ships compiled modules; this environment may not write them.
    compileall.compile_dir(ROOT / "inharmony_desktop", quiet=1)
    settings = folder / "settings"
    # One pair first, not counted (the files of both reach the disk cache), then the two
    # kinds in turn, so that a busy or slowed-down machine weighs on both alike.
    pairs = max(repeat, OPEN_PAIRS)
    runs: dict[str, list[tuple[float, float]]] = {"empty": [], "window": []}
    for counted in [False] + [True] * pairs:
        for mode in ("empty", "window"):
            result = _probe(mode, db, settings)
            if counted:
                runs[mode].append(result)
    value = statistics.median(t for t, _ in runs["window"])
    base = statistics.median(t for t, _ in runs["empty"])
    memory = max(m for _, m in runs["window"])
    base_memory = max(m for _, m in runs["empty"])
    return [
        Figure("open to a usable window (new process)", value, base, WINDOW_MS,
               ratio_limit=WINDOW_RATIO,
               note=f"median of {pairs} new processes each, taken in turn with the baseline's "
                    "(after one pair not counted); baseline: Python + PySide6 + "
                    "an empty QMainWindow"),
        Figure("resident memory after opening", memory, base_memory, MEMORY_MB, unit="MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"a {QUICK_SCALE * 100:.0f}%% database and fewer statements")
    parser.add_argument("--db", help="reuse this large demo database (copied first)")
    parser.add_argument("--statements", type=int, default=None,
                        help="only the first N user numbers' statements (default: all; "
                             "--quick: 40)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    statements = args.statements or (40 if args.quick else None)

    from PySide6.QtWidgets import QApplication

    from inharmony_desktop.core.db import close_database, open_database
    from inharmony_desktop.core.models import Prestation
    from inharmony_desktop.ui.workarounds import protect_none
    from tests.benchmarks import table_figures, work_figures

    started = time.perf_counter()
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="inharmony-bench-") as name:
        folder = Path(name)
        db = _prepare(args, folder)
        # The table's baseline reads its own copy: QSQLITE is a second SQLite library in this
        # process, blind to our connection's locks, and closing it would remove the WAL and
        # its index from under us (and from the statements' worker processes).
        baseline_copy = folder / "baseline.db"
        shutil.copyfile(db, baseline_copy)
        _say("Opening the window in new processes …")
        figures = window_figures(db, folder, args.repeat)
        protect_none()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        open_database(db, create=False)
        rows = Prestation.select().count()
        _say(f"The prestations table ({rows:,} rows) …")
        figures += table_figures.measure(baseline_copy, args.repeat)
        _say("Moves, statements and generation …")
        figures += work_figures.measure(folder, statements=statements)
        close_database()
        del app
    print(f"Benchmark on {rows:,} prestations ({os.cpu_count()} cores), "
          f"{time.perf_counter() - started:.0f} s in all; load average (1, 5, 15 min) "
          f"{load_before} at the start, {_load()} at the end")
    print(table(figures))
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
