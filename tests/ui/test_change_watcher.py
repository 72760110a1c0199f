"""The window learns what other PCs changed, without a query per tick."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from inharmony_desktop.core.services import audit, concurrency
from inharmony_desktop.core.services.prestations import update_prestation
from inharmony_desktop.ui.change_watcher import ChangeWatcher
from tests.core import factories


class Recorder:
    """Stands in for the broadcaster: remembers every announcement."""

    def __init__(self) -> None:
        self.announced: list[tuple[str, list[int]]] = []

    def announce(self, kind: str, ids: list[int] | None = None) -> None:
        self.announced.append((kind, list(ids or [])))


@pytest.fixture
def prestation_id(db):
    number = factories.user_number(factories.customer("K1"))
    return factories.prestation(number, factories.helper("M1"), dt.date(2024, 3, 4))


@pytest.fixture
def watcher(qtbot, prestation_id):
    recorder = Recorder()
    watcher = ChangeWatcher(recorder, interval_ms=20)
    watcher.recorder = recorder
    watcher.start()
    yield watcher
    watcher.stop()


def test_a_colleagues_edit_is_announced_to_the_views(qtbot, watcher, prestation_id, monkeypatch):
    monkeypatch.setattr(audit, "current_user", lambda: "els@PC-ONTHAAL")

    with qtbot.waitSignal(watcher.others_changed, timeout=3000) as blocker:
        update_prestation(prestation_id, {"note": "door Els"})

    assert blocker.args == [{"prestation": [prestation_id]}]
    assert watcher.recorder.announced == [("prestation", [prestation_id])]


def test_own_edits_do_not_reload_the_window(qtbot, watcher, prestation_id):
    with qtbot.assertNotEmitted(watcher.others_changed, wait=300):
        update_prestation(prestation_id, {"note": "zelf"})

    assert watcher.recorder.announced == []


def test_a_server_that_is_away_for_a_moment_is_not_an_error(qtbot, watcher, monkeypatch):
    def unreachable(**_kwargs):
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(concurrency, "change_marker", unreachable)

    assert watcher.check_now() is False
    assert watcher.check_now() is False
    assert watcher.is_active()
    assert watcher.interval_ms() == 80  # looks less often while the server is away

    monkeypatch.undo()
    assert watcher.check_now() is False  # back, and nothing changed meanwhile
    assert watcher.interval_ms() == 20


def test_the_window_watches_only_a_shared_server_database(window, db):
    on_server = not db.__class__.__name__.startswith("Sqlite")

    assert window.change_watcher.is_active() == on_server


def test_a_colleagues_new_customer_appears_in_the_tree(qtbot, window, monkeypatch):
    window.change_watcher.start()
    before = window.tree_model.customer_count()
    monkeypatch.setattr(audit, "current_user", lambda: "els@PC-ONTHAAL")

    factories.customer("K900", name="Nieuw Van Els")
    assert window.tree_model.customer_count() == before

    assert window.change_watcher.check_now()  # what the timer or regaining focus does
    qtbot.waitUntil(lambda: window.tree_model.customer_count() == before + 1, timeout=3000)
