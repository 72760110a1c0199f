"""The first day (SPEC §4.10): the welcome page on an empty database and its four ways
to begin, the manual behind F1 and its search, and the About box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit

from inharmony_desktop import __version__
from inharmony_desktop.core.models import Customer
from inharmony_desktop.core.services import customers, first_start
from inharmony_desktop.ui.dialogs import about
from inharmony_desktop.ui.dialogs.customer import CustomerDialog
from inharmony_desktop.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def empty_window(qtbot, db, open_window):
    return open_window("inharmony.db")


def _showing_welcome(window) -> bool:
    return window.central.currentWidget() is window.welcome.page


# --- the welcome page ---------------------------------------------------------------------------

def test_an_empty_database_opens_on_the_welcome_page(empty_window):
    assert _showing_welcome(empty_window)
    page = empty_window.welcome.page
    assert "Welcome" in page.findChild(type(page.intro), "welcome_title").text()
    # The formats with the required columns marked, per kind.
    customers_columns = page.findChild(type(page.intro), "columns_customers").text()
    assert "<b>postal_code (postcode)*</b>" in customers_columns and "email" in customers_columns


def test_the_demo_database_opens_on_the_tabs(qtbot, db, open_window):
    from inharmony_desktop.core import demo

    demo.build("small")
    window = open_window("demo.db")
    assert not _showing_welcome(window)
    assert window.central.currentWidget() is window.tabs


def test_the_page_gives_way_to_the_first_customer_and_comes_back_on_undo(
        empty_window, monkeypatch):
    data = customers.CustomerInput("K0001", "Janssens", "3940", "Hechtel-Eksel")
    monkeypatch.setattr(CustomerDialog, "ask", classmethod(lambda cls, *a, **k: data))
    empty_window.welcome.page.customer_button.click()
    assert Customer.get(Customer.reference == "K0001")
    assert not _showing_welcome(empty_window)
    empty_window.undo_stack.undo()
    assert _showing_welcome(empty_window)


def test_company_details_open_settings_on_the_company_tab(empty_window, monkeypatch):
    shown = []

    def exec_(dialog) -> int:
        shown.append(dialog.tabs.currentWidget().findChild(QLineEdit, "company_name"))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    empty_window.welcome.page.company_button.click()
    assert len(shown) == 1 and shown[0] is not None


def test_an_example_file_is_saved_then_imported_and_the_page_gives_way(
        empty_window, tmp_path, qtbot):
    welcome, transfer = empty_window.welcome, empty_window.csv_transfer
    target = tmp_path / "voorbeeld-klanten.csv"
    told = []
    welcome.ask_example_path = lambda parent, kind: target
    welcome.inform = lambda parent, title, text: told.append(text)
    welcome.page.example_buttons["customers"].click()
    assert target.read_bytes().startswith(b"\xef\xbb\xbfreference;name;")
    assert str(target) in told[0]
    # Import… beside it starts the usual import with the kind already chosen.
    transfer.ask_kind = lambda parent, title: pytest.fail("the kind is known")
    transfer.ask_open_path = lambda parent: target
    welcome.page.kind_import_buttons["customers"].click()
    qtbot.waitUntil(lambda: transfer.run is None, timeout=20_000)
    assert Customer.select().count() == 3
    assert not _showing_welcome(empty_window)


def test_the_import_button_asks_for_the_kind_like_the_menu(empty_window, monkeypatch):
    asked = []
    transfer = empty_window.csv_transfer
    transfer.ask_kind = lambda parent, title: asked.append(title)
    empty_window.welcome.page.import_button.click()
    assert len(asked) == 1


def test_the_demo_is_made_off_the_gui_thread_then_the_window_switches_to_it(
        empty_window, monkeypatch, tmp_path, qtbot):
    made, switched = [], []

    def make(path, *, progress=None, cancel=None):
        progress(2, 5, "Prestaties…")
        path.write_bytes(b"demo")
        made.append(path)
        return path

    monkeypatch.setattr(first_start, "make_demo_database", make)
    monkeypatch.setattr(first_start, "new_demo_path", lambda: tmp_path / "demo" / "d.db")
    (tmp_path / "demo").mkdir()
    welcome = empty_window.welcome
    welcome.confirm_demo = lambda parent: True
    empty_window.switch_database = lambda target: switched.append(target) or True
    welcome.page.demo_button.click()
    qtbot.waitUntil(lambda: welcome.run is None, timeout=20_000)
    assert made == switched == [tmp_path / "demo" / "d.db"]


def test_a_cancelled_demo_switches_nothing_and_leaves_no_folder(
        empty_window, monkeypatch, tmp_path, qtbot):
    folder = tmp_path / "demo"
    folder.mkdir()

    def make(path, *, progress=None, cancel=None):
        raise first_start.DemoCancelled

    monkeypatch.setattr(first_start, "make_demo_database", make)
    monkeypatch.setattr(first_start, "new_demo_path", lambda: folder / "d.db")
    welcome = empty_window.welcome
    welcome.confirm_demo = lambda parent: True
    empty_window.switch_database = lambda target: pytest.fail("nothing to switch to")
    welcome.page.demo_button.click()
    qtbot.waitUntil(lambda: welcome.run is None, timeout=20_000)
    assert not folder.exists()
    assert _showing_welcome(empty_window)


# --- the manual ---------------------------------------------------------------------------------

@pytest.fixture
def manual(empty_window):
    action = empty_window.menu_actions.manual
    assert action.shortcut() == QKeySequence("F1")
    action.trigger()
    dialog = empty_window.help.manual
    assert dialog is not None and dialog.isVisible()
    yield dialog
    dialog.close()


def test_f1_opens_the_manual_on_its_contents(manual):
    assert manual.current_page() == "index.html"
    assert manual.contents.topLevelItemCount() == len(manual.pages)
    assert "Handleiding" in manual.browser.toPlainText()


def test_a_chapter_and_its_sections_open_from_the_contents(manual):
    chapter = manual.contents.topLevelItem(3)  # 03-verplaatsen.html
    manual._contents_chosen(chapter)
    assert manual.current_page() == "03-verplaatsen.html"
    assert chapter.isExpanded()
    section = chapter.child(chapter.childCount() - 1)
    manual._contents_chosen(section)
    assert manual.browser.source().fragment() == "te-corrigeren"
    assert manual.browser.verticalScrollBar().value() > 0


def test_search_finds_a_word_in_the_page_and_goes_on_in_the_next_chapter(manual):
    manual.search.setText("gebruikersnummer")  # finds the first hit as you type
    assert manual.browser.textCursor().selectedText().lower() == "gebruikersnummer"
    assert manual.current_page() == "index.html"
    assert "on this page" in manual.search_result.text()
    # A word only a later chapter has: the search goes on there.
    manual.search.setText("KLAF")
    assert manual.current_page() == "08-maandstaten.html"
    assert manual.browser.textCursor().selectedText() == "KLAF"
    assert manual.find_next()  # round the manual and back to the only hit
    assert manual.find_previous()


def test_search_for_a_word_the_manual_lacks_says_so(manual):
    manual.search.setText("xylofoon")
    assert not manual.find_next()
    assert manual.search_result.text() == "Not found in the manual."
    inside = manual.search.grab().toImage().pixelColor(manual.search.rect().center())
    assert inside.red() > inside.green() + 15 and inside.red() > inside.blue() + 15  # a red field
    manual.search.setText("KLAF")
    inside = manual.search.grab().toImage().pixelColor(manual.search.rect().center())
    assert abs(inside.red() - inside.green()) < 10  # plain again once the word is found


def test_the_welcome_page_opens_the_manual_on_the_first_day(empty_window):
    empty_window.welcome.page.manual_button.click()
    assert empty_window.help.manual.current_page() == "01-eerste-dag.html"
    empty_window.help.manual.close()


# --- the About box --------------------------------------------------------------------------

def test_the_about_box_names_the_version_and_the_database(empty_window, db_url, qtbot):
    dialog = about.AboutDialog(empty_window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert db_url.split("@")[-1] in dialog.database_label.text()
    text = dialog.licences.toPlainText()
    for name in ("DejaVu", "Qt 6 / PySide6", "LGPL 3", "ReportLab", "Peewee", "Babel",
                 "holidays", "python-stdnum", "phonenumbers", "Apache 2.0", "platformdirs"):
        assert name in text


def test_the_licences_open_the_dejavu_text_or_the_publishers_page(empty_window, monkeypatch,
                                                                  qtbot):
    shown, opened = [], []
    monkeypatch.setattr(about, "show_text", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(about, "open_url", lambda url: opened.append(url.toString()))
    dialog = about.AboutDialog(empty_window)
    qtbot.addWidget(dialog)
    dialog.open_licence(QUrl(about.DEJAVU_LICENCE))
    dialog.open_licence(QUrl("https://www.gnu.org/licenses/lgpl-3.0.html"))
    assert "Bitstream" in shown[0]
    assert opened == ["https://www.gnu.org/licenses/lgpl-3.0.html"]


def test_every_runtime_dependency_has_its_licence_in_the_about_box():
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    names = {dependency.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip()
             for dependency in pyproject["project"]["dependencies"]}
    listed = {name.lower() for c in about.components() for name in c.distributions}
    assert {name.lower() for name in names} <= listed


# --- the demo in place of the own database ---------------------------------------------------

@pytest.mark.sqlite_only
def test_the_window_switches_to_the_demo_for_this_session_and_leaves_the_own_database(
        qapp, tmp_path):
    from inharmony_desktop.core import db as dbmod
    from inharmony_desktop.core.lock import lock_path_for
    from inharmony_desktop.ui.app import build_window
    from inharmony_desktop.ui.session import WindowSession

    own, demo = tmp_path / "own" / "inharmony.db", tmp_path / "demo" / "demo.db"
    own.parent.mkdir()
    demo.parent.mkdir()
    dbmod.open_database(demo)
    customers.create_customer(customers.CustomerInput("K1", "Janssens", "3940", "Peer"))
    dbmod.close_database()
    holder: dict[str, object] = {}
    session = WindowSession(holder, build_window, lambda *_args: None)
    try:
        assert session.start(own)
        first = session.window
        assert _showing_welcome(first) and lock_path_for(own).exists()
        assert session.switch_to(demo)
        assert holder["window"] is session.window is not first
        assert not _showing_welcome(session.window)
        assert str(demo) in session.window.db_status.text()
        assert not lock_path_for(own).exists() and lock_path_for(demo).exists()
    finally:
        session.finish()
        if session.window is not None:
            session.window.close()
    assert not lock_path_for(demo).exists()
    dbmod.open_database(own, create=False)
    try:
        assert first_start.is_empty()  # nothing of the demo went into the own database
    finally:
        dbmod.close_database()


@pytest.mark.sqlite_only
def test_a_database_that_cannot_be_opened_brings_the_own_one_back(qapp, tmp_path, monkeypatch):
    from inharmony_desktop.core.lock import lock_path_for
    from inharmony_desktop.ui import startup
    from inharmony_desktop.ui.app import build_window
    from inharmony_desktop.ui.session import WindowSession

    told = []
    monkeypatch.setattr(startup, "tell", lambda parent, error: told.append(str(error)))
    own = tmp_path / "inharmony.db"
    session = WindowSession({}, build_window, lambda *_args: None)
    try:
        assert session.start(own)
        assert not session.switch_to(tmp_path / "missing" / "demo.db")
        assert told == [f"De map {tmp_path / 'missing'} bestaat niet; kies een bestaande map voor "
                        "de databank, of maak de map eerst."]  # the user was told why
        assert str(own) in session.window.db_status.text()
        assert lock_path_for(own).exists()
    finally:
        session.finish()
        if session.window is not None:
            session.window.close()
