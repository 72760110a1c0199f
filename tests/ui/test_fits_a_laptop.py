"""The window at 1366×768 with both side panels open, on the demo database: no header and no
cell text of any table or of the customer tree is cut off at its default width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QProgressBar

from tests.ui.fitting import cut_off

LAPTOP = (1366, 768)


@pytest.fixture(params=["nl", "en"])
def laptop_window(request, qtbot, qapp, demo_db, dutch_catalogue, open_window):
    if request.param == "nl":
        translator = QTranslator()
        assert translator.load(str(dutch_catalogue))
        qapp.installTranslator(translator)
        request.addfinalizer(lambda: qapp.removeTranslator(translator))
    window = open_window("demo.db")
    window.fit_to(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def _views(window):
    yield "klantenboom", window.customers.tree
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        for view in page.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView):
                continue
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                yield f"tab {window.tabs.tabText(index)}", view


def test_no_column_of_any_screen_is_cut_off_on_a_laptop(qtbot, laptop_window):
    window = laptop_window
    assert (window.width(), window.height()) == LAPTOP
    assert window.customers.isVisible() and window.details.isVisible()
    tree = window.customers.tree
    tree.expandAll()
    found = []
    for name, view in _views(window):
        QApplication.sendPostedEvents()  # the layout the tab switch asked for, done now
        found += cut_off(view, name)
    assert found == [], "\n".join(found)


def test_the_details_panel_reads_without_sideways_scrolling(qtbot, laptop_window):
    window = laptop_window
    panel = window.details
    tree, model = window.customers.tree, window.tree_model
    for user_number_id, _number, _holder in model.user_number_choices()[:12]:
        index = window.customers.proxy.mapFromSource(model.index_of_user_number(user_number_id))
        tree.setCurrentIndex(index)
        QApplication.sendPostedEvents()  # the new layout (a scroll bar may appear), done now
        assert panel.widget().minimumSizeHint().width() <= panel.viewport().width(), \
            user_number_id
        for bar in panel.findChildren(QProgressBar):
            if bar.isVisible():
                assert not bar.isTextVisible()  # the figures stand beside the bar
                assert bar.beside.isVisible() and bar.beside.text() == bar.format()
