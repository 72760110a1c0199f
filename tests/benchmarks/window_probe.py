"""The child process of the start-up figure: start, open the window, report.

`python window_probe.py window DB` builds the real main window on DB and prints
`ready RSS` once the prestations table has fetched and painted its first
screen, then releases the database and leaves without the closing backup;
`python window_probe.py empty` only imports PySide6 and shows an empty QMainWindow
(the baseline). The parent measures the wall time until `ready`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _empty() -> object:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    window.repaint()
    return app, window


def _main_window(db: str) -> object:
    """What `ui.app.run_gui` does up to the first screen (including starting the
    background quick check), then paint the prestations table. The program starts
    in its command line, which imports the core before Qt, so the probe does too."""
    from PySide6.QtWidgets import QApplication

    import inharmony_desktop.cli  # noqa: F401
    from inharmony_desktop.core.db import database_path
    from inharmony_desktop.ui import startup
    from inharmony_desktop.ui.app import (
        build_window,
        configure_application,
        install_translators,
        preferred_language,
    )
    from inharmony_desktop.ui.crash import install_crash_handler
    from inharmony_desktop.ui.safety_tasks import SafetyTasks
    from inharmony_desktop.ui.workarounds import protect_none

    protect_none()
    app = QApplication([sys.argv[0]])
    configure_application(app)
    translators = install_translators(app, preferred_language())
    install_crash_handler(lambda: None)
    opened = startup.open_at_start(db, quick_check=False)
    if opened is None:
        raise SystemExit("the database was not opened")
    window = build_window(str(database_path() or db))
    tasks = SafetyTasks(Path(db), window)
    window.show()
    tasks.start_checks()
    app.processEvents()
    tab = window.prestations
    tab.table.viewport().repaint()
    if tab.model.rowCount() and tab.model.fetch_count < 1:
        raise SystemExit("the prestations table showed no rows")
    return app, window, translators, opened


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    keep = _empty() if sys.argv[1] == "empty" else _main_window(sys.argv[2])
    import psutil

    print(f"ready {psutil.Process().memory_info().rss}", flush=True)
    if isinstance(keep, tuple) and len(keep) == 4:
        keep[3].close()  # the database and its lock file
    os._exit(0)  # measured; leave without the background backup or closing work


if __name__ == "__main__":
    sys.exit(main())
