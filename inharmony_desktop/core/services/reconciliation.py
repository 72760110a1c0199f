"""Matching Pluxee's export to our prestations (SPEC §4.8): the plan, read-only.

`plan_reading(export)` puts every row of the file in exactly one category and
lists our own prestations that no row matched (`missing_at_pluxee`); it
writes nothing, so it is the dry run and the window's preview step.
`core.services.pluxee_readings` applies a plan in one transaction.

Matching, in this order, each prestation claimed by at most one row:
1. a row whose Work ID is linked to a prestation on the row's user number;
2. the other rows (cancelled ones last) on their user number, date and helper
   (by INSZ; by name when our helper has no INSZ or the row has none), among
   prestations with electronic vouchers: equal hours first;
3. a row linked to a prestation that has moved to another user number;
4. what is left: the same date, helper and hours on another user number
   (`other_user_number`), else `missing_here` / `unknown_*`.
Statuses only move forward; a step back, or a sideways step on a prestation
the office changed by hand since the last reading, is a `status_conflict`
(`reconciliation_plan.status_conflict`).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from inharmony_desktop.core import pluxee_values as pv
from inharmony_desktop.core.formatting import date_text, user_number_text
from inharmony_desktop.core.models import Helper, Prestation, UserNumber
from inharmony_desktop.core.pluxee_file import (
    ExportCancelled,
    PluxeeExport,
    PluxeeRow,
    collector_paused,
)
from inharmony_desktop.core.services.base import chunked, fetch_rows
from inharmony_desktop.core.services.prestations import STATUS_LABELS
from inharmony_desktop.core.services.reconciliation_plan import (
    DATE_COLUMNS,
    C,
    OurSide,
    PlanItem,
    Progress,
    ReadingPlan,
    status_conflict,
)
from inharmony_desktop.core.vocabulary import WORKED_STATUSES, PluxeeCategory, Status


@lru_cache(maxsize=8192)
def _iso_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return _iso_day(str(value))


class _Ours:
    """A prestation while planning (mutable: who claimed it)."""

    __slots__ = ("activity", "claimed", "confirmed_on", "correction_from", "date", "electronic",
                 "helper_id", "id", "needs_correction", "paid_on", "pluxee_version",
                 "pointed", "refund_requested_on", "registered_on", "status", "un_id",
                 "version", "work_id")

    COLUMNS = (Prestation.id, Prestation.date, Prestation.user_number, Prestation.helper,
               Prestation.activity, Prestation.electronic, Prestation.status,
               Prestation.registered_on, Prestation.confirmed_on, Prestation.refund_requested_on,
               Prestation.paid_on, Prestation.needs_pluxee_correction, Prestation.correction_from,
               Prestation.version, Prestation.pluxee_work_id, Prestation.pluxee_version)

    def __init__(self, row: Sequence) -> None:
        (self.id, date, self.un_id, self.helper_id, self.activity, self.electronic,
         self.status, registered, confirmed, refund, paid, self.needs_correction,
         self.correction_from, self.version, self.work_id, self.pluxee_version) = row
        # Raw rows (see `fetch_rows`): SQLite gives dates as text, PostgreSQL as dates.
        self.date, self.registered_on, self.confirmed_on, self.refund_requested_on, \
            self.paid_on = (_day(d) for d in (date, registered, confirmed, refund, paid))
        self.claimed = False
        self.pointed = False

    @property
    def hand_changed(self) -> bool:
        """Changed by the office since the last reading that wrote to it."""
        return self.pluxee_version is not None and self.version != self.pluxee_version


@dataclass
class _Helpers:
    names: dict[int, str]
    by_insz: dict[str, list[int]]
    by_words: dict[frozenset[str], list[int]]
    by_words_without_insz: dict[frozenset[str], list[int]]
    cache: dict[tuple[str | None, str], tuple[list[int], str]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> _Helpers:
        names, by_insz = {}, defaultdict(list)
        by_words, without = defaultdict(list), defaultdict(list)
        for hid, name, insz in Helper.select(Helper.id, Helper.name, Helper.insz).tuples():
            names[hid] = name
            words = pv.name_words(name)
            by_words[words].append(hid)
            if insz:
                by_insz[insz].append(hid)
            else:
                without[words].append(hid)
        return cls(names, dict(by_insz), dict(by_words), dict(without))

    def find(self, row: PluxeeRow) -> tuple[list[int], str]:
        """Our helpers this row's worker can be, and why none when there are none."""
        key = (row.worker_insz, row.worker_name)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._find(row)
        return found

    def _find(self, row: PluxeeRow) -> tuple[list[int], str]:
        words = pv.name_words(row.worker_name)
        if row.worker_insz:
            found = self.by_insz.get(row.worker_insz)
            if found:
                return found, ""
            found = self.by_words_without_insz.get(words) if words else None
            if found:
                return found, ""
            if words and words in self.by_words:
                return [], "de naam komt overeen, maar het INSZ verschilt"
            return [], ""
        return (self.by_words.get(words, []) if words else []), ""


