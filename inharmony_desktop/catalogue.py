"""The Dutch translation compiled from its source (`.ts`) into what Qt loads (`.qm`).

Qt's own `lrelease` does this too, but it comes with Qt's tools; this module
needs nothing but Python, so a wheel build (`pip install .`) and a fresh
checkout both get the Dutch window without `make`. It writes the same bytes as
`lrelease` for our catalogue (a test compares them): the magic number, the
language, a table of (hash, offset) pairs sorted by hash, the messages
(translations, comment, source text and context, each tagged) and, for
languages with plural forms, the rule that picks a form.

Only what the project's `.ts` uses is supported: finished or unfinished
translations with plural forms; no id-based messages, no length variants.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
               0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])

# Section and message tags of the format (qttools: src/linguist/shared/qm.cpp).
SECTION_HASHES = 0x42
SECTION_MESSAGES = 0x69
SECTION_NUMERUS_RULES = 0x88
SECTION_LANGUAGE = 0xA7
TAG_END = 1
TAG_TRANSLATION = 3
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8

# Plural rules per language (qttools: numerus.cpp): "n == 1" picks the first form.
Q_EQ = 0x01
NUMERUS_RULES = {"nl": bytes([Q_EQ, 1]), "en": bytes([Q_EQ, 1]), "fr": bytes([0x03, 1])}


@dataclass(order=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: list[str] = field(compare=False)


def elf_hash(data: bytes) -> int:
    """The hash Qt's translator looks messages up by (of source text + comment)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the translated messages of a `.ts` file (obsolete and empty
    ones left out, as `lrelease` does)."""
    root = ElementTree.parse(path).getroot()
    language = root.get("language", "")
    messages = []
    for context in root.iter("context"):
        name = (context.findtext("name") or "").encode("utf-8")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            source = (message.findtext("source") or "").encode("utf-8")
            comment = (message.findtext("comment") or "").encode("utf-8")
            messages.append(Message(name, source, comment, forms))
    return language, messages


def _qstring(text: str) -> bytes:
    data = text.encode("utf-16-be")
    return struct.pack(">I", len(data)) + data


def _qbytes(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def compile_messages(language: str, messages: list[Message]) -> bytes:
    """The `.qm` bytes of `messages` in `language` (e.g. "nl_NL")."""
    body = bytearray()
    offsets: list[tuple[int, int]] = []
    for message in sorted({(m.context, m.source, m.comment): m for m in messages}.values()):
        offsets.append((elf_hash(message.source + message.comment), len(body)))
        for form in message.translations:
            body += bytes([TAG_TRANSLATION]) + _qstring(form)
        body += bytes([TAG_COMMENT]) + _qbytes(message.comment)
        body += bytes([TAG_SOURCE_TEXT]) + _qbytes(message.source)
        body += bytes([TAG_CONTEXT]) + _qbytes(message.context)
        body += bytes([TAG_END])
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))
    out = bytearray(MAGIC)
    if language:
        code = language.encode("utf-8")
        out += bytes([SECTION_LANGUAGE]) + _qbytes(code)
    out += bytes([SECTION_HASHES]) + _qbytes(hashes)
    out += bytes([SECTION_MESSAGES]) + _qbytes(bytes(body))
    rules = NUMERUS_RULES.get(language.split("_")[0])
    if rules:
        out += bytes([SECTION_NUMERUS_RULES]) + _qbytes(rules)
    return bytes(out)


def compile_ts(source: Path, target: Path) -> Path:
    """Compile `source` (.ts) into `target` (.qm), written atomically."""
    language, messages = read_ts(Path(source))
    data = compile_messages(language, messages)
    target = Path(target)
    temp = target.with_name(f".{target.name}.tmp")
    temp.write_bytes(data)
    temp.replace(target)
    return target


def fill_english_plurals(path: Path) -> int:
    """Give every unfinished plural of the English catalogue (made by `lupdate -pluralonly`)
    its two forms: "%n row(s)" becomes "%n row" and "%n rows". Returns how many it filled;
    an irregular plural is then written by hand, as any translation."""
    import html
    import re

    text = Path(path).read_text(encoding="utf-8")
    pattern = re.compile(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\">\s*"
                         r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*"
                         r"</translation>", re.S)

    def escape(value: str) -> str:
        return html.escape(value, quote=False).replace("'", "&apos;").replace('"', "&quot;")

    def forms(match: re.Match[str]) -> str:
        source = html.unescape(match.group(1))
        one, many = re.sub(r"\((s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)
        return (f"<source>{match.group(1)}</source>\n        <translation>\n"
                f"            <numerusform>{escape(one)}</numerusform>\n"
                f"            <numerusform>{escape(many)}</numerusform>\n        </translation>")

    filled, count = pattern.subn(forms, text)
    Path(path).write_text(filled, encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    """`python -m inharmony_desktop.catalogue SOURCE.ts TARGET.qm`, or
    `python -m inharmony_desktop.catalogue --fill-english-plurals EN.ts`."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--fill-english-plurals":
        print(f"{fill_english_plurals(Path(args[1]))} meervouden ingevuld in {args[1]}")
        return 0
    if len(args) != 2:
        print("gebruik: python -m inharmony_desktop.catalogue BRON.ts DOEL.qm", file=sys.stderr)
        return 2
    compile_ts(Path(args[0]), Path(args[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
