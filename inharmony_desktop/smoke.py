"""`inharmony-desktop --smoke-test`: does this installation work at all?

Run on a freshly built bundle (and by the tests on the source tree), it goes
through the parts a PyInstaller build most easily breaks, each as one step
with its own message: the database and its migrations (discovered with
pkgutil), the Dutch translations (ours and Qt's own `qtbase_nl`), the main
window on the real Qt platform, and a yearly statement PDF with the embedded
font, opened again with QtPdf as the preview does. Everything happens in a
temporary folder that is removed afterwards; the user's own database and
settings are never touched.

Exit code 0 when every step passed, 1 with the reason of the first failing
step otherwise (the later steps still run, so one run shows every problem).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inharmony_desktop.core import clock
from inharmony_desktop.core.formatting import plural, size_text

PREFIX = "rooktest"
EXPECTED_CANCEL = "Annuleren"


class StepFailed(Exception):
    """A step found a broken installation; the message says what is missing."""


@dataclass
class SmokeContext:
    """What the steps share: the scratch folder, the database, the application."""

    folder: Path
    database_path: Path
    app: Any = None
    translators: list[Any] = field(default_factory=list)


Step = Callable[[SmokeContext], str]


def _installation_kind() -> str:
    """A PyInstaller bundle, an installed wheel (its own resources) or a source checkout."""
    from inharmony_desktop.resources import resources_dir

    if getattr(sys, "frozen", False):
        return "bundel"
    return "geïnstalleerd pakket" if resources_dir().name == "_resources" else "broncode"


def _step_database(ctx: SmokeContext) -> str:
    from inharmony_desktop.core import migrations
    from inharmony_desktop.core.db import open_database, schema_version

    if not migrations.STEPS:
        raise StepFailed("geen migratiescripts gevonden (core/migrations ontbreekt in de bundel)")
    numbers = list(migrations.STEPS)
    if numbers != list(range(1, len(numbers) + 1)):
        raise StepFailed(f"migratiescripts niet doorlopend genummerd: {numbers}")
    for number, module in migrations.STEPS.items():
        if not callable(getattr(module, "migrate", None)):
            raise StepFailed(f"migratie {number} heeft geen functie migrate()")
    db = open_database(ctx.database_path)
    version = schema_version(db)
    if version != migrations.LATEST:
        raise StepFailed(f"schema {version} na het openen, verwacht {migrations.LATEST}")
    return f"schema {version}, {plural(len(numbers), 'migratiescript', 'migratiescripts')}"


def _step_translations(ctx: SmokeContext) -> str:
    from PySide6.QtWidgets import QDialogButtonBox

    from inharmony_desktop.ui.app import configure_application, install_translators

    configure_application(ctx.app)
    ctx.translators = install_translators(ctx.app, "nl")  # as the program does at start
    loaded = {Path(translator.filePath()).stem for translator in ctx.translators}
    missing = sorted({"qtbase_nl", "inharmony_nl"} - loaded)
    if missing:
        raise StepFailed("niet geladen: " + ", ".join(f"{name}.qm" for name in missing))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    box.deleteLater()
    if text != EXPECTED_CANCEL:
        raise StepFailed(f'de knop Cancel leest "{text}", verwacht "{EXPECTED_CANCEL}"')
    return f'knop Cancel leest "{text}" ({", ".join(sorted(loaded))})'


def _step_main_window(ctx: SmokeContext) -> str:
    from PySide6.QtCore import QCoreApplication

    from inharmony_desktop.ui.app import build_window

    window = build_window(str(ctx.database_path))
    try:
        window.show()
        QCoreApplication.processEvents()
        if not window.isVisible():
            raise StepFailed("het hoofdvenster werd niet getoond")
        title = window.windowTitle()
        size = window.size()
        screenshot = os.environ.get("INHARMONY_SMOKE_SCREENSHOT")
        if screenshot:  # to look at what the bundle shows, e.g. in a CI artefact
            window.grab().save(screenshot)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    return f'"{title}" getoond ({size.width()}×{size.height()})'


def _step_statement_pdf(ctx: SmokeContext) -> str:
    from inharmony_desktop.reports.statement import render_statement

    pdf_path = ctx.folder / "jaaroverzicht.pdf"
    render_statement(_sample_statement(), pdf_path)
    data = pdf_path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise StepFailed(f"{pdf_path.name} is geen PDF")
    if b"/FontFile2" not in data or b"DejaVuSans" not in data:
        raise StepFailed("het lettertype is niet in de PDF ingebed")
    pages = _render_first_page(pdf_path)
    pages_text = plural(pages, "pagina", "pagina's")
    return f"{size_text(len(data))}, {pages_text}, lettertype ingebed, QtPdf toont ze"


def _render_first_page(path: Path) -> int:
    """Open the PDF with QtPdf, as the preview does, and check page 1 is not blank."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise StepFailed(f"QtPdf kan {path.name} niet openen ({document.error()})")
    image = document.render(0, QSize(300, 424))
    inked = sum(
        1 for x in range(0, image.width(), 6) for y in range(0, image.height(), 6)
        if image.pixelColor(x, y).lightness() < QColor("#c0c0c0").lightness()
    )
    pages = document.pageCount()
    document.close()
    if image.isNull() or inked == 0:
        raise StepFailed("QtPdf toont een lege eerste pagina")
    return pages


