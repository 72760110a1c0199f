"""Sub-commands of the daily work: move, switchover, generate."""

from __future__ import annotations

import argparse

from inharmony_desktop.cli.common import (
    EXIT_OK,
    db_option,
    open_for_writing,
    whole_number,
)
from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text, plural, user_number_text


def add_move(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "move", help="verplaats prestaties naar een ander gebruikersnummer (alles of niets)"
    )
    db_option(p)
    p.add_argument("--to", required=True, metavar="GEBRUIKERSNUMMER",
                   help="het gebruikersnummer (12 cijfers) dat de prestaties krijgt")
    p.add_argument("--force", action="store_true",
                   help="ook naar een gebruikersnummer van een andere klant")
    p.add_argument("ids", nargs="+", type=whole_number, metavar="PRESTATIE_ID",
                   help="id's van de prestaties (zie export prestations --with-ids)")
    p.set_defaults(run=run_move)


def run_move(args: argparse.Namespace) -> int:
    from inharmony_desktop.core.services import moves, user_numbers

    open_for_writing(args, create=False)
    target = user_numbers.require_by_number(args.to)
    try:
        result = moves.move_prestations(args.ids, target.id, allow_other_customer=args.force)
    except moves.OtherCustomerError as exc:
        raise KnownError(
            f"{user_number_text(target.number)} ({target.holder}) hoort bij een andere klant dan "
            f"{', '.join(exc.customers)}; gebruik --force om toch te verplaatsen. "
            "Er is niets verplaatst."
        ) from exc
    print(f"{plural(len(result.moved_ids), 'prestatie', 'prestaties')} verplaatst naar "
          f"{result.target_label}.")
    for row in result.rows:
        flag = "  -> te corrigeren in Pluxee" if row.after.needs_pluxee_correction else ""
        split = f"{row.after.paper} papier / {row.after.electronic} elektronisch"
        print(f"  prestatie {row.prestation_id}: verdeling {split}{flag}")
    if result.skipped_ids:
        skipped = ", ".join(str(i) for i in result.skipped_ids)
        print(f"Stonden al op {result.target_label}: {skipped}.")
    corrections = result.correction_ids
    if corrections:
        print(f"{plural(len(corrections), 'prestatie', 'prestaties')} te corrigeren in Pluxee: "
              f"verwijder ze daar en voer ze in op {result.target_label}.")
    return EXIT_OK


def add_switchover(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("switchover", help="plan (en voer uit) de overschakeling van papier "
                                          "naar elektronisch voor een gebruikersnummer")
    db_option(p)
    p.add_argument("user_number", metavar="GEBRUIKERSNUMMER")
    p.add_argument("--paper", type=whole_number, required=True, metavar="AANTAL",
                   help="papieren cheques die de klant nog heeft")
    p.add_argument("--from", dest="from_date", default=None, metavar="DATUM",
                   help="plannen vanaf (JJJJ-MM-DD of DD/MM/JJJJ; standaard vandaag)")
    p.add_argument("--expiry", default=None, metavar="DATUM",
                   help="vervaldatum van het papier (JJJJ-MM-DD of DD/MM/JJJJ)")
    p.add_argument("--apply", action="store_true", help="voer het plan uit")
    p.set_defaults(run=run_switchover)


def run_switchover(args: argparse.Namespace) -> int:

    from inharmony_desktop.core import validation as v
    from inharmony_desktop.core.services import switchover, user_numbers

    open_for_writing(args, create=False)
    un = user_numbers.require_by_number(args.user_number)
    try:
        start = v.date_value(args.from_date, "--from") if args.from_date else clock.today()
        expiry = v.date_value(args.expiry, "--expiry") if args.expiry else None
    except v.FieldError as exc:
        raise KnownError(str(exc)) from exc
    plan = switchover.plan_switchover(un.id, args.paper, start, expiry)
    for row in plan.rows:
        mark = "  <- gesplitst" if row.partial else ""
        print(f"{date_text(row.date)}  {row.hours} u  {row.paper} papier / "
              f"{row.electronic} elektronisch  (papier over: {row.paper_left}){mark}")
    print(f"Elektronisch vanaf {date_text(plan.mode_date)}; {plan.paper_used} van "
          f"{plural(plan.paper_on_hand, 'papieren cheque', 'papieren cheques')} gebruikt.")
    for warning in plan.warnings:
        print(f"Let op: {warning}")
    if args.apply:
        switchover.apply_switchover(plan)
        print("Uitgevoerd.")
    return EXIT_OK


def add_generate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="maak de geplande prestaties van een periode uit de "
                                        "uurroosters")
    db_option(p)
    p.add_argument("--from", dest="start", required=True, metavar="DATUM",
                   help="eerste dag (JJJJ-MM-DD of DD/MM/JJJJ)")
    p.add_argument("--to", dest="end", required=True, metavar="DATUM", help="laatste dag")
    p.add_argument("--dry-run", action="store_true",
                   help="toon enkel wat er gemaakt en overgeslagen zou worden")
    p.set_defaults(run=run_generate)


def run_generate(args: argparse.Namespace) -> int:
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
    open_for_writing(args, create=False)
    plan = generation.plan_generation(start, end)
    print(plan.summary())
    for s in plan.skipped:
        print(f"  overgeslagen {date_text(s.date)} {s.start_time} {s.helper_name} bij "
              f"{s.customer_name} ({user_number_text(s.user_number)}): {s.detail}")
    for warning in plan.warnings:
        print(f"  waarschuwing: {warning}")
    if args.dry_run:
        print("Proefdraaien: er is niets opgeslagen.")
        return EXIT_OK
    ids = generation.apply_generation(plan)
    print(f"{plural(len(ids), 'geplande prestatie', 'geplande prestaties')} aangemaakt.")
    return EXIT_OK
