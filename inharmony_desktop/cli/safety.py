"""Sub-commands that keep the data safe: backup and check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inharmony_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    db_option,
    open_for_writing,
)
from inharmony_desktop.core.formatting import size_text


def add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="maak een back-up (gecontroleerd, atomair)")
    db_option(p)
    p.add_argument("--to", metavar="BESTAND", type=Path, default=None,
                   help="schrijf de back-up naar dit bestand (standaard: de back-upmap)")
    p.set_defaults(run=run_backup)


def run_backup(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import backups

    open_for_writing(args, create=False)
    path = backups.make_backup(to=args.to)
    print(f"Back-up gemaakt: {path} ({size_text(path.stat().st_size)}), gecontroleerd.")
    return EXIT_OK


def add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="controleer de databank volledig (alleen lezen)")
    db_option(p)
    p.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    from inharmony_desktop.core import integrity

    report = integrity.full_check(args.db)
    for line in report.problems:
        print(line, file=sys.stderr)
    print(report.summary)
    return EXIT_OK if report.ok else EXIT_ERROR
