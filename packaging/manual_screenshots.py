"""Make the pictures of the manual (resources/manual/images/) from the demo database.

    python packaging/manual_screenshots.py            # every scene
    python packaging/manual_screenshots.py welkom     # only the scenes named

The generated PNGs are committed (they are documentation, like the icons of
make_icons.py); run this again after changing a screen the manual shows, and
look at the pictures before committing them.

What it does: with the clock pinned to 25/11/2026 10:00 (so the pictures come
out the same every time), it builds the small demo database and an empty one in
a temporary folder, starts the real main window offscreen on a 1366×768 screen
in Dutch, puts it in the state of each scene, grabs the window or dialog
(QWidget.grab) and saves it at most 900 pixels wide, in 256 colours (small files
that stay sharp). The user's own database and settings are never touched.

A scene is a function `scene(stage) -> QWidget | None` listed in SCENES with the
file it makes: it returns what to grab, or None to skip (saying why). The
Pluxee and payroll scenes wait for their actions: until the window has them they
are skipped with a message, and filling them in changes nothing else here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "manual" / "images"
MOMENT = dt.datetime(2026, 11, 25, 10, 0)
SCREEN = (1366, 768)
MAX_WIDTH = 900
MAX_BYTES = 150_000


@dataclass
class Stage:
    """What a scene works with: the window on the demo (or empty) database."""

    app: object
    window: object
    folder: Path

    def settle(self, rounds: int = 5) -> None:
        from PySide6.QtCore import QCoreApplication

        from inharmony_desktop.ui.workers import wait_for_all

        for _ in range(rounds):
            wait_for_all()
            QCoreApplication.processEvents()

    def show_dialog(self, dialog, size: tuple[int, int] | None = None):
        """Show a dialog the way `exec()` would, without waiting for an answer."""
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        self.settle()
        return dialog


@dataclass(frozen=True)
class Scene:
    file: str  # in resources/manual/images/
    make: Callable[[Stage], object]
    database: str = "demo"  # "demo" or "empty"
    width: int = MAX_WIDTH  # the widest the picture may be


# --- helpers --------------------------------------------------------------------------------------

def _user_number_with_most_prestations() -> int:
    from inharmony_desktop.core.models import Prestation, UserNumber

    query = (UserNumber.select(UserNumber.id)
             .join(Prestation, on=(Prestation.user_number == UserNumber.id))
             .group_by(UserNumber.id).order_by(peewee_count(Prestation.id).desc(), UserNumber.id))
    return query.scalar()


def peewee_count(field):
    import peewee

    return peewee.fn.COUNT(field)


def _select_number(stage: Stage, user_number_id: int) -> None:
    window = stage.window
    window.customers.select("user_number", user_number_id)
    stage.settle()


def _find_action(window, text: str):
    """The window's action whose Dutch text (without & and …) starts with `text`, or None."""
    for action in window.findChildren(_qaction()):
        if action.text().replace("&", "").startswith(text):
            return action
    return None


def _qaction():
    from PySide6.QtGui import QAction

    return QAction


