"""Two PCs on one server: an edit or an undo over a colleague's change is refused
with the "changed by someone else" message, never written over it."""

from __future__ import annotations

import pytest

from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services import prestations
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.dialogs.prestation import PrestationDialog

STALE = "door iemand anders gewijzigd"


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(str(error)))
    return shown


@pytest.fixture
def prestation(sample) -> Prestation:
    return Prestation.select().where(Prestation.user_number == sample["un3"]).first()


def test_saving_a_dialog_after_a_colleague_saved_the_same_prestation_is_refused(
        window, prestation, monkeypatch, shown_errors):
    def dialog_while_a_colleague_saves(cls, *_args, **_kwargs):
        prestations.update_prestation(prestation.id, {"note": "door Els"})
        return {"hours": 6}

    monkeypatch.setattr(PrestationDialog, "ask", classmethod(dialog_while_a_colleague_saves))

    assert not window.editor.edit_prestation(prestation.id)

    row = Prestation.get_by_id(prestation.id)
    assert (row.hours, row.note) == (prestation.hours, "door Els")
    assert len(shown_errors) == 1 and STALE in shown_errors[0]
    assert window.undo_stack.count() == 0


def test_undo_after_a_colleagues_change_is_refused_and_keeps_it(
        window, prestation, monkeypatch, shown_errors):
    failures: list[str] = []
    window.broadcaster.command_failed.disconnect()
    window.broadcaster.command_failed.connect(failures.append)
    monkeypatch.setattr(PrestationDialog, "ask", classmethod(lambda cls, *a, **k: {"hours": 6}))
    assert window.editor.edit_prestation(prestation.id)

    prestations.update_prestation(prestation.id, {"note": "door Els"})
    window.undo_stack.undo()

    row = Prestation.get_by_id(prestation.id)
    assert (row.hours, row.note) == (6, "door Els")
    assert len(failures) == 1 and STALE in failures[0]


def test_undo_and_redo_of_ones_own_edit_still_work(window, prestation, monkeypatch):
    monkeypatch.setattr(PrestationDialog, "ask", classmethod(lambda cls, *a, **k: {"hours": 6}))
    assert window.editor.edit_prestation(prestation.id)

    window.undo_stack.undo()
    assert Prestation.get_by_id(prestation.id).hours == prestation.hours
    window.undo_stack.redo()
    assert Prestation.get_by_id(prestation.id).hours == 6
    window.undo_stack.undo()
    assert Prestation.get_by_id(prestation.id).hours == prestation.hours
