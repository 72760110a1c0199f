"""The main window's layout kept between starts: geometry, docks, the open tab,
and the column widths of every table and of the customer tree (QSettings)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTabWidget


def restore(window: QMainWindow, tabs: QTabWidget, headers: Mapping[str, QHeaderView]) -> None:
    """Put back what `save` kept; `headers` maps a key ("columns/<key>") to its header."""
    state = QSettings()
    geometry = state.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    layout = state.value("window/state")
    if isinstance(layout, QByteArray):
        window.restoreState(layout)
    for key, header in headers.items():
        saved = state.value(f"columns/{key}")
        if isinstance(saved, QByteArray):
            header.restoreState(saved)
    tabs.setCurrentIndex(int(state.value("window/tab", 0)))


def save(window: QMainWindow, tabs: QTabWidget, headers: Mapping[str, QHeaderView]) -> None:
    state = QSettings()
    state.setValue("window/geometry", window.saveGeometry())
    state.setValue("window/state", window.saveState())
    state.setValue("window/tab", tabs.currentIndex())
    for key, header in headers.items():
        state.setValue(f"columns/{key}", header.saveState())
