"""Moving prestations between user numbers: every rule of SPEC §4.1."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.models import AuditEntry, Prestation, UserNumber
from inharmony_desktop.core.services import moves, prestations
from inharmony_desktop.core.services.moves import OtherCustomerError
from tests import move_world
from tests.move_world import add_prestations, all_snapshots, without_versions


@pytest.fixture
def world(db):
    return move_world.build()


def _row(pid: int) -> Prestation:
    return Prestation.get_by_id(pid)


def _unchanged(action, *args, **kwargs):
    """Run a refused move; assert that not one row or audit entry changed."""
    before = all_snapshots()
    audit_count = AuditEntry.select().count()
    with pytest.raises(KnownError) as info:
        action(*args, **kwargs)
    assert all_snapshots() == before
    assert AuditEntry.select().count() == audit_count
    return info.value


def test_move_to_partner_rederives_split_from_target_mode(world):
    ids = add_prestations(world, world.jan, 2, start=dt.date(2025, 3, 3))
    assert (_row(ids[0]).paper, _row(ids[0]).electronic) == (3, 0)

    result = moves.move_prestations(ids, world.els)

    assert result.moved_ids == ids
    for pid in ids:
        p = _row(pid)
        assert p.user_number_id == world.els
        assert (p.paper, p.electronic) == (0, 3)  # Els pays electronically since 2025
        assert p.needs_pluxee_correction is False
        assert p.version == 2
    assert result.correction_ids == []
    assert result.user_number_ids == sorted([world.jan, world.els])


def test_split_follows_target_mode_on_the_prestation_date(world):
    [early] = add_prestations(world, world.jan, 1, start=dt.date(2024, 6, 3))
    moves.move_prestations([early], world.els)
    assert (_row(early).paper, _row(early).electronic) == (3, 0)  # Els still paper in 2024


def test_split_set_by_hand_stays(world):
    ids = add_prestations(world, world.jan, 2)
    prestations.set_split([ids[0]], 2, 1)
    moves.move_prestations(ids, world.els)
    assert (_row(ids[0]).paper, _row(ids[0]).electronic, _row(ids[0]).split_manual) == (2, 1, True)
    assert (_row(ids[1]).paper, _row(ids[1]).electronic) == (0, 3)


@pytest.mark.parametrize("status", ["registered", "confirmed", "contested"])
def test_prestations_in_pluxee_get_the_correction_flag(world, status):
    ids = add_prestations(world, world.jan, 2, status=status)
    result = moves.move_prestations(ids, world.els)
    assert result.correction_ids == ids
    for pid in ids:
        assert _row(pid).needs_pluxee_correction is True
        assert _row(pid).correction_from_id == world.jan


def test_planned_and_performed_need_no_correction(world):
    ids = add_prestations(world, world.jan, 1, status="planned")
    ids += add_prestations(world, world.jan, 1, status="performed", start=dt.date(2025, 4, 1))
    moves.move_prestations(ids, world.els)
    assert not any(_row(pid).needs_pluxee_correction for pid in ids)


def test_second_move_keeps_the_number_registered_in_pluxee(world):
    [pid] = add_prestations(world, world.jan, 1, status="registered")
    moves.move_prestations([pid], world.els)
    moves.move_prestations([pid], world.piet, allow_other_customer=True)
    assert _row(pid).correction_from_id == world.jan
    assert _row(pid).needs_pluxee_correction is True


def test_moving_back_to_the_registered_number_clears_the_flag(world):
    [pid] = add_prestations(world, world.jan, 1, status="registered")
    moves.move_prestations([pid], world.els)
    moves.move_prestations([pid], world.jan)
    p = _row(pid)
    assert (p.needs_pluxee_correction, p.correction_from_id) == (False, None)
    assert (p.paper, p.electronic) == (3, 0)


def test_paid_prestation_stops_the_whole_move(world):
    ids = add_prestations(world, world.jan, 3)
    Prestation.update(status="paid").where(Prestation.id == ids[1]).execute()
    error = _unchanged(moves.move_prestations, ids, world.els)
    assert "betaald" in str(error)
    assert "niets verplaatst" in str(error)


def test_inactive_target_is_refused(world):
    ids = add_prestations(world, world.jan, 2)
    error = _unchanged(moves.move_prestations, ids, world.inactive)
    assert "niet actief" in str(error)


def test_unknown_target_is_refused(world):
    ids = add_prestations(world, world.jan, 1)
    _unchanged(moves.move_prestations, ids, 9999)


def test_unknown_prestation_is_refused(world):
    ids = add_prestations(world, world.jan, 2)
    error = _unchanged(moves.move_prestations, [*ids, 98765], world.els)
    assert "98765" in str(error)


def test_empty_selection_is_refused(world):
    _unchanged(moves.move_prestations, [], world.els)


def test_other_customer_needs_confirmation(world):
    ids = add_prestations(world, world.jan, 2)
    error = _unchanged(moves.move_prestations, ids, world.piet)
    assert isinstance(error, OtherCustomerError)
    assert "Peeters (K001)" in error.customers[0]

    moves.move_prestations(ids, world.piet, allow_other_customer=True)
    assert {_row(pid).user_number_id for pid in ids} == {world.piet}


def test_stale_version_is_a_conflict(world):
    ids = add_prestations(world, world.jan, 2)
    prestations.update_prestation(ids[0], {"note": "gewijzigd op een andere pc"})
    error = _unchanged(moves.move_prestations, ids, world.els,
                       expected_versions={ids[0]: 1, ids[1]: 1})
    assert isinstance(error, ConflictError)


def test_prestations_already_on_the_target_are_skipped(world):
    on_jan = add_prestations(world, world.jan, 1)
    on_els = add_prestations(world, world.els, 1, start=dt.date(2025, 5, 5))
    result = moves.move_prestations(on_jan + on_els, world.els)
    assert result.moved_ids == on_jan
    assert result.skipped_ids == tuple(on_els)
    assert _row(on_els[0]).version == 1
    _unchanged(moves.move_prestations, on_els, world.els)


def test_one_readable_audit_entry_per_prestation(world):
    ids = add_prestations(world, world.jan, 3, status="registered")
    moves.move_prestations(ids, world.els)
    entries = list(AuditEntry.select().where(
        (AuditEntry.entity == "prestation") & (AuditEntry.action == "move")))
    assert sorted(e.entity_id for e in entries) == ids
    text = entries[0].summary
    assert "van 1111 1111 1111 (Jan Peeters) naar 2222 2222 2222 (Els Peeters)" in text
    assert "te corrigeren in Pluxee" in text
    assert f'"user_number_id": {world.jan}' in entries[0].before
    assert '"needs_pluxee_correction": true' in entries[0].after


def test_undo_restores_every_field_exactly(world):
    ids = add_prestations(world, world.jan, 3, status="registered")
    prestations.set_split([ids[2]], 1, 2)
    before = all_snapshots()
    result = moves.move_prestations(ids, world.piet, allow_other_customer=True)
    assert all_snapshots() != before

    moves.undo_move(result)

    assert without_versions(all_snapshots()) == without_versions(before)
    assert all(_row(pid).version > result.versions()[pid] for pid in ids)


def test_one_move_that_flags_some_rows_and_clears_others_writes_each_its_own(world):
    [back_home] = add_prestations(world, world.jan, 1, status="registered")
    moves.move_prestations([back_home], world.els)
    registered = add_prestations(world, world.jan, 2, status="registered",
                                 start=dt.date(2025, 6, 2))
    planned = add_prestations(world, world.els, 1, status="planned", start=dt.date(2025, 9, 1))
    prestations.set_split(planned, 2, 1)
    moved_to_jan = [back_home, *planned]
    before = all_snapshots()

    to_jan = moves.move_prestations(moved_to_jan, world.jan)
    to_els = moves.move_prestations(registered, world.els)

    home, plan = _row(back_home), _row(planned[0])
    assert (home.needs_pluxee_correction, home.correction_from_id) == (False, None)
    assert (home.paper, home.electronic) == (3, 0)
    assert (plan.needs_pluxee_correction, plan.paper, plan.electronic) == (False, 2, 1)
    assert all(_row(pid).correction_from_id == world.jan for pid in registered)
    moves.undo_move(to_els)
    moves.undo_move(to_jan)
    assert without_versions(all_snapshots()) == without_versions(before)


def test_undo_after_someone_else_changed_a_row_is_refused(world):
    ids = add_prestations(world, world.jan, 2)
    result = moves.move_prestations(ids, world.els)
    prestations.update_prestation(ids[0], {"note": "intussen gewijzigd"})
    _unchanged(moves.undo_move, result)


def test_redo_after_undo_with_the_new_versions(world):
    ids = add_prestations(world, world.jan, 2, status="confirmed")
    result = moves.move_prestations(ids, world.els)
    after_move = all_snapshots()
    versions = moves.undo_move(result)
    again = moves.move_prestations(ids, world.els, expected_versions=versions)
    assert without_versions(all_snapshots()) == without_versions(after_move)
    assert again.correction_ids == ids


def test_move_and_undo_of_a_thousand_prestations(world):
    ids = add_prestations(world, world.jan, 600, status="registered")
    ids += add_prestations(world, world.jan, 400, status="performed", start=dt.date(2027, 1, 1))
    prestations.set_split(ids[:50], 1, 2)
    before = all_snapshots()

    result = moves.move_prestations(ids, world.els)
    assert len(result.moved_ids) == 1000
    assert len(result.correction_ids) == 600
    assert Prestation.select().where(Prestation.user_number == world.els).count() == 1000
    manual = Prestation.select().where(Prestation.split_manual & (Prestation.paper == 1))
    assert manual.count() == 50

    moves.undo_move(result)
    assert without_versions(all_snapshots()) == without_versions(before)
    assert UserNumber.get_by_id(world.els).prestations.count() == 0
