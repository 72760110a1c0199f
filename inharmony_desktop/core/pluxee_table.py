"""Pluxee's export as a table of cells: the header and the records below it, from a CSV
file (any separator, UTF-8, UTF-16 or Windows' cp1252) or the first sheet of an `.xlsx`
workbook. What the cells mean is `pluxee_file`'s business; here a file that is none of
these, too large, empty or binary is refused as a whole (`ExportRefused`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.errors import ImportFailed, KnownError, RowError

MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 2000
HEADER_SEARCH = 10  # lines above the header (a title, a period) that are passed over
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

Record = tuple[int, Sequence[object]]  # the line a record starts on, its cells

@dataclass(frozen=True)
class Table:
    """A file's cells before they are read as values: the header and the records by line."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    records: tuple[Record, ...]


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


def refuse(reason: str, line: int = 1) -> ExportRefused:
    return ExportRefused([RowError(line, "", reason)], whole_file=True)


def load_table(path: Path, is_column_name: Callable[[object], bool]) -> Table:
    """The header and records of a CSV or `.xlsx` file; refuses files that are none.

    `is_column_name` tells the cells that name a known column: the header is the first
    line with at least three of them among the first few."""
    path = Path(path)
    try:
        if path.is_dir():
            raise KnownError(f"{path} is een map, geen bestand.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise refuse(f"het bestand is groter dan {MAX_BYTES // 2**20} MB; dit is geen "
                          "export van een gewone periode")
        with path.open("rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise KnownError(f"Het bestand {path} bestaat niet.") from None
    except OSError as exc:
        raise KnownError(f"Het bestand {path} kan niet gelezen worden: {exc.strerror}.") from None
    if start.startswith(b"PK\x03\x04"):
        headers, records = _split_header(_load_xlsx(path), is_column_name)
        kind = "xlsx"
    elif start.startswith(b"\xd0\xcf\x11\xe0"):
        raise KnownError("Dit is een oud Excel-bestand (.xls); bewaar het als .xlsx of lees de "
                         "CSV-versie van de export in.")
    else:
        headers, records = _split_header(_load_csv(path.read_bytes()), is_column_name)
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
    raise refuse("onbekende tekenset: bewaar het bestand als CSV (UTF-8)")


def _load_csv(raw: bytes) -> list[Record]:
    text = _decode(raw)
    # Binary files show it at the start; a NUL further on stops the csv module itself.
    if _CONTROL.search(text, 0, 65536):
        raise refuse("het bestand bevat binaire gegevens; het is geen CSV- of Excel-export")
    first = _first_lines(text)
    if not first:
        raise refuse("het bestand is leeg")
    # The separator the header uses most (a title line above it may have none).
    delimiter = max((";", ",", "\t"), key=lambda d: max(line.count(d) for line in first))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[Record] = []
    end = 0
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if not any(record) or not (record[0].strip() or "".join(record).strip()):
                continue  # a blank line, or one of only separators (Excel writes those)
            records.append((start, record))
            if len(records) > MAX_ROWS + 1:
                raise too_many()
    except csv.Error as exc:
        raise refuse(f"onleesbare CSV ({exc})", end + 1) from None
    return records


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


def _load_xlsx(path: Path) -> list[Record]:
    import openpyxl

    records: list[Record] = []
    # openpyxl warns about styles and extensions it does not know; they do not matter here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or foreign zip raises anything from zipfile/XML
            raise refuse(f"geen leesbaar Excel-bestand ({type(exc).__name__})") from None
        try:
            if not book.worksheets:
                raise refuse("het Excel-bestand heeft geen werkblad")
            sheet = book.worksheets[0]
            # The sheet's stored size may be wrong (some programs write A1:A1): read all rows.
            sheet.reset_dimensions()
            for number, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                if not row or all(cell is None or str(cell).strip() == "" for cell in row):
                    continue
                records.append((number, tuple(row[: MAX_COLUMNS + 1])))
                if len(records) > MAX_ROWS + 1:
                    raise too_many()
        except ExportRefused:
            raise
        except Exception as exc:  # damaged XML inside a valid zip
            raise refuse(f"geen leesbaar Excel-bestand ({type(exc).__name__})") from None
        finally:
            book.close()
    return records


def too_many() -> ExportRefused:
    return refuse(f"het bestand heeft meer dan {MAX_ROWS:,} rijen".replace(",", ".")
                   + "; lees een kortere periode in")


def _split_header(records: list[Record], is_column_name: Callable[[object], bool]
                  ) -> tuple[tuple[str, ...], tuple[Record, ...]]:
    """The header and the records below it. The header is the first line naming at least
    three known columns among the first few (a title or a period may stand above it),
    else the first line."""
    if not records:
        raise refuse("het bestand is leeg")
    position = next((i for i, (_line, cells) in enumerate(records[:HEADER_SEARCH])
                     if len(cells) <= MAX_COLUMNS and sum(
                         is_column_name(cell) for cell in cells) >= 3), 0)
    line, header = records[position]
    if len(header) > MAX_COLUMNS:
        raise refuse(f"meer dan {MAX_COLUMNS} kolommen; dit is geen Pluxee-export", line)
    names = tuple(pv.text(cell).lstrip("\ufeff") for cell in header)
    return names, tuple(records[position + 1 :])
