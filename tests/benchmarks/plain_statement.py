"""The floor of the statements figure: plain ReportLab Platypus, data already in memory.

The same content as a yearly statement (addresses, orders, refunds, totals,
the fiscal part and the list of paid prestations) in the same fonts, one PDF
per user number, with a stock SimpleDocTemplate: no page templates, no
letterhead drawing, no page totals, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from inharmony_desktop.reports.styles import FONT, FONT_BOLD, register_fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def _money(cents: int) -> str:
    return f"€ {cents / 100:,.2f}".replace(",", " ").replace(".", ",")


def _grid(rows: list[list[str]]) -> Table:
    grid = Table(rows, repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "#888888"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return grid


def _story(data) -> list:
    text = ParagraphStyle("text", fontName=FONT, fontSize=10, leading=13)
    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=18)
    head = data.letterhead
    story = [
        Paragraph(f"{head.name}<br/>{head.street}<br/>{head.postal_code} {head.city}", text),
        Spacer(1, 8 * mm),
        Paragraph(f"Jaaroverzicht dienstencheques {data.year}", title),
        Paragraph(f"{data.holder}<br/>{data.customer_street}<br/>"
                  f"{data.customer_postal_code} {data.customer_city}<br/>"
                  f"Gebruikersnummer {data.user_number} · klant {data.customer_reference}", text),
        Spacer(1, 5 * mm),
        _grid([["Datum", "Aantal", "Drager", "Prijs", "Bedrag"]] + [
            [f"{o.date:%d/%m/%Y}", str(o.quantity), o.medium, _money(o.unit_price_cents),
             _money(o.amount_cents)] for o in data.orders]),
    ]
    if data.refunds:
        story.append(_grid([["Datum", "Aantal", "Drager", "Bedrag"]] + [
            [f"{r.date:%d/%m/%Y}", str(r.quantity), r.medium, _money(r.amount_cents)]
            for r in data.refunds]))
    story += [
        Spacer(1, 4 * mm),
        _grid([["", "Aantal", "Bedrag"],
               ["Gekocht", str(data.bought_quantity), _money(data.bought_cents)],
               ["Terugbetaald", str(data.refunded_quantity), _money(data.refunded_cents)],
               ["Netto", "", _money(data.net_cents)]]),
        Spacer(1, 4 * mm),
        Paragraph(f"Fiscaal aftrekbaar: {_money(data.fiscal.deductible_cents)}; "
                  f"belastingvermindering {data.fiscal.tax_rate_percent} %: "
                  f"{_money(data.fiscal.reduction_cents)}. Quotum: {data.quota_text}.", text),
        Spacer(1, 4 * mm),
        _grid([["Datum", "Betaald", "Medewerker", "Activiteit", "Uren", "Papier", "Elektr."]] + [
            [f"{p.date:%d/%m/%Y}", f"{p.paid_on:%d/%m/%Y}", p.helper, p.activity, str(p.hours),
             str(p.paper), str(p.electronic)] for p in data.prestations]),
    ]
    return story


def write_plain(statements: Sequence, folder: Path) -> int:
    """One PDF per statement in `folder`; returns the number of pages."""
    register_fonts()
    pages = 0
    for number, data in enumerate(statements):
        doc = SimpleDocTemplate(str(folder / f"{number:05d}.pdf"), pagesize=A4,
                                leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=38 * mm, bottomMargin=22 * mm)
        doc.build(_story(data))
        pages += doc.page
    return pages
