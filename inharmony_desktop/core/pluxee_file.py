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

import codecs
import csv
import datetime as dt
import gc
import io
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.errors import ImportFailed, KnownError, RowError
from inharmony_desktop.core.vocabulary import Activity, Status

MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 2000
HEADER_SEARCH = 10  # lines above the header (a title, a period) that are passed over
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

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
class Table:
    """A file's cells before they are read as values: the header and the records by line."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    records: tuple[tuple[int, Sequence[object]], ...]


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


class ExportRefused(ImportFailed):
    """The export has bad rows and is refused whole; `excel_lines` are the lines whose
    numbers Excel destroyed (then the message says to download the file again)."""

    def __init__(self, errors: list[RowError], excel_lines: Sequence[int] = (), *,
                 whole_file: bool = False) -> None:
        super().__init__(errors)
        self.excel_lines = list(excel_lines)
        count = len(self.errors)
        word = "fout" if count == 1 else "fouten"
        message = f"Pluxee-export geweigerd: {count} {word}, er is niets opgeslagen."
        if whole_file:  # not a row but the file itself: say why in the message
            message = f"Pluxee-export geweigerd: {self.errors[0].reason}. Er is niets opgeslagen."
        if self.excel_lines:
            shown = ", ".join(str(n) for n in self.excel_lines[:20])
            more = f" en {len(self.excel_lines) - 20} andere" if len(self.excel_lines) > 20 else ""
            message += (f" Excel heeft nummers beschadigd (lijn {shown}{more}). "
                        + pv.EXCEL_ADVICE)
        self.message = message
        self.args = (message,)


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


def _refuse(reason: str, line: int = 1) -> ExportRefused:
    return ExportRefused([RowError(line, "", reason)], whole_file=True)


# --- the file as a table of cells -------------------------------------------------------------

def load_table(path: Path) -> Table:
    """The header and records of a CSV or `.xlsx` file; refuses files that are none."""
    path = Path(path)
    try:
        if path.is_dir():
            raise KnownError(f"{path} is een map, geen bestand.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse(f"het bestand is groter dan {MAX_BYTES // 2**20} MB; dit is geen "
                          "export van een gewone periode")
        with path.open("rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise KnownError(f"Het bestand {path} bestaat niet.") from None
    except OSError as exc:
        raise KnownError(f"Het bestand {path} kan niet gelezen worden: {exc.strerror}.") from None
    if start.startswith(b"PK\x03\x04"):
        headers, records = _load_xlsx(path)
        kind = "xlsx"
    elif start.startswith(b"\xd0\xcf\x11\xe0"):
        raise KnownError("Dit is een oud Excel-bestand (.xls); bewaar het als .xlsx of lees de "
                         "CSV-versie van de export in.")
    else:
        headers, records = _load_csv(path.read_bytes())
        kind = "csv"
    return Table(path.name, kind, headers, records)


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)  # Excel's "Unicode text"
    else:
        encodings = ("utf-8-sig", "cp1252")  # cp1252: Excel's "CSV (puntkomma)" in Belgium
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse("onbekende tekenset: bewaar het bestand als CSV (UTF-8)")


def _load_csv(raw: bytes) -> tuple[tuple[str, ...], tuple[tuple[int, Sequence[object]], ...]]:
    text = _decode(raw)
    # Binary files show it at the start; a NUL further on stops the csv module itself.
    if _CONTROL.search(text, 0, 65536):
        raise _refuse("het bestand bevat binaire gegevens; het is geen CSV- of Excel-export")
    first = _first_lines(text)
    if not first:
        raise _refuse("het bestand is leeg")
    # The separator the header uses most (a title line above it may have none).
    delimiter = max((";", ",", "\t"), key=lambda d: max(line.count(d) for line in first))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, Sequence[object]]] = []
    end = 0
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if not any(record) or not (record[0].strip() or "".join(record).strip()):
                continue  # a blank line, or one of only separators (Excel writes those)
            records.append((start, record))
            if len(records) > MAX_ROWS + 1:
                raise _too_many()
    except csv.Error as exc:
        raise _refuse(f"onleesbare CSV ({exc})", end + 1) from None
    return _split_header(records)


def _first_lines(text: str, count: int = HEADER_SEARCH) -> list[str]:
    """The first lines that are not blank (without splitting the whole file in lines)."""
    lines: list[str] = []
    start = 0
    while start < len(text) and len(lines) < count:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            lines.append(text[start:end])
        start = end + 1
    return lines


def _load_xlsx(path: Path) -> tuple[tuple[str, ...], tuple[tuple[int, Sequence[object]], ...]]:
    import openpyxl

    records: list[tuple[int, Sequence[object]]] = []
    # openpyxl warns about styles and extensions it does not know; they do not matter here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or foreign zip raises anything from zipfile/XML
            raise _refuse(f"geen leesbaar Excel-bestand ({type(exc).__name__})") from None
        try:
            if not book.worksheets:
                raise _refuse("het Excel-bestand heeft geen werkblad")
            sheet = book.worksheets[0]
            # The sheet's stored size may be wrong (some programs write A1:A1): read all rows.
            sheet.reset_dimensions()
            for number, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                if not row or all(cell is None or str(cell).strip() == "" for cell in row):
                    continue
                records.append((number, tuple(row[: MAX_COLUMNS + 1])))
                if len(records) > MAX_ROWS + 1:
                    raise _too_many()
        except ExportRefused:
            raise
        except Exception as exc:  # damaged XML inside a valid zip
            raise _refuse(f"geen leesbaar Excel-bestand ({type(exc).__name__})") from None
        finally:
            book.close()
    return _split_header(records)


def _too_many() -> ExportRefused:
    return _refuse(f"het bestand heeft meer dan {MAX_ROWS:,} rijen".replace(",", ".")
                   + "; lees een kortere periode in")


def _split_header(records: list[tuple[int, Sequence[object]]]):
    """The header and the records below it. The header is the first line naming at least
    three known columns among the first few (a title or a period may stand above it),
    else the first line."""
    if not records:
        raise _refuse("het bestand is leeg")
    position = next((i for i, (_line, cells) in enumerate(records[:HEADER_SEARCH])
                     if len(cells) <= MAX_COLUMNS and sum(
                         pv.key(pv.text(cell)) in _ALIAS_KEYS for cell in cells) >= 3), 0)
    line, header = records[position]
    if len(header) > MAX_COLUMNS:
        raise _refuse(f"meer dan {MAX_COLUMNS} kolommen; dit is geen Pluxee-export", line)
    names = tuple(pv.text(cell).lstrip("\ufeff") for cell in header)
    return names, tuple(records[position + 1 :])


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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a file becomes a million small objects that
    hold no cycles: it would walk them again and again (a third of the reading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
