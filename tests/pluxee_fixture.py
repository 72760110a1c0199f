"""A month of Pluxee's prestation export, generated from a database (e.g. the small demo).

    python tests/pluxee_fixture.py --db demo.db --out export.csv [--month 2026-10]
        [--xlsx] [--every-category]

Pluxee does not publish the layout of "Prestaties exporteren"; the one known
fact is 24 columns, the first `Work ID`, the last `Number of SV refunded 3`
(domain rules §6). The other 22 names below are plausible guesses. Every
electronic prestation that is registered or later in Pluxee's zone gets a
row, as Pluxee would have it: Work IDs derived from the prestation id (so the
same prestation has the same Work ID in every file), worker names as
`LASTNAME First`, Dutch status words, dates as dd/mm/yyyy.

`--every-category` also changes the database through the program's services
(it moves one prestation and adds one) and bends a few rows, so that reading
the file gives every category of SPEC §4.8 at least once: for the window's
work list and its screenshots.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COLUMNS = (
    "Work ID", "Company number", "Company name", "Worker INSZ", "Worker name", "User number",
    "User name", "Date of work", "Activity", "Hours", "Status", "Status date", "Encoding date",
    "Encoding channel", "Confirmation date", "Confirmation type", "Refund request date",
    "Refund request number", "Payment date", "Region", "Number of SV",
    "Number of SV refunded 1", "Number of SV refunded 2", "Number of SV refunded 3",
)
NUMBER_COLUMNS = ("Hours", "Number of SV", "Number of SV refunded 1", "Number of SV refunded 2",
                  "Number of SV refunded 3")
COMPANY_NUMBER = "0456.789.123"
STATUS_WORDS = {"registered": "Ingegeven", "confirmed": "Bevestigd", "paid": "Terugbetaald",
                "contested": "Betwist", "cancelled": "Geannuleerd"}
ACTIVITY_WORDS = {"home_help": "Huishoudhulp", "ironing": "Strijken buitenshuis"}
WORK_ID_BASE = 700_000_000


def work_id_for(prestation_id: int) -> str:
    return str(WORK_ID_BASE + prestation_id)


def pluxee_name(name: str) -> str:
    """`Fatima El Amrani` as Pluxee writes it: `EL AMRANI Fatima`."""
    first, _, last = name.partition(" ")
    return f"{last.upper()} {first}" if last else name.upper()


def formatted_insz(insz: str | None) -> str:
    if not insz:
        return ""
    return f"{insz[0:2]}.{insz[2:4]}.{insz[4:6]}-{insz[6:9]}.{insz[9:11]}"


def valid_insz(born: dt.date, serial: int) -> str:
    """A well-formed national register number (for people born before 2000)."""
    first9 = int(f"{born:%y%m%d}{serial:03d}")
    return f"{first9:09d}{97 - first9 % 97:02d}"


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def row_for(p, *, work_id: str | None = None, **changes) -> dict[str, object]:
    """One export row for prestation `p` (a Prestation with helper and user number loaded);
    `changes` override columns by name."""
    status = p.status
    refunded = p.electronic if status == "paid" else 0
    status_day = {"registered": p.registered_on, "confirmed": p.confirmed_on,
                  "paid": p.paid_on}.get(status)
    request_day = p.paid_on - dt.timedelta(days=5) if p.paid_on else None
    row: dict[str, object] = {
        "Work ID": work_id or work_id_for(p.id),
        "Company number": COMPANY_NUMBER,
        "Company name": "Inharmony",
        "Worker INSZ": formatted_insz(p.helper.insz),
        "Worker name": pluxee_name(p.helper.name),
        "User number": p.user_number.number,
        "User name": pluxee_name(p.user_number.holder),
        "Date of work": _day(p.date),
        "Activity": ACTIVITY_WORDS[p.activity],
        "Hours": str(p.electronic),
        "Status": STATUS_WORDS.get(status, status),
        "Status date": _day(status_day),
        "Encoding date": _day(p.registered_on),
        "Encoding channel": "Web" if p.id % 3 else "App",
        "Confirmation date": _day(p.confirmed_on),
        "Confirmation type": ("Automatisch" if p.id % 2 else "Gebruiker") if p.confirmed_on else "",
        "Refund request date": _day(request_day),
        "Refund request number": f"TB{request_day:%Y%m}{p.id % 1000:03d}" if request_day else "",
        "Payment date": _day(p.paid_on),
        "Region": "Vlaams Gewest",
        "Number of SV": str(p.electronic),
        "Number of SV refunded 1": str(refunded),
        "Number of SV refunded 2": "0",
        "Number of SV refunded 3": "0",
    }
    row.update(changes)
    return row


def month_rows(first: dt.date, last: dt.date) -> list[dict[str, object]]:
    """A row for every electronic prestation of the period that is in Pluxee's zone."""
    from inharmony_desktop.core.models import Helper, Prestation, UserNumber

    query = (Prestation.select(Prestation, Helper, UserNumber)
             .join(Helper, on=(Prestation.helper == Helper.id)).switch(Prestation)
             .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
             .where(Prestation.date.between(first, last) & (Prestation.electronic > 0)
                    & Prestation.status.in_(list(STATUS_WORDS)))
             .order_by(Prestation.date, Prestation.id))
    return [row_for(p) for p in query]


