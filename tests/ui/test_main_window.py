"""The whole window: builds, shows, follows the tree, saves prestations by keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Qt

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import Prestation


def test_window_builds_and_shows_the_data(qtbot, window, sample):
    window.show()
    qtbot.waitExposed(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Prestations", "Orders", "Helpers", "Schedules", "Absences", "To correct in Pluxee",
        "Pluxee"]
    assert window.tree_model.customer_count() == 2
    assert window.prestations.model.rowCount() == 10
    assert "2 customers" in window.count_status.text()


def test_selecting_a_user_number_filters_the_prestations(qtbot, window, sample):
    window.customers.select("user_number", sample["un3"])
    assert window.prestations.model.rowCount() == 5
    assert window.details.user_number_id == sample["un3"]
    window.customers.select("customer", sample["janssens"])
    assert window.prestations.model.rowCount() == 5
    assert window.orders.model.rowCount() == 1


def test_quick_entry_saves_on_enter_and_is_ready_for_the_next(qtbot, window, sample):
    bar = window.prestations.quick_entry
    bar.date.setDate(QDate(clock.today()))
    bar.user_number.set_current_id(sample["un2"])
    bar.helper.set_current_id(sample["bart"])
    bar.hours.setValue(2)
    before = Prestation.select().count()
    qtbot.keyClick(bar.hours, Qt.Key.Key_Return)
    assert Prestation.select().count() == before + 1
    saved = Prestation.select().order_by(Prestation.id.desc()).first()
    assert (saved.user_number_id, saved.helper_id, saved.hours) == (sample["un2"], sample["bart"], 2)
    assert saved.paper == 2  # the user number pays on paper
    assert bar.user_number.current_id() is None
    assert bar.helper.current_id() == sample["bart"]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert Prestation.select().count() == before


def test_window_state_is_remembered(qtbot, window, open_window):
    window.prestations.table.setColumnWidth(1, 333)
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = open_window()
    assert again.prestations.table.columnWidth(1) == 333


def test_this_week_shows_monday_to_sunday_of_the_current_week(window, sample):
    from inharmony_desktop.core.services import prestations

    # The suite's today is Wednesday 25 November 2026: this week runs from Monday 23
    # to Sunday 29 November.
    assert clock.today() == dt.date(2026, 11, 25)
    days = {"sunday before": dt.date(2026, 11, 22), "monday": dt.date(2026, 11, 23),
            "today": dt.date(2026, 11, 25), "sunday": dt.date(2026, 11, 29),
            "monday after": dt.date(2026, 11, 30)}
    for day in days.values():
        prestations.create_prestation(prestations.PrestationInput(
            day, sample["un3"], sample["bart"], 2))
    tab = window.prestations

    tab.period.setCurrentIndex(tab.period.findData("week"))

    shown = sorted(tab.model.row_info(row).date for row in range(tab.model.rowCount()))
    assert shown == [days["monday"], days["today"], days["sunday"]]
    assert (tab.start.date().toPython(), tab.end.date().toPython()) == (
        days["monday"], days["sunday"])
    assert tab.count_label.text() == "3 prestations"


def test_window_on_the_demo_database(qtbot, db, dutch_catalogue, qapp, open_window):
    from inharmony_desktop.core import demo
    from inharmony_desktop.ui.app import install_translators
    from inharmony_desktop.ui.models import ID_ROLE

    counts = demo.build("small", today=clock.today())
    translators = install_translators(qapp, "nl")
    try:
        window = open_window("demo.db")
        window.show()
        qtbot.waitExposed(window)
        assert window.tree_model.customer_count() == counts["klanten"]
        assert window.prestations.model.rowCount() > 0
        assert window.helpers.model.rowCount() == 0  # read when the tab is first shown
        window.tabs.setCurrentWidget(window.helpers)
        assert window.helpers.model.rowCount() == counts["medewerkers"]
        window.tabs.setCurrentWidget(window.prestations)
        customer = window.tree_model.index(0, 0)
        number_id = window.tree_model.index(0, 0, customer).data(ID_ROLE)
        window.customers.select("user_number", number_id)
        details = window.details.sections[1]
        assert details.isVisible()
        assert "vanaf" in details.modes.text()
        wallet = window.voucher_tools.wallet_section.panel
        assert wallet.isVisible()
        assert wallet.personal.format().endswith("van 500")
        assert "klanten" in window.count_status.text()
        window.customers.search.setText("Hechtel")
        assert 0 < window.customers.proxy.rowCount() < counts["klanten"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_customer_details_list_each_user_number(window, sample):
    window.customers.select("customer", sample["janssens"])
    text = window.details.sections[2].text.text()
    assert "1111 2222 3333" in text and "4444 5555 6666" in text
    assert "100 of 500 ordered" in text
    assert not window.details.sections[1].isVisibleTo(window.details)


def test_quick_entry_by_typing_only(qtbot, window, sample):
    bar = window.prestations.quick_entry
    bar.user_number.lineEdit().clear()
    qtbot.keyClicks(bar.user_number.lineEdit(), "4444")
    bar.helper.lineEdit().clear()
    qtbot.keyClicks(bar.helper.lineEdit(), "Bart")
    before = Prestation.select().count()
    qtbot.keyClick(bar.hours, Qt.Key.Key_Enter)
    assert Prestation.select().count() == before + 1
    assert bar.error.text() == ""
    qtbot.keyClick(bar.hours, Qt.Key.Key_Return)  # nothing chosen any more: refused, said why
    assert Prestation.select().count() == before + 1
    assert bar.error.text() == "Choose a user number."


def test_english_can_be_chosen_in_settings(window, monkeypatch):
    from inharmony_desktop.ui.dialogs.settings import SettingsChange, SettingsDialog

    change = SettingsChange({"company_name": "Inharmony"}, [], "en")
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, *a, **k: change))
    window.open_settings()
    assert QSettings().value("ui/language") == "en"
    from inharmony_desktop.ui.app import preferred_language

    assert preferred_language() == "en"
