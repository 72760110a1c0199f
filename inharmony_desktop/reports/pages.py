"""The page around the content: A4, the company letterhead on every page, a
footer with "pagina X van Y", and writing the PDF atomically.

Several documents can share one PDF (the combined print file): a zero-size
`DocumentStart` flowable opens each one, and the canvas numbers the pages of
each document on their own ("pagina 2 van 3" within that statement).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.statements import Letterhead
from inharmony_desktop.reports import styles

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
TOP = 38 * mm  # room for the letterhead
BOTTOM = 22 * mm  # room for the footer


class DocumentStart(Flowable):
    """Marks where one document of a (combined) PDF begins.

    Takes no room. When drawn it tells the canvas which document the following
    pages belong to and what their footer says, then calls `on_drawn` (used for
    progress and to stop a cancelled batch).
    """

    def __init__(self, key: int, footer: str, on_drawn: Callable[[int], None] | None = None):
        super().__init__()
        self.key = key
        self.footer = footer
        self.on_drawn = on_drawn
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._document_key = self.key
        self.canv._document_footer = self.footer
        if self.on_drawn is not None:
            self.on_drawn(self.key)


class NumberedCanvas(Canvas):
    """Writes "pagina X van Y" where Y, the page count of the page's document, is only
    known at the end: each footer refers to a PDF form that `save()` fills in.

    Pages are written out as usual (nothing is kept), so a combined PDF of
    thousands of pages needs no more memory than a plain one.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._document_key = 0
        self._document_footer = ""
        self.document_pages: dict[int, int] = {}

    def draw_footer(self) -> None:
        key = self._document_key
        number = self.document_pages.get(key, 0) + 1
        self.document_pages[key] = number
        self.saveState()
        self.setStrokeColor(styles.RULE)
        self.setLineWidth(0.5)
        y = BOTTOM - 8 * mm
        self.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        self.setFont(styles.FONT, 7.5)
        self.setFillColor(styles.MUTED)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, self._document_footer)
        text = f"pagina {number} van "
        self.drawString(MARGIN_X, y, text)
        self.translate(MARGIN_X + self.stringWidth(text, styles.FONT, 7.5), y)
        self.doForm(self._total_form(key))
        self.restoreState()

    @staticmethod
    def _total_form(key: int) -> str:
        return f"pages{key}"

    def save(self) -> None:
        for key, total in self.document_pages.items():
            self.beginForm(self._total_form(key))
            self.setFont(styles.FONT, 7.5)
            self.setFillColor(styles.MUTED)
            self.drawString(0, 0, str(total))
            self.endForm()
        super().save()


def draw_letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    """Company name and address on the left, contact details on the right, a rule below."""
    canvas.saveState()
    top = PAGE_HEIGHT - 15 * mm
    canvas.setFillColor(styles.BRAND)
    canvas.rect(MARGIN_X, top - 13.5 * mm, 1.6 * mm, 13.5 * mm, stroke=0, fill=1)
    left = MARGIN_X + 5 * mm
    canvas.setFont(styles.FONT_BOLD, 17)
    canvas.drawString(left, top - 6 * mm, letterhead.name)
    canvas.setFont(styles.FONT, 8.5)
    canvas.setFillColor(styles.MUTED)
    canvas.drawString(left, top - 10.5 * mm, "Erkende dienstencheque-onderneming")
    address = f"{letterhead.street} · {letterhead.postal_code} {letterhead.city}".strip(" ·")
    canvas.drawString(left, top - 14.5 * mm, address)
    right_lines = []
    if letterhead.phone:
        right_lines.append(f"Tel. {letterhead.phone}")
    if letterhead.email:
        right_lines.append(letterhead.email)
    if letterhead.licence:
        right_lines.append(f"Erkenningsnummer {letterhead.licence}")
    canvas.setFillColor(styles.TEXT)
    for index, line in enumerate(right_lines):
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - (5 + 4.2 * index) * mm, line)
    canvas.setStrokeColor(styles.BRAND)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, top - 18.5 * mm, PAGE_WIDTH - MARGIN_X, top - 18.5 * mm)
    canvas.restoreState()


class LetterDocument(BaseDocTemplate):
    """A4 with the letterhead on every page; `page_total` is known after `build`."""

    def __init__(self, target, letterhead: Letterhead, *, title: str) -> None:
        styles.register_fonts()
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=TOP, bottomMargin=BOTTOM, title=title, author=letterhead.name,
            creator=letterhead.name, lang="nl-BE", initialFontName=styles.FONT,
        )
        self.letterhead = letterhead
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="letter", frames=[frame],
                                            onPage=self._on_page, onPageEnd=self._on_page_end)])
        self.page_total = 0

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, self.letterhead)

    def _on_page_end(self, canvas: NumberedCanvas, doc: BaseDocTemplate) -> None:
        # At the end of the page: a DocumentStart on it has switched the document by now.
        canvas.draw_footer()

    def build_story(self, story: list[Flowable] | Iterator[list[Flowable]]) -> int:
        """Build from a list of flowables, or from an iterator of flowable lists (one per
        document) that is read only as far as the pages need it."""
        flowables = story if isinstance(story, list) else StreamedStory(iter(story))
        self.build(flowables, canvasmaker=NumberedCanvas)
        self.page_total = self.page
        return self.page_total


class StreamedStory(list):
    """A story that takes the next part from `parts` only when Platypus is near the end
    of what it holds, so the flowables of a thousand statements never all exist at once.

    Platypus consumes its story from the front with `len()`, indexing and `del`;
    topping up in `__len__` keeps a few flowables of look-ahead.
    """

    LOOK_AHEAD = 12

    def __init__(self, parts: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._parts: Iterator[list[Flowable]] | None = parts
        self._top_up()

    def _top_up(self) -> None:
        while self._parts is not None and super().__len__() < self.LOOK_AHEAD:
            part = next(self._parts, None)
            if part is None:
                self._parts = None
            else:
                self.extend(part)

    def __len__(self) -> int:
        self._top_up()
        return super().__len__()


def write_atomically(path: Path, letterhead: Letterhead,
                     story: list[Flowable] | Iterator[list[Flowable]], *,
                     title: str, durable: bool = True) -> int:
    """Build the PDF into a temporary file beside `path`, then move it into place.

    Returns the page count. On any failure (including a cancel raised from a
    flowable) the temporary file is removed and `path` is left as it was.
    `durable=False` skips the fsync (about 20 ms a file) for files that can be
    made again, such as the single PDFs of a batch.
    """
    path = Path(path)
    temp_name = path.parent / f".{path.stem}.{secrets.token_hex(4)}.tmp"
    try:  # readable by the user only, like the database it comes from
        stream = os.fdopen(os.open(temp_name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb")
    except OSError as exc:
        raise KnownError(f"Kan niet schrijven in {path.parent}: {exc.strerror or exc}.") from exc
    try:
        with stream:
            pages = LetterDocument(stream, letterhead, title=title).build_story(story)
            stream.flush()
            if durable:  # on disk before it gets its name, even after a power cut
                os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise KnownError(f"Kan {path} niet schrijven: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return pages
