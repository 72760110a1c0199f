"""Sub-commands that fill, read out or copy a database: demo, import, export, migrate-db."""

from __future__ import annotations

import argparse
from pathlib import Path

from inharmony_desktop.cli.common import (
    EXIT_OK,
    db_option,
    open_for_reading,
    open_for_writing,
    progress_printer,
    whole_number,
)
from inharmony_desktop.core.db import is_url
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import plural


def add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="maak een databank met realistische demogegevens")
    db_option(p)
    p.add_argument("--scale", choices=("small", "large"), default="small", metavar="GROOTTE",
                   help="small (~40 klanten, standaard) of large (3.000 klanten, "
                        "1.000.000 prestaties)")
    p.add_argument("--seed", type=whole_number, default=7, help=argparse.SUPPRESS)
    p.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from inharmony_desktop.core import demo

    if args.db and not is_url(args.db) and Path(args.db).exists():
        raise KnownError(f"{args.db} bestaat al; kies een nieuw bestand voor de demo.")
    open_for_writing(args, make_folder=True)
    from inharmony_desktop.core.models import Customer

    if Customer.select().exists():  # a server database is never a new file
        raise KnownError("Deze databank bevat al gegevens; kies een lege databank voor de demo.")
    counts = demo.build(args.scale, seed=args.seed, progress=progress_printer())
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    return EXIT_OK


def add_import(sub: argparse._SubParsersAction) -> None:
    from inharmony_desktop.core.csvio import KINDS

    p = sub.add_parser("import", help="importeer een CSV-bestand (alles of niets)")
    db_option(p)
    p.add_argument("kind", choices=KINDS, metavar="SOORT", help=f"één van: {', '.join(KINDS)}")
    p.add_argument("file", type=Path, metavar="BESTAND", help="het CSV-bestand")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="prestaties of bestellingen die al in de databank staan toch importeren")
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.errors import ImportFailed
    from inharmony_desktop.core.services import imports

    open_for_writing(args)
    try:
        count = imports.import_file(args.kind, args.file, allow_duplicates=args.allow_duplicates)
    except ImportFailed as exc:
        if any(error.duplicate for error in exc.errors):
            exc.details.append("Zijn die dubbele rijen echt nieuw, importeer dan opnieuw met "
                               "--allow-duplicates.")
        raise
    print(f"{plural(count, 'rij', 'rijen')} geïmporteerd uit {args.file}.")
    return EXIT_OK


def add_export(sub: argparse._SubParsersAction) -> None:
    from inharmony_desktop.core.csvio import KINDS

    p = sub.add_parser("export", help="exporteer naar een CSV-bestand")
    db_option(p)
    p.add_argument("kind", choices=KINDS, metavar="SOORT", help=f"één van: {', '.join(KINDS)}")
    p.add_argument("file", type=Path, metavar="BESTAND", help="het CSV-bestand dat geschreven wordt")
    p.add_argument("--with-ids", action="store_true", help="voeg een eerste kolom 'id' toe")
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import exports

    open_for_reading(args)
    count = exports.export_file(args.kind, args.file, with_ids=args.with_ids)
    print(f"{plural(count, 'rij', 'rijen')} geschreven naar {args.file}.")
    return EXIT_OK


def add_migrate_db(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate-db",
        help="kopieer een databank naar een lege PostgreSQL-databank of naar een nieuw bestand",
        description="Kopieert alle gegevens in één keer van een SQLite-bestand naar een lege "
        "PostgreSQL-databank (of terug naar een nieuw SQLite-bestand) en controleert de "
        "aantallen per tabel.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="BRON",
                   help="het databankbestand of de databank-URL om te kopiëren")
    p.add_argument("--to", dest="target", required=True, metavar="DOEL",
                   help="een lege PostgreSQL-databank (postgresql://…) of een nieuw bestand")
    p.set_defaults(run=run_migrate_db)


def run_migrate_db(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services.transfer import copy_database

    report = copy_database(args.source, args.target, progress=progress_printer())
    print(f"{report.total} rijen in {len(report.counts)} tabellen gekopieerd van "
          f"{report.source} naar {report.target}; de aantallen kloppen.")
    return EXIT_OK
