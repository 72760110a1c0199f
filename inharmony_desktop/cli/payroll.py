"""Sub-command `payroll`: the helpers' monthly statements and the social
secretariat's CSV of one month (SPEC §4.9). Only reads the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from inharmony_desktop.cli.common import EXIT_OK, db_option, open_for_reading


def add_payroll(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("payroll", help="maak de maandstaten van de medewerkers en het bestand "
                                       "voor het sociaal secretariaat")
    db_option(p)
    # Checked by the service, not by argparse: a bad month gets one clear line.
    p.add_argument("--month", required=True, metavar="JJJJ-MM", help="de maand, bv. 2026-11")
    p.add_argument("--out", type=Path, required=True, metavar="MAP",
                   help="de map voor de PDF's en payroll-JJJJ-MM.csv")
    p.set_defaults(run=run_payroll)


def run_payroll(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.formatting import hours_text, plural
    from inharmony_desktop.core.services.payroll import Month, payroll_month

    month = Month.parse(args.month)  # before opening anything
    open_for_reading(args)  # no lock: works while the window has the database open
    data = payroll_month(month)
    if data.warnings:
        print(f"{plural(len(data.warnings), 'waarschuwing', 'waarschuwingen')}:")
        for warning in data.warnings:
            print(f"  - {warning.text}")
    if data.is_empty:
        print(f"In {month.label} is er niets gewerkt en was niemand afwezig: er zijn geen "
              "maandstaten of CSV geschreven.")
        return EXIT_OK

    from inharmony_desktop.reports.payroll_batch import write_payroll

    result = write_payroll(data, args.out)
    pages = plural(result.pages, "pagina", "pagina's")
    print(f"{plural(len(result.files), 'maandstaat', 'maandstaten')} ({pages}), "
          f"{result.combined.name}, "
          f"{result.office.name} en {result.csv.name} "
          f"({plural(result.csv_rows, 'lijn', 'lijnen')}) geschreven naar {result.folder}; "
          f"{hours_text(data.worked_hours)} uur gewerkt in {month.label}.")
    return EXIT_OK
