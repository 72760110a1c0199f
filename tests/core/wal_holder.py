"""A child process that holds a database as the window does, while something else in the
process opens and closes the database file (as a file dialog's type sniffing does, which
drops the process's POSIX locks on Linux). Used by test_read_only_commands_keep_the_wal.

Usage: python -m tests.core.wal_holder DB   (then a line on stdin to write once more)
"""

from __future__ import annotations

import os
import sys

from inharmony_desktop.core import safety
from inharmony_desktop.core.services import customers


def main() -> None:
    db = sys.argv[1]
    opened = safety.open_checked(db)
    customers.create_customer(customers.CustomerInput("K1", "Eerste", "3940", "Peer"))
    handle = os.open(db, os.O_RDONLY)  # a file dialog reading the file's first bytes
    os.read(handle, 100)
    os.close(handle)
    print("ready", flush=True)
    sys.stdin.readline()
    customers.create_customer(customers.CustomerInput("K2", "Tweede", "3940", "Peer"))
    opened.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
