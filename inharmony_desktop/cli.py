"""The command line: headless sub-commands on the same services as the window.

Every sub-command takes `--db PATH` (or a database URL), prints a one-line
error and exits non-zero on bad input, and changes nothing on error.
Without a sub-command the main window opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from inharmony_desktop import APP_ID, __version__
from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Runner = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch one-line errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fout: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands suppress the default so that `--db` before the sub-command survives.
    parser.add_argument(
        "--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
        help="databankbestand of databank-URL (standaard: de gebruikersmap van het programma)",
    )


def _open(args: argparse.Namespace, *, create: bool = True):
    """Open the database for writing: location, lock and read-only checks first.

    The lock is released by `main` when the sub-command ends.
    """
    from inharmony_desktop.core import safety

    args.opened = safety.open_checked(args.db, create=create)
    return args.opened.db


# --- demo ------------------------------------------------------------------------------------

def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="maak een databank met realistische demogegevens")
    _db_option(p)
    p.add_argument("--scale", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    p.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace) -> int:
    from inharmony_desktop.core import demo

    if args.db and Path(args.db).exists() and Path(args.db).stat().st_size > 0:
        raise KnownError(f"{args.db} bestaat al; kies een nieuw bestand voor de demo.")
    _open(args)
    from inharmony_desktop.core.models import Customer

    if Customer.select().exists():  # a server database is never a new file
        raise KnownError("Deze databank bevat al gegevens; kies een lege databank voor de demo.")
    counts = demo.build(args.scale, seed=args.seed, progress=_progress_printer())
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    return EXIT_OK


def _progress_printer() -> Callable[[str], None]:
    def show(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    return show


# --- import / export --------------------------------------------------------------------------

def _add_import(sub: argparse._SubParsersAction) -> None:
    from inharmony_desktop.core.csvio import KINDS

    p = sub.add_parser("import", help="importeer een CSV-bestand (alles of niets)")
    _db_option(p)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import imports

    _open(args)
    count = imports.import_file(args.kind, args.file)
    print(f"{count} rijen geïmporteerd uit {args.file}.")
    return EXIT_OK


def _add_export(sub: argparse._SubParsersAction) -> None:
    from inharmony_desktop.core.csvio import KINDS

    p = sub.add_parser("export", help="exporteer naar een CSV-bestand")
    _db_option(p)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.add_argument("--with-ids", action="store_true", help="voeg een eerste kolom 'id' toe")
    p.set_defaults(run=_run_export)


def _run_export(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import exports

    _open(args, create=False)
    count = exports.export_file(args.kind, args.file, with_ids=args.with_ids)
    print(f"{count} rijen geschreven naar {args.file}.")
    return EXIT_OK


# --- migrate-db -------------------------------------------------------------------------------

def _add_migrate_db(sub: argparse._SubParsersAction) -> None:
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
    p.set_defaults(run=_run_migrate_db)


def _run_migrate_db(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services.transfer import copy_database

    report = copy_database(args.source, args.target, progress=_progress_printer())
    print(f"{report.total} rijen in {len(report.counts)} tabellen gekopieerd van "
          f"{report.source} naar {report.target}; de aantallen kloppen.")
    return EXIT_OK


# --- move -------------------------------------------------------------------------------------

def _add_move(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "move", help="verplaats prestaties naar een ander gebruikersnummer (alles of niets)"
    )
    _db_option(p)
    p.add_argument("--to", required=True, metavar="GEBRUIKERSNUMMER",
                   help="het gebruikersnummer (12 cijfers) dat de prestaties krijgt")
    p.add_argument("--force", action="store_true",
                   help="ook naar een gebruikersnummer van een andere klant")
    p.add_argument("ids", nargs="+", type=int, metavar="PRESTATIE_ID",
                   help="id's van de prestaties (zie export prestations --with-ids)")
    p.set_defaults(run=_run_move)


def _run_move(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import moves, user_numbers

    _open(args, create=False)
    target = user_numbers.require_by_number(args.to)
    try:
        result = moves.move_prestations(args.ids, target.id, allow_other_customer=args.force)
    except moves.OtherCustomerError as exc:
        raise KnownError(
            f"{target.number} ({target.holder}) hoort bij een andere klant dan "
            f"{', '.join(exc.customers)}; gebruik --force om toch te verplaatsen. "
            "Er is niets verplaatst."
        ) from exc
    count = len(result.moved_ids)
    print(f"{count} prestatie{'s' if count != 1 else ''} verplaatst naar {result.target_label}.")
    for row in result.rows:
        flag = "  -> te corrigeren in Pluxee" if row.after.needs_pluxee_correction else ""
        split = f"{row.after.paper}P/{row.after.electronic}E"
        print(f"  prestatie {row.prestation_id}: verdeling {split}{flag}")
    if result.skipped_ids:
        skipped = ", ".join(str(i) for i in result.skipped_ids)
        print(f"Stonden al op {result.target_label}: {skipped}.")
    corrections = result.correction_ids
    if corrections:
        print(f"{len(corrections)} te corrigeren in Pluxee: verwijder ze daar en voer ze in "
              f"op {result.target_label}.")
    return EXIT_OK


# --- switchover -------------------------------------------------------------------------------

def _add_switchover(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("switchover", help="plan (en voer uit) de overschakeling van papier "
                                          "naar elektronisch voor een gebruikersnummer")
    _db_option(p)
    p.add_argument("user_number", metavar="GEBRUIKERSNUMMER")
    p.add_argument("--paper", type=int, required=True, help="papieren cheques die de klant nog heeft")
    p.add_argument("--from", dest="from_date", default=None, help="plannen vanaf (JJJJ-MM-DD)")
    p.add_argument("--expiry", default=None, help="vervaldatum van het papier (JJJJ-MM-DD)")
    p.add_argument("--apply", action="store_true", help="voer het plan uit")
    p.set_defaults(run=_run_switchover)


def _run_switchover(args: argparse.Namespace) -> int:

    from inharmony_desktop.core import validation as v
    from inharmony_desktop.core.services import switchover, user_numbers

    _open(args, create=False)
    un = user_numbers.require_by_number(args.user_number)
    try:
        start = v.date_value(args.from_date, "--from") if args.from_date else clock.today()
        expiry = v.date_value(args.expiry, "--expiry") if args.expiry else None
    except v.FieldError as exc:
        raise KnownError(str(exc)) from exc
    plan = switchover.plan_switchover(un.id, args.paper, start, expiry)
    for row in plan.rows:
        mark = "  <- gesplitst" if row.partial else ""
        print(f"{row.date:%d/%m/%Y}  {row.hours} u  {row.paper}P/{row.electronic}E  "
              f"(papier over: {row.paper_left}){mark}")
    print(f"Elektronisch vanaf {plan.mode_date:%d/%m/%Y}; {plan.paper_used} van "
          f"{plan.paper_on_hand} papieren cheques gebruikt.")
    for warning in plan.warnings:
        print(f"Let op: {warning}")
    if args.apply:
        switchover.apply_switchover(plan)
        print("Uitgevoerd.")
    return EXIT_OK


# --- statements -------------------------------------------------------------------------------

def _add_statements(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("statements", help="maak de jaaroverzichten (PDF) van een jaar")
    _db_option(p)
    p.add_argument("--year", type=int, required=True, help="het jaar van de bestellingen")
    p.add_argument("--out", type=Path, required=True, metavar="MAP", help="de map voor de PDF's")
    p.add_argument("--user-number", metavar="N", default=None,
                   help="alleen het jaaroverzicht van dit gebruikersnummer (zonder combined.pdf)")
    p.set_defaults(run=_run_statements)


def _run_statements(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services.user_numbers import require_by_number
    from inharmony_desktop.reports.batch import write_statements

    _open(args, create=False)
    ids = None
    if args.user_number is not None:
        ids = [require_by_number(args.user_number).id]
    result = write_statements(args.year, args.out, user_number_ids=ids,
                              combined=ids is None)
    count = len(result.files)
    summary = f"{count} jaaroverzicht{'en' if count != 1 else ''} ({result.pages} pagina's)"
    if result.combined is not None:
        summary += f" en {result.combined.name} ({result.combined_pages} pagina's)"
    print(f"{summary} geschreven naar {result.folder}.")
    return EXIT_OK


# --- backup / check ---------------------------------------------------------------------------

def _add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="maak een back-up (gecontroleerd, atomair)")
    _db_option(p)
    p.add_argument("--to", metavar="FILE", type=Path, default=None,
                   help="schrijf de back-up naar dit bestand (standaard: de back-upmap)")
    p.set_defaults(run=_run_backup)


def _run_backup(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import backups

    _open(args, create=False)
    path = backups.make_backup(to=args.to)
    print(f"Back-up gemaakt: {path} ({path.stat().st_size / 1_048_576:.1f} MB), gecontroleerd.")
    return EXIT_OK


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="controleer de databank volledig (alleen lezen)")
    _db_option(p)
    p.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from inharmony_desktop.core import integrity

    report = integrity.full_check(args.db)
    for line in report.problems:
        print(line, file=sys.stderr)
    print(report.summary)
    return EXIT_OK if report.ok else EXIT_ERROR


# --- generate ----------------------------------------------------------------------------------

def _add_generate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="maak de geplande prestaties van een periode uit de "
                                        "uurroosters")
    _db_option(p)
    p.add_argument("--from", dest="start", required=True, metavar="DATUM",
                   help="eerste dag (JJJJ-MM-DD of DD/MM/JJJJ)")
    p.add_argument("--to", dest="end", required=True, metavar="DATUM", help="laatste dag")
    p.add_argument("--dry-run", action="store_true",
                   help="toon enkel wat er gemaakt en overgeslagen zou worden")
    p.set_defaults(run=_run_generate)


def _run_generate(args: argparse.Namespace) -> int:
    from inharmony_desktop.core import validation as v
    from inharmony_desktop.core.errors import ValidationError
    from inharmony_desktop.core.services import generation

    checker = v.Checker()
    start = checker.check("from", v.date_value, args.start, "De begindatum (--from)")
    end = checker.check("to", v.date_value, args.end, "De einddatum (--to)")
    try:
        checker.raise_if_any()
    except ValidationError as exc:
        raise KnownError(str(exc)) from None
    _open(args, create=False)
    plan = generation.plan_generation(start, end)
    print(plan.summary())
    for s in plan.skipped:
        print(f"  overgeslagen {s.date} {s.start_time} {s.helper_name} bij {s.customer_name} "
              f"({s.user_number}): {s.detail}")
    for warning in plan.warnings:
        print(f"  waarschuwing: {warning}")
    if args.dry_run:
        print("Proefdraaien: er is niets opgeslagen.")
        return EXIT_OK
    ids = generation.apply_generation(plan)
    print(f"{len(ids)} geplande prestaties aangemaakt.")
    return EXIT_OK


# --- the registry: one line per sub-command ---------------------------------------------------

SUBCOMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_demo,
    _add_import,
    _add_export,
    _add_move,
    _add_switchover,
    _add_statements,
    _add_backup,
    _add_check,
    _add_migrate_db,
    _add_generate,
]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Inharmony Desktop: back office dienstencheques.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--smoke-test", action="store_true",
        help="controleer deze installatie op een tijdelijke databank en stop (0 = in orde)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMANDO")
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: list[str]) -> int:
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
