"""The cells of Pluxee's prestation export, read as values (SPEC §4.8).

Every reader takes the cell as the file gives it: text from a CSV file, or a
number, a date or text from an `.xlsx` sheet. It returns the clean value or
raises `CellError` with a Dutch reason, which the file reader turns into
`lijn N, kolom C: reden`. Cells repeat a lot in an export (120 helpers, a few
dozen dates), so the text readers remember what they already read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from inharmony_desktop.core.vocabulary import Activity, Status

EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug built in)
FIRST_SERIAL, LAST_SERIAL = 36526, 73050  # 01/01/2000 .. 31/12/2099
MAX_HOURS = 12


class CellError(ValueError):
    """One cell's problem, in Dutch."""


class ExcelDamage(CellError):
    """A value Excel destroyed: a number in scientific notation or without its leading zeros."""


def fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: how words are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def key(text: str) -> str:
    """Only the letters and digits of `fold(text)`: how header names are compared."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def name_words(name: str) -> frozenset[str]:
    """A person's name as a set of words: `LAMBRECHTS Sofie` = `Sofie Lambrechts`."""
    return frozenset(re.findall(r"[0-9a-z]+", fold(name)))


def text(value: object) -> str:
    """A cell as trimmed text (a whole number from a sheet without its `.0`)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != dt.time() else \
            value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


# --- identifiers ------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?e[+-]?\d+$", re.IGNORECASE)
EXCEL_ADVICE = (
    "Download het bestand opnieuw uit de Pluxee-zone (Beheer van prestaties › Prestaties "
    "exporteren) en lees het in zonder het eerst in Excel te openen."
)


def user_number(value: object) -> str:
    """Twelve digits; spaces, dots, slashes and dashes are removed."""
    if isinstance(value, float) and not value.is_integer():
        raise ExcelDamage("gebruikersnummer als kommagetal: door Excel beschadigd")
    return _user_number_text(text(value))


@lru_cache(maxsize=8192)
def _user_number_text(raw: str) -> str:
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        raise ExcelDamage(f"gebruikersnummer {raw} staat in wetenschappelijke notatie: "
                          "Excel heeft het beschadigd")
    digits = re.sub(r"[\s./-]", "", raw)
    if not digits:
        raise CellError("gebruikersnummer ontbreekt")
    if not digits.isdigit() or not digits.isascii():
        raise CellError(f"gebruikersnummer {raw!r} bestaat niet enkel uit cijfers")
    if len(digits) < 12:
        if raw.isdigit():  # a number Excel read as a number: its leading zeros are gone
            raise ExcelDamage(f"gebruikersnummer {raw} heeft {len(digits)} cijfers in plaats van "
                              "12: Excel heeft de nullen vooraan weggelaten")
        raise CellError(f"gebruikersnummer {raw} heeft {len(digits)} cijfers in plaats van 12")
    if len(digits) > 12:
        raise CellError(f"gebruikersnummer {raw} heeft {len(digits)} cijfers in plaats van 12")
    return digits


def work_id(value: object) -> str:
    if type(value) is str and value.isdigit() and len(value) <= 40:
        return value  # the usual case, read without the checks below
    raw = text(value)
    if not raw:
        raise CellError("Work ID ontbreekt")
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        raise ExcelDamage(f"Work ID {raw} staat in wetenschappelijke notatie: Excel heeft het "
                          "beschadigd")
    if len(raw) > 40:
        raise CellError("Work ID is langer dan 40 tekens")
    return raw


def insz(value: object) -> str | None:
    """The worker's INSZ (national or bis number), 11 digits; None when empty."""
    return _insz_text(text(value))


@lru_cache(maxsize=4096)
def _insz_text(raw: str) -> str | None:
    compact = re.sub(r"[\s./-]", "", raw)
    if not compact:
        return None
    if _SCIENTIFIC.match(compact):
        raise ExcelDamage(f"INSZ {raw} staat in wetenschappelijke notatie: Excel heeft het "
                          "beschadigd")
    if raw.isdigit() and len(compact) < 11:
        raise ExcelDamage(f"INSZ {raw} heeft {len(compact)} cijfers in plaats van 11: Excel heeft "
                          "de nullen vooraan weggelaten")
    # `be.ssn` accepts both national register numbers and bis numbers. python-stdnum
    # loads pydoc and sysconfig: imported when a file is read, not with the window.
    from stdnum.be import ssn

    if not ssn.is_valid(compact):
        raise CellError(f"INSZ {raw} is ongeldig (controlegetal of geboortedatum klopt niet)")
    return ssn.compact(compact)


# --- dates and hours --------------------------------------------------------------------------

_DATE_PATTERNS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y",
                  "%Y/%m/%d")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


def date(value: object, *, required: bool = True) -> dt.date | None:
    """`2026-11-03`, `03/11/2026`, `3/11/26`, an Excel serial number, or a sheet date."""
    if isinstance(value, dt.datetime):
        return _in_range(value.date())
    if isinstance(value, dt.date):
        return _in_range(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value))
    return _date_text(text(value), required)


@lru_cache(maxsize=8192)
def _date_text(raw: str, required: bool) -> dt.date | None:
    if not raw:
        if required:
            raise CellError("datum ontbreekt")
        return None
    bare = _TIME_TAIL.sub("", raw)
    if re.fullmatch(r"\d{5}(?:[.,]\d+)?", bare):
        return _serial(float(bare.replace(",", ".")))
    for pattern in _DATE_PATTERNS:
        try:
            day = dt.datetime.strptime(bare, pattern).date()
        except ValueError:
            continue
        return _in_range(day)
    raise CellError(f"datum {raw!r} is ongeldig; verwacht DD/MM/JJJJ of JJJJ-MM-DD")


