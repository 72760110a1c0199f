"""The helpers' payroll month: what counts, the totals, the CSV rows and the warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inharmony_desktop.core import clock
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import PayrollCode
from inharmony_desktop.core.services import absences, payroll_codes, settings
from inharmony_desktop.core.services.payroll import LineKind, Month, WarningKind, payroll_month
from tests.core import factories
from tests.payroll_world import day, make_world

OCTOBER = Month(2026, 10)


@pytest.fixture
def world(db):
    return make_world()


def _helper(data, reference):
    return next(h for h in data.helpers if h.reference == reference)


def _totals(helper):
    return {(t.label, t.code): t.hours for t in helper.totals()}


def test_the_hand_worked_month_of_maria(world):
    data = payroll_month(OCTOBER)
    assert data.working_days == 22 and data.working_weeks == Decimal("4.4")
    assert [h.reference for h in data.helpers] == ["M02", "M03", "M01"]  # by name
    maria = _helper(data, "M01")
    assert _totals(maria) == {("huishoudhulp", "DC01"): 13, ("strijkatelier", "DC03"): 2,
                              ("ziekte", "ZIEK"): 7, ("klant afwezig", "KLAF"): 4}
    assert (maria.worked_hours, maria.absence_hours, maria.customer_absence_hours) == (15, 7, 4)
    assert maria.total_hours == 26
    assert maria.expected_hours == Decimal("83.6")
    assert maria.difference == Decimal("-57.6")
    assert maria.worked_days == 5


def test_planned_and_cancelled_are_listed_but_count_for_nothing(world):
    maria = _helper(payroll_month(OCTOBER), "M01")
    not_counted = [(line.date.day, line.status) for line in maria.lines
                   if line.kind == LineKind.NOT_COUNTED]
    assert not_counted == [(12, "planned"), (13, "cancelled")]
    assert all(line.code is None for line in maria.lines if not line.counted)


def test_the_lines_of_a_month_in_date_order_with_customer_and_user_number(world):
    maria = _helper(payroll_month(OCTOBER), "M01")
    assert [(line.date.day, line.kind.value, str(line.hours), line.code) for line in maria.lines] \
        == [(5, "worked", "3", "DC01"), (6, "worked", "4", "DC01"), (7, "worked", "3", "DC01"),
            (8, "worked", "2", "DC03"), (9, "worked", "3", "DC01"), (12, "not_counted", "3", None),
            (13, "not_counted", "3", None), (14, "absence", "3", "ZIEK"),
            (15, "absence", "4", "ZIEK"), (22, "customer_absence", "4", "KLAF")]
    first, klaf = maria.lines[0], maria.lines[-1]
    assert (first.customer_name, first.user_number, first.status) == (
        "Janssens", "356231378057", "performed")
    assert (klaf.customer_name, klaf.user_number, klaf.reason, klaf.start_time) == (
        "Peeters", "111122223333", "holiday", "13:00")


def test_the_csv_rows_one_per_helper_day_and_code(world):
    rows = payroll_month(OCTOBER).csv_rows()
    assert rows == [
        ("M02", "", "Ann Peeters", "2026-10-20", "DC01", "12"),
        ("M03", "97040208973", "Els Wouters", "2026-10-29", "VAK", "3,8"),
        ("M03", "97040208973", "Els Wouters", "2026-10-30", "VAK", "3,8"),
        ("M01", "68022754983", "Maria Vos", "2026-10-05", "DC01", "3"),
        ("M01", "68022754983", "Maria Vos", "2026-10-06", "DC01", "4"),
        ("M01", "68022754983", "Maria Vos", "2026-10-07", "DC01", "3"),
        ("M01", "68022754983", "Maria Vos", "2026-10-08", "DC03", "2"),
        ("M01", "68022754983", "Maria Vos", "2026-10-09", "DC01", "3"),
        ("M01", "68022754983", "Maria Vos", "2026-10-14", "ZIEK", "3"),
        ("M01", "68022754983", "Maria Vos", "2026-10-15", "ZIEK", "4"),
        ("M01", "68022754983", "Maria Vos", "2026-10-22", "KLAF", "4"),
    ]


def test_the_code_table_changes_the_codes_of_the_month(world):
    payroll_codes.save_codes({"activity.ironing": "STRIJK", "absence.sickness": "Z1"})
    rows = payroll_month(OCTOBER).csv_rows()
    assert ("M01", "68022754983", "Maria Vos", "2026-10-08", "STRIJK", "2") in rows
    assert [r[4] for r in rows if r[3] in ("2026-10-14", "2026-10-15")] == ["Z1", "Z1"]


def test_the_warnings_of_the_month_carry_what_they_are_about(world):
    data = payroll_month(OCTOBER)
    found = [(w.kind, w.helper_id, w.date, w.prestation_ids) for w in data.warnings]
    p = world.prestations
    assert found == [
        (WarningKind.MISSING_INSZ, world.ann, None, ()),
        (WarningKind.OVER_11_HOURS, world.ann, day(20), (p["ann_a"], p["ann_b"])),
        (WarningKind.NO_CONTRACT_HOURS, world.ann, None, ()),
        (WarningKind.PLANNED_LEFT, world.maria, day(12), (p["planned_12"],)),
        (WarningKind.CONTESTED, world.maria, day(9), (p["contested_09"],)),
    ]
    texts = [w.text for w in data.warnings]
    assert texts[1] == ("Ann Peeters (M02): 12 uur gewerkt op 20/10/2026, meer dan 11 uur op "
                        "één dag.")
    assert texts[3].startswith("Maria Vos (M01): 1 prestatie staat nog op gepland op een "
                               "voorbije dag (12/10)")


def test_in_the_current_month_only_planned_days_before_today_are_warned_about(world):
    maria = world.maria
    for number in (24, 25, 26):
        factories.prestation(world.janssens, maria, day(number, 11), 3, status="planned")
    data = payroll_month(Month(2026, 11))  # the tests' today is 25/11/2026
    assert data.warnings[0].kind == WarningKind.MONTH_NOT_OVER
    assert "nog niet voorbij (vandaag is het 25/11/2026)" in data.warnings[0].text
    planned = [w for w in data.warnings if w.kind == WarningKind.PLANNED_LEFT]
    assert [(w.helper_id, w.date, len(w.prestation_ids)) for w in planned] == [
        (maria, day(24, 11), 1)]


def test_worked_while_absent_and_on_a_public_holiday_are_warned_about(world):
    worked = factories.prestation(world.peeters, world.maria, day(15), 2)
    holiday = factories.prestation(world.janssens, world.maria, day(11, 11), 3)
    october = payroll_month(OCTOBER)
    absent = [w for w in october.warnings if w.kind == WarningKind.ABSENT_BUT_WORKED]
    assert [(w.date, w.prestation_ids) for w in absent] == [(day(15), (worked,))]
    assert absent[0].absence_id is not None
    assert "afwezig (ziekte 14/10/2026 – 15/10/2026)" in absent[0].text
    november = payroll_month(Month(2026, 11))
    on_holiday = [w for w in november.warnings if w.kind == WarningKind.WORKED_ON_HOLIDAY]
    assert [(w.date, w.prestation_ids) for w in on_holiday] == [(day(11, 11), (holiday,))]
    assert "Wapenstilstand" in on_holiday[0].text


def test_a_customer_absence_slot_worked_anyway_is_not_listed_twice(world):
    factories.prestation(world.peeters, world.maria, day(22), 4)
    maria = _helper(payroll_month(OCTOBER), "M01")
    assert not [line for line in maria.lines if line.kind == LineKind.CUSTOMER_ABSENCE]
    assert _totals(maria)[("huishoudhulp", "DC01")] == 17


def test_hours_without_a_code_are_warned_about_and_left_without_code(world):
    PayrollCode.delete().where(PayrollCode.subject == "ironing").execute()
    data = payroll_month(OCTOBER)
    missing = [w for w in data.warnings if w.kind == WarningKind.MISSING_CODE]
    assert len(missing) == 1
    assert missing[0].text.startswith("'strijkatelier' heeft geen looncode")
    assert missing[0].prestation_ids == (world.prestations["ironing_08"],)
    assert ("M01", "68022754983", "Maria Vos", "2026-10-08", "", "2") in data.csv_rows()


def test_public_holidays_are_not_working_days_nor_absence_days(db):
    helper = factories.helper("M09", "Lien Claes")
    absences.create_absence(absences.AbsenceInput(dt.date(2026, 11, 9), dt.date(2026, 11, 13),
                                                  "holiday", helper_id=helper))
    data = payroll_month(Month(2026, 11))
    assert data.working_days == 20  # 21 weekdays, Armistice on Wednesday
    assert sorted(data.holidays) == [dt.date(2026, 11, 1), dt.date(2026, 11, 11)]
    lien = data.helpers[0]
    assert [line.date.day for line in lien.lines] == [9, 10, 12, 13]
    assert lien.absence_hours == 0  # no schedule and no contract hours: nothing to count
    assert data.is_empty is False and data.csv_rows() == []


def test_the_flemish_holiday_counts_when_the_company_skips_it(db):
    # July 2025: 23 weekdays, the national holiday on Monday 21, 11 July on a Friday.
    assert payroll_month(Month(2025, 7)).working_days == 22
    settings.save({"skip_flemish_holiday": "1"})
    assert payroll_month(Month(2025, 7)).working_days == 21


def test_an_empty_month(world):
    data = payroll_month(Month(2025, 3))
    assert data.helpers == [] and data.is_empty and data.csv_rows() == []
    with clock.pinned(dt.datetime(2026, 12, 15, 9, 0)):
        assert payroll_month(Month(2027, 2)).warnings[0].text == (
            "februari 2027 is nog niet begonnen: er is nog niets gewerkt.")


@pytest.mark.parametrize("text", ["2026-13", "26-01", "abc", "2026-1", "2026-00", "", "1999-12"])
def test_a_bad_month_is_refused_in_dutch(text):
    with pytest.raises(KnownError) as info:
        Month.parse(text)
    assert "geen maand" in str(info.value)


def test_a_month_knows_its_days():
    assert Month.parse(" 2028-02 ") == Month(2028, 2)
    assert Month(2028, 2).last == dt.date(2028, 2, 29)
    assert Month(2026, 12).last == dt.date(2026, 12, 31)
    assert Month(2026, 12).label == "december 2026" and Month(2026, 12).iso == "2026-12"