def _select_rows(table, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = table.model()
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(model.index(rows[-1], 0),
                              QItemSelectionModel.SelectionFlag.NoUpdate)


# --- the scenes -----------------------------------------------------------------------------------

def welcome(stage: Stage):
    return stage.window


def main_window(stage: Stage):
    _select_number(stage, _user_number_with_most_prestations())
    stage.window.tabs.setCurrentWidget(stage.window.prestations)
    stage.settle()
    return stage.window


def prestations_selection(stage: Stage):
    window = stage.window
    _select_number(stage, _user_number_with_most_prestations())
    window.tabs.setCurrentWidget(window.prestations)
    stage.settle()
    _select_rows(window.prestations.table, [0, 1, 2])
    window.prestations.quick_entry.start()
    stage.settle()
    return window


def prestation_dialog(stage: Stage):
    from inharmony_desktop.core.models import Helper
    from inharmony_desktop.ui.dialogs.prestation import PrestationDialog

    dialog = PrestationDialog(stage.window, None, _user_number_with_most_prestations())
    dialog.helper.set_current_id(Helper.select(Helper.id).order_by(Helper.name).scalar())
    dialog.hours.setValue(4)
    return stage.show_dialog(dialog)


def split_editor(stage: Stage):
    from inharmony_desktop.ui.dialogs.split_editor import SplitEditor

    window = stage.window
    _select_number(stage, _user_number_with_most_prestations())
    window.tabs.setCurrentWidget(window.prestations)
    stage.settle()
    dialog = stage.show_dialog(SplitEditor([window.prestations.model.id_at(1)], window))
    dialog.paper.setValue(1)  # 1 paper voucher, the other hours electronic
    stage.settle()
    return dialog


def move_menu(stage: Stage):
    """The context menu of three selected prestations, drawn onto the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    window = stage.window
    table = window.prestations.table
    _select_number(stage, _user_number_with_most_prestations())
    window.tabs.setCurrentWidget(window.prestations)
    stage.settle()
    _select_rows(table, [0, 1, 2])
    stage.settle()
    menu = QMenu(table)
    for build in table.menu_builders:
        build(menu, table.selected_ids())
    menu.setActiveAction(window.menu_actions.move_to)
    rect = table.visualRect(table.model().index(2, 2))
    where = table.viewport().mapTo(window, rect.center() + QPoint(10, 6))
    menu.adjustSize()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(where, menu.grab())
    painter.end()
    return picture


def move_dialog(stage: Stage):
    from inharmony_desktop.core.models import Customer, UserNumber
    from inharmony_desktop.ui.dialogs.move_target import MoveTargetDialog

    dialog = MoveTargetDialog(stage.window, 3)
    dialog.target.set_current_id(UserNumber.select(UserNumber.id).join(Customer)
                                 .where(Customer.name == "Peeters").scalar())
    return stage.show_dialog(dialog)


def corrections(stage: Stage):
    """The "Te corrigeren in Pluxee" list after registered prestations were moved."""
    from inharmony_desktop.core.models import Prestation, UserNumber
    from inharmony_desktop.core.services import moves
    from inharmony_desktop.core.vocabulary import Status

    window = stage.window
    registered = [p.id for p in Prestation.select(Prestation.id, Prestation.user_number)
                  .where(Prestation.status == Status.REGISTERED)
                  .order_by(Prestation.date.desc()).limit(2)]
    source = Prestation.get_by_id(registered[0]).user_number.customer_id
    target = (UserNumber.select(UserNumber.id)
              .where((UserNumber.customer == source) & UserNumber.active)
              .order_by(UserNumber.id.desc()).scalar())
    if registered and target:
        moves.move_prestations(registered, target, allow_other_customer=True)
    window.refresh_all()
    window.tabs.setCurrentWidget(window.corrections)
    stage.settle()
    return window


def switchover(stage: Stage):
    from inharmony_desktop.core.services import switchover as core_switchover
    from inharmony_desktop.ui.dialogs.switchover_wizard import SwitchoverWizard

    number = _make_paper_customer()
    assert any(uid == number for uid, _text in core_switchover.candidates())
    wizard = SwitchoverWizard(stage.window, number)
    wizard.input_page.paper.setValue(7)
    stage.show_dialog(wizard)
    wizard.next()
    stage.settle()
    return wizard


def _make_paper_customer() -> int:
    """A customer still on paper with weekly prestations planned, for the switch-over."""
    from inharmony_desktop.core import clock
    from inharmony_desktop.core.models import Helper
    from inharmony_desktop.core.services import customers, prestations, user_numbers
    from inharmony_desktop.core.vocabulary import Status

    customer = customers.create_customer(customers.CustomerInput(
        "K0900", "Vandenbroeck", "3940", "Hechtel-Eksel", street="Dorpsstraat 8"))
    number = user_numbers.create_user_number(user_numbers.UserNumberInput(
        "356231379012", customer, "Marleen Vandenbroeck", payment_mode="paper",
        mode_since=dt.date(2024, 3, 1)))
    helper = Helper.select(Helper.id).order_by(Helper.id).scalar()
    for week in range(6):
        day = clock.today() + dt.timedelta(days=7 * week + 1)
        prestations.create_prestation(prestations.PrestationInput(
            day, number, helper, 3,
            status=Status.PERFORMED if day <= clock.today() else Status.PLANNED))
    return number


def orders(stage: Stage):
    window = stage.window
    _select_number(stage, _user_number_with_most_prestations())
    window.tabs.setCurrentWidget(window.orders)
    stage.settle()
    return window


def statement_preview(stage: Stage):
    from inharmony_desktop.core import clock
    from inharmony_desktop.ui.dialogs.statement_preview import StatementPreviewDialog

    dialog = StatementPreviewDialog.for_statement(
        stage.window, _user_number_with_most_prestations(), clock.today().year - 1)
    return stage.show_dialog(dialog, (760, 720))


def restore_dialog(stage: Stage):
    from inharmony_desktop.core import clock
    from inharmony_desktop.core.services import backups
    from inharmony_desktop.ui.dialogs.restore import RestoreDialog

    for moment in (dt.datetime(2026, 11, 23, 17, 2),
                   dt.datetime(2026, 11, 24, 17, 6), MOMENT):
        with clock.pinned(moment):
            backups.make_backup()
    folder = backups.backup_folder()
    return stage.show_dialog(RestoreDialog(backups.list_backups(folder), folder, stage.window),
                             (620, 360))


def pluxee(stage: Stage):
    """The Pluxee tab with the work list of a reading (File › Pluxee-export inlezen…)."""
    action = _find_action(stage.window, "Pluxee-export inlezen")
    tab = next((index for index in range(stage.window.tabs.count())
                if stage.window.tabs.tabText(index).replace("&", "") == "Pluxee"), None)
    if action is None or tab is None:
        print("  overgeslagen: het venster heeft nog geen Pluxee-export inlezen… en tab Pluxee")
        return None
    print("  overgeslagen: de Pluxee-scène is nog niet ingevuld")
    return None


def payroll(stage: Stage):
    """The helpers' monthly statements (Planning › Maandstaten medewerkers…), checked."""
    action = _find_action(stage.window, "Maandstaten medewerkers")
    if action is None:
        print("  overgeslagen: het venster heeft nog geen Planning › Maandstaten medewerkers…")
        return None
    _make_payroll_warnings()
    action.trigger()
    stage.settle(10)
    return stage.window.payroll.dialog


def _make_payroll_warnings() -> None:
    """Two things the month check warns about: a helper without INSZ, and prestations of
    the month still planned."""
    from inharmony_desktop.core.models import Helper, Prestation
    from inharmony_desktop.core.vocabulary import Status

    helper = Helper.select(Helper.id).order_by(Helper.name).scalar()
    Helper.update(insz=None).where(Helper.id == helper).execute()
    left = (Prestation.select(Prestation.id)
            .where((Prestation.date >= dt.date(2026, 10, 26)) & (Prestation.date <= dt.date(2026, 10, 30)))
            .order_by(Prestation.id).limit(3))
    Prestation.update(status=Status.PLANNED).where(Prestation.id.in_(left)).execute()


SCENES: list[Scene] = [
    Scene("welkom.png", welcome, database="empty"),
    Scene("hoofdvenster.png", main_window),
    Scene("prestaties-selectie.png", prestations_selection),
    Scene("prestatie-dialoog.png", prestation_dialog),
    Scene("verdeling.png", split_editor),
    Scene("verplaatsen-menu.png", move_menu),
    Scene("verplaatsen-dialoog.png", move_dialog),
    Scene("te-corrigeren.png", corrections),
    Scene("overschakelen.png", switchover),
    Scene("bestellingen.png", orders),
    Scene("jaaroverzicht.png", statement_preview),
    Scene("terugzetten.png", restore_dialog),
    Scene("pluxee.png", pluxee),
    Scene("maandstaten.png", payroll),
]


# --- running --------------------------------------------------------------------------------------

def save(picture, path: Path, width: int) -> int:
    """Save a QPixmap or QImage at most `width` wide in 256 colours; returns the size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = picture.toImage() if hasattr(picture, "toImage") else picture
    if image.width() > width - 2:
        image = image.scaledToWidth(width - 2, Qt.TransformationMode.SmoothTransformation)
    framed = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_RGB32)
    framed.fill(QColor("#9aa5a8"))  # a thin frame sets the picture apart from the text
    painter = QPainter(framed)
    painter.drawImage(1, 1, image)
    painter.end()
    image = framed
    # 256 colours without dithering: flat window colours stay flat, and the file small.
    image = image.convertToFormat(QImage.Format.Format_RGB32).convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        | Qt.ImageConversionFlag.AvoidDither)
    image.save(str(path), "PNG", 0)  # Qt's PNG quality 0 is the strongest compression
    return path.stat().st_size


def _prepare_process(folder: Path) -> None:
    """Offscreen on a 1366×768 screen, clock pinned, settings in the temporary folder."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["INHARMONY_CLOCK"] = MOMENT.isoformat(timespec="minutes")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / "home")


def _open(kind: str, folder: Path) -> Path:
    """A fresh copy of the demo (or a new empty database) for one scene, opened."""
    from inharmony_desktop.core import db as dbmod
    from inharmony_desktop.core import demo

    dbmod.close_database()
    template = folder / "demo-template.db"
    if kind == "demo" and not template.exists():
        print("demodatabank maken…")
        dbmod.open_database(template)
        demo.build("small")
        dbmod.database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dbmod.close_database()
    path = folder / "Inharmony" / "inharmony.db"
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir()
    if kind == "demo":
        shutil.copyfile(template, path)
    dbmod.open_database(path)
    return path


def _window(app, folder: Path):
    from inharmony_desktop.ui.app import build_window

    window = build_window("inharmony.db")  # the name the status bar shows
    window.fit_to(*SCREEN)
    window.resize(*SCREEN)
    window.show()
    return window


def run(names: list[str]) -> int:
    # Always the same folder, so that the paths the pictures show are the same every time.
    folder = Path(tempfile.gettempdir()) / "inharmony-handleiding"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    _prepare_process(folder)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inharmony_desktop.core import clock
    from inharmony_desktop.ui.app import configure_application, install_translators
    from inharmony_desktop.ui.workarounds import protect_none

    clock.pin(MOMENT)
    protect_none()
    app = QApplication([sys.argv[0]])
    app.setCursorFlashTime(0)  # a steady text cursor: the same picture every time
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    translators = install_translators(app, "nl")  # noqa: F841 - kept alive while it runs
    OUT.mkdir(parents=True, exist_ok=True)
    chosen = [scene for scene in SCENES if not names or scene.file.removesuffix(".png") in names]
    problems = 0
    for scene in chosen:
        print(scene.file)
        _open(scene.database, folder)
        window = _window(app, folder)
        stage = Stage(app, window, folder)
        stage.settle()
        picture = scene.make(stage)
        if picture is not None:
            stage.settle()
            grabbed = picture.grab() if hasattr(picture, "grab") else picture
            size = save(grabbed, OUT / scene.file, scene.width)
            print(f"  {size // 1000} kB")
            if size > MAX_BYTES:
                print(f"  te groot: meer dan {MAX_BYTES // 1000} kB")
                problems += 1
            if hasattr(picture, "close") and picture is not window:
                picture.close()
        window.close()
        window.deleteLater()
        stage.settle()
    from inharmony_desktop.core import db as dbmod

    dbmod.close_database()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
