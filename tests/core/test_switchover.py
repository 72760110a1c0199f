"""The paper-to-electronic switch-over: plan, apply, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.models import AuditEntry, PaymentModeChange, Prestation
from inharmony_desktop.core.services import prestations, switchover
from inharmony_desktop.core.services.payment_modes import history
from tests.core.split_fixtures import D, customer, helper, prestation, split_of, user_number

MONDAYS = [D(2026, 3, 2) + dt.timedelta(weeks=i) for i in range(5)]


@pytest.fixture
def paper_customer(db):
    un = user_number(customer())
    hid = helper()
    ids = [prestation(un, hid, day, 3, status="performed" if i < 2 else "planned")
           for i, day in enumerate(MONDAYS)]
    return un, ids


def splits(ids):
    return [split_of(i) for i in ids]


def test_paper_runs_out_at_a_prestation_boundary(paper_customer):
    un, ids = paper_customer
    plan = switchover.plan_switchover(un, 6, D(2026, 3, 1))
    assert [(r.paper, r.electronic) for r in plan.rows] == [(3, 0), (3, 0), (0, 3), (0, 3), (0, 3)]
    assert plan.split_row is None
    assert plan.mode_date == MONDAYS[2]
    assert plan.warnings == []
    switchover.apply_switchover(plan)
    # Nothing set by hand: every prestation follows the new mode history.
    assert splits(ids) == [(3, 0, False), (3, 0, False), (0, 3, False), (0, 3, False),
                           (0, 3, False)]
    assert history(un).rows() == [(D(2024, 1, 1), "paper"), (MONDAYS[2], "electronic")]


def test_paper_runs_out_inside_a_prestation(paper_customer):
    un, ids = paper_customer
    plan = switchover.plan_switchover(un, 7, D(2026, 3, 1))
    assert plan.split_row.prestation_id == ids[2]
    assert [r.paper_left for r in plan.rows] == [4, 1, 0, 0, 0]
    assert plan.mode_date == MONDAYS[3]
    switchover.apply_switchover(plan)
    assert splits(ids) == [(3, 0, False), (3, 0, False), (1, 2, True), (0, 3, False),
                           (0, 3, False)]


def test_more_paper_than_prestations(paper_customer):
    un, ids = paper_customer
    plan = switchover.plan_switchover(un, 20, D(2026, 3, 1))
    assert all(r.electronic == 0 for r in plan.rows)
    assert plan.paper_left == 5 and plan.paper_used == 15
    assert plan.mode_date == MONDAYS[-1] + dt.timedelta(days=1)
    assert any("5 papieren cheques over" in w for w in plan.warnings)
    switchover.apply_switchover(plan)
    assert splits(ids) == [(3, 0, False)] * 5
    assert history(un).mode_on(MONDAYS[-1] + dt.timedelta(days=7)) == "electronic"


def test_no_paper_left_switches_from_the_first_prestation(paper_customer):
    un, ids = paper_customer
    plan = switchover.plan_switchover(un, 0, D(2026, 2, 1))
    assert plan.mode_date == MONDAYS[0]
    switchover.apply_switchover(plan)
    assert splits(ids) == [(0, 3, False)] * 5


def test_only_coming_planned_and_performed_prestations_oldest_first(db):
    un = user_number(customer())
    hid = helper()
    before = prestation(un, hid, D(2026, 2, 23), 3, status="performed")
    registered = prestation(un, hid, D(2026, 3, 3), 2, status="performed")
    prestations.set_status([registered], "registered")
    late = prestation(un, hid, D(2026, 3, 20), 4)
    early = prestation(un, hid, D(2026, 3, 5), 2)
    plan = switchover.plan_switchover(un, 3, D(2026, 3, 1))
    assert [r.prestation_id for r in plan.rows] == [early, late]
    assert [(r.paper, r.electronic) for r in plan.rows] == [(2, 0), (1, 3)]
    switchover.apply_switchover(plan)
    assert split_of(before) == (3, 0, False)
    assert split_of(registered) == (2, 0, False)


def test_warns_when_paper_is_used_after_it_expires(paper_customer):
    un, _ = paper_customer
    plan = switchover.plan_switchover(un, 9, D(2026, 3, 1), paper_expiry=D(2026, 3, 10))
    assert len(plan.warnings) == 1
    assert "3 papieren cheques na hun vervaldatum (10/03/2026)" in plan.warnings[0]
    assert "16/03/2026" in plan.warnings[0]
    quiet = switchover.plan_switchover(un, 9, D(2026, 3, 1), paper_expiry=D(2026, 3, 31))
    assert quiet.warnings == []


def test_suggested_expiry_comes_from_the_latest_paper_order(db):
    from inharmony_desktop.core.services import orders

    un = user_number(customer())
    assert switchover.suggested_paper_expiry(un) is None
    orders.create_order(orders.OrderInput(un, D(2025, 5, 12), 20, "paper"))
    assert switchover.suggested_paper_expiry(un) == D(2026, 5, 31)


def test_undo_restores_every_prestation_and_removes_the_mode_row(paper_customer):
    un, ids = paper_customer
    prestations.set_split([ids[4]], 2, 1)  # a hand-made split the office set earlier
    before = {s["id"]: {k: v for k, v in s.items() if k != "version"}
              for s in prestations.snapshots(ids)}
    rows_before = history(un).rows()
    undo = switchover.apply_switchover(switchover.plan_switchover(un, 7, D(2026, 3, 1)))
    assert split_of(ids[4]) == (0, 3, False)
    switchover.undo_switchover(undo)
    after = {s["id"]: {k: v for k, v in s.items() if k != "version"}
             for s in prestations.snapshots(ids)}
    assert after == before
    assert history(un).rows() == rows_before
    assert AuditEntry.select().where(AuditEntry.action == "switchover").count() == 2


def test_undo_puts_back_a_mode_row_that_had_the_same_date(paper_customer):
    un, _ = paper_customer
    PaymentModeChange.create(user_number=un, effective_date=MONDAYS[2], mode="paper")
    undo = switchover.apply_switchover(switchover.plan_switchover(un, 6, D(2026, 3, 1)))
    assert history(un).mode_on(MONDAYS[2]) == "electronic"
    switchover.undo_switchover(undo)
    assert (MONDAYS[2], "paper") in history(un).rows()


def test_a_stale_plan_is_refused_and_writes_nothing(paper_customer):
    un, ids = paper_customer
    plan = switchover.plan_switchover(un, 7, D(2026, 3, 1))
    Prestation.update(hours=4, paper=4).where(Prestation.id == ids[2]).execute()
    with pytest.raises(KnownError, match="maak het plan opnieuw"):
        switchover.apply_switchover(plan)
    assert history(un).rows() == [(D(2024, 1, 1), "paper")]
    assert split_of(ids[2]) == (4, 0, False)


def test_bad_paper_count_is_refused(paper_customer):
    un, _ = paper_customer
    with pytest.raises(ValidationError, match="tussen 0 en 2000"):
        switchover.plan_switchover(un, -1, D(2026, 3, 1))
