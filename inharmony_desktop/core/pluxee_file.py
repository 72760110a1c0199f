"""Reading Pluxee's prestation export (Prestaties exporteren), as CSV or `.xlsx`.

The layout is not published (SPEC §4.8, domain rules §6): columns are found by
header name, in any order, with Dutch, French and English aliases compared
without case, accents, spaces or punctuation; other columns are ignored. A
file whose headers lack a needed column raises `UnrecognisedColumns`, which
carries what the window's column-mapping dialog needs; a mapping (field ->
header) read in a later call overrides the recognition.

Reading is all or nothing: every bad cell is collected as `lijn N, kolom C:
reden` (N is the line where the record starts in a CSV file, the sheet row in
a workbook) and any of them refuses the whole file. Nothing here touches the
database.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from inharmony_desktop.core import pluxee_table
from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.collector import collector_paused
from inharmony_desktop.core.errors import KnownError, RowError
from inharmony_desktop.core.pluxee_table import (
    MAX_CELL_CHARS,
    ExportRefused,
    Table,
)
from inharmony_desktop.core.vocabulary import Activity, Status

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Field:
    """One thing the program reads from the export, and the header names that mean it."""

    code: str
    label: str  # Dutch, for messages and the mapping dialog
    aliases: tuple[str, ...]
    required: bool = False


FIELDS: tuple[Field, ...] = (
    Field("work_id", "Work ID", ("Work ID", "WorkID", "Prestatie-ID", "Prestatie ID",
                                 "Prestatienummer", "ID prestation", "Work number"), True),
    Field("user_number", "Gebruikersnummer", (
        "User number", "Gebruikersnummer", "Numéro d'utilisateur", "Numéro utilisateur",
        "Numero d'utilisateur", "User ID", "Gebruiker nummer"), True),
    Field("date", "Datum prestatie", (
        "Date of work", "Datum prestatie", "Prestatiedatum", "Date de prestation",
        "Date prestation", "Date du travail", "Work date", "Date of service"), True),
    Field("worker_insz", "INSZ werknemer", (
        "Worker INSZ", "INSZ werknemer", "INSZ medewerker", "Worker NISS", "NISS travailleur",
        "NISS du travailleur", "INSZ travailleur", "Worker SSIN", "INSZ", "NISS")),
    Field("worker_name", "Naam werknemer", (
        "Worker name", "Naam werknemer", "Naam medewerker", "Werknemer", "Nom du travailleur",
        "Nom travailleur", "Travailleur", "Worker")),
    Field("activity", "Activiteit", ("Activity", "Activiteit", "Activité", "Type activiteit",
                                     "Type d'activité", "Activity type")),
    Field("hours", "Uren", ("Hours", "Uren", "Aantal uren", "Heures", "Nombre d'heures",
                            "Number of hours"), True),
    Field("status", "Status", ("Status", "Statut", "Etat", "État"), True),
    Field("status_date", "Statusdatum", ("Status date", "Statusdatum", "Datum status",
                                         "Date du statut", "Date statut")),
    Field("encoding_date", "Datum ingave", (
        "Encoding date", "Datum ingave", "Ingavedatum", "Datum registratie",
        "Date d'encodage", "Date encodage", "Registration date")),
    Field("confirmation_date", "Datum bevestiging", (
        "Confirmation date", "Datum bevestiging", "Bevestigingsdatum", "Date de confirmation",
        "Date confirmation")),
    Field("refund_request_date", "Datum aanvraag terugbetaling", (
        "Refund request date", "Datum aanvraag terugbetaling", "Datum terugbetalingsaanvraag",
        "Date de demande de remboursement", "Date demande remboursement")),
    Field("payment_date", "Datum terugbetaling", (
        "Payment date", "Refund date", "Datum terugbetaling", "Terugbetalingsdatum",
        "Betaaldatum", "Date de paiement", "Date de remboursement", "Date remboursement")),
    Field("user_name", "Naam gebruiker", ("User name", "Naam gebruiker", "Gebruiker",
                                          "Nom de l'utilisateur", "Nom utilisateur", "User")),
)
FIELD_BY_CODE = {f.code: f for f in FIELDS}
# A helper is found by INSZ or by name: one of the two columns must be there.
HELPER_FIELDS = ("worker_insz", "worker_name")
_ALIAS_KEYS = {pv.key(alias): f.code for f in FIELDS for alias in f.aliases}


@dataclass(slots=True)
class PluxeeRow:
    """One registered prestation as Pluxee has it (read-only by convention: a frozen
    dataclass costs a quarter of the reading time of a large file)."""

    line: int
    work_id: str
    user_number: str
    date: dt.date
    hours: int
    status: Status
    refund_requested: bool
    status_text: str
    worker_insz: str | None = None
    worker_name: str = ""
    activity_code: int | None = None
    activity: Activity | None = None
    status_date: dt.date | None = None
    encoding_date: dt.date | None = None
    confirmation_date: dt.date | None = None
    refund_request_date: dt.date | None = None
    payment_date: dt.date | None = None
    user_name: str = ""


@dataclass(frozen=True)
class PluxeeExport:
    """A file read whole: its rows and the columns they came from."""

    file_name: str
    kind: str
    headers: tuple[str, ...]
    columns: dict[str, str]  # field code -> header
    rows: tuple[PluxeeRow, ...]

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        """The first and last date of work in the file (None for a file without rows)."""
        if not self.rows:
            return None
        dates = [r.date for r in self.rows]
        return min(dates), max(dates)


class UnrecognisedColumns(KnownError):
    """The headers lack needed columns (or name one twice): the window asks which is which.

    `headers` are the file's header cells, `missing` the codes of the needed
    fields not found, `doubled` field code -> the headers that all seem to be it.
    """

    def __init__(self, headers: Sequence[str], missing: Sequence[str],
                 doubled: Mapping[str, Sequence[str]] | None = None) -> None:
        self.headers = list(headers)
        self.missing = list(missing)
        self.doubled = {k: list(v) for k, v in (doubled or {}).items()}
        parts = []
        if self.missing:
            parts.append("niet gevonden: " + ", ".join(_labels(self.missing)))
        for code, names in self.doubled.items():
            parts.append(f"{FIELD_BY_CODE[code].label} staat in meer dan één kolom "
                         f"({', '.join(names)})")
        super().__init__(
            "De kolommen van dit bestand zijn niet herkend als een Pluxee-export ("
            + "; ".join(parts) + "). Kies welke kolom wat is; er is niets opgeslagen.",
            details=["gevonden kolommen: " + ", ".join(h or "(leeg)" for h in self.headers)],
        )


class ExportCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("Inlezen geannuleerd: er is niets opgeslagen.")


def _labels(codes: Sequence[str]) -> list[str]:
    out = []
    for code in codes:
        if code == "worker":
            out.append("INSZ werknemer of Naam werknemer")
        else:
            out.append(FIELD_BY_CODE[code].label)
    return out



# --- columns ----------------------------------------------------------------------------------

def recognise(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Field code -> column index. `mapping` (field code -> header) goes first; raises
    `UnrecognisedColumns` when a needed field is missing or found in two columns."""
    found: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        code = _ALIAS_KEYS.get(pv.key(header))
        if code is not None:
            found.setdefault(code, []).append(index)
    chosen: dict[str, int] = {}
    for code, header in (mapping or {}).items():
        if code not in FIELD_BY_CODE or not header:
            continue
        matches = [i for i, h in enumerate(headers) if h == header] or \
                  [i for i, h in enumerate(headers) if pv.key(h) == pv.key(header)]
        if matches:
            chosen[code] = matches[0]
    taken = set(chosen.values())
    doubled = {}
    for code, indexes in found.items():
        if code in chosen:
            continue
        free = [i for i in indexes if i not in taken]
        if len(free) > 1:
            doubled[code] = [headers[i] for i in free]
        elif free:
            chosen[code] = free[0]
    missing = [f.code for f in FIELDS if f.required and f.code not in chosen]
    if not any(code in chosen for code in HELPER_FIELDS):
        missing.append("worker")
    if missing or doubled:
        raise UnrecognisedColumns(headers, missing, doubled)
    return chosen


