"""The 'Te corrigeren in Pluxee' list and the readable history of moves."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core.errors import ConflictError, KnownError
from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import corrections, history, moves, prestations
from tests import move_world
from tests.move_world import ELS, JAN, add_prestations, all_snapshots, without_versions


@pytest.fixture
def world(db):
    return move_world.build()


def test_list_after_moves_shows_old_and_new_number(world):
    registered = add_prestations(world, world.jan, 2, status="registered")
    performed = add_prestations(world, world.jan, 1, start=dt.date(2025, 6, 2))
    moves.move_prestations(registered + performed, world.els)

    rows = corrections.corrections()

    assert [r.prestation_id for r in rows] == registered
    first = rows[0]
    assert (first.old_number, first.old_holder) == (JAN, "Jan Peeters")
    assert (first.new_number, first.new_holder) == (ELS, "Els Peeters")
    assert (first.date, first.hours) == (dt.date(2025, 3, 3), 3)
    assert first.status_label == "geregistreerd"
    assert (first.customer_reference, first.helper, first.reason) == ("K001", "Sofie Claes",
                                                                      "verplaatst")
    assert corrections.count() == 2


def test_list_is_empty_again_after_undo(world):
    ids = add_prestations(world, world.jan, 3, status="confirmed")
    result = moves.move_prestations(ids, world.els)
    assert len(corrections.corrections()) == 3
    moves.undo_move(result)
    assert corrections.corrections() == []


def test_an_edit_after_registration_appears_without_old_number(world):
    [pid] = add_prestations(world, world.jan, 1, status="registered")
    prestations.update_prestation(pid, {"hours": 4})
    [row] = corrections.corrections()
    assert row.old_number is None
    assert row.reason == "gewijzigd na registratie"


def test_list_for_one_user_number_includes_moves_away_from_it(world):
    ids = add_prestations(world, world.jan, 2, status="registered")
    moves.move_prestations(ids, world.els)
    assert len(corrections.corrections(user_number_id=world.jan)) == 2
    assert len(corrections.corrections(user_number_id=world.piet)) == 0


def test_tick_off_and_undo(world):
    ids = add_prestations(world, world.jan, 3, status="registered")
    moves.move_prestations(ids, world.els)
    before = all_snapshots()

    marks = corrections.mark_corrected(ids[:2])

    assert [r.prestation_id for r in corrections.corrections()] == [ids[2]]
    assert Prestation.get_by_id(ids[0]).correction_from_id is None

    corrections.unmark_corrected(marks)

    assert [r.prestation_id for r in corrections.corrections()] == ids
    assert without_versions(all_snapshots()) == without_versions(before)


def test_tick_off_refusals_change_nothing(world):
    ids = add_prestations(world, world.jan, 2, status="registered")
    moves.move_prestations(ids, world.els)
    before = all_snapshots()
    with pytest.raises(KnownError):
        corrections.mark_corrected([ids[0], 424242])
    with pytest.raises(KnownError):
        corrections.mark_corrected([])
    assert all_snapshots() == before


def test_undo_of_tick_off_after_a_change_is_a_conflict(world):
    ids = add_prestations(world, world.jan, 1, status="registered")
    moves.move_prestations(ids, world.els)
    marks = corrections.mark_corrected(ids)
    prestations.update_prestation(ids[0], {"note": "intussen"})
    with pytest.raises(ConflictError):
        corrections.unmark_corrected(marks)
    assert corrections.corrections() == []


def test_csv_export(world, tmp_path):
    ids = add_prestations(world, world.jan, 2, status="registered")
    moves.move_prestations(ids, world.els)
    target = tmp_path / "te-corrigeren.csv"

    assert corrections.export_csv(target) == 2

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("prestatie_id;datum;uren;")
    assert len(lines) == 3
    assert f";{JAN};Jan Peeters;{ELS};Els Peeters;verplaatst" in lines[1]
    assert "2025-03-03" in lines[1]


def test_csv_export_to_a_missing_folder_is_a_known_error(world, tmp_path):
    with pytest.raises(KnownError):
        corrections.export_csv(tmp_path / "bestaat-niet" / "x.csv")


def test_history_of_a_prestation_reads_like_a_story(world):
    [pid] = add_prestations(world, world.jan, 1, status="registered")
    result = moves.move_prestations([pid], world.els)
    moves.undo_move(result)

    lines = history.prestation_history(pid)

    assert [line.action_label for line in lines] == ["verplaatst", "verplaatst"]
    assert (f"van {user_number_text(JAN)} (Jan Peeters) naar {user_number_text(ELS)} (Els Peeters)"
            in lines[0].summary)
    assert "ongedaan gemaakt" in lines[1].summary
    assert "verplaatst" in lines[0].text()
    title = history.title_for_prestation(pid)
    assert title == f"Prestatie {pid}: 03/03/2025, 3 u op {user_number_text(JAN)} (Jan Peeters)"


def test_history_of_a_user_number_lists_moves_from_and_to_it(world):
    ids = add_prestations(world, world.jan, 4)
    moves.move_prestations(ids[:3], world.els)
    moves.move_prestations(ids[3:], world.piet, allow_other_customer=True)

    jan = history.user_number_history(world.jan, moves_only=True)
    els = history.user_number_history(world.els, moves_only=True)

    assert [line.summary for line in jan] == [
        f"3 prestaties verplaatst naar {user_number_text(ELS)} (Els Peeters)",
        "1 prestatie verplaatst naar 3333 3333 3333 (Piet Maes)",
    ]
    assert [line.summary for line in els] == [
        f"3 prestaties ontvangen van {user_number_text(JAN)} (Jan Peeters)"]
    assert history.user_number_history(world.jan)[0].action_label == "aangemaakt"
