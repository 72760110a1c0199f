"""Sub-commands that write documents: the yearly statements."""

from __future__ import annotations

import argparse
from pathlib import Path

from inharmony_desktop.cli.common import (
    EXIT_OK,
    db_option,
    open_for_reading,
    whole_number,
)
from inharmony_desktop.core.formatting import plural


def add_statements(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("statements", help="maak de jaaroverzichten (PDF) van een jaar")
    db_option(p)
    p.add_argument("--year", type=whole_number, required=True, metavar="JAAR",
                   help="het jaar van de bestellingen")
    p.add_argument("--out", type=Path, required=True, metavar="MAP", help="de map voor de PDF's")
    p.add_argument("--user-number", metavar="GEBRUIKERSNUMMER", default=None,
                   help="alleen het jaaroverzicht van dit gebruikersnummer (zonder combined.pdf)")
    p.set_defaults(run=run_statements)


def run_statements(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services.user_numbers import require_by_number
    from inharmony_desktop.reports.batch import write_statements

    open_for_reading(args)
    ids = None
    if args.user_number is not None:
        ids = [require_by_number(args.user_number).id]
    result = write_statements(args.year, args.out, user_number_ids=ids,
                              combined=ids is None)
    pages = "pagina's"
    summary = (f"{plural(len(result.files), 'jaaroverzicht', 'jaaroverzichten')} "
               f"({plural(result.pages, 'pagina', pages)})")
    if result.combined is not None:
        summary += (f" en het verzamelbestand {result.combined.name} "
                    f"({plural(result.combined_pages, 'pagina', pages)})")
    print(f"{summary} geschreven naar {result.folder}.")
    return EXIT_OK
