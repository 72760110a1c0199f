"""Many calls of Qt methods that return nothing must not bring Python down."""

from __future__ import annotations

import subprocess
import sys
import textwrap


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


def test_many_signal_emits_do_not_abort_python():
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        from inharmony_desktop.ui.workarounds import protect_none
        protect_none()
        app = QCoreApplication([])

        class Source(QObject):
            progressed = Signal(int, int, str)

        source = Source()
        for i in range(100_000):
            source.progressed.emit(i, 100_000, "x")
        print("survived")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={**__import__("os").environ,
                                              "QT_QPA_PLATFORM": "offscreen"})
    assert "survived" in result.stdout
    assert result.returncode == 0, result.stderr[-500:]
