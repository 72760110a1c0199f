"""The floor of the statements figure: plain ReportLab Platypus, data already in memory.

The same flowables as a yearly statement (`reports.statement.statement_story`),
so the same pages, on the same A4 frame, one PDF per user number, with a stock
`BaseDocTemplate`: no letterhead drawn on each page, no "page x of y" footer,
no temporary file, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from inharmony_desktop.reports.pages import BOTTOM, MARGIN_X, TOP
from inharmony_desktop.reports.statement import statement_story
from inharmony_desktop.reports.styles import register_fonts


def _document(path: Path) -> BaseDocTemplate:
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=TOP, bottomMargin=BOTTOM)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    return doc


def write_plain(statements: Sequence, folder: Path) -> int:
    """One PDF per statement in `folder`; returns the number of pages."""
    register_fonts()
    pages = 0
    for number, data in enumerate(statements):
        doc = _document(folder / f"{number:05d}.pdf")
        doc.build(statement_story(data))
        pages += doc.page
    return pages
