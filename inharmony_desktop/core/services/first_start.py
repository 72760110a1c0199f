"""The first day on an empty database (SPEC §4.10): whether there is anything yet,
the CSV formats with an example file per kind, and a demo database to look around in.

The examples are written in exactly the import format, the way the exports are
(`;`, UTF-8 with BOM, CRLF; see `core.csvio.write_rows`), and they import into an
empty database in the order of `EXAMPLE_KINDS` (the user numbers name the example
customers).

The demo is built by `inharmony-desktop demo` in a process of its own: the models
of this process stay bound to the database the window has open, and that database
is never touched.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Helper, Prestation

EXAMPLE_KINDS = ("customers", "user-numbers", "helpers")

# One row per dict; a column the format does not have (yet) is left out, a column the
# dict lacks is written empty. Dates as the exports write them (YYYY-MM-DD).
_EXAMPLES: dict[str, list[dict[str, str]]] = {
    "customers": [
        {"reference": "K0001", "name": "Janssens", "street": "Kerkstraat 12",
         "postal_code": "3940", "city": "Hechtel-Eksel", "phone": "011 12 34 56",
         "email": "janssens@example.be", "language": "nl",
         "notes": "Sleutel bij de buren (nummer 14)"},
        {"reference": "K0002", "name": "Peeters", "street": "Stationsstraat 5",
         "postal_code": "3920", "city": "Lommel", "phone": "0470 12 34 56", "language": "nl"},
        {"reference": "K0003", "name": "Dubois", "street": "Grote Markt 3",
         "postal_code": "3500", "city": "Hasselt", "language": "fr"},
    ],
    "user-numbers": [
        {"user_number": "356231378057", "customer_reference": "K0001",
         "holder": "Maria Janssens", "payment_mode": "electronic", "mode_since": "2024-01-01",
         "quota": "standard"},
        {"user_number": "356231378065", "customer_reference": "K0001",
         "holder": "Jan Janssens", "payment_mode": "electronic", "mode_since": "2024-01-01",
         "quota": "standard"},
        # Two rows for one number: paper first, electronic from the switch-over on.
        {"user_number": "412598306611", "customer_reference": "K0002",
         "holder": "Els Peeters", "payment_mode": "paper", "mode_since": "2023-03-01",
         "quota": "standard"},
        {"user_number": "412598306611", "customer_reference": "K0002",
         "holder": "Els Peeters", "payment_mode": "electronic", "mode_since": "2025-04-01",
         "quota": "standard"},
        {"user_number": "598710244302", "customer_reference": "K0003",
         "holder": "Luc Dubois", "payment_mode": "electronic", "mode_since": "2024-09-01",
         "quota": "special"},
    ],
    "helpers": [
        {"reference": "M01", "name": "Anna Claes", "phone": "0471 23 45 67",
         "contract_hours": "30,4", "insz": "85073003328"},
        {"reference": "M02", "name": "Sofie Lambrechts", "phone": "0486 98 76 54",
         "contract_hours": "19"},
    ],
}


@dataclass(frozen=True)
class Column:
    """One column of an import format, as the welcome page shows it."""

    name: str  # the header the export writes
    dutch: str  # the Dutch header that is accepted too ('' when there is none)
    required: bool


def is_empty() -> bool:
    """True when the database holds no customers, no helpers and no prestations: the
    window then shows the welcome page. Refuses nothing (read only)."""
    return not (Customer.select().exists() or Helper.select().exists()
                or Prestation.select().exists())


def columns(kind: str) -> list[Column]:
    """The columns of an import format in file order, with their Dutch alias.
    Refuses nothing; an unknown kind is a bug (KeyError)."""
    from inharmony_desktop.core.csvio import FORMATS  # the CSV formats load when shown

    fmt = FORMATS[kind]
    dutch: dict[str, str] = {}
    for alias, column in fmt.aliases.items():
        dutch.setdefault(column, alias)
    return [Column(name, dutch.get(name, ""), name in fmt.required) for name in fmt.columns]


def example_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the example file of `kind` (one of `EXAMPLE_KINDS`).
    Refuses nothing; an unknown kind is a bug (KeyError)."""
    from inharmony_desktop.core.csvio import FORMATS

    header = list(FORMATS[kind].columns)
    return header, [[row.get(column, "") for column in header] for row in _EXAMPLES[kind]]


