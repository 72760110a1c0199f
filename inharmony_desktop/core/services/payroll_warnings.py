"""What would make a payroll month wrong, listed before the export (SPEC §4.9).

Warnings inform; they never stop the statements or the CSV. Each carries what
the window needs to open the thing it is about: the helper, the prestations,
the day, the absence. See `core.services.payroll` for when each one is given.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from inharmony_desktop.core.formatting import date_text, hours_text, plural
from inharmony_desktop.core.services.absences import REASON_LABELS, AbsenceIndex
from inharmony_desktop.core.services.payroll_codes import label
from inharmony_desktop.core.vocabulary import Status

if TYPE_CHECKING:
    from inharmony_desktop.core.services.payroll import HelperMonth, PayrollMonth

MAX_HOURS_PER_DAY = 11


class WarningKind(StrEnum):
    MONTH_NOT_OVER = "month_not_over"
    MISSING_CODE = "missing_code"
    PLANNED_LEFT = "planned_left"
    MISSING_INSZ = "missing_insz"
    OVER_11_HOURS = "over_11_hours"
    ABSENT_BUT_WORKED = "absent_but_worked"
    WORKED_ON_HOLIDAY = "worked_on_holiday"
    CONTESTED = "contested"
    NO_CONTRACT_HOURS = "no_contract_hours"


@dataclass(frozen=True)
class PayrollWarning:
    kind: WarningKind
    text: str  # Dutch, one line; starts with the helper's name and number when about one
    helper_id: int | None = None
    date: dt.date | None = None  # the day it is about (the first one, when several)
    prestation_ids: tuple[int, ...] = ()
    absence_id: int | None = None
    detail: str = ""  # the text without the helper's name (for a list of her own warnings)

    def __post_init__(self) -> None:
        if not self.detail:
            object.__setattr__(self, "detail", self.text)


def _days(values: list[dt.date]) -> str:
    """'12/10, 14/10 en nog 3': the days of a warning, at most six of them."""
    shown = ", ".join(value.strftime("%d/%m") for value in values[:6])
    return shown + (f" en nog {len(values) - 6}" if len(values) > 6 else "")


def month_warnings(data: PayrollMonth, today: dt.date) -> list[PayrollWarning]:
    """The warnings about the month as a whole."""
    found = []
    month = data.month
    if month.last >= today:
        if month.first > today:
            text = f"{month.label} is nog niet begonnen: er is nog niets gewerkt."
        else:
            text = (f"{month.label} is nog niet voorbij (vandaag is het {date_text(today)}): de uren "
                    "van de komende dagen ontbreken nog.")
        found.append(PayrollWarning(WarningKind.MONTH_NOT_OVER, text, date=today))
    missing: dict[tuple[str, str], list] = defaultdict(list)
    for helper in data.helpers:
        for line in helper.lines:
            if line.counted and line.code is None:
                subject = (line.activity if line.kind == "worked" else
                           "any" if line.kind == "customer_absence" else line.reason)
                missing[(_code_kind(line.kind), subject or "")].append((helper, line))
    for (kind, subject), hits in sorted(missing.items()):
        helpers = sorted({h.name for h, _ in hits})
        found.append(PayrollWarning(
            WarningKind.MISSING_CODE,
            f"'{label(kind, subject)}' heeft geen looncode in de instellingen: "
            f"{plural(len(hits), 'lijn', 'lijnen')} ({', '.join(helpers[:3])}"
            f"{' …' if len(helpers) > 3 else ''}) staan zonder code in het bestand.",
            helper_id=hits[0][0].helper_id, date=min(line.date for _, line in hits),
            prestation_ids=tuple(line.prestation_id for _, line in hits if line.prestation_id)))
    return found


def _code_kind(kind: str) -> str:
    return {"worked": "activity", "absence": "absence"}.get(kind, "customer_absence")


def helper_warnings(helper: HelperMonth, absences: AbsenceIndex,
                    holidays: dict[dt.date, str], today: dt.date) -> list[PayrollWarning]:
    """The warnings about one helper's month, in the order of `WarningKind`, then by day."""
    who = f"{helper.name} ({helper.reference})"
    found: list[PayrollWarning] = []

    def warn(kind: WarningKind, text: str, day: dt.date | None = None,
             ids: tuple[int, ...] = (), absence_id: int | None = None) -> None:
        found.append(PayrollWarning(kind, f"{who}: {text}", helper.helper_id, day, ids,
                                    absence_id, detail=text[:1].upper() + text[1:]))

    planned = [line for line in helper.lines
               if line.status == Status.PLANNED and line.date < today]
    if planned:
        days = sorted({line.date for line in planned})
        warn(WarningKind.PLANNED_LEFT,
             f"{plural(len(planned), 'prestatie staat', 'prestaties staan')} nog op gepland "
             f"op een voorbije dag ({_days(days)}); markeer ze als uitgevoerd of annuleer ze, "
             "anders tellen ze niet mee.",
             days[0], tuple(line.prestation_id for line in planned))
    if not helper.insz:
        warn(WarningKind.MISSING_INSZ, "geen INSZ-nummer; het sociaal secretariaat heeft het "
             "nodig. Vul het in bij de medewerker.")
    worked_by_day: dict[dt.date, list] = defaultdict(list)
    for line in helper.lines:
        if line.kind == "worked":
            worked_by_day[line.date].append(line)
    for day, lines in sorted(worked_by_day.items()):
        ids = tuple(line.prestation_id for line in lines)
        total = sum((line.hours for line in lines), Decimal(0))
        if total > MAX_HOURS_PER_DAY:
            warn(WarningKind.OVER_11_HOURS,
                 f"{hours_text(total)} uur gewerkt op {date_text(day)}, meer dan {MAX_HOURS_PER_DAY} "
                 "uur op één dag.", day, ids)
        away = absences.helper_away(helper.helper_id, day)
        if away is not None:
            warn(WarningKind.ABSENT_BUT_WORKED,
                 f"gewerkt op {date_text(day)} ({hours_text(total)} uur) maar afwezig "
                 f"({REASON_LABELS.get(away.reason, away.reason)} {date_text(away.from_date)} – "
                 f"{date_text(away.to_date)}).", day, ids, away.id)
        if day in holidays:
            warn(WarningKind.WORKED_ON_HOLIDAY,
                 f"gewerkt op {date_text(day)}, een feestdag ({holidays[day]}).", day, ids)
    contested = [line for line in helper.lines if line.status == Status.CONTESTED]
    if contested:
        warn(WarningKind.CONTESTED,
             f"{plural(len(contested), 'betwiste prestatie telt', 'betwiste prestaties tellen')}"
             " mee als gewerkt (" + _days(sorted({line.date for line in contested})) + ").",
             contested[0].date, tuple(line.prestation_id for line in contested))
    if helper.contract_hours is None:
        warn(WarningKind.NO_CONTRACT_HOURS, "geen contracturen ingesteld; de uren worden niet "
             "met het contract vergeleken.")
    order = list(WarningKind)
    found.sort(key=lambda w: (order.index(w.kind), w.date or dt.date.min))
    return found
