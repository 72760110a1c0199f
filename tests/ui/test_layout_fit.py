"""What a new office worker sees first: a window that fits the screen, readable columns."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator

from inharmony_desktop.ui.dialogs.user_number import UserNumberDialog
from tests.ui.fitting import cut_off


def test_the_first_window_fits_the_screen(qtbot, window):
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_the_narrow_tree_columns_say_how_a_number_pays_and_the_town_is_in_the_tip(
        qtbot, qapp, window, sample, dutch_catalogue):
    window.fit_to(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 1366
    tree = window.customers.tree
    tree.expandAll()
    assert cut_off(tree, "customer tree") == []  # titles and cells whole, in English
    dutch = QTranslator()
    assert dutch.load(str(dutch_catalogue))
    qapp.installTranslator(dutch)
    try:
        assert cut_off(tree, "klantenboom") == []  # and in Dutch, the program's first language
    finally:
        qapp.removeTranslator(dutch)
    model = window.tree_model
    customer = model.index_of_customer(sample["willems"])
    assert customer.siblingAtColumn(1).data() is None
    assert "Hasselt" in customer.data(Qt.ItemDataRole.ToolTipRole)
    number = model.index_of_user_number(sample["un2"])
    assert number.siblingAtColumn(1).data() == "paper"


def test_the_payment_mode_date_is_not_cut_off(qtbot, sample):
    dialog = UserNumberDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.mode_date.width() >= dialog.mode_date.sizeHint().width()
