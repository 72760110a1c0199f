"""The payroll batch of one month: a statement per helper, `combined.pdf` with all
of them for printing, `kantoor.pdf` (the office copy: an overview with every
warning, then each helper's statement with her warnings) and the social
secretariat's `payroll-YYYY-MM.csv`.

Like the yearly statements (`reports.batch`), everything is made in a staging
folder and lands in the target folder only when all of it is complete: cancel
or failure leaves the folder as it was. Runs without Qt; the window calls it
from a worker thread and the command line directly, both with the month's data
from `core.services.payroll.payroll_month` (so the warnings can be shown first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from inharmony_desktop.core.csvio import write_rows
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.payroll import CSV_HEADER, HelperMonth, Month, PayrollMonth
from inharmony_desktop.core.services.statements import safe_name
from inharmony_desktop.reports.pages import write_atomically
from inharmony_desktop.reports.payroll import office_parts, render_statement, statement_parts
from inharmony_desktop.reports.staging import CancelFlag, Progress, StagedFolder

COMBINED_NAME = "combined.pdf"
OFFICE_NAME = "kantoor.pdf"
STAGING_NAME = "maandstaten"


class PayrollCancelled(KnownError):
    """The run was cancelled; nothing was written to the target folder."""

    def __init__(self) -> None:
        super().__init__("Afgebroken: er zijn geen maandstaten geschreven.")


@dataclass
class PayrollResult:
    month: Month
    folder: Path
    files: list[Path] = field(default_factory=list)  # one statement per helper
    combined: Path | None = None
    office: Path | None = None
    csv: Path | None = None
    pages: int = 0  # pages of the single statements together
    combined_pages: int = 0
    office_pages: int = 0
    csv_rows: int = 0


def csv_name(month: Month) -> str:
    return f"payroll-{month.iso}.csv"


def file_names(data: PayrollMonth) -> list[str]:
    """`2026-11_M01_Maria_Vos.pdf` per helper: ASCII, no characters Windows refuses, and
    unique (two references that only differ in such characters get the helper's id)."""
    names: list[str] = []
    for helper in data.helpers:
        stem = f"{data.month.iso}_{safe_name(helper.reference, max_length=20)}_" \
               f"{safe_name(helper.name)}"
        if f"{stem}.pdf".lower() in {n.lower() for n in names}:
            stem += f"_{helper.helper_id}"
        names.append(f"{stem}.pdf")
    return names


def write_payroll(data: PayrollMonth, folder: Path | str, *, progress: Progress | None = None,
                  cancel: CancelFlag | None = None) -> PayrollResult:
    """Write the month's statements, `combined.pdf`, `kantoor.pdf` and the CSV into `folder`."""
    folder = Path(folder)
    if data.is_empty:
        raise KnownError(f"In {data.month.label} is er niets gewerkt en was niemand afwezig: er "
                         "zijn geen maandstaten gemaakt.")
    count = len(data.helpers)
    steps = 3 * count + 2
    report = progress or (lambda done, total, text: None)

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise PayrollCancelled()

    result = PayrollResult(month=data.month, folder=folder)
    names = file_names(data)
    try:
        with StagedFolder(folder, STAGING_NAME) as staged:
            for index, (helper, name) in enumerate(zip(data.helpers, names, strict=True)):
                check_cancel()
                report(index, steps, f"{helper.reference} {helper.name}")
                # No fsync per file: they can be made again; the combined files are synced.
                result.pages += render_statement(helper, data, staged.path / name,
                                                 durable=False)
            result.combined_pages = _combined(data, staged.path, count, steps, report,
                                              check_cancel)
            result.office_pages = _office(data, staged.path, 2 * count, steps, report,
                                          check_cancel)
            check_cancel()
            report(steps - 1, steps, csv_name(data.month))
            result.csv_rows = write_rows(staged.path / csv_name(data.month), CSV_HEADER,
                                         data.csv_rows())
            check_cancel()
            placed = staged.publish([*names, COMBINED_NAME, OFFICE_NAME, csv_name(data.month)])
            result.files = placed[:count]
            result.combined, result.office, result.csv = placed[count:]
            report(steps, steps, "Klaar")
    except OSError as exc:
        raise KnownError(f"Kan de maandstaten niet schrijven in {folder}: "
                         f"{exc.strerror or exc}.") from exc
    return result


def _announcer(helpers: list[HelperMonth], offset: int, steps: int, report: Progress,
               check_cancel: Callable[[], None], prefix: str,
               first_key: int = 0) -> Callable[[int], None]:
    def on_start(key: int) -> None:
        # Called while ReportLab draws: raising here stops the build, the temp file goes.
        check_cancel()
        helper = helpers[key - first_key]
        report(offset + key - first_key, steps, f"{prefix}: {helper.reference} {helper.name}")

    return on_start


def _combined(data: PayrollMonth, staging: Path, offset: int, steps: int, report: Progress,
              check_cancel: Callable[[], None]) -> int:
    on_start = _announcer(data.helpers, offset, steps, report, check_cancel, COMBINED_NAME)
    return write_atomically(staging / COMBINED_NAME, data.letterhead,
                            statement_parts(data.helpers, data, office=False, on_start=on_start),
                            title=f"Maandstaten {data.month.label}")


def _office(data: PayrollMonth, staging: Path, offset: int, steps: int, report: Progress,
            check_cancel: Callable[[], None]) -> int:
    check_cancel()
    report(offset, steps, f"{OFFICE_NAME}: overzicht")
    on_start = _announcer(data.helpers, offset + 1, steps, report, check_cancel, OFFICE_NAME,
                          first_key=1)
    return write_atomically(staging / OFFICE_NAME, data.letterhead, office_parts(data, on_start),
                            title=f"Maandstaten {data.month.label}: kantoorexemplaar")
