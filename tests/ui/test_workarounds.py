"""Many calls of Qt methods that return nothing must not bring Python down."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_a_hundred_thousand_void_calls_do_not_abort_python():
    script = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication, QLabel
        from inharmony_desktop.ui.workarounds import protect_none
        protect_none()
        app = QApplication([])
        label = QLabel()
        for i in range(100_000):
            label.setText("x")
        print("survived")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={**__import__("os").environ,
                                              "QT_QPA_PLATFORM": "offscreen"})
    assert "survived" in result.stdout
    assert result.returncode == 0, result.stderr[-500:]


def test_a_hundred_thousand_signal_emits_do_not_abort_python():
    script = textwrap.dedent("""
        from PySide6.QtCore import QObject, Signal
        from inharmony_desktop.ui.workarounds import protect_none
        protect_none()

        class Source(QObject):
            changed = Signal(list)

        source = Source()
        for i in range(100_000):
            source.changed.emit([i])
        print("survived")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).parents[2], timeout=120, env={**__import__("os").environ,
                                              "QT_QPA_PLATFORM": "offscreen"})
    assert "survived" in result.stdout
    assert result.returncode == 0, result.stderr[-500:]


def test_pyside_tells_the_modules_that_use_it_as_reading_their_source_would():
    """The source scan PySide would do: ours and PySide's own name PySide6, the
    standard library and the other libraries do not."""
    import inspect

    import shibokensupport.feature as feature

    import inharmony_desktop.ui.main_window  # noqa: F401  (the window's modules)
    from inharmony_desktop.ui import workarounds

    assert feature._mod_uses_pyside is workarounds._uses_pyside
    checked = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("inharmony_desktop.ui.") and name not in (
                "json", "peewee", "babel.numbers", "csv", "logging"):
            continue
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            continue
        uses = "PySide6" in source
        if uses or not name.startswith("inharmony_desktop."):
            assert workarounds._uses_pyside(module) == uses, name
            checked += 1
    assert checked > 50
