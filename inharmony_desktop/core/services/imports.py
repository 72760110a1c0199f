"""CSV import: every row or none, with a report of every bad row.

Rows are checked and written through the same services as the window, inside
one outer transaction: the first pass collects every problem (line, column,
reason); if there is any, everything is rolled back and `ImportFailed` lists
them all.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee

from inharmony_desktop.core import clock
from inharmony_desktop.core import validation as v
from inharmony_desktop.core.csvio import FORMATS, KINDS, CsvRow, parse_cents, read_rows
from inharmony_desktop.core.errors import ImportFailed, KnownError, RowError, ValidationError
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.models import (
    ACTIVITIES,
    STATUSES,
    Customer,
    Helper,
    PaymentModeChange,
    Prestation,
    UserNumber,
    database,
)
from inharmony_desktop.core.services import audit, customers, helpers, orders, user_numbers
from inharmony_desktop.core.services.base import chunked, translate_database_error
from inharmony_desktop.core.services.import_duplicates import DUPLICATE_FINDERS
from inharmony_desktop.core.services.payment_modes import histories, split_for
from inharmony_desktop.core.vocabulary import Activity, Medium, Quota, Status

MODE_WORDS = {"paper": Medium.PAPER, "papier": Medium.PAPER, "electronic": Medium.ELECTRONIC,
              "elektronisch": Medium.ELECTRONIC}


class _Rollback(Exception):
    """Raised inside the transaction to undo a failed import."""


class ImportCancelled(KnownError):
    """The user stopped the import; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("Import geannuleerd: er is niets opgeslagen.")


Progress = Callable[[int, int, str], None]


