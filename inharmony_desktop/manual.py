"""The Dutch manual shipped in `resources/manual/`: its chapters, sections, links and
images, read from the HTML files themselves (no Qt, so tests and scripts can use it).

A chapter is a file `NN-name.html` (NN gives the order) with one `<h1>` (its title)
and `<h2 id="...">` sections; `index.html` is the start page with the table of
contents. Images live in `images/` and are made by `packaging/manual_screenshots.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from inharmony_desktop.resources import resources_dir

START_PAGE = "index.html"
_CHAPTER_FILE = re.compile(r"^\d\d-[a-z0-9-]+\.html$")


def manual_dir() -> Path:
    return resources_dir() / "manual"


@dataclass
class Section:
    anchor: str
    title: str


@dataclass
class Page:
    """One HTML file of the manual, as far as the dialog and the tests need it."""

    name: str  # the file name, e.g. "03-verplaatsen.html"
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # every href, as written
    images: list[str] = field(default_factory=list)  # every img src, as written
    text: str = ""  # the visible text, for searching across chapters


class _Reader(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self._heading: str | None = None  # "h1" or "h2" while inside one
        self._heading_id = ""
        self._heading_text: list[str] = []
        self._skip = 0  # inside <style> or <head><title>
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.page.anchors.add(values[name])
        if tag == "a" and values.get("href"):
            self.page.links.append(values["href"])
        elif tag == "img":
            self.page.images.append(values.get("src", ""))
        elif tag in ("h1", "h2"):
            self._heading, self._heading_id, self._heading_text = tag, values.get("id", ""), []
        elif tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == self._heading:
            title = " ".join("".join(self._heading_text).split())
            if tag == "h1" and not self.page.title:
                self.page.title = title
            elif tag == "h2" and self._heading_id:
                self.page.sections.append(Section(self._heading_id, title))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._heading:
            self._heading_text.append(data)
        self._text.append(data)

    def close(self) -> None:
        super().close()
        self.page.text = " ".join(" ".join(self._text).split())


def read_page(path: Path) -> Page:
    page = Page(path.name)
    reader = _Reader(page)
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return page


def chapters(folder: Path | None = None) -> list[Page]:
    """The chapters in order (the start page not included)."""
    folder = folder or manual_dir()
    return [read_page(path) for path in sorted(folder.glob("*.html"))
            if _CHAPTER_FILE.match(path.name)]


def all_pages(folder: Path | None = None) -> list[Page]:
    """The start page, then the chapters."""
    folder = folder or manual_dir()
    return [read_page(folder / START_PAGE), *chapters(folder)]
