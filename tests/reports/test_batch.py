"""The yearly batch: one PDF per user number, combined.pdf, cancel, and the command."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pypdf import PdfReader

from inharmony_desktop import cli
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.reports.batch import BatchCancelled, write_statements
from tests.statement_fixtures import Household, pdf_text


@pytest.fixture
def three_households(household, helper_id):
    aerts = Household("K002", "Aerts", "Anna Aerts", "222222222222")
    claes = Household("K003", "Claes", "Bart Claes", "333333333333")
    Household("K004", "Bosmans", "Nele Bosmans", "444444444444")  # nothing in 2024
    for h in (household, aerts, claes):
        h.order("2024-03-01", 30)
    household.paid_prestations(helper_id, dt.date(2024, 2, 1), 45)  # a longer statement
    return aerts, claes, household


EXPECTED = [
    "2024_222222222222_Anna_Aerts.pdf",
    "2024_333333333333_Bart_Claes.pdf",
    "2024_123456789012_Zoe_DHondt-Muller.pdf",
]


def test_batch_names_every_file_and_combines_them_in_customer_order(three_households,
                                                                     tmp_path):
    out = tmp_path / "jaaroverzichten"
    steps = []
    result = write_statements(2024, out, progress=lambda d, t, s: steps.append((d, t)))
    assert [p.name for p in result.files] == EXPECTED
    assert sorted(p.name for p in out.iterdir()) == sorted([*EXPECTED, "combined.pdf"])
    single_pages = [len(PdfReader(out / name).pages) for name in EXPECTED]
    assert single_pages == [1, 1, 3]
    combined = PdfReader(out / "combined.pdf")
    assert len(combined.pages) == result.combined_pages == sum(single_pages) == 5
    holders = [" ".join(page.extract_text().split()) for page in combined.pages]
    assert "Anna Aerts" in holders[0] and "Bart Claes" in holders[1]
    assert "Zoë D'Hondt-Müller" in holders[2]
    # Each statement in the combined file counts its own pages.
    assert "pagina 1 van 1" in holders[1]
    assert "pagina 3 van 3" in holders[4]
    assert steps[0] == (0, 6) and steps[-1] == (6, 6)


def test_cancel_while_writing_single_files_leaves_the_folder_as_it_was(three_households,
                                                                        tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "combined.pdf").write_bytes(b"last year's print run")
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done == 2:  # two statements are finished, the third is next
            cancel.set()

    with pytest.raises(BatchCancelled):
        write_statements(2024, out, progress=progress, cancel=cancel)
    assert [p.name for p in out.iterdir()] == ["combined.pdf"]
    assert (out / "combined.pdf").read_bytes() == b"last year's print run"


def test_cancel_while_combining_leaves_no_half_written_file(three_households, tmp_path):
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if text.startswith("combined.pdf") and done == 4:  # inside the combined build
            cancel.set()

    with pytest.raises(BatchCancelled):
        write_statements(2024, tmp_path / "out", progress=progress, cancel=cancel)
    assert not (tmp_path / "out").exists()  # the folder it made is gone again


def test_a_year_without_orders_is_refused(three_households, tmp_path):
    with pytest.raises(KnownError, match="geen bestellingen in 2019"):
        write_statements(2019, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_file_as_target_folder_is_refused(three_households, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(KnownError, match="geen map"):
        write_statements(2024, target)


def test_command_writes_the_statements(three_households, db_url, tmp_path, capsys):
    out = tmp_path / "cli"
    code = cli.main(["statements", "--year", "2024", "--out", str(out), "--db", str(db_url)])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([*EXPECTED, "combined.pdf"])
    assert ("3 jaaroverzichten (5 pagina's) en het verzamelbestand combined.pdf (5 pagina's)"
            in capsys.readouterr().out)


def test_command_for_one_user_number(three_households, db_url, tmp_path):
    out = tmp_path / "one"
    code = cli.main(["statements", "--year", "2024", "--out", str(out), "--db", str(db_url),
                     "--user-number", "333333333333"])
    assert code == 0
    assert [p.name for p in out.iterdir()] == ["2024_333333333333_Bart_Claes.pdf"]
    assert "Bart Claes" in pdf_text(out / "2024_333333333333_Bart_Claes.pdf")


def test_command_refuses_an_unknown_user_number(three_households, db_url, tmp_path, capsys):
    code = cli.main(["statements", "--year", "2024", "--out", str(tmp_path / "x"),
                     "--db", str(db_url), "--user-number", "999999999999"])
    assert code == 1
    assert "Gebruikersnummer 9999 9999 9999 bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
