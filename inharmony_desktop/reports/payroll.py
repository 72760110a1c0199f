"""The helper's monthly statement (maandstaat) as a PDF: plain data in, PDF out.

Dutch, on the company letterhead, "pagina X van Y" per statement. It lists
every day of the month with customer, user number, activity, status, code and
hours (planned and cancelled prestations with a dash: they do not count), the
totals per code, and the total against the contract hours of the month.

Two copies differ in one respect: the office copy (`office=True`) says so in
its header and carries the helper's warnings in a box before the days; the
helper's copy never shows warnings. The office file also opens with an
overview of the month (every helper's totals and every warning), see
`overview_story`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import LongTable
from stdnum.be import ssn

from inharmony_desktop.core.formatting import hours_text, user_number_text
from inharmony_desktop.core.services.absences import REASON_LABELS
from inharmony_desktop.core.services.payroll import (
    HelperMonth,
    LineKind,
    PayrollLine,
    PayrollMonth,
    PayrollWarning,
)
from inharmony_desktop.reports import styles
from inharmony_desktop.reports.pages import DocumentStart, LetterDocument, write_atomically
from inharmony_desktop.reports.styles import activity, day, status, weekday_day

# Date, customer, user number, activity, status, code, hours: 170 mm between the margins.
DAY_COLUMNS = [27.5 * mm, 33 * mm, 30 * mm, 25.5 * mm, 25.5 * mm, 16 * mm, 12.5 * mm]
TOTAL_COLUMNS = [112 * mm, 30 * mm, 28 * mm]
OVERVIEW_COLUMNS = [16 * mm, 40 * mm, 18 * mm, 18 * mm, 20 * mm, 18 * mm, 19 * mm, 21 * mm]
NOT_COUNTED = "–"
DIMMED = colors.HexColor("#8A9499")
CELL_SIZE = 9


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fit(text: str, width: float) -> str | Paragraph:
    """Plain text when it fits the column (fast), a wrapping paragraph when it does not;
    a double name too long for one line breaks after its hyphen (Vanderstraeten-|Van …)."""
    room = width - 10
    if stringWidth(text, styles.FONT, CELL_SIZE) <= room:
        return text
    words = []
    for word in _esc(text).split(" "):
        if "-" in word and stringWidth(word, styles.FONT, CELL_SIZE) > room:
            word = word.replace("-", "-<br/>", 1)
        words.append(word)
    return Paragraph(" ".join(words), styles.paragraph_styles()["cell"])


def _code_size(code: str | None, width: float) -> float | None:
    """The font size a long code (up to 10 characters, no spaces) needs to fit on one
    line; None when the usual size fits."""
    needed = stringWidth(code or "", styles.FONT, CELL_SIZE)
    room = width - 10
    return None if needed <= room else CELL_SIZE * room / needed


def signed(hours: Decimal) -> str:
    """'+2', '−57,6', '0' (a real minus sign)."""
    if hours > 0:
        return f"+{hours_text(hours)}"
    if hours < 0:
        return f"−{hours_text(-hours)}"
    return "0"


def insz_text(insz: str | None) -> str:
    return ssn.format(insz) if insz else "niet ingevuld"


def title(data: PayrollMonth) -> str:
    return f"Maandstaat {data.month.label}"


def footer(helper: HelperMonth, data: PayrollMonth, *, office: bool) -> str:
    copy = " · kantoorexemplaar" if office else ""
    return f"{title(data)} · {helper.reference} · {helper.name}{copy}"


def contract_text(helper: HelperMonth, data: PayrollMonth) -> str:
    if helper.contract_hours is None:
        return "geen contracturen ingesteld"
    weeks = hours_text(data.working_weeks)
    return (f"{hours_text(helper.contract_hours)} u/week × {weeks} "
            f"{'week' if data.working_weeks == 1 else 'weken'} ({data.working_days} werkdagen)")


def _header_block(helper: HelperMonth, data: PayrollMonth, office: bool) -> Table:
    st = styles.paragraph_styles()
    contract = ("—" if helper.contract_hours is None
                else f"{hours_text(helper.contract_hours)} uur per week")
    facts = [
        ("Medewerker", helper.name),
        ("Medewerkernummer", helper.reference),
        ("INSZ", insz_text(helper.insz)),
        ("Contract", contract),
        ("Opgemaakt op", day(data.made_on)),
    ]
    left = Table(
        [[Paragraph(label, st["label"]), Paragraph(_esc(value), st["value"])]
         for label, value in facts],
        colWidths=[35 * mm, 70 * mm],
        style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    if office:
        tag = Paragraph("<b>KANTOOREXEMPLAAR</b><br/>met de aandachtspunten van deze maand",
                        st["small"])
        box = Table([[tag]], colWidths=[60 * mm], style=TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, styles.BRAND),
            ("BACKGROUND", (0, 0), (-1, -1), styles.BRAND_LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    else:
        box = Paragraph("Exemplaar voor de medewerker", st["small"])
    return Table([[left, box]], colWidths=[108 * mm, 62 * mm],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))


def _line_row(line: PayrollLine) -> list:
    when = weekday_day(line.date)
    code = line.code or ""
    hours = hours_text(line.hours)
    if line.kind == LineKind.ABSENCE:
        reason = REASON_LABELS.get(line.reason or "", line.reason or "")
        return [when, f"Afwezig: {reason}", "", "", "", code, hours]
    customer = _fit(line.customer_name, DAY_COLUMNS[1])
    number = user_number_text(line.user_number)
    kind = activity(line.activity or "")
    if line.kind == LineKind.CUSTOMER_ABSENCE:
        return [when, customer, number, kind, "klant afwezig", code, hours]
    if line.kind == LineKind.NOT_COUNTED:
        return [when, customer, number, kind, status(line.status or ""), "", NOT_COUNTED]
    return [when, customer, number, kind, status(line.status or ""), code, hours]


def _days_table(helper: HelperMonth) -> Flowable:
    rows: list[list] = [["Datum", "Klant", "Gebruikersnr.", "Activiteit", "Status", "Code",
                         "Uren"]]
    commands = styles.table_style(right_columns=(6,), has_total=True)
    for index, line in enumerate(helper.lines, start=1):
        rows.append(_line_row(line))
        size = _code_size(line.code, DAY_COLUMNS[5]) if line.counted else None
        if size is not None:
            commands.append(("FONTSIZE", (5, index), (5, index), size))
        if line.kind == LineKind.ABSENCE:
            commands.append(("SPAN", (1, index), (4, index)))
        elif line.kind == LineKind.NOT_COUNTED:
            commands.append(("TEXTCOLOR", (0, index), (-1, index), DIMMED))
    days = helper.worked_days
    rows.append(["Totaal", f"{days} {'dag' if days == 1 else 'dagen'} gewerkt", "", "", "", "",
                 hours_text(helper.total_hours)])
    commands.append(("SPAN", (1, -1), (4, -1)))
    table = LongTable(rows, colWidths=DAY_COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _totals_table(helper: HelperMonth, data: PayrollMonth) -> Flowable:
    rows: list[list] = [["", "Code", "Uren"]]
    for total in helper.totals():
        rows.append([total.label[:1].upper() + total.label[1:], total.code or "(geen code)",
                     hours_text(total.hours)])
    rows.append(["Totaal gewerkt en afwezig", "", hours_text(helper.total_hours)])
    if helper.expected_hours is not None:
        rows.append([f"Contracturen: {contract_text(helper, data)}", "",
                     hours_text(helper.expected_hours)])
        rows.append(["Verschil met het contract", "", signed(helper.difference or Decimal(0))])
    else:
        rows.append(["Contracturen: niet ingesteld", "", "—"])
    total_row = len(helper.totals()) + 1
    commands = [
        ("FONT", (0, 0), (-1, -1), styles.FONT, 9.5),
        ("FONT", (0, 0), (-1, 0), styles.FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.TEXT),
        ("TEXTCOLOR", (0, 0), (-1, 0), styles.BRAND),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.BRAND),
        ("FONT", (0, total_row), (-1, total_row), styles.FONT_BOLD, 10.5),
        ("TEXTCOLOR", (0, total_row), (-1, total_row), styles.BRAND),
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, styles.BRAND),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if helper.expected_hours is not None:
        commands.append(("FONT", (0, -1), (-1, -1), styles.FONT_BOLD, 9.5))
    return Table(rows, colWidths=TOTAL_COLUMNS, style=TableStyle(commands))


def _warnings_box(warnings: list[PayrollWarning], heading: str, *, own: bool) -> Flowable:
    """The warnings in a tinted box; `own`: on the helper's own statement, without her name."""
    st = styles.paragraph_styles()
    rows: list[list] = [[Paragraph(f"<b>{_esc(heading)}</b>", st["body"])]]
    if warnings:
        rows += [[Paragraph(f"• {_esc(w.detail if own else w.text)}", st["cell"])]
                 for w in warnings]
    else:
        rows.append([Paragraph("Geen aandachtspunten.", st["cell"])])
    return Table(rows, colWidths=[170 * mm], style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, styles.BRAND),
        ("BACKGROUND", (0, 0), (-1, -1), styles.BRAND_LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))


