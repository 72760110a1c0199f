"""The yearly statement of orders (jaaroverzicht) as a PDF: plain data in, PDF out.

The content is Dutch: the holder and address, the orders and refunds of the
year, the totals, the quota use, the fiscal part and, as an appendix, the
prestations paid that year. Tables repeat their header row on every page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import LongTable

from inharmony_desktop.core.formatting import user_number_text
from inharmony_desktop.core.services.statements import StatementData
from inharmony_desktop.reports import styles
from inharmony_desktop.reports.pages import DocumentStart, LetterDocument, write_atomically
from inharmony_desktop.reports.styles import activity, day, medium, money

DISCLAIMER = (
    "Dit jaaroverzicht is een overzicht van {company} en niet het officiële fiscale attest "
    "van Pluxee. Het fiscale attest krijgt u van Pluxee; de bedragen staan ook vooraf "
    "ingevuld in Tax-on-web."
)


HELPER_WIDTH = 55 * mm


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fit(text: str, width: float) -> str | Paragraph:
    """Plain text when it fits the column (fast), a wrapping paragraph when it does not."""
    if stringWidth(text, styles.FONT, 9) <= width - 10:
        return text
    return Paragraph(_esc(text), styles.paragraph_styles()["cell"])


def title(data: StatementData) -> str:
    return f"Jaaroverzicht dienstencheques {data.year}"


def footer(data: StatementData) -> str:
    return f"{title(data)} · gebruikersnummer {user_number_text(data.user_number)} · {data.holder}"


def _header_block(data: StatementData) -> Table:
    st = styles.paragraph_styles()
    facts = [
        ("Houder", data.holder),
        ("Gebruikersnummer", user_number_text(data.user_number)),
        ("Klantnummer", data.customer_reference),
        ("Opgemaakt op", day(data.issued_on)),
    ]
    left = Table(
        [[Paragraph(label, st["label"]), Paragraph(_esc(value), st["value"])]
         for label, value in facts],
        colWidths=[32 * mm, 53 * mm],
        style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 9),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    lines = [data.customer_name, data.customer_street,
             f"{data.customer_postal_code} {data.customer_city}".strip()]
    address = Paragraph("<br/>".join(_esc(line) for line in lines if line), st["address"])
    return Table([[left, address]], colWidths=[95 * mm, 75 * mm],
                 style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 9),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (1, 0), (1, 0), 2)]))


def _orders_table(data: StatementData) -> Flowable:
    rows: list[list[str]] = [["Datum", "Aantal", "Medium", "Eenheidsprijs", "Bedrag"]]
    for line in data.orders:
        label = medium(line.medium) + (" (vanaf 401)" if line.higher_tier else "")
        rows.append([day(line.date), str(line.quantity), label, money(line.unit_price_cents),
                     money(line.amount_cents)])
    rows.append(["Totaal gekocht", str(data.bought_quantity), "", "", money(data.bought_cents)])
    table = LongTable(rows, colWidths=styles.MONEY_COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(styles.table_style(right_columns=(1, 3, 4), has_total=True)))
    return table


def _refunds_table(data: StatementData) -> Flowable:
    rows: list[list[str]] = [["Datum", "Aantal", "Medium", "", "Bedrag"]]
    for line in data.refunds:
        rows.append([day(line.date), str(line.quantity), medium(line.medium), "",
                     money(line.amount_cents)])
    rows.append(["Totaal terugbetaald", str(data.refunded_quantity), "", "",
                 money(data.refunded_cents)])
    table = LongTable(rows, colWidths=styles.MONEY_COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(styles.table_style(right_columns=(1, 3, 4), has_total=True)))
    return table


def _totals_table(data: StatementData) -> Flowable:
    rows = [
        [f"Gekocht in {data.year} ({data.bought_quantity} cheques)", "", "", "",
         money(data.bought_cents)],
        [f"Terugbetaald in {data.year} ({data.refunded_quantity} cheques)", "", "", "",
         ("− " if data.refunded_cents else "") + money(data.refunded_cents)],
        ["Netto bedrag", "", "", "", money(data.net_cents)],
    ]
    table = Table(rows, colWidths=styles.MONEY_COLUMNS)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.FONT, 9.5),
        ("SPAN", (0, 0), (3, 0)), ("SPAN", (0, 1), (3, 1)), ("SPAN", (0, 2), (3, 2)),
        ("ALIGN", (4, 0), (4, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.TEXT),
        ("FONT", (0, -1), (-1, -1), styles.FONT_BOLD, 11),
        ("TEXTCOLOR", (0, -1), (-1, -1), styles.BRAND),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, styles.BRAND),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, -1), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _fiscal_box(data: StatementData) -> Flowable:
    st = styles.paragraph_styles()
    fiscal = data.fiscal
    heading = Paragraph(f"<b>Fiscaal: dienstencheques gekocht in {data.year}</b>", st["body"])
    if fiscal.has_reduction:
        rows: list[list] = [[heading, ""],
                            ["Netto bedrag (gekocht min terugbetaald)", money(data.net_cents)]]
        if fiscal.ceiling_cents is not None:
            rows.append(["Fiscaal plafond per belastingplichtige", money(fiscal.ceiling_cents)])
        rows.append(["Aftrekbaar bedrag", money(fiscal.deductible_cents)])
        rows.append([f"Geschatte belastingvermindering ({fiscal.tax_rate_percent} %)",
                     money(fiscal.reduction_cents)])
        notes = []
        if fiscal.ceiling_cents is not None and data.net_cents > fiscal.ceiling_cents:
            notes.append(f"Het netto bedrag is hoger dan het plafond: alleen "
                         f"{money(fiscal.ceiling_cents)} komt in aanmerking.")
        last_bold = True
    else:
        sentence = Paragraph(
            f"Voor dienstencheques gekocht in {data.year} is er geen belastingvermindering "
            "meer (afgeschaft in Vlaanderen voor aankopen vanaf 1 januari 2025).", st["body"])
        rows = [[heading, ""], [sentence, ""]]
        notes = []
        last_bold = False
    if fiscal.rules_year != data.year:
        notes.append(f"Voor {data.year} zijn nog geen regels ingesteld; de regels van "
                     f"{fiscal.rules_year} zijn gebruikt.")
    for note in notes:
        rows.append([Paragraph(_esc(note), st["small"]), ""])
    commands = [
        ("FONT", (0, 0), (-1, -1), styles.FONT, 9.5),
        ("BOX", (0, 0), (-1, -1), 0.8, styles.BRAND),
        ("BACKGROUND", (0, 0), (-1, -1), styles.BRAND_LIGHT),
        ("SPAN", (0, 0), (1, 0)),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.TEXT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]
    if not fiscal.has_reduction:
        commands.append(("SPAN", (0, 1), (1, 1)))
    first_note = len(rows) - len(notes)
    for index in range(first_note, len(rows)):
        commands.append(("SPAN", (0, index), (1, index)))
    if last_bold:
        bold_row = first_note - 1
        commands += [("FONT", (0, bold_row), (-1, bold_row), styles.FONT_BOLD, 10.5),
                     ("TEXTCOLOR", (0, bold_row), (-1, bold_row), styles.BRAND),
                     ("LINEABOVE", (0, bold_row), (-1, bold_row), 0.6, styles.RULE)]
    return Table(rows, colWidths=[127 * mm, 43 * mm], style=TableStyle(commands))


def _appendix(data: StatementData) -> list[Flowable]:
    st = styles.paragraph_styles()
    heading = Paragraph(f"Bijlage: prestaties betaald in {data.year}", st["heading"])
    if not data.prestations:
        return [heading, Paragraph(f"Er zijn in {data.year} geen prestaties op dit "
                                   "gebruikersnummer betaald.", st["body"])]
    rows: list[list] = [["Datum", "Medewerker", "Activiteit", "Uren", "Papier",
                              "Elektronisch"]]
    for line in data.prestations:
        rows.append([day(line.date), _fit(line.helper, HELPER_WIDTH), activity(line.activity),
                     str(line.hours),
                     str(line.paper), str(line.electronic)])
    rows.append(["Totaal", f"{len(data.prestations)} prestaties", "",
                 str(sum(p.hours for p in data.prestations)),
                 str(sum(p.paper for p in data.prestations)),
                 str(sum(p.electronic for p in data.prestations))])
    table = LongTable(rows, colWidths=[26 * mm, HELPER_WIDTH, 28 * mm, 16 * mm, 18 * mm, 27 * mm],
                      repeatRows=1)
    table.setStyle(TableStyle(styles.table_style(right_columns=(3, 4, 5), has_total=True)))
    intro = Paragraph(
        f"De prestaties op gebruikersnummer {user_number_text(data.user_number)} die in {data.year} betaald "
        "werden, met het aantal papieren en elektronische cheques.", st["body"])
    return [PageBreak(), heading, intro, Spacer(0, 4 * mm), table]


def statement_story(data: StatementData) -> list[Flowable]:
    """The flowables of one statement (without the page around them)."""
    st = styles.paragraph_styles()
    story: list[Flowable] = [
        _header_block(data),
        Spacer(0, 8 * mm),
        Paragraph(_esc(title(data)), st["title"]),
        Paragraph(f"Overzicht van de dienstencheques die in {data.year} op dit "
                  "gebruikersnummer besteld en terugbetaald werden.", st["subtitle"]),
        Paragraph("Bestellingen", st["heading"]),
    ]
    if data.orders:
        story.append(_orders_table(data))
        if data.has_split_orders:
            story.append(Paragraph(
                "Een bestelling over de grens van 400 cheques staat op twee lijnen: de "
                "cheques tot en met de 400ste aan de basisprijs, de volgende aan de hogere "
                "prijs.", st["small"]))
    else:
        story.append(Paragraph(f"Geen bestellingen in {data.year}.", st["body"]))
    story.append(Paragraph("Terugbetalingen", st["heading"]))
    if data.refunds:
        story.append(_refunds_table(data))
    else:
        story.append(Paragraph(f"Geen terugbetalingen in {data.year}.", st["body"]))
    quota_kind = "bijzonder quotum" if data.quota_special else "persoonlijk maximum"
    story += [
        CondPageBreak(60 * mm),
        Paragraph("Totalen", st["heading"]),
        _totals_table(data),
        Spacer(0, 3 * mm),
        Paragraph(f"Quotum {data.year}: <b>{data.quota_text}</b> cheques besteld "
                  f"({quota_kind}).", st["body"]),
        Spacer(0, 6 * mm),
        KeepTogether([
            _fiscal_box(data),
            Spacer(0, 3 * mm),
            Paragraph(_esc(DISCLAIMER.format(company=data.letterhead.name)), st["small"]),
        ]),
    ]
    story += _appendix(data)
    return story


def statement_parts(statements: Iterable[StatementData],
                    on_start: Callable[[int], None] | None = None) -> Iterator[list[Flowable]]:
    """The flowables of several statements, one list per statement, made only when asked
    for. Each starts on a new page and numbers its own pages."""
    for index, data in enumerate(statements):
        part: list[Flowable] = [PageBreak()] if index else []
        part.append(DocumentStart(index, footer(data), on_start))
        yield part + statement_story(data)


def statements_story(statements: Sequence[StatementData]) -> list[Flowable]:
    return [flowable for part in statement_parts(statements) for flowable in part]


def render_statement(data: StatementData, path: Path, *, durable: bool = True) -> int:
    """Write one statement to `path` atomically; returns the page count."""
    return write_atomically(path, data.letterhead, statements_story([data]), title=title(data),
                            durable=durable)


def statement_pdf(data: StatementData) -> bytes:
    """One statement as PDF bytes (for the preview)."""
    buffer = io.BytesIO()
    LetterDocument(buffer, data.letterhead, title=title(data)).build_story(
        statements_story([data]))
    return buffer.getvalue()

