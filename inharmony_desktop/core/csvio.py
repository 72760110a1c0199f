"""The CSV formats of SPEC §5: columns, Dutch aliases, reading and writing.

Reading accepts UTF-8 with or without BOM, comma or semicolon (detected),
dates as YYYY-MM-DD or DD/MM/YYYY and decimal commas. Writing is atomic and
neutralises spreadsheet formulas (a leading = + - @ gets an apostrophe, which
reading strips again so that export -> import round-trips).
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from inharmony_desktop.core.errors import ImportFailed, KnownError, RowError

KINDS = ("customers", "user-numbers", "helpers", "orders", "prestations")

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FIELD_CHARS = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Format:
    columns: tuple[str, ...]
    required: frozenset[str]
    aliases: dict[str, str]


FORMATS: dict[str, Format] = {
    "customers": Format(
        ("reference", "name", "street", "postal_code", "city", "phone", "email", "language",
         "notes"),
        frozenset({"reference", "name", "postal_code", "city"}),
        {"klantnr": "reference", "naam": "name", "straat": "street", "postcode": "postal_code",
         "gemeente": "city", "telefoon": "phone", "taal": "language", "opmerkingen": "notes"},
    ),
    "user-numbers": Format(
        ("user_number", "customer_reference", "holder", "payment_mode", "mode_since", "quota"),
        frozenset({"user_number", "customer_reference", "holder", "payment_mode"}),
        {"gebruikersnummer": "user_number", "klantnr": "customer_reference", "naam": "holder",
         "betaalwijze": "payment_mode", "sinds": "mode_since", "quotum": "quota"},
    ),
    "helpers": Format(
        ("reference", "name", "phone", "contract_hours", "insz"),
        frozenset({"reference", "name"}),
        {"medewerkernr": "reference", "naam": "name", "telefoon": "phone",
         "contracturen": "contract_hours"},
    ),
    "orders": Format(
        ("user_number", "date", "quantity", "medium", "unit_price"),
        frozenset({"user_number", "date", "quantity"}),
        {"gebruikersnummer": "user_number", "datum": "date", "aantal": "quantity",
         "eenheidsprijs": "unit_price"},
    ),
    "prestations": Format(
        ("date", "user_number", "helper_reference", "activity", "hours", "paper", "electronic",
         "status"),
        frozenset({"date", "user_number", "helper_reference", "hours"}),
        {"datum": "date", "gebruikersnummer": "user_number", "medewerkernr": "helper_reference",
         "activiteit": "activity", "uren": "hours", "papier": "paper",
         "elektronisch": "electronic"},
    ),
}


@dataclass
class CsvRow:
    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "")


def read_rows(kind: str, path: Path) -> list[CsvRow]:
    """Read and check the shape of a file; raise `ImportFailed` for a bad file."""
    fmt = FORMATS[kind]
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed([RowError(0, "", "het bestand is groter dan 50 MB")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise KnownError(f"{path} is een map, geen CSV-bestand.") from None
    except OSError as exc:
        raise KnownError(f"Het bestand {path} kan niet gelezen worden: {exc.strerror}.") from None
    return parse_rows(fmt, raw)


def parse_rows(fmt: Format, raw: bytes) -> list[CsvRow]:
    text = _decode(raw)
    if not text.strip():
        raise ImportFailed([RowError(1, "", "het bestand is leeg")])
    if "\x00" in text:
        raise ImportFailed([RowError(1, "", "het bestand bevat binaire gegevens, geen tekst")])
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    records = _records(text, delimiter)
    header = [_canonical(fmt, name) for name in records[0][1]]
    errors = _check_header(fmt, records[0][1], header)
    if errors:
        raise ImportFailed(errors)
    rows: list[CsvRow] = []
    for line, record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            errors.append(RowError(line, "", f"{len(record)} velden in plaats van {len(header)}"))
            continue
        values = {}
        for column, cell in zip(header, record, strict=True):
            if column == "id":
                continue
            if len(cell) > MAX_FIELD_CHARS:
                errors.append(RowError(line, column, f"veld langer dan {MAX_FIELD_CHARS} tekens"))
            values[column] = _unneutralise(cell.strip())
        rows.append(CsvRow(line, values))
    if errors:
        raise ImportFailed(errors)
    return rows


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Every record with the text line it starts on (a quoted field may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            raise ImportFailed([RowError(start, "", f"onleesbare CSV ({exc})")]) from None
        records.append((start, record))


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        raise ImportFailed([RowError(1, "", "het bestand is UTF-16; bewaar het als UTF-8 (CSV)")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            [RowError(1, "", f"het bestand is geen UTF-8 (byte {exc.start}); bewaar het als "
                             "'CSV UTF-8'")]
        ) from None


def _canonical(fmt: Format, name: str) -> str:
    key = name.strip().lstrip("\ufeff").lower().replace(" ", "_")
    if key == "id":
        return "id"
    return fmt.aliases.get(key, key)


def _check_header(fmt: Format, raw_names: list[str], header: list[str]) -> list[RowError]:
    errors = []
    for raw, column in zip(raw_names, header, strict=True):
        if column != "id" and column not in fmt.columns:
            errors.append(RowError(1, raw.strip() or "(leeg)", "onbekende kolom"))
    seen = set()
    for column in header:
        if column in seen:
            errors.append(RowError(1, column, "kolom komt twee keer voor"))
        seen.add(column)
    for column in fmt.columns:
        if column in fmt.required and column not in header:
            errors.append(RowError(1, column, "verplichte kolom ontbreekt"))
    return errors


# A formula character at the start of a cell, or right after a `,` or `;` inside it (a
# spreadsheet that splits the file on that character would see a cell starting with it),
# gets an apostrophe before it; apostrophes already there get one more, so that reading,
# which removes one, gives back exactly what was written.
_FORMULA_AT_START = re.compile(r"^('*)([=+\-@\t\r])")
_FORMULA_INSIDE = re.compile(r"([,;] *)('*)([=+\-@])")
_NEUTRALISED_AT_START = re.compile(r"^'('*[=+\-@\t\r])")
_NEUTRALISED_INSIDE = re.compile(r"([,;] *)'('*[=+\-@])")


def _unneutralise(cell: str) -> str:
    cell = _NEUTRALISED_AT_START.sub(r"\1", cell)
    return _NEUTRALISED_INSIDE.sub(r"\1\2", cell)


def neutralise(value: str) -> str:
    """Keep a spreadsheet from running a cell, or a part of it after a `,` or `;`, as a
    formula (reading removes what this adds)."""
    value = _FORMULA_INSIDE.sub(r"\1'\2\3", value)
    return _FORMULA_AT_START.sub(r"'\1\2", value)


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write atomically (temp file + rename) with `;`, UTF-8 BOM (for Excel), CRLF."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise KnownError(f"De map {folder} bestaat niet.")
    count = 0
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([neutralise("" if v is None else str(v)) for v in row])
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KnownError(f"{path} kan niet geschreven worden: {exc.strerror}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def format_cents(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


def parse_cents(text: str) -> int:
    """'9,00', '9.00', '9', '€ 9,50' -> cents; raises ValueError."""
    cleaned = text.replace("€", "").replace(" ", "").strip()
    if not cleaned:
        raise ValueError("leeg")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"[0-9]{1,7}(?:\.[0-9]{1,2})?", cleaned):  # ASCII digits only
        raise ValueError(text)
    whole, _, fraction = cleaned.partition(".")
    return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