def _holidays_note(data: PayrollMonth) -> str:
    if not data.holidays:
        return f"Geen feestdagen in {data.month.label}."
    names = ", ".join(f"{value.strftime('%d/%m')} {name}"
                      for value, name in sorted(data.holidays.items()))
    return f"Feestdagen in {data.month.label}: {names}."


def _totals_note(helper: HelperMonth, data: PayrollMonth) -> str:
    parts = []
    if helper.contract_hours is not None:
        parts.append("Contracturen van de maand = contracturen per week × werkdagen / 5; "
                     "werkdagen zijn maandag tot vrijdag zonder de feestdagen.")
    parts.append(_holidays_note(data))
    if helper.customer_absence_hours:
        parts.append("Klant afwezig: de uren van het uurrooster bij een klant die afwezig was; "
                     "of ze betaald worden, bepaalt het sociaal secretariaat.")
    return " ".join(parts)


def statement_story(helper: HelperMonth, data: PayrollMonth, *, office: bool) -> list[Flowable]:
    """The flowables of one helper's statement (without the page around them)."""
    st = styles.paragraph_styles()
    story: list[Flowable] = [
        _header_block(helper, data, office),
        Spacer(0, 5 * mm),
        Paragraph(_esc(title(data)), st["title"]),
        Paragraph(f"De gewerkte uren en de afwezigheden van {_esc(helper.name)} in "
                  f"{data.month.label}.", st["subtitle"]),
    ]
    if office:
        story += [_warnings_box(helper.warnings, "Aandachtspunten voor het kantoor",
                                own=True),
                  Spacer(0, 2 * mm)]
    story += [
        Paragraph("Totalen", st["heading"]),
        _totals_table(helper, data),
        Spacer(0, 1.5 * mm),
        Paragraph(_esc(_totals_note(helper, data)), st["small"]),
        Paragraph("Dagen", st["heading"]),
        _days_table(helper),
    ]
    if any(not line.counted for line in helper.lines):
        story += [Spacer(0, 1.5 * mm),
                  Paragraph("Geplande en geannuleerde prestaties staan er met een streepje bij: "
                            "ze tellen niet mee.", st["small"])]
    return story


