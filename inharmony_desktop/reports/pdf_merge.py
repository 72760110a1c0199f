"""One PDF with every page of many PDFs that this program wrote, made fast.

The yearly batch writes thousands of small PDFs and then `combined.pdf` with all
their pages in order. A general PDF library parses every object of every file
(half a minute for 4,000 statements, mostly their fonts) and keeps each file's
copy of the fonts (seven times the size). The files here are ReportLab's own:
a classic cross-reference table, no object streams, no encryption. So each
object is taken as bytes at the offset its table gives, its references outside
the stream data are renumbered, and an object that another file already brought
byte for byte (after renumbering: the font subset of statements that use the
same letters, a "van 3" page total) is written only once. Page contents are
copied untouched: the pages, and their text, are exactly those of the files.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_PARENT = re.compile(rb"/Parent\s+\d+ 0 R")
_TRAILER_ENTRY = re.compile(rb"/(Root|Info)\s+(\d+) 0 R")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_TYPE_PAGES = re.compile(rb"/Type\s*/Pages\b")


class UnexpectedPdf(ValueError):
    """The file is not laid out as this program writes its PDFs."""


@dataclass(frozen=True)
class Info:
    """What the merged file says about itself (the PDF's document properties)."""

    title: str
    author: str
    lang: str = "nl-BE"


class _Source:
    """The objects of one PDF file, as bytes, by object number."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        offsets = self._offsets()
        order = sorted(offsets, key=offsets.get)
        ends = [offsets[n] for n in order[1:]] + [self._xref_at]
        self.bodies: dict[int, bytes] = {}
        for number, end in zip(order, ends, strict=True):
            start = offsets[number]
            head = data.index(b"obj", start, end) + 3
            tail = data.rindex(b"endobj", head, end)
            self.bodies[number] = data[head:tail].strip(b"\r\n ")
        self.digests: dict[int, bytes] = {}

    def _offsets(self) -> dict[int, int]:
        data = self.data
        try:
            at = data.rindex(b"startxref")
            self._xref_at = int(data[at + 9 : at + 40].split()[0])
            if not data.startswith(b"xref", self._xref_at):
                raise UnexpectedPdf(f"{self.name}: geen klassieke xref-tabel")
            lines = data[self._xref_at : at].split(b"trailer", 1)
            trailer = lines[1]
            table = lines[0].split()[1:]  # after "xref": "first count" then 3 words per entry
        except (ValueError, IndexError) as exc:
            raise UnexpectedPdf(f"{self.name}: onleesbaar einde ({exc})") from exc
        offsets: dict[int, int] = {}
        index = 0
        while index < len(table):
            first, count = int(table[index]), int(table[index + 1])
            index += 2
            for number in range(first, first + count):
                offset, _, kind = table[index : index + 3]
                index += 3
                if kind == b"n":
                    offsets[number] = int(offset)
        entries = dict((key, int(value)) for key, value in _TRAILER_ENTRY.findall(trailer))
        if b"Root" not in entries:
            raise UnexpectedPdf(f"{self.name}: geen /Root")
        self.root = entries[b"Root"]
        return offsets

    def pages(self) -> list[int]:
        """The page objects in order (a flat or nested page tree)."""
        catalog = self.bodies[self.root]
        found = re.search(rb"/Pages\s+(\d+) 0 R", catalog)
        if found is None:
            raise UnexpectedPdf(f"{self.name}: geen /Pages")
        return self._leaves(int(found[1]))

    def _leaves(self, number: int) -> list[int]:
        body = self.bodies[number]
        if not _TYPE_PAGES.search(_dictionary(body)):
            return [number]
        kids = _KIDS.search(body)
        if kids is None:
            raise UnexpectedPdf(f"{self.name}: /Pages zonder /Kids")
        return [page for kid in _REFERENCE.findall(kids[1]) for page in self._leaves(int(kid))]

    def digest(self, number: int) -> bytes:
        """The object's content with every reference replaced by the digest of what it
        points to: equal digests, equal objects (whatever their numbers)."""
        known = self.digests.get(number)
        if known is not None:
            return known
        self.digests[number] = b"(busy)"  # a cycle (there is none outside /Parent) ends here
        body = self.bodies[number]
        head, stream = _split(body)
        head = _PARENT.sub(b"", head)
        canonical = _REFERENCE.sub(lambda m: b"<" + self.digest(int(m[1])).hex().encode() + b">",
                                   head)
        found = hashlib.sha1(canonical + stream, usedforsecurity=False).digest()
        self.digests[number] = found
        return found


def _dictionary(body: bytes) -> bytes:
    return _split(body)[0]


def _split(body: bytes) -> tuple[bytes, bytes]:
    """(the object before its stream data, the stream from `stream` on); a stream's bytes
    are never searched for references."""
    if body.startswith(b"<<"):
        depth, index = 0, 0
        while index < len(body):
            pair = body[index : index + 2]
            if pair == b"<<":
                depth += 1
                index += 2
                continue
            if pair == b">>":
                depth -= 1
                index += 2
                if depth == 0:
                    rest = body[index:]
                    if rest.lstrip().startswith(b"stream"):
                        return body[:index], rest
                    return body, b""
                continue
            char = body[index : index + 1]
            if char == b"(":  # a string: skip it, escapes and nesting too
                index = _string_end(body, index)
                continue
            if char == b"<":  # a hex string
                index = body.index(b">", index) + 1
                continue
            index += 1
    return body, b""


def _string_end(body: bytes, index: int) -> int:
    depth = 0
    while index < len(body):
        char = body[index : index + 1]
        if char == b"\\":
            index += 2
            continue
        if char == b"(":
            depth += 1
        elif char == b")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


def _pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16 with its byte order mark, as hex."""
    return b"<feff" + text.encode("utf-16-be").hex().encode() + b">"


def merge(files: Sequence[Path], target: Path, info: Info, *,
          on_file: Callable[[int], None] | None = None) -> int:
    """Write every page of `files`, in order, to `target` (through a temporary file beside
    it); returns the number of pages. `on_file(index)` runs before each file is read:
    raising there (a cancel) leaves `target` as it was."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    writer = _Writer()
    try:
        with open(temp, "wb") as stream:
            writer.start(stream)
            for index, path in enumerate(files):
                if on_file is not None:
                    on_file(index)
                writer.add(_Source(Path(path).read_bytes(), Path(path).name))
            writer.finish(info)
            stream.flush()
            os.fsync(stream.fileno())  # on disk before it gets its name, even after a power cut
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(writer.page_numbers)


class _Writer:
    """Writes objects as they come; the page tree, catalog and table come last."""

    PAGES, CATALOG, INFO = 1, 2, 3  # numbers kept for the objects written at the end

    def __init__(self) -> None:
        self.offsets: dict[int, int] = {}
        self.next_number = 4
        self.by_digest: dict[bytes, int] = {}
        self.page_numbers: list[int] = []

    def start(self, stream) -> None:
        self.stream = stream
        self.position = 0
        self._write(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")

    def _write(self, data: bytes) -> None:
        self.stream.write(data)
        self.position += len(data)

    def _object(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.position
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def add(self, source: _Source) -> None:
        numbers: dict[int, int] = {}  # this file's object number -> ours

        def place(number: int) -> int:
            if number in numbers:
                return numbers[number]
            digest = source.digest(number)
            if digest in self.by_digest:
                numbers[number] = self.by_digest[digest]
                return numbers[number]
            ours = numbers[number] = self.next_number
            self.next_number += 1
            head, stream = _split(source.bodies[number])
            head = _REFERENCE.sub(lambda m: b"%d 0 R" % place(int(m[1])), head)
            self.by_digest[digest] = ours
            self._object(ours, head + (b"\n" + stream if stream else b""))
            return ours

        for page in source.pages():
            # Every page is written, also one equal to another: pages are never shared.
            ours = numbers[page] = self.next_number
            self.next_number += 1
            head, stream = _split(source.bodies[page])
            head = _REFERENCE.sub(lambda m: b"%d 0 R" % place(int(m[1])),
                                  _PARENT.sub(b"", head))
            head = b"<< /Parent %d 0 R" % self.PAGES + head[2:]
            self._object(ours, head + (b"\n" + stream if stream else b""))
            self.page_numbers.append(ours)

    def finish(self, info: Info) -> None:
        kids = b" ".join(b"%d 0 R" % n for n in self.page_numbers)
        self._object(self.PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>"
                     % (len(self.page_numbers), kids))
        self._object(self.CATALOG, b"<< /Type /Catalog /Pages %d 0 R /Lang %s /PageMode /UseNone >>"
                     % (self.PAGES, _pdf_text(info.lang)))
        self._object(self.INFO, b"<< /Title %s /Author %s /Creator %s /Producer %s >>"
                     % (_pdf_text(info.title), _pdf_text(info.author), _pdf_text(info.author),
                        _pdf_text("Inharmony Desktop")))
        at = self.position
        size = self.next_number
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for number in range(1, size):
            lines.append(b"%010d 00000 n \n" % self.offsets[number])
        self._write(b"".join(lines))
        identifier = secrets.token_hex(16).encode()
        self._write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                    b"startxref\n%d\n%%%%EOF\n"
                    % (size, self.CATALOG, self.INFO, identifier, identifier, at))
