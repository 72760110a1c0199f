"""Stale edits, stale undo, and the marker the window polls for others' changes
(on SQLite, and on PostgreSQL when INHARMONY_TEST_DB_URL is set)."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import ConflictError
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import audit, concurrency
from inharmony_desktop.core.services.customers import CustomerInput, create_customer
from inharmony_desktop.core.services.helpers import HelperInput, create_helper
from inharmony_desktop.core.services.prestations import (
    PrestationInput,
    create_prestation,
    restore,
    snapshots,
    update_prestation,
)
from inharmony_desktop.core.services.user_numbers import UserNumberInput, create_user_number


@pytest.fixture
def prestation(db):
    customer = create_customer(CustomerInput("K1", "Peeters", "3940", "Hechtel-Eksel"))
    number = create_user_number(UserNumberInput("100000000011", customer, "An Peeters",
                                                mode_since=dt.date(2024, 1, 1)))
    helper = create_helper(HelperInput("M1", "Sofie Janssens"))
    return create_prestation(PrestationInput(dt.date(2024, 3, 4), number, helper, 3))


@pytest.fixture
def colleague(monkeypatch):
    """Make the following changes look as if another PC made them."""

    def act_as_colleague() -> None:
        monkeypatch.setattr(audit, "current_user", lambda: "els@PC-ONTHAAL")

    return act_as_colleague


def test_an_edit_on_a_stale_version_is_refused_and_changes_nothing(prestation):
    update_prestation(prestation, {"note": "eerst"}, expected_version=1)

    with pytest.raises(ConflictError, match="door iemand anders gewijzigd"):
        update_prestation(prestation, {"hours": 4}, expected_version=1)

    row = Prestation.get_by_id(prestation)
    assert (row.hours, row.note, row.version) == (3, "eerst", 2)


def test_undo_over_a_colleagues_change_is_refused(prestation):
    before = snapshots([prestation])
    update_prestation(prestation, {"hours": 4}, expected_version=1)
    update_prestation(prestation, {"note": "door een collega"}, expected_version=2)

    with pytest.raises(ConflictError):
        restore(before, expected_versions={prestation: 2})

    row = Prestation.get_by_id(prestation)
    assert (row.hours, row.note) == (4, "door een collega")
    restore(before, expected_versions={prestation: 3})
    assert Prestation.get_by_id(prestation).hours == 3


def test_the_marker_ignores_own_changes_and_notices_a_colleagues(prestation, colleague):
    start = concurrency.change_marker()
    update_prestation(prestation, {"note": "zelf"})
    assert concurrency.change_marker() == start

    colleague()
    update_prestation(prestation, {"note": "collega"})

    assert concurrency.change_marker() != start
    assert concurrency.changed_since(start) == {"prestation": {prestation}}


def test_the_marker_notices_a_change_that_committed_late_with_a_lower_id(prestation, colleague):
    colleague()
    update_prestation(prestation, {"note": "een"})
    update_prestation(prestation, {"note": "twee"})
    newest = audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).first()
    late = audit.AuditEntry.get_by_id(newest.id - 1)
    # A slow transaction on another PC took this id before the newest one but
    # has not committed yet when the window looks...
    late_row = late.__data__.copy()
    late.delete_instance()
    seen = concurrency.change_marker()
    # ... and commits now.
    audit.AuditEntry.insert(**late_row).execute()

    later = concurrency.change_marker()
    assert later.last_id == seen.last_id
    assert later != seen


def test_row_locks_only_where_the_database_has_them(db):
    query = concurrency.lock_for_update(Prestation.select())
    sql, _params = query.sql()
    assert ("FOR UPDATE" in sql) == (not db.__class__.__name__.startswith("Sqlite"))
