"""The prestations model on 50,000 rows: SQL filtering, sorting and paging."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.models import Customer, Helper, PaymentModeChange, Prestation, UserNumber
from inharmony_desktop.core.services import prestation_query as pq
from inharmony_desktop.ui.models.prestations import PrestationTableModel

ROWS = 50_000
START = dt.date(2020, 1, 1)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("big") / "big.db")
    rng = random.Random(3)
    with database.atomic():
        Helper.insert_many([{"reference": f"M{i:03}", "name": f"Helper {i:03}"}
                            for i in range(20)]).execute()
        Customer.insert_many([{"reference": f"K{i:04}", "name": f"Klant {i:04}",
                               "postal_code": "3940", "city": "Hechtel"}
                              for i in range(200)]).execute()
        customer_ids = [c.id for c in Customer.select(Customer.id)]
        UserNumber.insert_many([{"number": f"{100000000000 + i}", "customer": customer_ids[i % 200],
                                 "holder": f"Houder {i}"} for i in range(300)]).execute()
        numbers = [u.id for u in UserNumber.select(UserNumber.id)]
        PaymentModeChange.insert_many([{"user_number": n, "effective_date": START,
                                        "mode": "electronic"} for n in numbers]).execute()
        helpers = [h.id for h in Helper.select(Helper.id)]
        statuses = ("performed", "registered", "paid")
        rows = []
        for i in range(ROWS):
            hours = rng.randint(1, 6)
            rows.append((START + dt.timedelta(days=i % 2000), numbers[i % len(numbers)],
                         helpers[rng.randrange(len(helpers))],
                         "ironing" if i % 7 == 0 else "home_help", hours, 0, hours,
                         statuses[i % 3]))
        fields = [Prestation.date, Prestation.user_number, Prestation.helper,
                  Prestation.activity, Prestation.hours, Prestation.paper,
                  Prestation.electronic, Prestation.status]
        for start in range(0, ROWS, 10_000):
            Prestation.insert_many(rows[start:start + 10_000], fields=fields).execute()
    yield {"numbers": numbers, "helpers": helpers, "customers": customer_ids}
    close_database()


def test_first_screen_reads_one_page(qtmodeltester, big_db):
    model = PrestationTableModel()
    model.reload()
    assert model.rowCount() == ROWS
    for row in range(40):
        model.index(row, 1).data()
    assert model.fetch_count == 1
    assert model.cached_page_count() == 1
    newest = model.row_info(0).date
    assert newest == START + dt.timedelta(days=1999)


def test_last_row_is_read_from_the_other_end(big_db):
    model = PrestationTableModel()
    model.reload()
    last = model.row_info(ROWS - 1)
    first_ascending = pq.page(pq.PrestationFilter(), descending=False, limit=1)[0]
    assert last.id == first_ascending.id
    assert model.fetch_count == 1
    assert model.row_info(ROWS - 201).date >= last.date


def test_pages_are_consecutive_and_ordered(big_db):
    model = PrestationTableModel()
    model.reload()
    model.sort(3)  # helper name, ascending
    names = [model.row_info(r).helper for r in range(0, 1000)]
    assert names == sorted(names)
    ids = [model.row_info(r).id for r in range(190, 210)]
    assert len(set(ids)) == 20  # no row lost or repeated at a page border
    assert model.fetch_count == 5


def test_filters_are_sql_counts(big_db):
    model = PrestationTableModel()
    helper = big_db["helpers"][0]
    model.set_filter(pq.PrestationFilter(helper_id=helper, status="paid", activity="home_help"))
    expected = Prestation.select().where(
        (Prestation.helper == helper) & (Prestation.status == "paid")
        & (Prestation.activity == "home_help")).count()
    assert model.rowCount() == expected > 0
    assert {model.row_info(r).status for r in range(min(expected, 300))} == {"paid"}


def test_customer_period_and_text_filters(big_db):
    model = PrestationTableModel()
    customer = big_db["customers"][5]
    start, end = dt.date(2021, 1, 1), dt.date(2021, 12, 31)
    model.set_filter(pq.PrestationFilter(customer_id=customer, start=start, end=end))
    rows = [model.row_info(r) for r in range(model.rowCount())]
    assert rows and all(r.customer_id == customer and start <= r.date <= end for r in rows)
    model.set_filter(pq.PrestationFilter(text="Klant 0005"))
    assert model.rowCount() == Prestation.select().join(
        UserNumber, on=Prestation.user_number == UserNumber.id).where(
        UserNumber.customer == customer).count()


def test_descending_sort_on_every_column(big_db):
    model = PrestationTableModel()
    model.reload()
    for column in range(model.columnCount()):
        model.sort(column)
        model.descending = True
        model.reload()
        assert model.row_info(0) is not None
        assert model.row_info(ROWS - 1) is not None
