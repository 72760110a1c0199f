"""The yearly batch in worker processes: the same files, the same combined.pdf (in
customer order, page for page what one process makes, and what the batch made
before it used every core), progress in the calling process, Cancel and a
worker's failure leaving the target folder as it was."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from inharmony_desktop.core import demo_large
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.statements import (
    Letterhead,
    statements_for,
    user_numbers_with_orders,
)
from inharmony_desktop.reports.batch import CHUNK, BatchCancelled, write_statements
from inharmony_desktop.reports.pages import write_atomically
from inharmony_desktop.reports.statement import statement_parts

YEAR = 2025
ISSUED = dt.date(2026, 1, 10)

pytestmark = pytest.mark.slow


@pytest.fixture
def every(db):
    """The large demo at a small scale: dozens of user numbers with orders in 2025."""
    demo_large.build(seed=5, today=dt.date(2026, 11, 25), scale=0.02)
    return user_numbers_with_orders(YEAR)


@pytest.fixture
def many(every):
    """Enough statements for several chunks of work (in customer order)."""
    assert len(every) > 3 * CHUNK
    return every[: 3 * CHUNK + 3]


def _texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _contents(path: Path) -> list[bytes]:
    """What each page draws, as the PDF says it (faster to compare than extracted text)."""
    return [page.get_contents().get_data() for page in PdfReader(path).pages]


def _no_workers_left() -> bool:
    return not multiprocessing.active_children()


def test_workers_make_the_same_files_and_combined_pdf_as_one_process(many, tmp_path):
    steps: list[tuple[int, int, str]] = []
    one = write_statements(YEAR, tmp_path / "one", user_number_ids=many, processes=1,
                           issued_on=ISSUED)
    two = write_statements(YEAR, tmp_path / "two", user_number_ids=many, processes=2,
                           issued_on=ISSUED, progress=lambda d, t, s: steps.append((d, t, s)))
    assert [p.name for p in two.files] == [p.name for p in one.files]
    assert (two.pages, two.combined_pages) == (one.pages, one.combined_pages)
    # Page for page the same drawing, in the single files and in combined.pdf ...
    for mine, theirs in zip(two.files, one.files, strict=True):
        assert _contents(mine) == _contents(theirs)
    combined = _contents(two.combined)
    assert combined == _contents(one.combined)
    # ... which has each statement's pages in turn, in customer order.
    assert combined == [page for path in one.files for page in _contents(path)]
    # And the same text, read back, for the first and the last statements.
    for index in (0, -1):
        assert _texts(two.files[index]) == _texts(one.files[index])
    assert _texts(two.combined)[:3] == _texts(one.combined)[:3]
    # Progress reached this process, statement by statement, up to the end.
    total = 2 * len(many)
    assert steps[-1] == (total, total, "Klaar")
    done = [d for d, t, _ in steps]
    assert done == sorted(done) and len(set(done)) > len(many)
    assert _no_workers_left()


def test_combined_pdf_has_the_pages_the_batch_made_before(many, tmp_path):
    """Before every core was used, combined.pdf was one ReportLab document of all the
    statements: its pages and their text are what the pages put together now give."""
    some = many[: CHUNK + 4]
    result = write_statements(YEAR, tmp_path / "out", user_number_ids=some, processes=2,
                              issued_on=ISSUED)
    letterhead = Letterhead.from_settings()
    data = statements_for(some, YEAR, issued_on=ISSUED, letterhead=letterhead)
    before = tmp_path / "before.pdf"
    write_atomically(before, letterhead, statement_parts(data),
                     title=f"Jaaroverzichten dienstencheques {YEAR}")
    assert _texts(result.combined) == _texts(before)
    info = PdfReader(result.combined).metadata
    assert info.title == f"Jaaroverzichten dienstencheques {YEAR}"
    assert info.author == letterhead.name
    # A font subset once for all the statements that use the same letters, not once per
    # statement: the print file stays near the size it had.
    programs = result.combined.read_bytes().count(b"/FontFile2")
    assert programs < len(some)
    assert result.combined.stat().st_size < 2 * before.stat().st_size


def test_cancel_stops_the_workers_and_leaves_the_folder_as_it_was(many, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "combined.pdf").write_bytes(b"last year's print run")
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done >= 5:  # workers are writing
            cancel.set()

    with pytest.raises(BatchCancelled):
        write_statements(YEAR, out, user_number_ids=many, processes=2, progress=progress,
                         cancel=cancel)
    assert [p.name for p in out.iterdir()] == ["combined.pdf"]
    assert (out / "combined.pdf").read_bytes() == b"last year's print run"
    assert _no_workers_left()


def test_cancel_of_a_new_folder_removes_it_again(many, tmp_path):
    cancel = threading.Event()
    with pytest.raises(BatchCancelled):
        write_statements(YEAR, tmp_path / "new", user_number_ids=many, processes=2,
                         cancel=cancel, progress=lambda d, t, s: d >= 3 and cancel.set())
    assert not (tmp_path / "new").exists()


def test_a_failure_in_a_worker_is_the_error_of_one_process(many, tmp_path):
    missing = max(many) + 1000  # gone since the list was made
    ids = [*many[:2 * CHUNK], missing, *many[2 * CHUNK:]]
    with pytest.raises(KnownError) as alone:
        write_statements(YEAR, tmp_path / "one", user_number_ids=ids, processes=1)
    out = tmp_path / "two"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(KnownError) as workers:
        write_statements(YEAR, out, user_number_ids=ids, processes=2)
    assert type(workers.value) is type(alone.value)
    assert str(workers.value) == str(alone.value) == "Dit gebruikersnummer bestaat niet (meer)."
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert _no_workers_left()


@pytest.mark.sqlite_only
def test_the_command_line_starts_its_workers_from_the_program(every, db_path, tmp_path):
    """`python -m inharmony_desktop statements` on a batch large enough for workers: they
    start from the program's own entry point (spawn) and read the file read-only."""
    out = tmp_path / "cli"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "inharmony_desktop", "statements", "--year", str(YEAR),
         "--out", str(out), "--db", str(db_path)],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.pdf"))) == len(every) + 1
    assert f"{len(every)} jaaroverzichten" in done.stdout