class _Tracked:
    """The rows of an import that report progress and honour a cancel request while an
    importer iterates over them (inside the import's transaction)."""

    def __init__(self, rows: list[CsvRow], progress: Progress | None,
                 cancel: threading.Event | None) -> None:
        self.rows = rows
        self.progress = progress
        self.cancel = cancel

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[CsvRow]:
        total = len(self.rows)
        step = max(total // 100, 1)
        for done, row in enumerate(self.rows):
            if done % step == 0:
                if self.cancel is not None and self.cancel.is_set():
                    raise ImportCancelled
                if self.progress is not None:
                    self.progress(done, total, f"lijn {row.line}")
            yield row


def import_file(kind: str, path: Path, *, progress: Progress | None = None,
                cancel: threading.Event | None = None, allow_duplicates: bool = False) -> int:
    """Import `path` as `kind`; returns the number of rows written. `progress(done, total,
    text)` is called now and then; setting `cancel` stops it with nothing written.

    Refuses the whole file (`ImportFailed`, one `lijn N, kolom C: reden` per problem)
    for any bad row, for a row that exists already (a customer, user number or helper),
    and — unless `allow_duplicates` — for prestations or orders that repeat rows already
    in the database or earlier in the file (`RowError.duplicate`).
    """
    if kind not in KINDS:
        raise KnownError(f"Onbekende soort: {kind} (kies uit {', '.join(KINDS)}).")
    rows = read_rows(kind, Path(path))
    return import_rows(kind, rows, progress=progress, cancel=cancel,
                       allow_duplicates=allow_duplicates)


def import_rows(kind: str, rows: list[CsvRow], *, progress: Progress | None = None,
                cancel: threading.Event | None = None, allow_duplicates: bool = False) -> int:
    """Import parsed rows of `kind`, all or none. Refuses (`ImportFailed`, nothing written) a
    file with bad rows, naming each (line, column, reason), and repeated prestations or
    orders unless `allow_duplicates`; a database refusal becomes a `KnownError`; Cancel
    raises `ImportCancelled` and rolls back."""
    importer = _IMPORTERS[kind]
    errors: list[RowError] = []
    tracked = _Tracked(rows, progress, cancel)
    try:
        with database.atomic():
            if not allow_duplicates and kind in DUPLICATE_FINDERS:
                errors.extend(DUPLICATE_FINDERS[kind](rows))
            count = importer(tracked, errors)  # type: ignore[arg-type]
            if cancel is not None and cancel.is_set():
                raise ImportCancelled
            if errors:
                raise _Rollback
    except _Rollback:
        raise ImportFailed(errors) from None
    except (peewee.OperationalError, peewee.IntegrityError) as exc:
        # SQLite aborted the whole transaction itself (disk full, I/O error): nothing is kept.
        raise translate_database_error(exc) from exc
    if progress is not None:
        progress(len(rows), len(rows), "")
    return count


def _field_errors(row: CsvRow, exc: KnownError, columns: dict[str, str]) -> list[RowError]:
    if isinstance(exc, ValidationError):
        return [RowError(row.line, columns.get(f, f), msg) for f, msg in exc.fields.items()]
    return [RowError(row.line, "", exc.message)]


def _savepoint(row: CsvRow, errors: list[RowError], columns: dict[str, str],
               work: Callable[[], object]) -> object | None:
    """Run one row's writes in a savepoint so a bad row leaves no trace."""
    try:
        with database.atomic():
            return work()
    except KnownError as exc:
        if isinstance(exc.__cause__, peewee.OperationalError):
            raise  # locked, full or read-only: the whole import stops, no row is to blame
        errors.extend(_field_errors(row, exc, columns))
        return None


def _date(row: CsvRow, column: str, errors: list[RowError], label: str) -> dt.date | None:
    try:
        return v.date_value(row.get(column), label)
    except v.FieldError as exc:
        errors.append(RowError(row.line, column, str(exc)))
        return None


def _int(row: CsvRow, column: str, errors: list[RowError], label: str, low: int, high: int,
         default: int | None = None) -> int | None:
    text = row.get(column)
    if text == "" and default is not None:
        return default
    try:
        return v.integer(text, label, low, high)
    except v.FieldError as exc:
        errors.append(RowError(row.line, column, str(exc)))
        return None


# --- customers --------------------------------------------------------------------------------

def _import_customers(rows: list[CsvRow], errors: list[RowError]) -> int:
    columns = {c: c for c in FORMATS["customers"].columns}
    count = 0
    for row in rows:
        data = customers.CustomerInput(
            reference=row.get("reference"), name=row.get("name"), street=row.get("street"),
            postal_code=row.get("postal_code"), city=row.get("city"), phone=row.get("phone"),
            email=row.get("email"), language=row.get("language") or "nl", notes=row.get("notes"),
        )
        if _savepoint(row, errors, columns, lambda d=data: customers.create_customer(d)):
            count += 1
    return count


# --- user numbers -----------------------------------------------------------------------------

_UN_COLUMNS = {"number": "user_number", "customer": "customer_reference", "holder": "holder",
               "quota": "quota", "payment_mode": "payment_mode"}


def _import_user_numbers(rows: list[CsvRow], errors: list[RowError]) -> int:
    today = clock.today()
    existing = _existing_numbers(rows)
    first_row: dict[str, CsvRow] = {}
    seen_dates: dict[tuple[str, dt.date], int] = {}
    count = 0
    for row in rows:
        number = _clean_number(row, errors)
        mode = MODE_WORDS.get(row.get("payment_mode").lower())
        if mode is None:
            errors.append(RowError(row.line, "payment_mode",
                                   "betaalwijze is paper/electronic of papier/elektronisch"))
        since = _date(row, "mode_since", errors, "De datum 'sinds'") if row.get("mode_since") \
            else today
        if number is None or mode is None or since is None:
            continue
        if number in existing:
            if number not in first_row:
                errors.append(RowError(row.line, "user_number",
                                       f"gebruikersnummer {user_number_text(number)} bestaat al "
                                       f"(klant {existing[number]})"))
            first_row.setdefault(number, row)
            continue
        key = (number, since)
        if key in seen_dates:
            errors.append(RowError(row.line, "mode_since",
                                   f"gebruikersnummer {user_number_text(number)} heeft al een betaalwijze op "
                                   f"{date_text(since)} (lijn {seen_dates[key]})"))
            continue
        seen_dates[key] = row.line
        if number in first_row:
            _add_history_row(row, first_row[number], number, mode, since, errors)
            count += 1
            continue
        first_row[number] = row
        customer = customers.by_reference(row.get("customer_reference"))
        if customer is None:
            errors.append(RowError(row.line, "customer_reference",
                                   f"klant {row.get('customer_reference')!r} bestaat niet"))
            continue
        data = user_numbers.UserNumberInput(
            number=number, customer_id=customer.id, holder=row.get("holder"),
            quota=row.get("quota") or Quota.STANDARD, payment_mode=mode, mode_since=since,
        )
        if _savepoint(row, errors, _UN_COLUMNS,
                      lambda d=data: user_numbers.create_user_number(d)):
            count += 1
    return count


def _existing_numbers(rows: list[CsvRow]) -> dict[str, str]:
    """The user numbers of the file that are in the database already -> customer reference."""
    wanted = {v.user_number(r.get("user_number")) for r in rows if _is_number(r.get("user_number"))}
    found: dict[str, str] = {}
    for part in chunked(sorted(wanted)):
        query = (UserNumber.select(UserNumber.number, Customer.reference).join(Customer)
                 .where(UserNumber.number.in_(list(part))).tuples())
        found.update(dict(query))
    return found


def _is_number(text: str) -> bool:
    try:
        v.user_number(text)
    except v.FieldError:
        return False
    return True


def _clean_number(row: CsvRow, errors: list[RowError]) -> str | None:
    try:
        return v.user_number(row.get("user_number"))
    except v.FieldError as exc:
        errors.append(RowError(row.line, "user_number", str(exc)))
        return None


def _add_history_row(row: CsvRow, first: CsvRow, number: str, mode: str, since: dt.date,
                     errors: list[RowError]) -> None:
    """A further row of the same number: one more payment-mode history entry."""
    if row.get("customer_reference") != first.get("customer_reference"):
        errors.append(RowError(row.line, "customer_reference",
                               f"gebruikersnummer {user_number_text(number)} staat al bij klant "
                               f"{first.get('customer_reference')} (lijn {first.line})"))
        return
    if row.get("holder") != first.get("holder"):
        errors.append(RowError(row.line, "holder",
                               f"andere houder dan op lijn {first.line} voor {user_number_text(number)}"))
        return
    un = UserNumber.get_or_none(UserNumber.number == number)
    if un is None:
        return  # the first row failed and is reported already
    PaymentModeChange.create(user_number=un, effective_date=since, mode=mode)


# --- helpers ----------------------------------------------------------------------------------

def _import_helpers(rows: list[CsvRow], errors: list[RowError]) -> int:
    columns = {c: c for c in FORMATS["helpers"].columns}
    count = 0
    for row in rows:
        data = helpers.HelperInput(
            reference=row.get("reference"), name=row.get("name"), phone=row.get("phone"),
            contract_hours=row.get("contract_hours") or None, insz=row.get("insz") or None,
        )
        if _savepoint(row, errors, columns, lambda d=data: helpers.create_helper(d)):
            count += 1
    return count


# --- orders -----------------------------------------------------------------------------------

_ORDER_COLUMNS = {"order_date": "date", "quantity": "quantity", "medium": "medium",
                  "unit_price": "unit_price", "user_number": "user_number"}


def _import_orders(rows: list[CsvRow], errors: list[RowError]) -> int:
    count = 0
    for row in rows:
        number = _clean_number(row, errors)
        un = UserNumber.get_or_none(UserNumber.number == number) if number else None
        if number and un is None:
            errors.append(RowError(row.line, "user_number",
                                   f"gebruikersnummer {user_number_text(number)} bestaat niet"))
        medium = None
        if row.get("medium"):
            medium = MODE_WORDS.get(row.get("medium").lower())
            if medium is None:
                errors.append(RowError(row.line, "medium", "medium is paper of electronic"))
        price = None
        if row.get("unit_price"):
            try:
                price = parse_cents(row.get("unit_price"))
            except ValueError:
                errors.append(RowError(row.line, "unit_price",
                                       "eenheidsprijs is een bedrag zoals 9,00 of 9.00"))
        if un is None or (row.get("medium") and medium is None) or (row.get("unit_price")
                                                                     and price is None):
            continue
        data = orders.OrderInput(user_number_id=un.id, order_date=row.get("date"),
                                 quantity=row.get("quantity"), medium=medium,
                                 unit_price_cents=price)
        if _savepoint(row, errors, _ORDER_COLUMNS, lambda d=data: orders.create_order(d)):
            count += 1
    return count


# --- prestations (bulk: a year of prestations is thousands of rows) ---------------------------

def _import_prestations(rows: list[CsvRow], errors: list[RowError]) -> int:
    numbers = {u.number: u for u in UserNumber.select()}
    helper_ids = {h.reference: h.id for h in Helper.select(Helper.id, Helper.reference)}
    modes = histories(u.id for u in numbers.values())
    values: list[dict] = []
    for row in rows:
        item = _prestation_values(row, numbers, helper_ids, modes, errors)
        if item is not None:
            values.append(item)
    if errors:
        return 0
    for chunk in chunked(values):
        Prestation.insert_many(chunk).execute()
    audit.record("prestation", 0, "import", f"{len(values)} prestaties geïmporteerd uit CSV")
    return len(values)


def _prestation_values(row, numbers, helper_ids, modes, errors) -> dict | None:
    before = len(errors)
    day = _date(row, "date", errors, "De datum")
    number = _clean_number(row, errors)
    un = numbers.get(number) if number else None
    if number and un is None:
        errors.append(RowError(row.line, "user_number",
                               f"gebruikersnummer {user_number_text(number)} bestaat niet"))
    elif un is not None and not un.active:
        errors.append(RowError(row.line, "user_number",
                               f"gebruikersnummer {user_number_text(number)} is niet actief"))
    helper_id = helper_ids.get(row.get("helper_reference"))
    if helper_id is None:
        errors.append(RowError(row.line, "helper_reference",
                               f"medewerker {row.get('helper_reference')!r} bestaat niet"))
    activity = row.get("activity") or Activity.HOME_HELP
    if activity not in ACTIVITIES:
        errors.append(RowError(row.line, "activity", "activiteit is home_help of ironing"))
    status = row.get("status") or Status.PERFORMED
    if status not in STATUSES:
        errors.append(RowError(row.line, "status", f"onbekende status {status!r}"))
    hours = _int(row, "hours", errors, "Het aantal uren", 1, 12)
    if len(errors) > before or un is None or day is None or hours is None:
        return None
    default = split_for(modes[un.id].mode_on(day), hours)
    paper_text, electronic_text = row.get("paper"), row.get("electronic")
    if paper_text == "" and electronic_text == "":
        paper, electronic = default
    else:
        electronic_given = v.whole_number(electronic_text)
        paper = _int(row, "paper", errors, "Papier", 0, 12,
                     default=hours - electronic_given if electronic_given is not None else None)
        electronic = _int(row, "electronic", errors, "Elektronisch", 0, 12,
                          default=hours - paper if paper is not None else None)
        if paper is None or electronic is None:
            return None
        if paper + electronic != hours:
            errors.append(RowError(row.line, "paper",
                                   f"papier ({paper}) + elektronisch ({electronic}) is niet "
                                   f"gelijk aan de uren ({hours})"))
            return None
    return {
        "date": day, "user_number": un.id, "helper": helper_id, "activity": activity,
        "hours": hours, "paper": paper, "electronic": electronic,
        "split_manual": (paper, electronic) != default, "status": status,
    }


_IMPORTERS: dict[str, Callable[[list[CsvRow], list[RowError]], int]] = {
    "customers": _import_customers,
    "user-numbers": _import_user_numbers,
    "helpers": _import_helpers,
    "orders": _import_orders,
    "prestations": _import_prestations,
}
