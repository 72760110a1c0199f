"""Composition root: parse the command line, then run a sub-command or the window."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    # A worker process of a batch (reports.batch) started from the frozen program runs
    # its task here and exits; everywhere else this does nothing.
    multiprocessing.freeze_support()
    from inharmony_desktop import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