def statement_parts(helpers: Iterable[HelperMonth], data: PayrollMonth, *, office: bool,
                    on_start: Callable[[int], None] | None = None,
                    first_key: int = 0) -> Iterator[list[Flowable]]:
    """The statements of several helpers, one list of flowables each, made only when asked
    for. Each starts on a new page and numbers its own pages."""
    for index, helper in enumerate(helpers):
        key = first_key + index
        part: list[Flowable] = [PageBreak()] if key else []
        part.append(DocumentStart(key, footer(helper, data, office=office), on_start))
        yield part + statement_story(helper, data, office=office)


def overview_story(data: PayrollMonth) -> list[Flowable]:
    """The office file's first pages: every helper's totals and every warning."""
    st = styles.paragraph_styles()
    story: list[Flowable] = [
        DocumentStart(0, f"{title(data)} · overzicht voor het kantoor"),
        Paragraph(f"Maandstaten {data.month.label}: overzicht", st["title"]),
        Paragraph(f"{len(data.helpers)} medewerkers · {hours_text(data.worked_hours)} uur "
                  f"gewerkt · {data.working_days} werkdagen · opgemaakt op "
                  f"{day(data.made_on)}. {_esc(_holidays_note(data))}", st["subtitle"]),
    ]
    rows: list[list] = [["Nr.", "Medewerker", "Gewerkt", "Afwezig", "Klant afw.", "Totaal",
                         "Contract", "Verschil"]]
    for helper in data.helpers:
        rows.append([
            _fit(helper.reference, OVERVIEW_COLUMNS[0]), _fit(helper.name, OVERVIEW_COLUMNS[1]),
            hours_text(helper.worked_hours), hours_text(helper.absence_hours),
            hours_text(helper.customer_absence_hours), hours_text(helper.total_hours),
            "—" if helper.expected_hours is None else hours_text(helper.expected_hours),
            "—" if helper.difference is None else signed(helper.difference)])
    rows.append(["", "Totaal", hours_text(data.worked_hours),
                 hours_text(sum((h.absence_hours for h in data.helpers), Decimal(0))),
                 hours_text(sum((h.customer_absence_hours for h in data.helpers), Decimal(0))),
                 hours_text(sum((h.total_hours for h in data.helpers), Decimal(0))), "", ""])
    table = LongTable(rows, colWidths=OVERVIEW_COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(styles.table_style(right_columns=(2, 3, 4, 5, 6, 7),
                                                 has_total=True)))
    story += [table, Spacer(0, 6 * mm),
              _warnings_box(data.warnings, f"Waarschuwingen ({len(data.warnings)})",
                            own=False)]
    return story


def office_parts(data: PayrollMonth,
                 on_start: Callable[[int], None] | None = None) -> Iterator[list[Flowable]]:
    """The office file: the overview, then every helper's office copy."""
    yield overview_story(data)
    yield from statement_parts(data.helpers, data, office=True, on_start=on_start, first_key=1)


def render_statement(helper: HelperMonth, data: PayrollMonth, path: Path, *,
                     office: bool = False, durable: bool = True) -> int:
    """Write one helper's statement to `path` atomically; returns the page count."""
    return write_atomically(path, data.letterhead,
                            list(next(statement_parts([helper], data, office=office))),
                            title=f"{title(data)} {helper.name}", durable=durable)


def statement_pdf(helper: HelperMonth, data: PayrollMonth, *, office: bool = False) -> bytes:
    """One helper's statement as PDF bytes (for the preview)."""
    buffer = io.BytesIO()
    LetterDocument(buffer, data.letterhead, title=f"{title(data)} {helper.name}").build_story(
        list(next(statement_parts([helper], data, office=office))))
    return buffer.getvalue()