class _Planner:
    def __init__(self, export: PluxeeExport) -> None:
        self.export = export
        self.numbers = {n: (i, a) for i, n, a in
                        UserNumber.select(UserNumber.id, UserNumber.number, UserNumber.active)
                        .tuples()}
        self.number_of = {i: n for n, (i, _a) in self.numbers.items()}
        self.customer_of = dict(UserNumber.select(UserNumber.id, UserNumber.customer).tuples())
        self.helpers = _Helpers.load()
        self.ours: dict[int, _Ours] = {}
        self._load_prestations()
        self.by_work_id = {p.work_id: p for p in self.ours.values() if p.work_id}
        self.by_day: dict[tuple[int, dt.date], list[_Ours]] = defaultdict(list)
        self.by_helper_day: dict[tuple[int, dt.date], list[_Ours]] = defaultdict(list)
        for p in self.ours.values():  # in (date, id) order: the lowest id first per day
            self.by_day[(p.un_id, p.date)].append(p)
            self.by_helper_day[(p.helper_id, p.date)].append(p)
        self.file_work_ids = {r.work_id for r in export.rows}

    def _load_prestations(self) -> None:
        period = self.export.period
        if period is None:
            return
        query = (Prestation.select(*_Ours.COLUMNS)
                 .where(Prestation.date.between(period[0], period[1]))
                 .order_by(Prestation.date, Prestation.id))
        for row in fetch_rows(query):
            self.ours[row[0]] = _Ours(row)
        # Linked prestations the office moved out of the file's period since.
        linked = {r.work_id for r in self.export.rows}
        linked -= {p.work_id for p in self.ours.values() if p.work_id}

        def in_chunk(chunk: Sequence[str]):
            return Prestation.select(*_Ours.COLUMNS).where(
                Prestation.pluxee_work_id.in_(list(chunk)))

        for row in fetch_rows(in_chunk, chunked(sorted(linked))):
            self.ours[row[0]] = _Ours(row)

    # --- the passes ---------------------------------------------------------------------

    def plan(self, progress: Progress | None, cancel: threading.Event | None) -> ReadingPlan:
        rows = self.export.rows
        result: dict[int, PlanItem] = {}
        weak: list[tuple[PluxeeRow, _Ours]] = []
        rest: list[PluxeeRow] = []
        for row in rows:  # 1. linked by Work ID, on the same user number
            p = self.by_work_id.get(row.work_id)
            if p is None:
                rest.append(row)
            elif self._un_id(row) == p.un_id:
                p.claimed = True
                result[row.line] = self._matched(row, p, [p.helper_id], by_link=True)
            else:
                weak.append((row, p))
        unmatched: list[tuple[PluxeeRow, list[int], str]] = []
        ordered = [r for r in rest if r.status != Status.CANCELLED] + \
                  [r for r in rest if r.status == Status.CANCELLED]
        for done, row in enumerate(ordered):  # 2. on user number, date and helper
            if done % 2000 == 0:
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled
                if progress is not None:
                    progress(done, len(ordered), f"lijn {row.line}")
            item, helper_ids, why = self._by_attributes(row)
            if item is not None:
                result[row.line] = item
            else:
                unmatched.append((row, helper_ids, why))
        for row, p in weak:  # 3. linked to a prestation that moved to another number
            result[row.line] = self._moved(row, p)
        for row, helper_ids, why in unmatched:  # 4. another number, or nothing
            result[row.line] = self._elsewhere(row, helper_ids, why)
        items = [result[row.line] for row in rows]
        items.extend(self._missing_at_pluxee())
        return ReadingPlan(self.export, tuple(items))

    def _un_id(self, row: PluxeeRow) -> int | None:
        found = self.numbers.get(row.user_number)
        return found[0] if found else None

    def _by_attributes(self, row: PluxeeRow) -> tuple[PlanItem | None, list[int], str]:
        helper_ids, why = self.helpers.find(row)
        un_id = self._un_id(row)
        if un_id is None or not helper_ids:
            return None, helper_ids, why
        candidates = [p for p in self.by_day.get((un_id, row.date), ())
                      if p.helper_id in helper_ids and p.electronic > 0 and not p.claimed
                      and (p.work_id is None or p.needs_correction)]
        if not candidates:
            return None, helper_ids, why
        same = [p for p in candidates if p.electronic == row.hours]
        if same and len({p.helper_id for p in same}) == 1:
            chosen = same[0]
        elif len(candidates) == 1:
            chosen = candidates[0]
        else:
            ids = ", ".join(str(p.id) for p in candidates)
            return PlanItem(C.AMBIGUOUS, row, message=f"{len(candidates)} mogelijke prestaties "
                            f"hier: {ids}; kies de juiste", user_number_id=un_id,
                            helper_name=row.worker_name), helper_ids, why
        chosen.claimed = True
        return self._matched(row, chosen, helper_ids, by_link=False), helper_ids, why

    def _moved(self, row: PluxeeRow, p: _Ours) -> PlanItem:
        here = user_number_text(self.number_of[p.un_id])
        if p.claimed:
            if row.status == Status.CANCELLED:
                return self._item(C.MATCHED, row, p, "oude registratie, geannuleerd bij Pluxee; "
                                  f"de prestatie staat juist op {here}")
            return self._item(C.OTHER_USER_NUMBER, row, p, "dubbel bij Pluxee: de prestatie staat "
                              f"ook juist op {here}; verwijder deze registratie in Pluxee")
        p.pointed = True
        text = (f"geannuleerd bij Pluxee maar nog niet ingevoerd op {here}" if
                row.status == Status.CANCELLED else
                f"hier verplaatst naar {here}; verwijder ze in Pluxee en voer ze in op {here}")
        return self._item(C.OTHER_USER_NUMBER, row, p, text)

    def _elsewhere(self, row: PluxeeRow, helper_ids: list[int], why: str) -> PlanItem:
        un_id = self._un_id(row)
        if helper_ids and row.status != Status.CANCELLED:
            elsewhere = [p for helper_id in helper_ids
                         for p in self.by_helper_day.get((helper_id, row.date), ())
                         if p.un_id != un_id and p.electronic == row.hours and not p.claimed
                         and not p.pointed and p.status in WORKED_STATUSES]
            if len(elsewhere) == 1:
                p = elsewhere[0]
                p.pointed = True
                return self._item(C.OTHER_USER_NUMBER, row, p,
                                  f"bij Pluxee op {user_number_text(row.user_number)}, hier op "
                                  f"{user_number_text(self.number_of[p.un_id])}: verplaats de "
                                  "prestatie of corrigeer ze in Pluxee")
            if elsewhere:
                ids = ", ".join(str(p.id) for p in elsewhere)
                return PlanItem(C.AMBIGUOUS, row, message=f"niets op "
                                f"{user_number_text(row.user_number)}, maar {len(elsewhere)} "
                                f"passende prestaties op andere nummers: {ids}; kies de juiste",
                                user_number_id=un_id, helper_name=row.worker_name)
        twin = self._registered_twin(row, un_id, helper_ids)
        if twin is not None and self.customer_of.get(twin.un_id) == self.customer_of.get(un_id):
            return self._item(C.OTHER_USER_NUMBER, row, twin, "dubbel bij Pluxee: de prestatie "
                              f"staat ook op {user_number_text(self.number_of[twin.un_id])} (Work "
                              f"ID {twin.work_id or '?'}); verwijder deze registratie in Pluxee")
        if un_id is None:
            holder = f" ({row.user_name})" if row.user_name else ""
            return PlanItem(C.UNKNOWN_USER_NUMBER, row, message=f"gebruikersnummer "
                            f"{user_number_text(row.user_number)}{holder} bestaat hier niet",
                            helper_id=helper_ids[0] if len(helper_ids) == 1 else None,
                            helper_name=self._helper_name(helper_ids, row))
        if not helper_ids:
            who = row.worker_name or row.worker_insz or "?"
            extra = f" ({why})" if why else ""
            return PlanItem(C.UNKNOWN_HELPER, row, message=f"medewerker {who} bestaat hier "
                            f"niet{extra}", user_number_id=un_id, helper_name=row.worker_name)
        if len(helper_ids) > 1:
            refs = ", ".join(self.helpers.names[h] for h in helper_ids)
            return PlanItem(C.AMBIGUOUS, row, message=f"{len(helper_ids)} medewerkers passen "
                            f"bij {row.worker_name}: {refs}; kies de juiste",
                            user_number_id=un_id, helper_name=row.worker_name)
        text = self._missing_text(row, un_id, helper_ids[0])
        if twin is not None and row.status != Status.CANCELLED:
            text = (f"niets hier op die dag; dezelfde medewerker heeft die dag wel {twin.electronic} u "
                    f"op {user_number_text(self.number_of[twin.un_id])}: ontbreekt ze hier, of "
                    "is ze dubbel geregistreerd bij Pluxee?")
        active = self.numbers[row.user_number][1]
        if not active:
            text += "; het gebruikersnummer is niet actief"
        return PlanItem(C.MISSING_HERE, row, message=text,
                        helper_id=helper_ids[0], user_number_id=un_id,
                        helper_name=self.helpers.names[helper_ids[0]],
                        can_create=bool(active) and row.activity is not None
                        and row.status != Status.CANCELLED)

    def _registered_twin(self, row: PluxeeRow, un_id: int | None,
                         helper_ids: list[int]) -> _Ours | None:
        """A prestation on another number with this row's day, helper and hours that
        another row of the file already matched."""
        for helper_id in helper_ids:
            for p in self.by_helper_day.get((helper_id, row.date), ()):
                if p.un_id != un_id and p.claimed and p.electronic == row.hours:
                    return p
        return None

    def _missing_text(self, row: PluxeeRow, un_id: int, helper_id: int) -> str:
        if row.status == Status.CANCELLED:
            return "geannuleerd bij Pluxee; hier bestaat ze niet (niets te doen)"
        if row.activity is None:
            label = pv.ACTIVITY_LABELS.get(row.activity_code or 0, "onbekend")
            return f"niets hier op die dag; activiteit {label} kan hier niet aangemaakt worden"
        linked = [p for p in self.by_day.get((un_id, row.date), ())
                  if p.helper_id == helper_id and p.work_id and p.work_id != row.work_id]
        if linked:
            return (f"hier staat prestatie {linked[0].id}, maar die hoort bij Work ID "
                    f"{linked[0].work_id}: dubbel geregistreerd bij Pluxee?")
        return "niets hier op die dag voor deze medewerker; maak ze aan zoals Pluxee ze heeft"

    def _missing_at_pluxee(self) -> list[PlanItem]:
        period = self.export.period
        if period is None:
            return []
        items = []
        for p in self.ours.values():  # in (date, id) order
            if (p.claimed or p.pointed or p.electronic <= 0 or p.status not in WORKED_STATUSES
                    or not period[0] <= p.date <= period[1]):
                continue
            text = "niet in de Pluxee-export: registreer ze in Pluxee"
            if p.work_id and p.work_id not in self.file_work_ids:
                text = f"gekoppeld aan Work ID {p.work_id}, dat niet in dit bestand staat"
            items.append(self._item(C.MISSING_AT_PLUXEE, None, p, text))
        return items

    # --- a matched pair -----------------------------------------------------------------

    def _matched(self, row: PluxeeRow, p: _Ours, helper_ids: Sequence[int], *,
                 by_link: bool) -> PlanItem:
        differences = []
        if row.hours != p.electronic:
            differences.append(f"Pluxee {row.hours} u, hier {p.electronic} u elektronisch")
        if row.date != p.date:
            differences.append(f"datum bij Pluxee {date_text(row.date)}, hier {date_text(p.date)}")
        if by_link and helper_ids and p.helper_id not in self.helpers.find(row)[0]:
            differences.append(f"medewerker bij Pluxee {row.worker_name}, hier "
                               f"{self.helpers.names.get(p.helper_id, '?')}")
        conflict = status_conflict(p.status, row.status, p.hand_changed, row.status_text)
        if conflict:
            return self._item(C.STATUS_CONFLICT, row, p, "; ".join([conflict, *differences]))
        changes = _status_changes(p, row)
        notes = []
        if "status" in changes:
            old, new = changes["status"]
            notes.append(f"status {STATUS_LABELS[str(old)]} → {STATUS_LABELS[str(new)]}")
        if p.work_id != row.work_id:
            changes["pluxee_work_id"] = (p.work_id, row.work_id)
        if differences:
            category = C.HOURS_DIFFER
            notes = differences + notes
        elif p.needs_correction:
            category = C.CORRECTED
            changes["needs_pluxee_correction"] = (True, False)
            changes["correction_from_id"] = (p.correction_from, None)
            notes.insert(0, "gecorrigeerd in Pluxee: van de correctielijst gehaald")
        else:
            category = C.MATCHED
        if row.activity is not None and row.activity != p.activity:
            notes.append("activiteit verschilt")
        return self._item(category, row, p, "; ".join(notes), changes)

    def _item(self, category: PluxeeCategory, row: PluxeeRow | None, p: _Ours, message: str,
              changes: dict | None = None) -> PlanItem:
        ours = OurSide(p.id, p.date, self.number_of.get(p.un_id, ""),
                       self.helpers.names.get(p.helper_id, ""), p.electronic, p.status, p.version,
                       p.pluxee_version)
        return PlanItem(category, row, ours, message, changes or {}, helper_id=p.helper_id,
                        user_number_id=self._un_id(row) if row else p.un_id,
                        helper_name=ours.helper)

    def _helper_name(self, helper_ids: list[int], row: PluxeeRow) -> str:
        return self.helpers.names[helper_ids[0]] if len(helper_ids) == 1 else row.worker_name


