"""The reconciliation with Pluxee's prestation export: `reconcile` (SPEC §4.8, §5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inharmony_desktop.cli.common import EXIT_OK, db_option, open_for_reading, open_for_writing
from inharmony_desktop.core.formatting import date_text, plural


def add_reconcile(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reconcile", help="lees de prestatie-export van Pluxee in en vergelijk ze met de prestaties",
        description="Leest de export uit de Pluxee-zone (Beheer van prestaties › Prestaties "
        "exporteren, CSV of .xlsx), brengt de statussen bij en toont per categorie hoeveel rijen "
        "er zijn. Een bestand met een foute rij wordt helemaal geweigerd.",
    )
    db_option(p)
    p.add_argument("file", type=Path, metavar="BESTAND", help="de export (.csv of .xlsx)")
    p.add_argument("--dry-run", action="store_true",
                   help="toon enkel wat er zou gebeuren; er wordt niets opgeslagen")
    p.add_argument("--create-missing", action="store_true",
                   help="maak de prestaties die hier ontbreken aan zoals Pluxee ze heeft")
    p.add_argument("--report", type=Path, metavar="UIT.csv", help="schrijf de werklijst als CSV")
    p.set_defaults(run=run_reconcile)


def run_reconcile(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import pluxee_readings, pluxee_worklist
    from inharmony_desktop.core.services.reconciliation import plan_reading
    from inharmony_desktop.core.services.reconciliation_plan import counts_lines

    if args.dry_run:
        open_for_reading(args)
    else:
        open_for_writing(args, create=False)
    export = pluxee_readings.read_export(args.file)
    if args.dry_run:
        plan = plan_reading(export)
        created = sum(1 for item in plan.items if pluxee_readings.creatable(item)) \
            if args.create_missing else 0
        changed = len(plan.changing)
        lines = pluxee_worklist.report_lines_from_plan(plan)
    else:
        plan, result = pluxee_readings.reconcile(export, create_missing=args.create_missing)
        created, changed = len(result.created_ids), len(result.changed_ids)
        lines = pluxee_worklist.report_lines(pluxee_worklist.work_list(result.reading_id))
    if args.report:
        pluxee_worklist.write_report(args.report, lines)
    for line in counts_lines(plan.counts):
        print(line)
    period = plan.period
    read = plural(len(export.rows), "rij", "rijen")
    if period:
        read += f" van {date_text(period[0])} tot {date_text(period[1])}"
    differences = plural(plan.differences, "verschil", "verschillen")
    if args.dry_run:
        made = f", {plural(created, 'prestatie', 'prestaties')} aan te maken" if created else ""
        print(f"Proefdraaien: {read} gelezen; {plural(changed, 'prestatie', 'prestaties')} "
              f"bij te werken{made}, {differences} op de werklijst. Er is niets opgeslagen.")
    else:
        made = f", {plural(created, 'prestatie', 'prestaties')} aangemaakt" if created else ""
        print(f"{read} ingelezen uit {export.file_name}: "
              f"{plural(changed, 'prestatie', 'prestaties')} bijgewerkt{made}, "
              f"{differences} op de werklijst.")
    return EXIT_OK
