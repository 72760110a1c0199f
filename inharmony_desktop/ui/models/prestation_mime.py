"""Prestation ids on the clipboard of a drag: a custom MIME type, ids as text.

The table of prestations puts the selected ids in it (`mimeData`); the customer
tree reads them back in `dropMimeData`. Nothing else travels: the drop turns
the ids into one move command.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData

PRESTATION_IDS = "application/x-inharmony-prestation-ids"


def encode_ids(ids: Iterable[int], mime: QMimeData | None = None) -> QMimeData:
    """`mime` (a new one when None) carrying `ids`, comma-separated ASCII."""
    mime = mime or QMimeData()
    text = ",".join(str(int(i)) for i in ids)
    mime.setData(PRESTATION_IDS, QByteArray(text.encode("ascii")))
    return mime


def decode_ids(mime: QMimeData | None) -> list[int]:
    """The ids in `mime`, in order and without duplicates; [] for anything else."""
    if mime is None or not mime.hasFormat(PRESTATION_IDS):
        return []
    text = bytes(mime.data(PRESTATION_IDS).data()).decode("ascii", errors="replace")
    ids: dict[int, None] = {}
    for part in text.split(","):
        part = part.strip()
        if part.isdigit():
            ids[int(part)] = None
    return list(ids)


def has_ids(mime: QMimeData | None) -> bool:
    return bool(decode_ids(mime))
