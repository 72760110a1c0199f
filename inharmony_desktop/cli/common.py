"""What every sub-command shares: exit codes, the Dutch argument parser, `--db`,
opening the database for writing, and progress lines on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Runner = Callable[[argparse.Namespace], int]
AddCommand = Callable[[argparse._SubParsersAction], None]


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch one-line errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fout: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands suppress the default so that `--db` before the sub-command survives.
    parser.add_argument(
        "--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
        help="databankbestand of databank-URL (standaard: de gebruikersmap van het programma)",
    )


def open_for_writing(args: argparse.Namespace, *, create: bool = True):
    """Open the database for writing: location, lock and read-only checks first.

    The lock is released by `cli.main` when the sub-command ends.
    """
    from inharmony_desktop.core import safety

    args.opened = safety.open_checked(args.db, create=create)
    return args.opened.db


def progress_printer() -> Callable[[str], None]:
    def show(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    return show
