"""A hand-worked payroll month (October 2026) for the core, report and CLI tests.

October 2026 has 22 working days (no public holiday) = 4,4 weeks.

Maria Vos (M01, INSZ, 19 h/week; schedules: Wednesday 08:30 3 h at Janssens,
Thursday 13:00 4 h at Peeters):
  05/10 Janssens home help 3 performed      DC01
  06/10 Janssens home help 4 paid           DC01
  07/10 Peeters  home help 3 confirmed      DC01
  08/10 Aerts    ironing   2 registered     DC03
  09/10 Peeters  home help 3 contested      DC01 (counts; a warning)
  12/10 Janssens home help 3 planned        not counted (a warning)
  13/10 Janssens home help 3 cancelled      not counted
  14/10 + 15/10 sick: the Wednesday (3) and Thursday (4) slots     ZIEK 7
  22/10 Peeters away (holiday 22-23/10): the Thursday slot (4)     KLAF 4
  -> home help 13, ironing 2, worked 15, sickness 7, customer absence 4,
     total 26 against 19 x 4,4 = 83,6: 57,6 short.
Ann Peeters (M02, no INSZ, no contract): 20/10 6 h at Janssens + 6 h at
  Peeters, both performed -> one CSV row of 12 h; over 11 hours.
Els Wouters (M03, INSZ, 19 h/week, no schedule): holiday 29/10-02/11 ->
  Thursday and Friday at 19 / 5 = 3,8 h each: VAK 7,6.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inharmony_desktop.core.services import absences, helpers, schedules
from tests.core import factories

OCTOBER = dt.date(2026, 10, 1)


@dataclass
class World:
    maria: int
    ann: int
    els: int
    janssens: int  # user number ids
    peeters: int
    aerts: int
    prestations: dict[str, int]  # label -> id


def day(number: int, month: int = 10) -> dt.date:
    return dt.date(2026, month, number)


def make_world() -> World:
    c_janssens = factories.customer("K001", "Janssens")
    c_peeters = factories.customer("K002", "Peeters")
    c_aerts = factories.customer("K003", "Aerts")
    janssens = factories.user_number(c_janssens, "356231378057", holder="Jan Janssens")
    peeters = factories.user_number(c_peeters, "111122223333", holder="Piet Peeters")
    aerts = factories.user_number(c_aerts, "444455556666", holder="Anna Aerts")
    maria = helpers.create_helper(helpers.HelperInput(
        reference="M01", name="Maria Vos", insz="68022754983", contract_hours=19))
    ann = helpers.create_helper(helpers.HelperInput(reference="M02", name="Ann Peeters"))
    els = helpers.create_helper(helpers.HelperInput(
        reference="M03", name="Els Wouters", insz="97040208973", contract_hours=19))
    for weekday, start, hours, un in ((2, "08:30", 3, janssens), (3, "13:00", 4, peeters)):
        schedules.create_schedule(schedules.ScheduleInput(
            helper_id=maria, user_number_id=un, weekday=weekday, start_time=start, hours=hours,
            first_date=dt.date(2026, 9, 1)))
    made = {}
    for label, number, un, activity, hours, status in (
        ("worked_05", 5, janssens, "home_help", 3, "performed"),
        ("worked_06", 6, janssens, "home_help", 4, "paid"),
        ("worked_07", 7, peeters, "home_help", 3, "confirmed"),
        ("ironing_08", 8, aerts, "ironing", 2, "registered"),
        ("contested_09", 9, peeters, "home_help", 3, "contested"),
        ("planned_12", 12, janssens, "home_help", 3, "planned"),
        ("cancelled_13", 13, janssens, "home_help", 3, "cancelled"),
    ):
        made[label] = factories.prestation(un, maria, day(number), hours, activity=activity,
                                           status=status)
    made["ann_a"] = factories.prestation(janssens, ann, day(20), 6, start_time="08:00")
    made["ann_b"] = factories.prestation(peeters, ann, day(20), 6, start_time="14:00")
    absences.create_absence(absences.AbsenceInput(day(14), day(15), "sickness",
                                                  helper_id=maria))
    absences.create_absence(absences.AbsenceInput(day(22), day(23), "holiday",
                                                  customer_id=c_peeters))
    absences.create_absence(absences.AbsenceInput(day(29), day(2, 11), "holiday",
                                                  helper_id=els))
    return World(maria, ann, els, janssens, peeters, aerts, made)
