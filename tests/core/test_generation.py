"""Generation of planned prestations from schedules: rhythm, holidays,
absences, idempotence and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import AuditEntry, Prestation, UserNumber
from inharmony_desktop.core.services import prestations, settings, user_numbers
from inharmony_desktop.core.services.absences import AbsenceInput, create_absence
from inharmony_desktop.core.services.generation import (
    FLEMISH_HOLIDAY_SETTING,
    apply_generation,
    plan_generation,
    undo_generation,
)
from inharmony_desktop.core.services.schedules import end_schedule
from tests.core.schedule_world import make_world, order, weekly

D = dt.date


@pytest.fixture
def world(db):
    return make_world()


def _dates(plan) -> list[dt.date]:
    return [p.date for p in plan.to_create]


def test_biweekly_schedule_keeps_its_rhythm_across_the_year_end(world):
    # 2026 has 53 ISO weeks: ISO week parity would break; counting from first_date does not.
    weekly(world.anna, world.un_peeters, 1, D(2026, 12, 1), every=2)  # Tuesdays
    plan = plan_generation(D(2026, 12, 1), D(2027, 1, 31))
    assert _dates(plan) == [D(2026, 12, 1), D(2026, 12, 15), D(2026, 12, 29),
                            D(2027, 1, 12), D(2027, 1, 26)]


def test_schedule_starting_mid_week_begins_on_its_first_matching_weekday(world):
    # First date is a Thursday; the Monday schedule starts the next Monday.
    weekly(world.anna, world.un_peeters, 0, D(2026, 3, 5))
    biweekly = weekly(world.bart, world.un_janssens, 4, D(2026, 3, 5), every=2)  # Fridays
    plan = plan_generation(D(2026, 3, 2), D(2026, 3, 22))
    mondays = [p.date for p in plan.to_create if p.helper_id == world.anna]
    fridays = [p.date for p in plan.to_create if p.schedule_id == biweekly]
    assert mondays == [D(2026, 3, 9), D(2026, 3, 16)]
    # The week of the first date counts as week 0, so its Friday is the first slot.
    assert fridays == [D(2026, 3, 6), D(2026, 3, 20)]


def test_easter_monday_and_christmas_are_skipped_with_their_name(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))  # Mondays
    weekly(world.bart, world.un_janssens, 4, D(2026, 1, 1))  # Fridays
    plan = plan_generation(D(2026, 4, 6), D(2026, 4, 12))
    assert _dates(plan) == [D(2026, 4, 10)]
    assert [(s.date, s.reason, s.detail) for s in plan.skipped] == [
        (D(2026, 4, 6), "holiday", "feestdag: Paasmaandag")]
    plan = plan_generation(D(2026, 12, 21), D(2026, 12, 27))
    assert _dates(plan) == [D(2026, 12, 21)]
    assert [(s.date, s.detail) for s in plan.skipped] == [(D(2026, 12, 25), "feestdag: Kerstmis")]


def test_july_11_is_a_working_day_unless_the_office_turns_the_setting_on(world):
    weekly(world.anna, world.un_peeters, 5, D(2026, 1, 1))  # Saturdays; 11 July 2026 is one
    assert _dates(plan_generation(D(2026, 7, 11), D(2026, 7, 11))) == [D(2026, 7, 11)]
    settings.save({FLEMISH_HOLIDAY_SETTING: "1"})
    plan = plan_generation(D(2026, 7, 11), D(2026, 7, 11))
    assert plan.to_create == []
    assert plan.skipped[0].detail == "feestdag: Feest van de Vlaamse Gemeenschap"


def test_absence_over_part_of_a_week_skips_only_those_days(world):
    for weekday in range(5):
        weekly(world.anna, world.un_peeters, weekday, D(2026, 1, 1))
    create_absence(AbsenceInput(from_date=D(2026, 6, 10), to_date=D(2026, 6, 11),
                                reason="sickness", helper_id=world.anna))
    plan = plan_generation(D(2026, 6, 8), D(2026, 6, 14))
    assert _dates(plan) == [D(2026, 6, 8), D(2026, 6, 9), D(2026, 6, 12)]
    assert [(s.date, s.reason) for s in plan.skipped] == [
        (D(2026, 6, 10), "helper_absent"), (D(2026, 6, 11), "helper_absent")]
    assert "ziekte" in plan.skipped[0].detail


def test_customer_absence_for_one_activity_keeps_the_other(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    weekly(world.bart, world.un_peeters, 0, D(2026, 1, 1), activity="ironing", start="13:00")
    create_absence(AbsenceInput(from_date=D(2026, 6, 1), to_date=D(2026, 6, 30), reason="stop",
                                customer_id=world.peeters, activity="home_help"))
    plan = plan_generation(D(2026, 6, 1), D(2026, 6, 7))
    assert [p.activity for p in plan.to_create] == ["ironing"]
    assert [s.reason for s in plan.skipped] == ["customer_absent"]


def test_generation_twice_creates_nothing_twice(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    weekly(world.anna, world.un_paper, 2, D(2026, 1, 1), every=2)
    stale = plan_generation(D(2026, 9, 1), D(2026, 9, 30))
    first = apply_generation(plan_generation(D(2026, 9, 1), D(2026, 9, 30)))
    assert len(first) == 4 + 2  # four Mondays, the Wednesdays of 9 and 23 September
    again = plan_generation(D(2026, 9, 1), D(2026, 9, 30))
    assert again.to_create == []
    assert [s.reason for s in again.skipped] == ["exists"] * 6
    assert apply_generation(again) == []
    # A plan made before the first run (say on another PC) adds nothing either.
    assert apply_generation(stale) == []
    # Overlapping periods: only the new days are created.
    assert len(apply_generation(plan_generation(D(2026, 9, 21), D(2026, 10, 11)))) == 2
    assert Prestation.select().count() == 8


def test_generated_prestations_are_planned_with_the_split_of_their_date(world):
    weekly(world.anna, world.un_paper, 0, D(2026, 1, 1), hours=4)
    user_numbers.set_payment_mode(world.un_paper, D(2026, 9, 14), "electronic")
    ids = apply_generation(plan_generation(D(2026, 9, 7), D(2026, 9, 20)))
    rows = sorted(Prestation.select().where(Prestation.id.in_(ids)), key=lambda p: p.date)
    assert [(p.date, p.status, p.paper, p.electronic, p.start_time) for p in rows] == [
        (D(2026, 9, 7), "planned", 4, 0, "08:30"),
        (D(2026, 9, 14), "planned", 0, 4, "08:30"),
    ]
    assert all(p.schedule_id is not None for p in rows)
    assert AuditEntry.select().where(AuditEntry.action == "generate").count() == 2


def test_undo_of_a_generation_removes_exactly_what_it_created(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    kept = prestations.create_prestation(prestations.PrestationInput(
        date=D(2026, 9, 8), user_number_id=world.un_janssens, helper_id=world.bart, hours=2))
    ids = apply_generation(plan_generation(D(2026, 9, 1), D(2026, 9, 30)))
    snapshots = undo_generation(ids)
    assert [p.id for p in Prestation.select()] == [kept]
    prestations.restore(snapshots, reason="Opnieuw gedaan")  # redo brings back the same ids
    assert sorted(p.id for p in Prestation.select()) == sorted([kept, *ids])


def test_undo_is_refused_once_a_prestation_was_performed(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    ids = apply_generation(plan_generation(D(2026, 9, 1), D(2026, 9, 14)))
    prestations.set_status(ids[:1], "performed")
    with pytest.raises(KnownError, match="niet meer gepland"):
        undo_generation(ids)
    assert Prestation.select().count() == 2


def test_ended_and_inactive_are_skipped_with_reasons(world):
    ended = weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1))
    end_schedule(ended, D(2026, 9, 8))
    weekly(world.bart, world.un_janssens, 1, D(2026, 1, 1))
    UserNumber.update(active=False).where(UserNumber.id == world.un_janssens).execute()
    plan = plan_generation(D(2026, 9, 7), D(2026, 9, 20))
    assert _dates(plan) == [D(2026, 9, 7)]
    reasons = sorted((s.date, s.reason) for s in plan.skipped)
    assert reasons == [(D(2026, 9, 8), "user_number_inactive"), (D(2026, 9, 14), "ended"),
                       (D(2026, 9, 15), "user_number_inactive")]
    assert any(s.detail == "uurrooster beëindigd op 08/09/2026" for s in plan.skipped)
    assert "gebruikersnummer niet actief: 2" in plan.summary()


def test_plan_warns_about_double_booking_and_a_short_wallet(world):
    weekly(world.anna, world.un_peeters, 0, D(2026, 1, 1), start="09:00", hours=3)
    weekly(world.anna, world.un_janssens, 0, D(2026, 1, 1), start="11:00", hours=2)
    order(world.un_janssens, D(2026, 8, 1), 10)
    plan = plan_generation(D(2026, 9, 7), D(2026, 9, 13))
    assert any("dubbel geboekt" in w and "09:00-12:00" in w for w in plan.warnings)
    short = [w for w in plan.warnings if "Portefeuille" in w]
    assert len(short) == 1 and "1000 0000 0001" in short[0] and "0 elektronische" in short[0]


def test_a_period_that_is_backwards_or_too_long_is_refused(world):
    with pytest.raises(KnownError, match="voor de begindatum"):
        plan_generation(D(2026, 9, 30), D(2026, 9, 1))
    with pytest.raises(KnownError, match="hoogstens"):
        plan_generation(D(2026, 1, 1), D(2026, 12, 31))
