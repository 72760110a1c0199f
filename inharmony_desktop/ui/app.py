"""Starting the window: the QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from inharmony_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.resources import catalogue, icon_path, translation_file
from inharmony_desktop.ui.formatting import BELGIAN
from inharmony_desktop.ui.workarounds import protect_none

LANGUAGES = ("nl", "en")
log = logging.getLogger(__name__)


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The app icon in every rendered size (title bar, taskbar, Alt+Tab)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(icon_path(f"inharmony-{size}.png")))
    return icon


def preferred_language() -> str:
    language = str(QSettings().value("ui/language", "nl"))
    return language if language in LANGUAGES else "nl"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own catalogue and ours for `language`. English is the source text; its
    catalogue only holds the plural forms ("1 row", "3 rows" instead of "row(s)").

    Returns the translators (kept alive by the caller); a missing `.qm` is logged,
    the program then shows the source text.
    """
    QLocale.setDefault(BELGIAN if language == "nl" else QLocale(QLocale.Language.English,
                                                                QLocale.Country.Belgium))
    loaded: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_translator)
            loaded.append(qt_translator)
    ours = QTranslator(app)
    path = catalogue(language)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        loaded.append(ours)
    else:
        log.warning("no translation for %s (looked for %s)", language, translation_file(language))
    return loaded


def build_window(db_label: str):
    """The main window on the database that is already open."""
    from inharmony_desktop.ui.main_window import MainWindow

    return MainWindow(db_label)


def _on_damage_found(window, db_path: Path, problems: list) -> None:
    from inharmony_desktop.ui import startup

    if startup.recover_damaged(window, db_path, problems):
        window.database_replaced()
    else:
        window.close()


def _close_on_terminate(app: QApplication, holder: dict[str, object]) -> QTimer:
    """SIGTERM (log-out, shutdown, `kill`) closes the window the normal way, so the day's
    backup runs and the lock beside the database is released. Python only runs signal
    handlers between byte codes, so a cheap timer lets it in while Qt waits for events."""

    def close() -> None:
        window = holder.get("window")
        if window is not None:
            window.close()  # type: ignore[attr-defined]
        app.quit()

    def terminate(_signum: int, _frame: object) -> None:
        # The signal may come while the window is still being built, before the event
        # loop runs (a quit then would be lost): close once the loop runs.
        QTimer.singleShot(0, close)

    signal.signal(signal.SIGTERM, terminate)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return timer


def run_gui(db: str | None, qt_args: list[str]) -> int:
    """Start the window: crash handler, start-up checks (`ui/startup.py`), then the
    background quick check and the day's backup (`ui/safety_tasks.py`)."""
    from inharmony_desktop.core.db import database_path, display_name
    from inharmony_desktop.core.db_choice import default_target
    from inharmony_desktop.ui import startup
    from inharmony_desktop.ui.crash import install_crash_handler
    from inharmony_desktop.ui.safety_tasks import SafetyTasks

    protect_none()
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    translators = install_translators(app, preferred_language())
    holder: dict[str, object] = {}
    stop_timer = _close_on_terminate(app, holder)  # noqa: F841 - kept alive until exit
    install_crash_handler(lambda: holder.get("window"))
    opened = startup.open_at_start(db, quick_check=False)
    if opened is None:
        return 1
    tasks = None
    try:
        path = database_path()
        window = build_window(str(path or display_name(db if db is not None else default_target())))
        holder["window"] = window
        if path is not None:
            tasks = SafetyTasks(path, window)
            tasks.damaged.connect(
                lambda problems: _on_damage_found(window, path, problems))
            window.backups.background_busy = lambda: tasks.running
        window.show()
        if opened.takeover_notice:
            log.warning("%s", opened.takeover_notice)
            window.statusBar().showMessage(opened.takeover_notice, 30_000)
        if tasks is not None:
            tasks.start_checks()
        return app.exec()
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    finally:
        if tasks is not None:
            tasks.finish()
        del translators
        opened.close()
