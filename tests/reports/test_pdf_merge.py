"""Putting the program's own PDFs together: every page in order, shared objects once."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from inharmony_desktop.core.services.statements import statement_for
from inharmony_desktop.reports import pdf_merge
from inharmony_desktop.reports.statement import render_statement
from tests.statement_fixtures import pdf_text


@pytest.fixture
def two_statements(household, helper_id, tmp_path):
    household.order("2024-03-01", 30)
    long = tmp_path / "long.pdf"
    render_statement(statement_for(household.user_number_id, 2024), long)
    household.paid_prestations(helper_id, dt.date(2024, 2, 1), 45)
    longer = tmp_path / "longer.pdf"
    render_statement(statement_for(household.user_number_id, 2024), longer)
    return long, longer


def test_every_page_in_order_and_the_shared_fonts_once(two_statements, tmp_path):
    long, longer = two_statements
    target = tmp_path / "all.pdf"
    pages = pdf_merge.merge([longer, long, longer], target,
                            pdf_merge.Info("Jaaroverzichten dienstencheques 2024", "Inharmony"))
    sources = [PdfReader(path) for path in (longer, long, longer)]
    merged = PdfReader(target, strict=True)
    assert pages == len(merged.pages) == sum(len(r.pages) for r in sources)
    expected = [page.extract_text() for r in sources for page in r.pages]
    assert [page.extract_text() for page in merged.pages] == expected
    data = target.read_bytes()
    # Both files use the same letters: one copy of each of the two fonts, not three.
    assert data.count(b"/FontFile2") == 2
    assert merged.metadata.title == "Jaaroverzichten dienstencheques 2024"
    assert "pagina 1 van 1" in pdf_text(target)


def test_a_cancel_while_reading_leaves_no_file(two_statements, tmp_path):
    long, longer = two_statements
    target = tmp_path / "all.pdf"
    target.write_bytes(b"the old one")

    def stop_at_the_second(index: int) -> None:
        if index == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pdf_merge.merge([long, longer], target, pdf_merge.Info("x", "y"),
                        on_file=stop_at_the_second)
    assert target.read_bytes() == b"the old one"
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["all.pdf", "long.pdf", "longer.pdf"]
    assert not list(tmp_path.glob(".*"))  # no temporary file left


def test_a_pdf_written_otherwise_is_refused(tmp_path):
    odd = tmp_path / "odd.pdf"
    odd.write_bytes(b"%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\n"
                    b"startxref\n9\n%%EOF\n")
    with pytest.raises(pdf_merge.UnexpectedPdf):
        pdf_merge.merge([odd], tmp_path / "out.pdf", pdf_merge.Info("x", "y"))
    assert not (tmp_path / "out.pdf").exists()
