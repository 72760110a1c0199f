"""Render the app icon's PNG sizes and the Windows .ico from resources/icons/inharmony.svg.

The generated files are committed (they are small and the Windows build then
needs no extra step); run this again after changing the SVG:

    python packaging/make_icons.py

The .ico holds one PNG-compressed image per size (the format Windows Vista
and later read), written here so that no Qt image plugin is needed for it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "inharmony.svg"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"PNG {size}x{size} kon niet geschreven worden")
    return bytes(data.data())


def ico_container(images: dict[int, bytes]) -> bytes:
    """An ICONDIR header, one ICONDIRENTRY per size, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is geen geldige SVG", file=sys.stderr)
        return 1
    images = {size: render_png(renderer, size) for size in SIZES}
    for size, png in images.items():
        (ICONS / f"inharmony-{size}.png").write_bytes(png)
    (ICONS / "inharmony.ico").write_bytes(ico_container(images))
    total = sum(len(png) for png in images.values())
    print(f"{len(images)} PNG-formaten en inharmony.ico geschreven in {ICONS} ({total} bytes PNG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
