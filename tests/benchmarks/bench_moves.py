"""Benchmark: move 1,000 prestations to another user number and undo it (SPEC §7: < 300 ms).

Run: python tests/benchmarks/bench_moves.py [DB] [--rows N]
Without DB a temporary database with N prestations (default 100,000) is built.
With DB (e.g. the large demo) the 1,000 most recent unpaid prestations are moved
to the first active user number (another customer's, so with confirmation).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.models import Prestation, UserNumber
from inharmony_desktop.core.services import moves


def _build(rows: int) -> None:
    from tests import move_world

    world = move_world.build()
    start = dt.date(2016, 1, 4)
    numbers = [world.jan, world.els, world.piet]
    per_number = rows // len(numbers)
    for un in numbers:
        move_world.add_prestations(world, un, per_number, start=start,
                                   status="registered")


def _pick() -> tuple[list[int], int]:
    """1,000 unpaid prestations of the busiest unpaid user numbers, and a target."""
    target = UserNumber.select().where(UserNumber.active).order_by(UserNumber.id).first()
    ids = [p.id for p in Prestation.select(Prestation.id)
           .where((Prestation.status != "paid") & (Prestation.user_number != target.id))
           .order_by(Prestation.date.desc(), Prestation.id).limit(1000)]
    return ids, target.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "bench.db")
        open_database(path)
        if not args.db:
            _build(args.rows)
        total = Prestation.select().count()
        ids, target = _pick()
        move_times, undo_times = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = moves.move_prestations(ids, target, allow_other_customer=True)
            t1 = time.perf_counter()
            moves.undo_move(result)
            t2 = time.perf_counter()
            move_times.append((t1 - t0) * 1000)
            undo_times.append((t2 - t1) * 1000)
        close_database()
    print(f"{total} prestaties in de databank; {len(ids)} verplaatst, {args.repeat} keer")
    print(f"verplaatsen: mediaan {statistics.median(move_times):.0f} ms, "
          f"max {max(move_times):.0f} ms")
    print(f"ongedaan maken: mediaan {statistics.median(undo_times):.0f} ms, "
          f"max {max(undo_times):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