def write_example(kind: str, path: Path) -> int:
    """Write the example file of `kind` to `path` (atomically); returns the row count.
    Refuses (`KnownError`) a folder that does not exist or cannot be written."""
    from inharmony_desktop.core.csvio import write_rows

    header, rows = example_rows(kind)
    return write_rows(Path(path), header, rows)


# --- the demo database ---------------------------------------------------------------------------

DEMO_FILE_NAME = "Inharmony-demo.db"
# What `demo` prints before each step (core/demo.py), to show how far it is.
DEMO_STEPS = ("Medewerkers…", "Klanten en gebruikersnummers…", "Prestaties…",
              "Bestellingen…", "Uurroosters en afwezigheden…")

Progress = Callable[[int, int, str], None]


class DemoCancelled(KnownError):
    """The user stopped the demo; its half-made file was removed."""

    def __init__(self) -> None:
        super().__init__("De demo is afgebroken; er is niets gemaakt.")


def new_demo_path() -> Path:
    """A new, empty temporary folder with the demo's file name in it (the file itself does
    not exist yet). Refuses nothing; a temp folder that cannot be made raises OSError."""
    return Path(tempfile.mkdtemp(prefix="inharmony-demo-")) / DEMO_FILE_NAME


def demo_command(path: Path) -> list[str]:
    """The command line that makes the small demo in `path`: the program itself, frozen
    (the PyInstaller bundle) or run by this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "demo", "--db", str(path)]
    return [sys.executable, "-m", "inharmony_desktop", "demo", "--db", str(path)]


def make_demo_database(path: Path, *, progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> Path:
    """Make the small demo database in the new file `path`, in a process of its own,
    reporting `progress(step, steps, text)`; returns `path`.

    Refuses (`KnownError`) an existing file and a demo that fails (its message); Cancel
    raises `DemoCancelled`. In both cases the half-made file is removed.
    """
    path = Path(path)
    if path.exists():
        raise KnownError(f"{path} bestaat al; kies een nieuw bestand voor de demo.")
    flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(demo_command(path), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                               creationflags=flags)
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(process, lines), daemon=True)
    reader.start()
    try:
        said = _follow(lines, progress, cancel)
        if process.wait() != 0:
            reason = said[-1] if said else f"afgesloten met code {process.returncode}"
            raise KnownError(f"De demodatabank kon niet gemaakt worden: {reason}")
    except BaseException:
        if process.poll() is None:
            process.kill()
        _remove_database_files(path, process)
        raise
    finally:
        process.wait()
        reader.join()
        process.stderr.close()  # type: ignore[union-attr]
    if progress is not None:
        progress(len(DEMO_STEPS), len(DEMO_STEPS), "")
    return path


def _follow(lines: queue.Queue, progress: Progress | None,
            cancel: threading.Event | None) -> list[str]:
    """The lines the demo prints, as progress, until it ends; raises `DemoCancelled`."""
    said: list[str] = []
    while True:
        if cancel is not None and cancel.is_set():
            raise DemoCancelled
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            return said
        said.append(line)
        if progress is not None and line in DEMO_STEPS:
            progress(DEMO_STEPS.index(line), len(DEMO_STEPS), line)


def _read_lines(process: subprocess.Popen, lines: queue.Queue) -> None:
    assert process.stderr is not None
    for raw in process.stderr:
        text = raw.decode("utf-8", errors="replace").strip()
        if text:
            lines.put(text)
    lines.put(None)


def _remove_database_files(path: Path, process: subprocess.Popen) -> None:
    process.wait()  # the files are free once the process is gone
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm"), path.with_name(path.name + ".lock")):
        leftover.unlink(missing_ok=True)
