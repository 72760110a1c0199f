"""The prestations table on the open database: our paged model against QSqlQueryModel.

Both models sit in the same kind of QTableView (1200 × 700, shown offscreen);
a figure is the time from the user's action (open, sort, filter, jump) until
the view has painted its screen, so that every `data()` call of that screen is
included. The baseline runs the same SQL as ours, without LIMIT: the
`sorted_query` of `core.services.prestation_query`, through Qt's QSQLITE driver, on
an identical copy of the database file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import peewee
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QTableView

from inharmony_desktop.core.models import Customer, Helper, Prestation
from inharmony_desktop.core.services import prestation_query as pq
from inharmony_desktop.ui.models.prestations import PrestationTableModel
from tests.benchmarks.figures import Figure, timed

FIRST_SCREEN_MS = 100
SORT_FILTER_MS = 300
LAST_ROW_MS = 100
SORTS = ("date", "customer", "user_number", "helper", "activity", "hours", "status")


def _view() -> QTableView:
    view = QTableView()
    view.resize(1200, 700)
    view.show()
    return view


def _painted(view: QTableView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


class _Baseline:
    """QSqlQueryModel on its own QSQLITE connection to a copy of the same file (never the
    file our connection has open: two SQLite libraries in one process do not see each
    other's locks)."""

    def __init__(self, path: Path) -> None:
        self.db = QSqlDatabase.addDatabase("QSQLITE", "benchmark_baseline")
        self.db.setDatabaseName(str(path))
        self.db.setConnectOptions("QSQLITE_OPEN_READONLY")
        if not self.db.open():
            raise RuntimeError(self.db.lastError().text())
        self.view = _view()
        self.model: QSqlQueryModel | None = None

    def show(self, f: pq.PrestationFilter, sort_column: int, descending: bool) -> None:
        sql, params = pq.sorted_query(f, sort_column=sort_column, descending=descending).sql()
        query = QSqlQuery(self.db)
        query.setForwardOnly(False)
        query.prepare(sql)
        for value in params:
            query.addBindValue(value.isoformat() if isinstance(value, dt.date) else value)
        if not query.exec():
            raise RuntimeError(query.lastError().text())
        model = QSqlQueryModel()
        model.setQuery(query)
        self.view.setModel(model)
        self.model = model  # the previous one goes only after the view let go of it
        _painted(self.view)

    def to_last_row(self) -> None:
        assert self.model is not None
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.view.scrollToBottom()
        _painted(self.view)

    def close(self) -> None:
        self.view.setModel(None)
        self.model = None
        self.view.close()
        self.db.close()
        self.db = QSqlDatabase()


class _Ours:
    def __init__(self) -> None:
        self.view = _view()
        self.model = PrestationTableModel()
        self.view.setModel(self.model)

    def show(self, f: pq.PrestationFilter, sort_column: int, descending: bool) -> None:
        self.model.prestation_filter = f
        self.model.sort_column, self.model.descending = sort_column, descending
        self.model.reload()
        self.view.scrollToTop()
        _painted(self.view)

    def to_last_row(self) -> None:
        self.view.scrollToBottom()
        _painted(self.view)

    def close(self) -> None:
        self.view.close()


def _common_text() -> str:
    """What an office worker types: the start of the most frequent customer name."""
    name = (Customer.select(Customer.name).group_by(Customer.name)
            .order_by(peewee.fn.COUNT(Customer.id).desc(), Customer.name).scalar())
    return str(name)[:5]


def _busiest_helper() -> int:
    return int(Prestation.select(Prestation.helper).group_by(Prestation.helper)
               .order_by(peewee.fn.COUNT(Prestation.id).desc()).limit(1).scalar())


def _last_full_year() -> pq.PrestationFilter:
    newest = Prestation.select(peewee.fn.MAX(Prestation.date)).scalar()
    year = (newest.year if isinstance(newest, dt.date) else int(str(newest)[:4])) - 1
    return pq.PrestationFilter(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))


def measure(path: Path, repeat: int = 3) -> list[Figure]:
    ours, baseline = _Ours(), _Baseline(path)
    everything = pq.PrestationFilter()
    helper = Helper.get_by_id(_busiest_helper())
    text = _common_text()
    cases: list[tuple[str, pq.PrestationFilter, int, float]] = [
        ("table: first screen (all dates, newest first)", everything, 0, FIRST_SCREEN_MS),
    ]
    for name in SORTS:
        cases.append((f"table: sort by {name.replace('_', ' ')}", everything,
                      pq.COLUMNS.index(name), SORT_FILTER_MS))
    cases += [
        (f"table: filter by helper ({helper.name})", pq.PrestationFilter(helper_id=helper.id),
         0, SORT_FILTER_MS),
        ("table: filter by period (one year)", _last_full_year(), 0, SORT_FILTER_MS),
        (f"table: quick search '{text}'", pq.PrestationFilter(text=text), 0, SORT_FILTER_MS),
    ]
    figures = []
    try:
        ours.show(everything, 0, True)  # both connections warm, as in a running program
        baseline.show(everything, 0, True)
        for label, f, column, limit in cases:
            # A sort is measured in both directions; the slower one counts.
            directions = (True,) if column == 0 else (False, True)
            value = max(timed(_shower(ours, f, column, d), repeat) for d in directions)
            base = max(timed(_shower(baseline, f, column, d), repeat) for d in directions)
            figures.append(Figure(label, value, base, limit))
        ours.show(everything, 0, True)
        baseline.show(everything, 0, True)
        value = timed(ours.to_last_row, 1)
        base = timed(baseline.to_last_row, 1)
        figures.append(Figure("table: jump to the last row", value, base, LAST_ROW_MS,
                              note="baseline: QSqlQueryModel fetchMore until canFetchMore "
                                   "is false, then scroll to the bottom"))
    finally:
        ours.close()
        baseline.close()
        QSqlDatabase.removeDatabase("benchmark_baseline")
    return figures


def _shower(model: _Ours | _Baseline, f: pq.PrestationFilter, column: int,
            descending: bool) -> Callable[[], None]:
    return lambda: model.show(f, column, descending)
