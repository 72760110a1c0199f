"""GUI fixtures: isolated QSettings, the Dutch catalogue built once, a small data set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from inharmony_desktop.catalogue import compile_ts
from inharmony_desktop.core import clock
from inharmony_desktop.core.services import customers, helpers, orders, prestations, user_numbers
from inharmony_desktop.resources import translation_file, translation_source, translations_dir
from inharmony_desktop.ui.workarounds import protect_none
from tests.wording import problems

protect_none()  # PySide6 6.12 on Python 3.11 drops references to None; see workarounds.py


@pytest.fixture(scope="session")
def dutch_catalogue() -> Path:
    """The compiled `.qm` (built from the `.ts` when missing or older)."""
    source = translations_dir() / "inharmony_nl.ts"
    target = translation_file("nl")
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        compile_ts(source, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The window tests run in English, as the program does in English: the source texts
    plus the English catalogue of plural forms ("1 row", "3 rows")."""
    translator = QTranslator()
    assert translator.load(str(compile_ts(translation_source("en"),
                                          translations_dir() / "inharmony_en.qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def english_locale():
    """Month and day names as the program shows them in English; a test that switches the
    window to Dutch does not leave its locale to the tests after it."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))


@pytest.fixture(autouse=True)
def undo_texts_read_right(qapp):
    """After every window test: no undo text left on an undo stack holds an ISO date, a bare
    user number or a "(s)" plural."""
    yield
    texts = [stack.text(index)
             for widget in QApplication.topLevelWidgets()
             for stack in widget.findChildren(QUndoStack)
             for index in range(stack.count())]
    assert [problem for text in texts for problem in problems(text, dutch=False)] == []


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """Window state and preferences go to a temporary INI file, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("InharmonyTests")
    qapp.setApplicationName("InharmonyDesktopTests")
    yield
    QSettings().clear()


@pytest.fixture
def sample(db) -> dict[str, int]:
    """Two customers with three user numbers, two helpers, prestations and an order."""
    today = clock.today()
    ids: dict[str, int] = {}
    ids["anna"] = helpers.create_helper(helpers.HelperInput("M001", "Anna Peeters"))
    ids["bart"] = helpers.create_helper(helpers.HelperInput("M002", "Bart Claes"))
    ids["janssens"] = customers.create_customer(customers.CustomerInput(
        "K001", "Janssens Maria", "3940", "Hechtel-Eksel", street="Kerkstraat 1"))
    ids["willems"] = customers.create_customer(customers.CustomerInput(
        "K002", "Willems Jos", "3500", "Hasselt"))
    ids["un1"] = user_numbers.create_user_number(user_numbers.UserNumberInput(
        "111122223333", ids["janssens"], "Maria Janssens", payment_mode="electronic",
        mode_since=dt.date(today.year - 1, 1, 1)))
    ids["un2"] = user_numbers.create_user_number(user_numbers.UserNumberInput(
        "444455556666", ids["janssens"], "Piet Janssens", payment_mode="paper",
        mode_since=dt.date(today.year - 1, 1, 1)))
    ids["un3"] = user_numbers.create_user_number(user_numbers.UserNumberInput(
        "777788889999", ids["willems"], "Jos Willems", mode_since=dt.date(today.year - 1, 1, 1)))
    ids["order"] = orders.create_order(orders.OrderInput(ids["un1"], dt.date(today.year, 1, 2),
                                                          100))
    for day in range(1, 6):
        prestations.create_prestation(prestations.PrestationInput(
            dt.date(today.year, 1, day + 2), ids["un1"], ids["anna"], 3))
        prestations.create_prestation(prestations.PrestationInput(
            dt.date(today.year, 1, day + 2), ids["un3"], ids["bart"], 4))
    return ids


@pytest.fixture
def open_window(qtbot):
    """`open_window(label)`: a main window on the open database, once its first screen is
    complete (the customer tree is read on a worker thread, as when the program starts)."""
    from inharmony_desktop.ui.main_window import MainWindow

    def make(label: str = "test.db") -> MainWindow:
        main = MainWindow(label)
        qtbot.addWidget(main)
        qtbot.waitUntil(main.is_ready, timeout=10_000)
        return main

    return make


@pytest.fixture
def window(open_window, sample):
    return open_window()