def _status_changes(p: _Ours, row: PluxeeRow) -> dict[str, tuple[object, object]]:
    """The status and status dates Pluxee brings (dates only ever move later)."""
    changes: dict[str, tuple[object, object]] = {}
    if p.status != row.status:
        changes["status"] = (p.status, row.status.value)
    status_day = {
        "registered_on": row.status_date if row.status == Status.REGISTERED else None,
        "confirmed_on": row.status_date if row.status == Status.CONFIRMED
        and not row.refund_requested else None,
        "refund_requested_on": row.status_date if row.refund_requested else None,
        "paid_on": row.status_date if row.status == Status.PAID else None,
    }
    given = {"registered_on": row.encoding_date, "confirmed_on": row.confirmation_date,
             "refund_requested_on": row.refund_request_date, "paid_on": row.payment_date}
    for column in DATE_COLUMNS:
        day = given[column] or status_day[column]
        current = getattr(p, column)
        if day is not None and (current is None or day > current):
            changes[column] = (current, day)
    return changes


def plan_reading(export: PluxeeExport, *, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> ReadingPlan:
    """Every row's category and what applying would change; writes nothing. `progress(done,
    total, text)` is called now and then; `cancel` stops it (`ExportCancelled`). Refuses
    nothing else (read only)."""
    with collector_paused():
        return _Planner(export).plan(progress, cancel)
