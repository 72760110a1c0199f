"""Every dialog fits a 1366×768 laptop, in Dutch, with the demo's data: never taller or
wider than the screen, so its buttons can always be reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard

from inharmony_desktop.core.models import Prestation, UserNumber
from inharmony_desktop.core.services import backups, history
from inharmony_desktop.core.services.statements import statement_for, user_numbers_with_orders
from inharmony_desktop.reports.statement import statement_pdf

# What a dialog may take of the screen's free area: the title bar comes on top.
TITLE_BAR = 30


def _dialogs(window):
    from inharmony_desktop.ui.dialogs import (
        about,
        absence,
        customer,
        database,
        generate,
        helper,
        ironing_basket,
        manual,
        move_target,
        order,
        payroll,
        prestation,
        refund,
        restore,
        schedule,
        settings,
        split_editor,
        statement_options,
        statement_preview,
        switchover_wizard,
        user_number,
        week_review,
    )
    from inharmony_desktop.ui.dialogs import (
        history as history_dialog,
    )

    number = UserNumber.select().where(UserNumber.active).first()
    ids = [p.id for p in Prestation.select(Prestation.id).limit(6)]
    customer_id = number.customer_id
    year = 2025
    pdf = statement_pdf(statement_for(user_numbers_with_orders(year)[0], year))
    yield "klant", customer.CustomerDialog(window)
    yield "gebruikersnummer", user_number.UserNumberDialog(window)
    yield "medewerker", helper.HelperDialog(window)
    yield "bestelling", order.OrderDialog(window, user_number_id=number.id)
    yield "prestatie", prestation.PrestationDialog(window, prestation_id=ids[0])
    yield "afwezigheid", absence.AbsenceDialog(window)
    yield "uurrooster", schedule.ScheduleDialog(window)
    yield "terugbetaling", refund.RefundDialog(window, number.id)
    yield "strijkmand", ironing_basket.IroningBasketDialog(window, customer_id)
    yield "verdeling", split_editor.SplitEditor(ids, window)
    yield "verplaatsen", move_target.MoveTargetDialog(window, 3)
    yield "geschiedenis", history_dialog.HistoryDialog(
        window, "x", history.user_number_history(number.id))
    yield "instellingen", settings.SettingsDialog(window)
    yield "databank", database.DatabaseDialog(window)
    yield "genereren", generate.GenerateDialog(window, "month")
    yield "week nakijken", week_review.WeekReviewDialog(window)
    yield "overschakelen", switchover_wizard.SwitchoverWizard(window, number.id)
    yield "jaaroverzichten", statement_options.StatementOptionsDialog(window, with_folder=True)
    yield "voorbeeld", statement_preview.StatementPreviewDialog(pdf, "x.pdf", "Jaaroverzicht",
                                                                window)
    folder = backups.backup_folder()
    yield "back-up terugzetten", restore.RestoreDialog(backups.list_backups(folder), folder, window)
    yield "maandstaten", payroll.PayrollDialog(window)
    yield "handleiding", manual.ManualDialog(window)
    yield "over", about.AboutDialog(window)


@pytest.fixture
def dutch_window(qtbot, qapp, demo_db, dutch_catalogue, open_window):
    translator = QTranslator()
    assert translator.load(str(dutch_catalogue))
    qapp.installTranslator(translator)
    backups.make_backup()
    window = open_window("demo.db")
    yield window
    qapp.removeTranslator(translator)


def test_every_dialog_fits_a_laptop_screen_with_its_buttons(qtbot, dutch_window):
    screen = dutch_window.screen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)  # tests/data/laptop_screen.json
    room = (screen.width(), screen.height() - TITLE_BAR)
    too_big = []
    for name, dialog in _dialogs(dutch_window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        shown = dialog.size()
        if needed.width() > room[0] or needed.height() > room[1]:
            too_big.append(f"{name}: needs at least {needed.width()}x{needed.height()}")
        elif shown.width() > room[0] or shown.height() > room[1]:
            too_big.append(f"{name}: opens at {shown.width()}x{shown.height()}")
        buttons = dialog.findChildren(QDialogButtonBox)
        assert buttons or isinstance(dialog, QWizard | QDialog), name
        dialog.close()
    assert too_big == [], "\n".join(too_big)
