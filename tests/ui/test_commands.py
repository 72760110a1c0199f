"""Every edit made in the window is one command on the undo stack, and undo/redo
put the database back exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from inharmony_desktop.core import clock, rules
from inharmony_desktop.core.models import Customer, PaymentModeChange, Prestation
from inharmony_desktop.core.services import customers, settings
from inharmony_desktop.core.services.customers import CustomerInput
from inharmony_desktop.core.services.payment_modes import history
from inharmony_desktop.core.services.user_numbers import UserNumberChange
from inharmony_desktop.ui import messages
from inharmony_desktop.ui.commands.settings import SaveSettingsCommand
from inharmony_desktop.ui.dialogs.customer import CustomerDialog
from inharmony_desktop.ui.dialogs.prestation import PrestationDialog
from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: seen.append(str(error)))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    return seen


def test_new_customer_undo_and_redo_keep_the_same_row(window, monkeypatch, shown_errors):
    data = CustomerInput("K010", "Lemmens An", "3940", "Hechtel-Eksel")
    monkeypatch.setattr(CustomerDialog, "ask", classmethod(lambda cls, *a, **k: data))
    customer_id = window.editor.new_customer()
    assert customers.get_customer(customer_id).name == "Lemmens An"
    assert window.tree_model.customer_count() == 3
    assert window.undo_stack.undoText() == "New customer Lemmens An"
    window.undo_stack.undo()
    assert Customer.get_or_none(Customer.id == customer_id) is None
    assert window.tree_model.customer_count() == 2
    window.undo_stack.redo()
    assert customers.get_customer(customer_id).reference == "K010"
    assert window.tree_model.customer_count() == 3


def test_edit_customer_undo_restores_every_field(window, sample, monkeypatch, shown_errors):
    changed = customers.to_input(customers.get_customer(sample["willems"]))
    changed.name, changed.city = "Willems Jozef", "Genk"
    monkeypatch.setattr(CustomerDialog, "ask", classmethod(lambda cls, *a, **k: changed))
    assert window.editor.edit_customer(sample["willems"])
    assert customers.get_customer(sample["willems"]).city == "Genk"
    window.undo_stack.undo()
    restored = customers.get_customer(sample["willems"])
    assert (restored.name, restored.city) == ("Willems Jos", "Hasselt")
    window.undo_stack.redo()
    assert customers.get_customer(sample["willems"]).name == "Willems Jozef"


def test_refused_delete_shows_the_message_and_pushes_nothing(window, sample, shown_errors):
    assert not window.editor.delete_customer(sample["janssens"])
    assert "gebruikersnummers" in shown_errors[0]
    assert window.undo_stack.count() == 0


def test_payment_mode_change_resplits_and_undo_puts_it_back(window, sample, monkeypatch,
                                                            shown_errors):
    from inharmony_desktop.core.services import user_numbers

    un_id = sample["un1"]
    year = clock.today().year
    initial = user_numbers.to_input(user_numbers.get_user_number(un_id))
    modes = [*history(un_id).rows(), (dt.date(year, 1, 1), "paper")]
    change = UserNumberChange(initial, modes)
    monkeypatch.setattr(UserNumberDialog, "ask", classmethod(lambda cls, *a, **k: change))
    assert window.editor.edit_user_number(un_id)
    def splits() -> set[tuple[int, int]]:
        ours = Prestation.select().where(Prestation.user_number == un_id)
        return {(p.paper, p.electronic) for p in ours}

    assert splits() == {(3, 0)}
    assert PaymentModeChange.select().where(PaymentModeChange.user_number == un_id).count() == 2
    window.undo_stack.undo()
    assert splits() == {(0, 3)}
    assert history(un_id).rows() == modes[:1]
    window.undo_stack.redo()
    assert splits() == {(3, 0)}


def test_prestation_edit_and_delete_are_undoable(window, sample, monkeypatch, shown_errors):
    p = Prestation.select().where(Prestation.user_number == sample["un3"]).first()
    monkeypatch.setattr(PrestationDialog, "ask", classmethod(lambda cls, *a, **k: {"hours": 6}))
    assert window.editor.edit_prestation(p.id)
    assert Prestation.get_by_id(p.id).hours == 6
    window.undo_stack.undo()
    assert Prestation.get_by_id(p.id).hours == 4
    ids = [x.id for x in Prestation.select().where(Prestation.user_number == sample["un3"])]
    assert window.editor.delete_prestations(ids)
    assert Prestation.select().where(Prestation.id.in_(ids)).count() == 0
    window.undo_stack.undo()
    assert Prestation.select().where(Prestation.id.in_(ids)).count() == 5
    assert window.undo_stack.count() == 1  # the undone edit was replaced by the delete


def test_delete_action_on_the_table_asks_first(window, sample, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text))
    window.tabs.setCurrentIndex(0)
    window.prestations.table.selectRow(0)
    window.prestations.table.setFocus()
    window.menu_actions.delete.trigger()
    assert asked == ["Delete 1 prestation?"]
    assert Prestation.select().count() == 10  # answered no


def test_settings_and_rules_are_undoable(window):
    row = rules.as_dict(rules.rules_for(2025))
    row.pop("source_year")
    row["base_price_cents"] = 1050
    window.editor.run(SaveSettingsCommand("Change settings", {"company_phone": "011 11 11 11"},
                                          [row]))
    assert settings.get("company_phone") == "011 11 11 11"
    assert rules.rules_for(2025).base_price_cents == 1050
    window.undo_stack.undo()
    assert settings.get("company_phone") == "011 75 87 94"
    assert rules.rules_for(2025).base_price_cents == 1000
