"""The floor of the payroll figure: plain ReportLab Platypus, data already in memory.

The same flowables as the payroll batch (`reports.payroll.statement_story` and
`overview_story`), so the same pages on the same A4 frame: one PDF per helper,
the combined file of every helper's copy, and the office file (overview + every
office copy), each with a stock `BaseDocTemplate`: no letterhead drawn on each
page, no "pagina X van Y" footer, no temporary file, no database, no CSV.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from inharmony_desktop.reports.pages import BOTTOM, MARGIN_X, TOP
from inharmony_desktop.reports.payroll import overview_story, statement_story
from inharmony_desktop.reports.styles import register_fonts


def _build(path: Path, story: list[Flowable]) -> int:
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=TOP, bottomMargin=BOTTOM)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build(story)
    return doc.page


def _joined(parts: list[list[Flowable]]) -> list[Flowable]:
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        story += ([PageBreak()] if index else []) + part
    return story


def write_plain(data, folder: Path) -> int:
    """The month's PDFs in `folder` from a `PayrollMonth`; returns the number of pages."""
    register_fonts()
    pages = 0
    for number, helper in enumerate(data.helpers):
        pages += _build(folder / f"{number:05d}.pdf", statement_story(helper, data, office=False))
    pages += _build(folder / "combined.pdf", _joined(
        [statement_story(helper, data, office=False) for helper in data.helpers]))
    pages += _build(folder / "office.pdf", _joined(
        [overview_story(data)]
        + [statement_story(helper, data, office=True) for helper in data.helpers]))
    return pages