def write_csv(path: Path, rows: Iterable[dict[str, object]], *,
              columns: Sequence[str] = COLUMNS, delimiter: str = ";",
              encoding: str = "utf-8") -> None:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])


def write_xlsx(path: Path, rows: Iterable[dict[str, object]], *,
               columns: Sequence[str] = COLUMNS) -> None:
    """The same rows as a workbook: dates as real date cells, numbers as numbers,
    user numbers and Work IDs as text (as an export that keeps their digits)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Prestaties"
    sheet.append(list(columns))
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, str) and "date" in column.lower() and value:
                value = dt.datetime.strptime(value, "%d/%m/%Y").date()
            elif column in NUMBER_COLUMNS and isinstance(value, str) and value.isdigit():
                value = int(value)
            cells.append(value)
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    book.save(path)


def _month(text: str | None) -> tuple[dt.date, dt.date]:
    from inharmony_desktop.core.models import Prestation

    if text:
        year, month = (int(part) for part in text.split("-"))
        first = dt.date(year, month, 1)
    else:
        latest = Prestation.select(Prestation.date).order_by(Prestation.date.desc()).scalar()
        if latest is None:
            raise SystemExit("De databank heeft geen prestaties.")
        first = (latest.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def every_category(rows: list[dict[str, object]], first: dt.date,
                   last: dt.date) -> list[str]:
    """Change the database and the rows so that reading gives every category; returns
    what was done, one line each."""
    from inharmony_desktop.core.models import Helper, Prestation, UserNumber
    from inharmony_desktop.core.services import moves, prestations

    def prestation(work_id: str) -> Prestation:
        pid = int(str(work_id)) - WORK_ID_BASE
        return (Prestation.select(Prestation, Helper, UserNumber)
                .join(Helper, on=(Prestation.helper == Helper.id)).switch(Prestation)
                .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
                .where(Prestation.id == pid).get())

    used: set[object] = set()

    def take(accept=lambda row: True) -> dict[str, object]:
        """A row that `accept`s, from the middle of the month on, of a day, worker and user
        number no other bent row has (so that the cases do not meet)."""
        for row in rows[len(rows) // 3 :] + rows[: len(rows) // 3]:
            marks = {row["Work ID"], (row["Date of work"], row["Worker name"]),
                     (row["Date of work"], row["User number"])}
            if not marks & used and accept(row):
                used.update(marks)
                return row
        raise SystemExit("Te weinig prestaties in deze maand voor --every-category.")

    done = []
    row = take()
    row["Hours"] = str(int(str(row["Hours"])) + 1)
    done.append(f"hours_differ: Work ID {row['Work ID']} heeft 1 uur meer")
    row = take(lambda r: r["Status"] in ("Bevestigd", "Terugbetaald"))
    done.append(f"status_conflict: Work ID {row['Work ID']} staat als Ingegeven "
                f"(hier {row['Status']})")
    row["Status"], row["Status date"] = "Ingegeven", row["Encoding date"]
    left_out = take()
    rows.remove(left_out)
    done.append(f"missing_at_pluxee: Work ID {left_out['Work ID']} weggelaten")
    wrong = take()
    other = (UserNumber.select().where(UserNumber.number != wrong["User number"])
             .order_by(UserNumber.id).first())
    wrong["User number"], wrong["User name"] = other.number, pluxee_name(other.holder)
    done.append(f"other_user_number: Work ID {wrong['Work ID']} op {other.number}")
    # corrected: moved to the partner's number after registration, then corrected in
    # Pluxee (deleted there, entered again on the new number: a new Work ID)
    target = take(lambda r: r["Status"] != "Terugbetaald"
                  and _partner(prestation(r["Work ID"])) is not None)
    p = prestation(target["Work ID"])
    partner = _partner(p)
    moves.move_prestations([p.id], partner.id)
    target["User number"], target["User name"] = partner.number, pluxee_name(partner.holder)
    target["Work ID"] = str(int(str(target["Work ID"])) + 100_000_000)
    done.append(f"corrected: prestatie {p.id} verplaatst naar {partner.number}, "
                f"bij Pluxee opnieuw ingevoerd (Work ID {target['Work ID']})")
    # ambiguous: a second prestation that day, neither with Pluxee's hours
    row = take()
    base = prestation(row["Work ID"])
    prestations.create_prestation(prestations.PrestationInput(
        date=base.date, user_number_id=base.user_number_id, helper_id=base.helper_id,
        hours=base.hours + 1, paper=0, electronic=base.hours + 1, status="registered",
        note="tweede prestatie (fixture)"))
    row["Hours"] = str(base.electronic + 2)
    row["Work ID"] = str(int(str(row["Work ID"])) + 200_000_000)
    done.append(f"ambiguous: tweede prestatie op {base.date} naast prestatie {base.id}")
    # missing_here, unknown_user_number, unknown_helper: rows Pluxee has and we do not
    sunday = next(first + dt.timedelta(days=d) for d in range(7)
                  if (first + dt.timedelta(days=d)).weekday() == 6)
    extra = dict(take(), **{"Work ID": "799000001", "Date of work": _day(sunday),
                             "Status": "Ingegeven", "Status date": _day(sunday),
                             "Encoding date": _day(sunday), "Confirmation date": "",
                             "Refund request date": "", "Payment date": ""})
    unknown_number = dict(take(), **{"Work ID": "799000002", "User number": "999900001111",
                                      "User name": "ONBEKEND Iemand"})
    stranger = formatted_insz(valid_insz(dt.date(1990, 2, 1), 997))
    unknown_worker = dict(take(), **{"Work ID": "799000003", "Worker INSZ": stranger,
                                      "Worker name": "NIEUWMANS Petra"})
    rows.extend([extra, unknown_number, unknown_worker])
    done.append(f"missing_here: Work ID 799000001 op zondag {sunday}")
    done.append("unknown_user_number: Work ID 799000002; unknown_helper: Work ID 799000003")
    return done


def _partner(p):
    """Another active user number of the same customer that pays electronically that day."""
    from inharmony_desktop.core.models import UserNumber
    from inharmony_desktop.core.services.payment_modes import mode_on

    query = UserNumber.select().where((UserNumber.customer == p.user_number.customer_id)
                                      & (UserNumber.id != p.user_number_id) & UserNumber.active)
    return next((un for un in query if mode_on(un.id, p.date) == "electronic"), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--month", help="JJJJ-MM (standaard: de laatste volle maand)")
    parser.add_argument("--xlsx", action="store_true", help="een Excel-bestand in plaats van CSV")
    parser.add_argument("--every-category", action="store_true",
                        help="wijzig de databank en enkele rijen zodat elke categorie voorkomt")
    args = parser.parse_args(argv)
    from inharmony_desktop.core.db import close_database, open_database

    open_database(args.db, create=False)
    try:
        first, last = _month(args.month)
        rows = month_rows(first, last)
        notes = every_category(rows, first, last) if args.every_category else []
        (write_xlsx if args.xlsx else write_csv)(args.out, rows)
    finally:
        close_database()
    print(f"{len(rows)} rijen van {first:%d/%m/%Y} tot {last:%d/%m/%Y} geschreven naar {args.out}")
    for note in notes:
        print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