def _sample_statement() -> Any:
    """One customer with one order in the temporary database, as statement data."""
    from inharmony_desktop.core.services import customers, orders, user_numbers
    from inharmony_desktop.core.services.statements import statement_for

    year = clock.today().year - 1
    customer_id = customers.create_customer(customers.CustomerInput(
        reference="ROOK-1", name="Rooktest Jansens", postal_code="9000", city="Gent",
        street="Veldstraat 1",
    ))
    number_id = user_numbers.create_user_number(user_numbers.UserNumberInput(
        number="100000000017", customer_id=customer_id, holder="An Jansens",
        mode_since=dt.date(year, 1, 1),
    ))
    orders.create_order(orders.OrderInput(
        user_number_id=number_id, order_date=dt.date(year, 3, 2), quantity=20,
    ))
    return statement_for(number_id, year)


STEPS: list[tuple[str, Step]] = [
    ("databank en migraties", _step_database),
    ("vertalingen", _step_translations),
    ("hoofdvenster", _step_main_window),
    ("jaaroverzicht-PDF", _step_statement_pdf),
]


def run(steps: list[tuple[str, Step]] | None = None, *, isolate_settings: bool = True) -> int:
    """Run every step, print one line each, and return the exit code.

    `isolate_settings` points QSettings at the scratch folder for the rest of
    the process (the smoke test is a process of its own; tests pass False).
    """
    from PySide6.QtWidgets import QApplication

    from inharmony_desktop import APP_NAME, __version__
    from inharmony_desktop.core.db import close_database

    started = time.monotonic()
    failures: list[str] = []
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "rooktest"])
    with tempfile.TemporaryDirectory(prefix="inharmony-rooktest-") as scratch:
        if isolate_settings:
            _keep_settings_in(Path(scratch))
        ctx = SmokeContext(folder=Path(scratch), database_path=Path(scratch) / "rooktest.db",
                           app=app)
        _say(f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, "
             f"{_installation_kind()}, "
             f"Qt-platform {app.platformName()}")
        try:
            for name, step in steps or STEPS:
                failure = _run_step(name, step, ctx)
                if failure:
                    failures.append(failure)
        finally:
            close_database()
    seconds = time.monotonic() - started
    if failures:
        _say(f"MISLUKT na {seconds:.1f} s: {failures[0]}", error=True)
        return 1
    _say(f"geslaagd in {seconds:.1f} s")
    return 0


def _keep_settings_in(folder: Path) -> None:
    """Window state written by the smoke test lands in `folder`, not in the user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / "instellingen"))


def _run_step(name: str, step: Step, ctx: SmokeContext) -> str | None:
    try:
        detail = step(ctx)
    except StepFailed as exc:
        _say(f"{name}: FOUT: {exc}", error=True)
        return f"{name}: {exc}"
    except Exception as exc:  # any crash is a failed step, with its traceback for the build log
        if sys.stderr is not None:  # a windowed Windows build has no console
            traceback.print_exc(file=sys.stderr)
        _say(f"{name}: FOUT: {type(exc).__name__}: {exc}", error=True)
        return f"{name}: {type(exc).__name__}: {exc}"
    _say(f"{name}: ok ({detail})")
    return None


def _say(message: str, *, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # a windowed Windows build has no console
        print(f"{PREFIX}: {message}", file=stream, flush=True)
