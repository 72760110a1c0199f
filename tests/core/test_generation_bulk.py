"""Generating a month in bulk gives exactly what the straightforward computation gives.

The plan checks every wallet in one pass (`wallet.available_on`) and the apply
writes its rows and audit entries in bulk. On realistic databases — the small
demo, and the large demo at a small scale, whose wallets keep running dry —
with a month already generated, the plan must equal the one whose wallet check
replays each user number on its own, event by event (`wallet_reference`), and
every written row and audit entry must be what `Prestation.create` and
`audit.record` would have made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest

from inharmony_desktop.core import demo, demo_large
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import date_text
from inharmony_desktop.core.models import AuditEntry, Prestation, UserNumber
from inharmony_desktop.core.services import orders, schedule_warnings
from inharmony_desktop.core.services.base import snapshot
from inharmony_desktop.core.services.generation import apply_generation, plan_generation
from tests.core.wallet_reference import reference_wallet

TODAY = dt.date(2026, 11, 25)  # the tests' pinned day
DECEMBER = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
JANUARY = (dt.date(2027, 1, 1), dt.date(2027, 1, 31))


def _straightforward(monkeypatch, start: dt.date, end: dt.date):
    """The plan with each user number's wallet replayed on its own, event by event."""
    with monkeypatch.context() as patched:
        patched.setattr(schedule_warnings, "available_on", lambda ids, on: {
            un: reference_wallet(un, on).available for un in ids})
        return plan_generation(start, end)


def _same_plan_both_ways(monkeypatch, start: dt.date, end: dt.date):
    plan = plan_generation(start, end)
    expected = _straightforward(monkeypatch, start, end)
    assert plan.to_create == expected.to_create
    assert plan.skipped == expected.skipped
    assert plan.warnings == expected.warnings
    return plan


def _wallet_warnings(plan) -> list[str]:
    return [w for w in plan.warnings if w.startswith("Portefeuille")]


@pytest.mark.slow
def test_plan_and_apply_match_the_straightforward_way_on_the_large_demo(db, monkeypatch):
    demo_large.build(seed=5, today=TODAY, scale=0.02)
    _december_orders()
    december = _same_plan_both_ways(monkeypatch, *DECEMBER)
    apply_generation(december)
    # January with December's planned prestations in place (they count in the wallets).
    january = _same_plan_both_ways(monkeypatch, *JANUARY)
    short = _wallet_warnings(january)
    planned_for = {p.user_number_id for p in january.to_create if p.electronic}
    assert 0 < len(short) < len(planned_for)  # short wallets and sufficient ones
    assert any(" 0 elektronische" not in w for w in short)  # and not only empty ones
    _written_as_by_create(january, apply_generation(january))


@pytest.mark.slow
def test_plan_matches_the_straightforward_way_on_the_small_demo(db, monkeypatch):
    demo.build("small", seed=7, today=TODAY)
    apply_generation(_same_plan_both_ways(monkeypatch, *DECEMBER))
    january = _same_plan_both_ways(monkeypatch, *JANUARY)
    assert len(january.to_create) > 150 and january.skipped


def _december_orders() -> None:
    """Orders of every size on a third of the user numbers: most of this demo's wallets run
    dry, these pay what waits first and keep some, enough or too little for January."""
    for index, (un,) in enumerate(UserNumber.select(UserNumber.id).order_by(UserNumber.id)
                                  .tuples()):
        if index % 3 == 0:
            quantity = (5, 20, 60, 150, 300)[index // 3 % 5]
            with contextlib.suppress(KnownError):  # a quota already full that year
                orders.create_order(orders.OrderInput(un, dt.date(2026, 12, 10), quantity,
                                                      medium="electronic"))


def _written_as_by_create(plan, ids: list[int]) -> None:
    """One row per planned slot, in the plan's order, and its audit entry holding
    exactly the stored row."""
    assert len(ids) == len(plan.to_create)
    rows = {p.id: p for p in Prestation.select().where(Prestation.id.in_(ids))}
    for slot, row_id in zip(plan.to_create, ids, strict=True):
        row = rows[row_id]
        assert (row.date, row.user_number_id, row.helper_id, row.start_time, row.hours,
                row.paper, row.electronic, row.schedule_id, row.status) == (
            slot.date, slot.user_number_id, slot.helper_id, slot.start_time, slot.hours,
            slot.paper, slot.electronic, slot.schedule_id, "planned")
    entries = {e.entity_id: e for e in AuditEntry.select().where(
        (AuditEntry.entity == "prestation") & (AuditEntry.action == "generate")
        & AuditEntry.entity_id.in_(ids))}
    assert set(entries) == set(ids)
    for row_id in ids:
        entry = entries[row_id]
        # The very text `audit.record` writes: the same keys in the same order, escaped alike.
        assert entry.after == json.dumps(snapshot(rows[row_id]), ensure_ascii=False, default=str)
        slot = rows[row_id]
        assert entry.summary == (f"Gepland uit uurrooster: {date_text(slot.date)} {slot.start_time}, "
                                 f"{slot.hours} u")
