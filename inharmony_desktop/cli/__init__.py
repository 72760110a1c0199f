"""The command line: headless sub-commands on the same services as the window.

Every sub-command takes `--db PATH` (or a database URL), prints a one-line
error and exits non-zero on bad input, and changes nothing on error.
Without a sub-command the main window opens. Each area's sub-commands live in
their own module (`data`, `work`, `documents`, `safety`); this module only
assembles the parser and runs the one that was asked for.
"""

from __future__ import annotations

import os
import sys

from inharmony_desktop import APP_ID, __version__
from inharmony_desktop.cli import data, documents, payroll, pluxee, safety, work
from inharmony_desktop.cli.common import EXIT_ERROR, AddCommand, DutchParser, db_option
from inharmony_desktop.core.errors import KnownError

# One line per sub-command, in the order `--help` lists them.
SUBCOMMANDS: list[AddCommand] = [
    data.add_demo,
    data.add_import,
    data.add_export,
    work.add_move,
    work.add_switchover,
    documents.add_statements,
    safety.add_backup,
    safety.add_check,
    data.add_migrate_db,
    work.add_generate,
    pluxee.add_reconcile,
    payroll.add_payroll,
]


def build_parser() -> DutchParser:
    parser = DutchParser(prog=APP_ID, description="Inharmony Desktop: back office dienstencheques.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="toon het versienummer en stop")
    db_option(parser, top=True)
    parser.add_argument(
        "--smoke-test", action="store_true",
        help="controleer deze installatie op een tijdelijke databank en stop (0 = in orde)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=DutchParser, metavar="COMMANDO")
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: list[str]) -> int:
    if os.name == "posix":
        # Database, WAL, lock, backups, logs, PDFs and exports: readable by the user only.
        os.umask(0o077)
    if "--smoke-test" in argv:
        # Before the sub-commands are built: a bundle missing the module of one of
        # them must still get as far as the smoke test that reports it.
        from inharmony_desktop import smoke

        return smoke.run()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        from inharmony_desktop.ui.app import run_gui

        return run_gui(args.db, extra)
    if extra:
        parser.error(f"onbekende argumenten: {' '.join(extra)}")
    try:
        return args.run(args)
    except KnownError as exc:
        print(f"{APP_ID}: fout: {exc}", file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{APP_ID}: onderbroken; er is niets half geschreven.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        from inharmony_desktop.core.db import close_database

        close_database()
        opened = getattr(args, "opened", None)
        if opened is not None:
            opened.close()
