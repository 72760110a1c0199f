"""What every sub-command shares: exit codes, the Dutch argument parser, `--db`,
opening the database for writing, and progress lines on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from inharmony_desktop.core.errors import KnownError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Runner = Callable[[argparse.Namespace], int]
AddCommand = Callable[[argparse._SubParsersAction], None]


# argparse's own texts (usage, headings, errors) in Dutch. argparse looks each one up
# through its module-level `_`/`ngettext` when it needs it, so replacing those two
# names is all it takes; a text missing here stays as argparse wrote it.
ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "één van deze argumenten is verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet toegelaten samen met %s",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekend commando %(parser_name)r (kies uit %(choices)s)",
}


def _dutch(text: str) -> str:
    return ARGPARSE_DUTCH.get(text, text)


def _dutch_plural(singular: str, plural_text: str, count: int) -> str:
    if singular == "expected %s argument":
        return "verwacht %s waarde" if count == 1 else "verwacht %s waarden"
    return singular if count == 1 else plural_text


argparse._ = _dutch  # type: ignore[attr-defined]
argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]


def whole_number(text: str) -> int:
    """An argparse type: a whole number in ASCII digits, with a Dutch error."""
    from inharmony_desktop.core.validation import whole_number as parse

    value = parse(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is geen geheel getal")
    return value


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch texts, one-line errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fout: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands suppress the default so that `--db` before the sub-command survives.
    parser.add_argument(
        "--db", metavar="PAD", default=None if top else argparse.SUPPRESS,
        help="databankbestand of databank-URL (standaard: de gebruikersmap van het programma)",
    )
    parser.add_argument(
        "--take-over-lock", action="store_true", default=False if top else argparse.SUPPRESS,
        help="neem het slot van een andere PC over (alleen als het programma daar zeker "
             "niet meer open is)",
    )


def say(line: str) -> None:
    """A remark beside the result (stderr), e.g. that a stale lock was taken over."""
    print(line, file=sys.stderr, flush=True)


def open_for_writing(args: argparse.Namespace, *, create: bool = True,
                     make_folder: bool = False):
    """Open the database for writing: location, lock and read-only checks first.

    A lock left by a crash on this PC is taken over and said in one line; a lock
    of another PC only with `--take-over-lock`. The lock is released by
    `cli.main` when the sub-command ends.
    """
    from inharmony_desktop.core import safety
    from inharmony_desktop.core.lock import LockHeldError, takeover_notice

    try:
        args.opened = safety.open_checked(args.db, create=create, make_folder=make_folder)
    except LockHeldError as exc:
        if exc.owner is None or not exc.can_take_over_elsewhere:
            raise
        if not getattr(args, "take_over_lock", False):
            raise KnownError(f"{exc} Is het programma daar zeker niet meer open, gebruik dan "
                             "--take-over-lock.") from exc
        args.opened = safety.open_checked(args.db, create=create, take_over=exc.owner,
                                          make_folder=make_folder)
        say(takeover_notice(exc.owner, asked=True))
    if args.opened.takeover_notice:
        say(args.opened.takeover_notice)
    return args.opened.db


def open_for_reading(args: argparse.Namespace):
    """Open the database to read only: no lock, nothing written; works while the window
    (on this or another PC) has it open. Closed by `cli.main` when the command ends."""
    from inharmony_desktop.core import safety

    args.opened = safety.open_for_reading(args.db)
    return args.opened.db


def progress_printer() -> Callable[[str], None]:
    def show(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    return show
