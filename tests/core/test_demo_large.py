import datetime as dt

from peewee import fn

from inharmony_desktop.core import demo_large
from inharmony_desktop.core.models import Customer, Order, PaymentModeChange, Prestation, UserNumber


def test_large_demo_shape_at_small_scale(db):
    counts = demo_large.build(seed=3, today=dt.date(2026, 11, 27), scale=0.01)
    assert counts["prestaties"] == Prestation.select().count() == 10_000
    assert Customer.select().count() == 30 and UserNumber.select().count() == 45
    assert 0 < Order.select().count() <= 600
    # Paper was never bought after May 2025, and the tiers were priced.
    assert not Order.select().where((Order.medium == "paper")
                                    & (Order.order_date > dt.date(2025, 5, 31))).exists()
    # No user number exceeds its personal maximum in any year.
    per_year = (Order.select(Order.user_number, Order.order_date.year.alias("y"),
                             fn.SUM(Order.quantity).alias("q"))
                .group_by(Order.user_number, Order.order_date.year))
    assert max(row.q for row in per_year) <= 2000
    # Most prestations last 3 or 4 hours; splits add up.
    three_four = Prestation.select().where(Prestation.hours.in_((3, 4))).count()
    assert three_four > 0.6 * 10_000
    assert not Prestation.select().where(Prestation.paper + Prestation.electronic
                                         != Prestation.hours).exists()
    assert PaymentModeChange.select().where(PaymentModeChange.mode == "paper").exists()


def test_large_demo_has_schedules_and_its_indexes(db):
    from inharmony_desktop.core.models import Schedule, database

    counts = demo_large.build(seed=3, today=dt.date(2026, 11, 27), scale=0.01)
    assert counts["uurroosters"] == Schedule.select().count() > 0
    # A helper never has two schedules in the same weekly slot.
    slots = (Schedule.select(Schedule.helper, Schedule.weekday, Schedule.start_time,
                             fn.COUNT(Schedule.id).alias("n"))
             .group_by(Schedule.helper, Schedule.weekday, Schedule.start_time))
    assert max(row.n for row in slots) == 1
    # The indexes dropped for the bulk load are all back.
    names = {index.name for index in database.get_indexes("prestation")}
    assert {"prestation_date", "prestation_user_number_id_date_status_electronic",
            "prestation_helper_id_date", "prestation_correction", "prestation_slot_unique"} <= names