# --- rows -------------------------------------------------------------------------------------

def read_export(path: Path, mapping: Mapping[str, str] | None = None, *,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> PluxeeExport:
    """Read the whole file, or refuse it (`UnrecognisedColumns`, `ExportRefused`)."""
    with collector_paused():
        return parse_table(load_table(path), mapping, progress=progress, cancel=cancel)


def load_table(path: Path) -> Table:
    """The cells of a CSV or `.xlsx` file, below the header that names Pluxee's columns."""
    return pluxee_table.load_table(Path(path), _is_column_name)


def _is_column_name(cell: object) -> bool:
    return pv.key(pv.text(cell)) in _ALIAS_KEYS


def parse_table(table: Table, mapping: Mapping[str, str] | None = None, *,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> PluxeeExport:
    """The rows of a table read as values, or `UnrecognisedColumns` / `ExportRefused`.

    Column by column: the values of a column repeat (dates, helpers, statuses),
    so each distinct cell is read once and the rest are dictionary look-ups.
    """
    columns = recognise(table.headers, mapping)
    headers, records = table.headers, table.records
    total, width = len(records), len(headers)
    needed = max(index for code, index in columns.items() if FIELD_BY_CODE[code].required)
    errors: list[RowError] = []
    misshapen: set[int] = set()  # positions of rows with too few or too many cells
    lines = list(map(itemgetter(0), records))
    all_cells = list(map(itemgetter(1), records))
    lengths = list(map(len, all_cells))
    if lengths and (min(lengths) <= needed or max(lengths) > width):
        for position, cells in enumerate(all_cells):
            if len(cells) <= needed or (len(cells) > width and any(
                    pv.text(c) for c in cells[width:])):
                errors.append(RowError(lines[position], "",
                                       f"{len(cells)} velden, maar de kop heeft er {width}"))
                misshapen.add(position)
    failed = set(misshapen)  # positions of rows with an error
    damaged: set[int] = set()  # ... of which Excel destroyed a number
    # Every needed cell, column by column (rows cut short get empty cells).
    last = max(columns.values())
    padding = (None,) * (last + 1)
    fixed = all_cells if not lengths or min(lengths) > last else [
        cells if len(cells) > last else (*cells, *padding[len(cells):]) for cells in all_cells]
    # (`recognise` always finds several columns, so the getter gives tuples.)
    picked = list(zip(*map(itemgetter(*columns.values()), fixed), strict=True))
    values: dict[str, list[object]] = {}
    for done, (code, index) in enumerate(columns.items()):
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        if progress is not None:
            progress(total * done // len(columns), total, FIELD_BY_CODE[code].label)
        values[code] = _read_column(picked[done] if picked else (), records, headers[index],
                                    _checked(_READERS.get(code, pv.text)), errors, failed,
                                    damaged, misshapen)
    _check_rows(records, values, headers, columns, errors, failed)
    if errors:
        excel_lines = sorted(records[p][0] for p in damaged)
        raise ExportRefused(errors, excel_lines)
    return PluxeeExport(table.file_name, table.kind, headers,
                        {code: headers[i] for code, i in columns.items()},
                        tuple(_rows(records, values)))


_MISSING = object()


def _read_column(cells: Sequence[object], records: Sequence[tuple[int, Sequence[object]]],
                 header: str, convert: Callable[[object], object], errors: list[RowError],
                 failed: set[int], damaged: set[int], misshapen: set[int]) -> list[object]:
    """One column's values, each distinct cell read once; bad cells become errors (but
    for rows already refused for their number of cells)."""
    try:
        distinct = dict.fromkeys(cells)
    except TypeError:  # a cell that cannot be a key (not from a CSV file or a sheet's values)
        distinct = None
    good: dict[object, object] = {}
    bad: dict[object, pv.CellError] = {}
    for cell in distinct if distinct is not None else ():
        try:
            good[cell] = convert(cell)
        except pv.CellError as exc:
            bad[cell] = exc
    found = (list(map(good.get, cells, repeat(_MISSING))) if distinct is not None
             else [_MISSING] * len(cells))
    if not bad and distinct is not None:
        return found
    for position in [i for i, value in enumerate(found) if value is _MISSING]:
        if position in misshapen:
            continue
        cell = cells[position]
        problem = bad.get(cell) if distinct is not None else None
        if problem is None:
            try:
                found[position] = convert(cell)
                continue
            except pv.CellError as exc:
                problem = exc
        errors.append(RowError(records[position][0], header, str(problem)))
        failed.add(position)
        if isinstance(problem, pv.ExcelDamage):
            damaged.add(position)
    return found


def _check_rows(records: Sequence[tuple[int, Sequence[object]]],
                values: dict[str, list[object]], headers: Sequence[str],
                columns: Mapping[str, int], errors: list[RowError], failed: set[int]) -> None:
    """What no single cell shows: a row without its worker, a Work ID seen before."""
    insz, names = values.get("worker_insz"), values.get("worker_name")
    worker_header = headers[columns.get("worker_insz", columns.get("worker_name", 0))]
    for position, (line, _cells) in enumerate(records):
        if position in failed:
            continue
        if not (insz and insz[position]) and not (names and names[position]):
            errors.append(RowError(line, worker_header,
                                   "INSZ en naam van de werknemer ontbreken allebei"))
            failed.add(position)
    work_ids = values["work_id"]
    if len(set(work_ids)) == len(work_ids):
        return
    seen: dict[object, int] = {}
    for position, (line, _cells) in enumerate(records):
        if position in failed:
            continue
        first = seen.setdefault(work_ids[position], line)
        if first != line:
            errors.append(RowError(line, headers[columns["work_id"]],
                                   f"Work ID {work_ids[position]} staat ook op lijn {first}"))


def _rows(records: Sequence[tuple[int, Sequence[object]]],
          values: dict[str, list[object]]) -> list[PluxeeRow]:
    total = len(records)

    def column(code: str, default: object) -> Iterable[object]:
        return values[code] if code in values else repeat(default, total)

    status, refund, status_text = zip(*values["status"], strict=True) if total else ((), (), ())
    codes, activities = zip(*values["activity"], strict=True) if "activity" in values and total else (
        repeat(None, total), repeat(None, total))
    return list(map(
        PluxeeRow, map(itemgetter(0), records), values["work_id"], values["user_number"],
        values["date"], values["hours"], status, refund, status_text,
        column("worker_insz", None), column("worker_name", ""), codes, activities,
        column("status_date", None), column("encoding_date", None),
        column("confirmation_date", None), column("refund_request_date", None),
        column("payment_date", None), column("user_name", "")))


def _status(cell: object) -> tuple[Status, bool, str]:
    status, refund_requested = pv.status(cell)
    return status, refund_requested, pv.text(cell)[:60]


def _optional_date(cell: object) -> object:
    return pv.date(cell, required=False)


_READERS: dict[str, Callable[[object], object]] = {
    "work_id": pv.work_id,
    "user_number": pv.user_number,
    "date": pv.date,
    "worker_insz": pv.insz,
    "activity": pv.activity,
    "hours": pv.hours,
    "status": _status,
    "status_date": _optional_date,
    "encoding_date": _optional_date,
    "confirmation_date": _optional_date,
    "refund_request_date": _optional_date,
    "payment_date": _optional_date,
}
def _checked(convert: Callable[[object], object]) -> Callable[[object], object]:
    def read(cell: object) -> object:
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise pv.CellError(f"veld langer dan {MAX_CELL_CHARS} tekens")
        return convert(cell)

    return read
