"""The window parts the features share, as types: what `add_tab` takes, and the
small callables a feature gets instead of the window's own methods."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

IdsAction = Callable[[list[int]], object]
# add_tab(key, widget, title, on_change kinds, *, edit=..., delete=...)
AddTab = Callable[..., None]
# show_status(text, milliseconds): a message in the window's status bar
ShowStatus = Callable[[str, int], None]
ParentWidget = QWidget
