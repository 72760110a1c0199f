"""The helpers' hours of one month, for payroll (SPEC §4.9): plain data for the
monthly statements, the social secretariat's CSV, the command line and the window.

`payroll_month(month)` only reads. Per helper it lists every prestation of the
month (customer, user number, activity, hours, status), her absences and the
slots she would have worked at an absent customer, with the secretariat's code
of each; the totals; and the warnings that would make the month wrong.

What counts, and why:

- Worked hours are the prestations `performed` or later (`WORKED_STATUSES`),
  `contested` included: the helper did the work, the dispute is between the
  customer, Pluxee and the company and does not change her wage (each one is
  listed as a warning, so the office sees it). `planned` and `cancelled`
  prestations are listed on the statement but count for nothing.
- A helper's absence counts the hours she would have worked: on each day of
  the absence, the hours of her schedule slots that day. On a day with no
  schedule of hers in force at all (a helper who works without schedules),
  every working day counts her contract hours / 5 instead, which can be a
  fraction (19 h/week: 3,8 h). Days she would not have worked are left out;
  public holidays inside an absence are public holidays, not absence days.
- A customer's absence counts each slot of the helper's schedules at that
  customer (for the absent activity) that falls in the absence, unless she was
  away herself that day, it is a public holiday, or the prestation was worked
  anyway. Whether the secretariat pays it is its own rule, not ours.
- Working days are Monday to Friday minus the Belgian public holidays of the
  month (the same holidays as generation skips, see `generation.public_holidays`,
  including 11 July when the company turned that setting on). Working weeks =
  working days / 5, so November 2026 (21 weekdays, Armistice on Wednesday 11
  November) has 20 working days = 4 weeks. The contract hours of the month are
  contract hours per week x working weeks; the statement sets the worked and
  absent hours against them.

Warnings (`WarningKind`): the month not over yet; prestations still `planned`
on a day before today (all of a past month, the days before today of the
current one: today's may still be done today); a helper without INSZ; more
than 11 worked hours on one day for one helper; worked on a day she is
recorded as absent; worked on a public holiday; a contested prestation
counted as worked; a helper without contract hours; hours without a code.
Each carries the ids the window needs to open what it is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Customer, Helper, Prestation, UserNumber
from inharmony_desktop.core.services.absences import AbsenceIndex, list_absences
from inharmony_desktop.core.services.generation import public_holidays
from inharmony_desktop.core.services.payroll_codes import (
    ABSENCE,
    ACTIVITY,
    CUSTOMER_ABSENCE,
    CodeTable,
    label,
    load_codes,
)
from inharmony_desktop.core.services.payroll_warnings import (
    PayrollWarning,
    WarningKind,
    helper_warnings,
    month_warnings,
)
from inharmony_desktop.core.services.schedules import ScheduleRow, list_schedules, occurrences
from inharmony_desktop.core.services.statements import Letterhead
from inharmony_desktop.core.vocabulary import WORKED_STATUSES, AbsenceReason, Activity

__all__ = ["CSV_HEADER", "HelperMonth", "LineKind", "Month", "PayrollLine", "PayrollMonth",
           "PayrollWarning", "Total", "WarningKind", "csv_hours", "payroll_month"]

MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
CSV_HEADER = ("helper_reference", "insz", "name", "date", "code", "hours")
DAYS_PER_WEEK = 5
HUNDREDTH = Decimal("0.01")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WORKED = frozenset(WORKED_STATUSES)


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """`2026-11` -> Month(2026, 11); anything else is a `KnownError` in Dutch."""
        found = _MONTH.fullmatch((text or "").strip())
        if found is None:
            raise KnownError(f"'{text}' is geen maand: schrijf JJJJ-MM, bijvoorbeeld 2026-11.")
        year, month = int(found[1]), int(found[2])
        if not 1 <= month <= 12:
            raise KnownError(f"'{text}' is geen maand: de maand moet tussen 01 en 12 liggen.")
        if not 2000 <= year <= 2100:
            raise KnownError(f"'{text}' is geen maand: het jaar moet tussen 2000 en 2100 liggen.")
        return cls(year, month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """Dutch: 'november 2026'."""
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range(self.last.day)]


class LineKind(StrEnum):
    WORKED = "worked"  # a prestation performed or later: counts
    NOT_COUNTED = "not_counted"  # planned or cancelled: listed, counts for nothing
    ABSENCE = "absence"  # the helper away
    CUSTOMER_ABSENCE = "customer_absence"  # a slot at an absent customer


@dataclass(frozen=True)
class PayrollLine:
    """One line of a helper's month: a prestation, an absence day or a customer's absence."""

    date: dt.date
    kind: LineKind
    hours: Decimal
    code: str | None  # the secretariat's code; None when counted but without a code
    activity: str | None = None
    status: str | None = None  # prestations only
    reason: str | None = None  # absences: the absence reason
    customer_name: str = ""
    user_number: str = ""
    start_time: str | None = None
    prestation_id: int | None = None
    absence_id: int | None = None

    @property
    def counted(self) -> bool:
        return self.kind != LineKind.NOT_COUNTED


@dataclass(frozen=True)
class Total:
    """The hours of one code subject: an activity, an absence reason, customer absence."""

    kind: str  # payroll_codes.ACTIVITY / ABSENCE / CUSTOMER_ABSENCE
    subject: str
    label: str  # Dutch
    code: str | None
    hours: Decimal


@dataclass
class HelperMonth:
    helper_id: int
    reference: str
    name: str
    insz: str | None
    contract_hours: Decimal | None  # per week
    expected_hours: Decimal | None  # contract hours x the month's working weeks
    lines: list[PayrollLine] = field(default_factory=list)
    warnings: list[PayrollWarning] = field(default_factory=list)

    def _hours(self, *kinds: LineKind) -> Decimal:
        return sum((line.hours for line in self.lines if line.kind in kinds), Decimal(0))

    @property
    def worked_hours(self) -> Decimal:
        return self._hours(LineKind.WORKED)

    @property
    def absence_hours(self) -> Decimal:
        return self._hours(LineKind.ABSENCE)

    @property
    def customer_absence_hours(self) -> Decimal:
        return self._hours(LineKind.CUSTOMER_ABSENCE)

    @property
    def total_hours(self) -> Decimal:
        """Worked + absent + customer absence: the hours the month accounts for."""
        return self._hours(LineKind.WORKED, LineKind.ABSENCE, LineKind.CUSTOMER_ABSENCE)

    @property
    def difference(self) -> Decimal | None:
        """Total hours minus the contract hours of the month (None without a contract)."""
        return None if self.expected_hours is None else self.total_hours - self.expected_hours

    @property
    def worked_days(self) -> int:
        return len({line.date for line in self.lines if line.kind == LineKind.WORKED})

    def totals(self) -> list[Total]:
        """Per activity, then per absence reason, then customer absence; only those with
        lines (an activity with worked lines of 0 hours cannot occur)."""
        sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        codes: dict[tuple[str, str], str | None] = {}
        for line in self.lines:
            key = _subject(line)
            if key is not None:
                sums[key] += line.hours
                codes[key] = line.code
        order = ([(ACTIVITY, a.value) for a in Activity]
                 + [(ABSENCE, r.value) for r in AbsenceReason] + [(CUSTOMER_ABSENCE, "any")])
        order += sorted(set(sums) - set(order))
        return [Total(kind, subject, label(kind, subject), codes[(kind, subject)],
                      sums[(kind, subject)]) for kind, subject in order if (kind, subject) in sums]


def _subject(line: PayrollLine) -> tuple[str, str] | None:
    if line.kind == LineKind.WORKED:
        return ACTIVITY, line.activity or ""
    if line.kind == LineKind.ABSENCE:
        return ABSENCE, line.reason or ""
    if line.kind == LineKind.CUSTOMER_ABSENCE:
        return CUSTOMER_ABSENCE, "any"
    return None


@dataclass
class PayrollMonth:
    month: Month
    made_on: dt.date
    working_days: int
    holidays: dict[dt.date, str]  # the Belgian public holidays of the month
    codes: CodeTable
    letterhead: Letterhead
    helpers: list[HelperMonth] = field(default_factory=list)
    warnings: list[PayrollWarning] = field(default_factory=list)  # the month's, then per helper

    @property
    def working_weeks(self) -> Decimal:
        return Decimal(self.working_days) / DAYS_PER_WEEK

    @property
    def worked_hours(self) -> Decimal:
        return sum((h.worked_hours for h in self.helpers), Decimal(0))

    @property
    def is_empty(self) -> bool:
        """Nothing worked and nobody absent: there is nothing to hand to the secretariat."""
        return not any(line.counted for h in self.helpers for line in h.lines)

    def csv_rows(self) -> list[tuple[str, str, str, str, str, str]]:
        """The secretariat's file: one row per helper, day and code (hours added up),
        helpers in statement order, then by date and code. Lines of 0 hours are left
        out; hours without a code get an empty code (and a warning)."""
        rows = []
        for helper in self.helpers:
            sums: dict[tuple[dt.date, str], Decimal] = defaultdict(Decimal)
            for line in helper.lines:
                if line.counted and line.hours > 0:
                    sums[(line.date, line.code or "")] += line.hours
            for (day, code), hours in sorted(sums.items()):
                rows.append((helper.reference, helper.insz or "", helper.name, day.isoformat(),
                             code, csv_hours(hours)))
        return rows


def csv_hours(hours: Decimal) -> str:
    """Hours for the secretariat's file: `12`, or `3,8` with a decimal comma only when
    there is a fraction; never a thousands separator."""
    if hours == hours.to_integral_value():
        return str(int(hours))
    return format(hours, "f").rstrip("0").replace(".", ",")


def payroll_month(month: Month, *, made_on: dt.date | None = None,
                  letterhead: Letterhead | None = None) -> PayrollMonth:
    """Everything the monthly statements, the CSV and the warnings list need; reads only."""
    first, last = month.first, month.last
    holidays = public_holidays(first, last)
    working_days = sum(1 for day in month.days() if day.weekday() < 5 and day not in holidays)
    result = PayrollMonth(month=month, made_on=made_on or clock.today(),
                          working_days=working_days, holidays=holidays, codes=load_codes(),
                          letterhead=letterhead or Letterhead.from_settings())
    gather = _Gathering(month, result)
    lines = gather.lines()
    helpers = Helper.select().where(Helper.id.in_(list(lines)))
    for helper in sorted(helpers, key=lambda h: (h.name.lower(), h.reference)):
        contract = None if helper.contract_hours is None else _decimal(helper.contract_hours)
        expected = None if contract is None else _cents(contract * result.working_weeks)
        item = HelperMonth(helper.id, helper.reference, helper.name, helper.insz or None,
                           contract, expected,
                           sorted(lines[helper.id], key=_line_order))
        item.warnings = helper_warnings(item, gather.absences, holidays, clock.today())
        result.helpers.append(item)
    result.warnings = month_warnings(result, clock.today()) + [
        w for helper in result.helpers for w in helper.warnings]
    return result


def _decimal(value: float) -> Decimal:
    return _cents(Decimal(str(value)))


def _cents(value: Decimal) -> Decimal:
    """Hours to two decimals, without trailing zeros: 19.0 -> 19, 3.80 -> 3.8."""
    value = value.quantize(HUNDREDTH)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _line_order(line: PayrollLine) -> tuple:
    rank = 0 if line.kind in (LineKind.WORKED, LineKind.NOT_COUNTED) else 1
    return line.date, line.start_time or "99:99", rank, line.prestation_id or 0


class _Gathering:
    """The queries of one month and the lines made from them, per helper id."""

    def __init__(self, month: Month, result: PayrollMonth) -> None:
        self.month = month
        self.result = result
        self.absences = AbsenceIndex(list_absences(month.first, month.last))
        self.by_helper: dict[int, list[PayrollLine]] = defaultdict(list)
        self.worked_at: set[tuple[int, int, dt.date]] = set()  # helper, user number, day

    def lines(self) -> dict[int, list[PayrollLine]]:
        self._prestations()
        schedules = list_schedules(active_from=self.month.first, active_to=self.month.last)
        slots: dict[tuple[int, dt.date], list[ScheduleRow]] = defaultdict(list)
        by_helper: dict[int, list[ScheduleRow]] = defaultdict(list)
        for s in schedules:
            by_helper[s.helper_id].append(s)
            for day in occurrences(s, self.month.first, self.month.last):
                if s.is_active_on(day):
                    slots[(s.helper_id, day)].append(s)
        self._helper_absences(slots, by_helper)
        self._customer_absences(slots, schedules)
        return self.by_helper

    def _prestations(self) -> None:
        codes = self.result.codes
        query = (
            Prestation.select(Prestation.id, Prestation.helper, Prestation.date,
                              Prestation.start_time, Prestation.activity, Prestation.hours,
                              Prestation.status, Prestation.user_number, UserNumber.number,
                              Customer.name)
            .join(UserNumber, on=(Prestation.user_number == UserNumber.id))
            .join(Customer, on=(UserNumber.customer == Customer.id))
            .where(Prestation.date.between(self.month.first, self.month.last))
        )
        for (pid, helper_id, day, start, activity, hours, status, un_id, number,
             customer) in query.tuples():
            worked = status in _WORKED
            if worked:
                self.worked_at.add((helper_id, un_id, day))
            self.by_helper[helper_id].append(PayrollLine(
                date=day, kind=LineKind.WORKED if worked else LineKind.NOT_COUNTED,
                hours=Decimal(hours), code=codes.activity(activity) if worked else None,
                activity=activity, status=status, customer_name=customer, user_number=number,
                start_time=start, prestation_id=pid))

    def _helper_absences(self, slots: dict[tuple[int, dt.date], list[ScheduleRow]],
                         schedules: dict[int, list[ScheduleRow]]) -> None:
        codes = self.result.codes
        contracts = dict(Helper.select(Helper.id, Helper.contract_hours)
                         .where(Helper.id.in_(list(self.absences.by_helper))).tuples())
        for helper_id in self.absences.by_helper:
            for day in self.month.days():
                away = self.absences.helper_away(helper_id, day)
                if away is None or day in self.result.holidays:
                    continue
                if any(s.is_active_on(day) for s in schedules.get(helper_id, ())):
                    hours = Decimal(sum(s.hours for s in slots.get((helper_id, day), ())))
                    if not hours:
                        continue  # a day she does not work
                elif day.weekday() < 5:
                    contract = contracts.get(helper_id)
                    hours = (Decimal(0) if contract is None else
                             _cents(_decimal(contract) / DAYS_PER_WEEK))
                else:
                    continue
                self.by_helper[helper_id].append(PayrollLine(
                    date=day, kind=LineKind.ABSENCE, hours=hours,
                    code=codes.absence(away.reason), reason=away.reason, absence_id=away.id))

    def _customer_absences(self, slots: dict[tuple[int, dt.date], list[ScheduleRow]],
                           schedules: list[ScheduleRow]) -> None:
        if not self.absences.by_customer:
            return
        customer_of = dict(UserNumber.select(UserNumber.id, UserNumber.customer).where(
            UserNumber.id.in_(list({s.user_number_id for s in schedules}))).tuples())
        code = self.result.codes.customer_absence()
        for (helper_id, day), day_slots in slots.items():
            if day in self.result.holidays or self.absences.helper_away(helper_id, day):
                continue
            for s in day_slots:
                away = self.absences.customer_away(customer_of[s.user_number_id], day,
                                                   s.activity)
                if away is None or (helper_id, s.user_number_id, day) in self.worked_at:
                    continue
                self.by_helper[helper_id].append(PayrollLine(
                    date=day, kind=LineKind.CUSTOMER_ABSENCE, hours=Decimal(s.hours), code=code,
                    activity=s.activity, reason=away.reason, customer_name=s.customer_name,
                    user_number=s.user_number, start_time=s.start_time, absence_id=away.id))
