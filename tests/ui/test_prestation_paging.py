"""The prestations model on 50,000 rows: SQL filtering, sorting and paging."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QTableView

from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.models import (
    Customer,
    Helper,
    PaymentModeChange,
    Prestation,
    UserNumber,
    database,
)
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
            paper = min(i % 3, hours)  # some paper vouchers, so the split column sorts on something
            rows.append((START + dt.timedelta(days=i % 2000), numbers[i % len(numbers)],
                         helpers[rng.randrange(len(helpers))],
                         "ironing" if i % 7 == 0 else "home_help", hours, paper, hours - paper,
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


# The value each column is sorted on, as a row carries it (the split on its paper vouchers).
SORTED_ON = {
    "date": lambda r: r.date, "customer": lambda r: r.customer, "user_number": lambda r: r.number,
    "helper": lambda r: r.helper, "activity": lambda r: r.activity, "hours": lambda r: r.hours,
    "split": lambda r: r.paper, "status": lambda r: r.status,
}


@pytest.mark.parametrize("column", range(len(pq.COLUMNS)), ids=pq.COLUMNS)
def test_descending_sort_puts_the_highest_value_of_the_column_first(big_db, column):
    model = PrestationTableModel()
    model.reload()

    model.sort(column, Qt.SortOrder.DescendingOrder)

    value = SORTED_ON[pq.COLUMNS[column]]
    # The first two pages, and the last one (read from the other end of the table).
    rows = [*range(0, 2 * model.PAGE_SIZE), *range(ROWS - model.PAGE_SIZE, ROWS)]
    values = [value(model.row_info(row)) for row in rows]
    assert values == sorted(values, reverse=True)
    assert values[0] > values[-1]  # the column varies, so the order above says something


# --- the query budget: what opening and scrolling may ask the database ----------------------

class StatementLog:
    """Every SQL statement the database runs while active (sqlite3's trace hook)."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def __enter__(self) -> StatementLog:
        database.connection().set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc) -> None:
        database.connection().set_trace_callback(None)

    def take(self) -> list[str]:
        taken = list(self.statements)
        self.statements.clear()  # the same list: the hook appends to it
        return taken


def _reads_prestations(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT") and '"prestation"' in sql


def _assert_bounded(statements: list[str]) -> None:
    """Every read of prestations is a count or at most one page (LIMIT <= page size)."""
    for sql in statements:
        if not _reads_prestations(sql):
            continue
        if sql.upper().startswith("SELECT COUNT("):
            continue
        limit = re.search(r"LIMIT (\d+)", sql)
        assert limit, f"a read without LIMIT: {sql[:200]}"
        assert int(limit.group(1)) <= PrestationTableModel.PAGE_SIZE
        offset = re.search(r"OFFSET (\d+)", sql)
        # Deep pages are read from the nearer end: never more than half the table skipped.
        assert offset is None or int(offset.group(1)) <= ROWS // 2


@pytest.fixture
def table(qtbot, big_db):
    view = QTableView()
    qtbot.add_widget(view)
    view.resize(1000, 600)
    model = PrestationTableModel(view)
    view.setModel(model)
    view.show()
    return view, model


def test_opening_and_scrolling_reads_one_page_at_a_time(table):
    view, model = table
    with StatementLog() as log:
        model.reload()
        view.viewport().repaint()
        opening = log.take()
        assert model.rowCount() == ROWS
        assert len([s for s in opening if _reads_prestations(s)]) == 2  # the count, one page
        _assert_bounded(opening)
        pages = 8
        screens = 0
        while view.rowAt(0) <= pages * PrestationTableModel.PAGE_SIZE:  # screen by screen
            view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
            view.viewport().repaint()
            screens += 1
        scrolled = log.take()
    reads = [s for s in scrolled if _reads_prestations(s)]
    assert screens > pages * 5
    assert pages <= len(reads) <= pages + 1  # one query per new page, none per row or cell
    _assert_bounded(scrolled)
    assert model.cached_page_count() <= PrestationTableModel.MAX_PAGES


def test_every_sort_and_filter_costs_a_count_and_a_page(table, big_db):
    view, model = table
    filters = [pq.PrestationFilter(), pq.PrestationFilter(helper_id=big_db["helpers"][2]),
               pq.PrestationFilter(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31)),
               pq.PrestationFilter(text="Klant 01"), pq.PrestationFilter(text="Helper 00")]
    with StatementLog() as log:
        for f in filters:
            for column in range(model.columnCount()):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    model.prestation_filter = f
                    model.sort(column, order)
                    view.viewport().repaint()
                    statements = log.take()
                    assert len([s for s in statements if _reads_prestations(s)]) == 2
                    _assert_bounded(statements)


def test_the_last_row_is_one_short_query(table):
    view, model = table
    model.reload()
    with StatementLog() as log:
        view.scrollToBottom()
        view.viewport().repaint()
        reads = [s for s in log.take() if _reads_prestations(s)]
    assert len(reads) == 1
    assert re.search(r"OFFSET (\d+)", reads[0]) is None or "OFFSET 0" in reads[0]
    assert model.row_info(ROWS - 1).date == START  # newest first: the bottom is the oldest day


@pytest.mark.parametrize("column", range(len(pq.COLUMNS)))
def test_no_sort_of_the_whole_table(big_db, column):
    """Each sort order is read along an index: SQLite never sorts the full table for a page."""
    for descending in (False, True):
        query = pq.sorted_query(pq.PrestationFilter(), sort_column=column, descending=descending,
                                walk=True).limit(200)
        sql, params = query.sql()
        plan = " / ".join(row[3] for row in database.execute_sql(
            "EXPLAIN QUERY PLAN " + sql, params).fetchall())
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
        assert "SCAN t1" not in plan.replace("SCAN t1 USING INDEX", ""), plan