def _serial(number: float) -> dt.date:
    if not FIRST_SERIAL <= number <= LAST_SERIAL:
        raise CellError(f"getal {text(number)} is geen datum")
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def _in_range(day: dt.date) -> dt.date:
    if not 2000 <= day.year <= 2099:
        raise CellError(f"datum {day:%d/%m/%Y} ligt buiten 2000-2099")
    return day


def hours(value: object) -> int:
    """A whole number of hours (`3`, `3,0`, `3.00`), 1 to 12."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        raw = text(value)
        if not raw:
            raise CellError("aantal uren ontbreekt")
        if not re.fullmatch(r"\d{1,3}(?:[.,]\d{1,4})?", raw):
            raise CellError(f"aantal uren {raw!r} is geen getal")
        number = float(raw.replace(",", "."))
    if not number.is_integer():
        raise CellError(f"aantal uren {text(value)} is geen geheel getal; een dienstencheque "
                        "is een heel uur")
    if not 1 <= number <= MAX_HOURS:
        raise CellError(f"aantal uren {int(number)} ligt niet tussen 1 en {MAX_HOURS}")
    return int(number)


# --- statuses and activities ------------------------------------------------------------------

REFUND_REQUESTED = "refund_requested"

# Pluxee's words (nl, fr, en) -> our status; "refund requested" is `confirmed` with a date.
_STATUS_WORDS = {
    Status.REGISTERED: ("Ingegeven", "Geregistreerd", "Encodé", "Encodée", "Encoded",
                        "Registered"),
    Status.CONFIRMED: ("Bevestigd", "Automatisch bevestigd", "Confirmé", "Confirmée",
                       "Confirmé automatiquement", "Automatiquement confirmé", "Validé",
                       "Confirmed", "Automatically confirmed", "Auto confirmed"),
    Status.CONTESTED: ("Betwist", "Contesté", "Contestée", "Contested", "Disputed"),
    REFUND_REQUESTED: ("Terugbetaling aangevraagd", "Remboursement demandé",
                       "Refund requested", "Reimbursement requested"),
    Status.PAID: ("Terugbetaald", "Remboursé", "Remboursée", "Refunded", "Reimbursed", "Paid"),
    Status.CANCELLED: ("Geannuleerd", "Annulé", "Annulée", "Cancelled", "Canceled"),
}
STATUSES = {fold(word): status for status, words in _STATUS_WORDS.items() for word in words}


def status(value: object) -> tuple[Status, bool]:
    """(our status, whether Pluxee says "refund requested"); unknown words are an error."""
    raw = text(value)
    found = STATUSES.get(fold(raw))
    if found is None:
        if not raw:
            raise CellError("status ontbreekt")
        raise CellError(f"onbekende status {raw!r}; verwacht o.a. Ingegeven, Bevestigd, Betwist, "
                        "Terugbetaling aangevraagd, Terugbetaald of Geannuleerd")
    if found == REFUND_REQUESTED:
        return Status.CONFIRMED, True
    return Status(found), False


# Pluxee's activity codes. 3 is "ironing outside the user's home": in a service-voucher
# company that is the ironing workshop, so it is our `ironing`. 2 (shopping) and 4 (transport
# of people with reduced mobility) are valid Pluxee activities this company does not offer.
ACTIVITY_LABELS = {1: "huishoudhulp", 2: "boodschappen", 3: "strijken buitenshuis",
                   4: "vervoer"}
ACTIVITY_CODES = {1: Activity.HOME_HELP, 2: None, 3: Activity.IRONING, 4: None}
_ACTIVITY_WORDS = {
    1: ("huishoudhulp", "huishoudelijke hulp", "aide menagere", "home help", "household help",
        "schoonmaak", "nettoyage", "cleaning"),
    2: ("boodschappen", "courses menageres", "courses", "shopping"),
    3: ("strijken buitenshuis", "strijken", "strijkatelier", "repassage",
        "repassage hors domicile", "ironing", "ironing outside the home"),
    4: ("vervoer", "transport", "vervoer van personen met beperkte mobiliteit",
        "transport de personnes a mobilite reduite"),
}
_ACTIVITIES = {fold(word): code for code, words in _ACTIVITY_WORDS.items() for word in words}


def activity(value: object) -> tuple[int | None, Activity | None]:
    """(Pluxee's code 1-4, our activity or None); empty gives (None, None)."""
    return _activity_text(text(value))


@lru_cache(maxsize=256)
def _activity_text(raw: str) -> tuple[int | None, Activity | None]:
    if not raw:
        return None, None
    folded = fold(raw)
    code = _ACTIVITIES.get(folded)
    if code is None:
        # "1", "01", "1 - Huishoudhulp", "3. Strijken": the code in front.
        match = re.match(r"^0*([1-4])(?:\s*[-.:)]\s*(.*))?$", folded)
        if match and (not match.group(2) or _ACTIVITIES.get(match.group(2)) in (None, int(
                match.group(1)))):
            code = int(match.group(1))
    if code is None:
        raise CellError(f"onbekende activiteit {raw!r}; verwacht 1 (huishoudhulp), "
                        "2 (boodschappen), 3 (strijken buitenshuis) of 4 (vervoer)")
    return code, ACTIVITY_CODES[code]
