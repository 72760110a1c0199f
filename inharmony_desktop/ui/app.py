"""Starting the window: the QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from inharmony_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.resources import icon_path, translation_file
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
    """Load Qt's own catalogue and ours for `language` (English is the source text).

    Returns the translators (kept alive by the caller); a missing `.qm` is logged,
    the program then shows English.
    """
    QLocale.setDefault(BELGIAN if language == "nl" else QLocale(QLocale.Language.English,
                                                                QLocale.Country.Belgium))
    if language == "en":
        return []
    loaded: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        loaded.append(qt_translator)
    ours = QTranslator(app)
    path = translation_file(language)
    if ours.load(str(path)):
        app.installTranslator(ours)
        loaded.append(ours)
    else:
        log.warning("translation %s not found; build it with `make translations`", path)
    return loaded


def _crash_handler(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
    """A bug: log the traceback and tell the user, instead of vanishing."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", text)
    sys.__stderr__.write(text)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          QApplication.translate("App", "An unexpected error occurred. "
                                                 "Your last change may not have been saved."))
        box.setDetailedText(text)
        box.exec()


def build_window(db_target: str | None):
    """Open the database and build the main window (raises `KnownError`)."""
    from inharmony_desktop.core.db import database_path, open_database
    from inharmony_desktop.ui.main_window import MainWindow

    open_database(db_target)
    label = str(database_path() or db_target)
    return MainWindow(label)


def run_gui(db: str | None, qt_args: list[str]) -> int:
    protect_none()
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    translators = install_translators(app, preferred_language())
    sys.excepthook = _crash_handler
    try:
        window = build_window(db)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    try:
        return app.exec()
    finally:
        del translators
        from inharmony_desktop.core.db import close_database

        close_database()
