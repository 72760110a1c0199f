"""Schedules and absences: validation, ending keeps history, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.models import Absence, AuditEntry, Prestation, Schedule
from inharmony_desktop.core.services import absences, prestations, schedules
from inharmony_desktop.core.services.generation import apply_generation, plan_generation
from inharmony_desktop.core.services.schedules import ScheduleInput
from tests.core.schedule_world import make_world, weekly

D = dt.date


@pytest.fixture
def world(db):
    return make_world()


def test_bad_schedule_names_every_field_and_writes_nothing(world):
    data = ScheduleInput(helper_id=999, user_number_id=world.un_peeters, weekday=7,
                         start_time="25:00", hours=0, first_date="2026-13-01", every_weeks=3)
    with pytest.raises(ValidationError) as info:
        schedules.create_schedule(data)
    assert set(info.value.fields) == {"helper", "weekday", "start_time", "hours", "first_date",
                                      "every_weeks"}
    assert "Kies een bestaande medewerker." in str(info.value)
    assert Schedule.select().count() == 0


def test_last_date_before_first_date_is_refused(world):
    data = ScheduleInput(helper_id=world.anna, user_number_id=world.un_peeters, weekday=0,
                         start_time="8:30", hours=3, first_date=D(2026, 5, 1),
                         last_date=D(2026, 4, 1))
    with pytest.raises(ValidationError, match="voor de eerste datum"):
        schedules.create_schedule(data)


def test_start_time_is_normalised_and_listed_with_names(world):
    sid = weekly(world.anna, world.un_janssens, 2, D(2026, 1, 1), start="8:05", hours=4)
    [row] = schedules.list_schedules()
    assert (row.id, row.helper_name, row.user_number, row.customer_name) == (
        sid, "Anna Claes", "100000000003", "Janssens Els")
    assert (row.start_time, row.end_time) == ("08:05", "12:05")


def test_ending_a_schedule_keeps_it_and_its_past_but_drops_what_is_only_planned(world):
    sid = weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    ids = apply_generation(plan_generation(D(2026, 9, 1), D(2026, 9, 30)))  # 7, 14, 21, 28
    prestations.set_status([ids[3]], "performed")  # the 28th already happened (say)
    removed = schedules.end_schedule(sid, D(2026, 9, 15))
    assert Schedule.get_by_id(sid).last_date == D(2026, 9, 15)
    assert [r["date"] for r in removed] == ["2026-09-21"]
    assert [p.date for p in Prestation.select().order_by(Prestation.date)] == [
        D(2026, 9, 7), D(2026, 9, 14), D(2026, 9, 28)]
    assert [r.id for r in schedules.list_schedules(active_from=D(2026, 10, 1))] == []
    assert [r.id for r in schedules.list_schedules(active_from=D(2026, 9, 1))] == [sid]
    assert AuditEntry.get((AuditEntry.entity == "schedule") & (AuditEntry.action == "end"))
    with pytest.raises(KnownError, match="blijft als geschiedenis bewaard"):
        schedules.delete_schedule(sid)
    prestations.restore(removed)  # what undo does
    assert Prestation.select().count() == 4


def test_editing_a_schedule_leaves_generated_prestations_alone(world):
    sid = weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1), hours=3)
    apply_generation(plan_generation(D(2026, 9, 7), D(2026, 9, 13)))
    data = schedules.to_input(schedules.get_schedule(sid))
    data.hours = 4
    schedules.update_schedule(sid, data)
    assert [p.hours for p in Prestation.select()] == [3]


def test_absence_needs_exactly_one_of_helper_or_customer(world):
    with pytest.raises(ValidationError, match="één van beide"):
        absences.create_absence(absences.AbsenceInput(from_date=D(2026, 1, 1),
                                                      to_date=D(2026, 1, 2)))
    with pytest.raises(ValidationError, match="voor de begindatum"):
        absences.create_absence(absences.AbsenceInput(
            from_date=D(2026, 1, 5), to_date=D(2026, 1, 2), helper_id=world.anna))
    assert Absence.select().count() == 0


def test_absences_are_listed_by_period_with_the_name(world):
    absences.create_absence(absences.AbsenceInput(
        from_date=D(2026, 7, 1), to_date=D(2026, 7, 21), helper_id=world.bart))
    absences.create_absence(absences.AbsenceInput(
        from_date=D(2026, 8, 1), to_date=D(2026, 8, 31), customer_id=world.janssens,
        reason="stop", activity="ironing"))
    rows = absences.list_absences(D(2026, 7, 15), D(2026, 8, 5))
    assert [(r.who, r.activity, r.is_helper) for r in rows] == [
        ("Janssens Els (K002)", "ironing", False), ("Bart Wouters", None, True)]
    assert absences.list_absences(D(2026, 9, 1), D(2026, 9, 30)) == []


def test_helper_week_shows_the_weeks_slots_overlaps_and_contract_excess(world):
    from inharmony_desktop.core.services.helper_week import helper_weeks

    weekly(world.bart, world.un_peeters, 0, D(2026, 1, 1), start="09:00", hours=4)
    weekly(world.bart, world.un_janssens, 0, D(2026, 1, 1), start="12:00", hours=3)
    weekly(world.bart, world.un_paper, 2, D(2026, 1, 1), every=2, hours=4)  # even weeks
    weekly(world.anna, world.un_janssens, 5, D(2026, 1, 1), start="09:00", hours=3)
    odd, even = helper_weeks(D(2026, 9, 2)), helper_weeks(D(2026, 9, 9))
    anna, bart = odd
    assert [(s.date, s.start_time, s.end_time) for s in anna.on(5)] == [
        (D(2026, 9, 5), "09:00", "12:00")]
    assert (anna.total_hours, anna.over_contract, anna.has_overlap) == (3, False, False)
    assert [s.overlaps for s in bart.on(0)] == [True, True]
    assert bart.on(2) == []  # not its week
    assert (bart.total_hours, bart.over_contract) == (7, False)
    bart = even[1]
    assert (bart.total_hours, bart.over_contract) == (11, True)  # contract 10 h
