"""The demo's schedules continue its history and fill the helpers' contracts."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core import demo
from inharmony_desktop.core.services.generation import plan_generation
from inharmony_desktop.core.services.helper_week import helper_weeks
from inharmony_desktop.core.services.schedules import list_schedules

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_counts(tmp_path_factory):
    from inharmony_desktop.core.db import close_database, open_database

    open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    counts = demo.build("small", seed=7, today=TODAY)
    yield counts
    close_database()


def test_demo_schedules_are_realistic(demo_counts):
    rows = list_schedules()
    current = [r for r in rows if r.last_date is None]
    assert demo_counts["uurroosters"] == len(rows) >= 50
    assert demo_counts["afwezigheden"] == 4
    assert any(r.last_date for r in rows)  # history: a helper changed
    assert sum(r.every_weeks == 2 for r in current) >= 4
    assert 1 <= sum(r.weekday == 5 for r in current) <= 4
    assert all(r.weekday <= 5 for r in current)
    home = [r for r in current if r.activity == "home_help"]
    assert sum(r.hours in (3, 4) for r in home) >= 0.7 * len(home)
    weeks = [helper_weeks(TODAY + dt.timedelta(days=7 * i)) for i in (1, 2)]
    for first, second in zip(*weeks, strict=True):
        if first.contract_hours and any(s.activity == "home_help" for s in first.slots):
            average = (first.total_hours + second.total_hours) / 2
            assert first.contract_hours - 8 <= average <= first.contract_hours + 1, first
        assert not first.has_overlap and not second.has_overlap, first.helper_name


def test_next_month_generates_with_holidays_and_absences_explained(demo_counts):
    plan = plan_generation(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert len(plan.to_create) > 150
    reasons = plan.skip_counts()
    assert {"holiday", "helper_absent", "customer_absent"} <= set(reasons)
    assert all(s.detail for s in plan.skipped)
    assert not any(p.date == dt.date(2026, 12, 25) for p in plan.to_create)
