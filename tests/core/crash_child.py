"""A child process for the kill -9 tests: runs one big operation and reports from inside it.

Usage: python -m tests.core.crash_child DB {import CSV | status | move} {block|race}

It opens the database as the program does (lock and checks), keeps SQLite's
page cache tiny so that uncommitted pages spill into the WAL file, and prints
`inside` once the operation has written a good part of its rows inside its
transaction. With `block` it then waits on stdin, so the parent kills it in
the middle for certain; with `race` it carries on and the kill lands wherever.
"""

from __future__ import annotations

import sys
from pathlib import Path

from inharmony_desktop.core import safety
from inharmony_desktop.core.models import Prestation, UserNumber, database
from inharmony_desktop.core.services import imports, moves, prestations

SIGNAL_AFTER = 1500


def main() -> None:
    db_path, operation = Path(sys.argv[1]), sys.argv[2]
    mode = sys.argv[-1]
    safety.open_checked(db_path)
    conn = database.obj.connection()
    conn.execute("PRAGMA cache_size = 20")  # pages: spill uncommitted work into the WAL
    writes = 0

    def trace(statement: str) -> None:
        nonlocal writes
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            writes += 1
            if writes == SIGNAL_AFTER:
                print("inside", flush=True)
                if mode == "block":
                    sys.stdin.readline()

    conn.set_trace_callback(trace)
    if operation == "import":
        count = imports.import_file("customers", Path(sys.argv[3]))
    elif operation == "move":  # the prestations of the first two user numbers to the third
        first, second, third = [u.id for u in UserNumber.select().order_by(UserNumber.id)][:3]
        ids = [pid for (pid,) in Prestation.select(Prestation.id).where(
            Prestation.user_number.in_([first, second])).tuples()]
        count = len(moves.move_prestations(ids, third, allow_other_customer=True).moved_ids)
    else:
        ids = [pid for (pid,) in Prestation.select(Prestation.id).tuples()]
        count = prestations.set_status(ids, "registered")
    conn.set_trace_callback(None)
    print(f"done {count}", flush=True)


if __name__ == "__main__":
    main()
