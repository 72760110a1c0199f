"""The look shared by every document: the embedded font, colours, paragraph and
table styles, and how money and dates are written on paper (Belgian Dutch)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.formatting import (
    activity_word,
    amount_text,
    date_text,
    medium_word,
    status_word,
)
from inharmony_desktop.resources import fonts_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

BRAND = colors.HexColor("#1F5C73")
BRAND_LIGHT = colors.HexColor("#E6EFF2")
ZEBRA = colors.HexColor("#F6F8F9")
RULE = colors.HexColor("#B9C7CD")
MUTED = colors.HexColor("#5A666B")
TEXT = colors.HexColor("#1D2326")

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (shipped in resources/fonts) so every Dutch and French
    character prints the same on every PC."""
    folder = fonts_dir()
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except OSError as exc:  # a broken installation, not a bug in the report
        raise KnownError(f"Het lettertype in {folder} ontbreekt of is onleesbaar ({exc}).") from exc
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


# How the documents write money, dates and codes: the very functions the window and the
# command line use.
money = amount_text  # 123450 -> '€ 1.234,50' (with a no-break space)
day = date_text
medium = medium_word
activity = activity_word
status = status_word


def weekday_day(value: dt.date) -> str:
    """'wo 14/10/2026'."""
    return f"{WEEKDAYS[value.weekday()]} {day(value)}"


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=TEXT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5,
                                textColor=MUTED),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17,
                                leading=22, textColor=BRAND, spaceBefore=4, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=MUTED, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11.5,
                                  leading=15, textColor=BRAND, spaceBefore=12, spaceAfter=5),
        "label": ParagraphStyle("label", parent=body, fontSize=8.5, leading=12,
                                textColor=MUTED),
        "value": ParagraphStyle("value", parent=body, fontName=FONT_BOLD),
        "address": ParagraphStyle("address", parent=body, fontSize=10.5, leading=14),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=9, leading=11.5,
                                     alignment=TA_RIGHT),
    }


# Widths of the order and refund tables (170 mm between the margins), shared so that
# the amounts of orders, refunds and totals line up in one column.
MONEY_COLUMNS = [28 * mm, 22 * mm, 45 * mm, 32 * mm, 43 * mm]


def table_style(*, right_columns: tuple[int, ...], has_total: bool) -> list[tuple]:
    """A header row on the brand tint, light zebra rows, numbers right-aligned and
    an emphasised total row (when `has_total`)."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), BRAND),
        ("TEXTCOLOR", (0, 1), (-1, -1), TEXT),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BRAND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2 if has_total else -1), [colors.white, ZEBRA]),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right_columns]
    if has_total:
        commands += [
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, BRAND),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    return commands
