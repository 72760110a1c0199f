"""Time is an input: one seam gives the program "today" and "now"."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import inharmony_desktop
from inharmony_desktop.core import clock

PACKAGE = Path(inharmony_desktop.__file__).parent
FORBIDDEN = {("date", "today"), ("datetime", "now"), ("datetime", "today"),
             ("datetime", "utcnow"), ("QDate", "currentDate"), ("QDateTime", "currentDateTime")}


def _clock_reads(path: Path) -> list[str]:
    """Reads of the system clock named in FORBIDDEN (the date's today, QDate's currentDate, and
    references to them)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute | ast.Name):
            owner = node.value.attr if isinstance(node.value, ast.Attribute) else node.value.id
            if (owner, node.attr) in FORBIDDEN:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {owner}.{node.attr}")
    return found


def test_nothing_but_the_clock_reads_the_date():
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) if path.name != "clock.py"
                 for hit in _clock_reads(path)]
    assert offenders == []


def test_a_pinned_clock_runs_on_from_the_pinned_moment():
    with clock.pinned(dt.datetime(2027, 1, 2, 9, 0)):
        first = clock.now()
        assert first.date() == dt.date(2027, 1, 2) == clock.today()
        assert dt.timedelta(0) <= clock.now() - first < dt.timedelta(seconds=5)
    assert clock.today() == dt.date(2026, 11, 25)  # the suite's own pin is back


def test_a_date_pins_to_ten_in_the_morning():
    with clock.pinned(dt.date(2031, 6, 15)):
        assert clock.now().replace(second=0, microsecond=0) == dt.datetime(2031, 6, 15, 10, 0)


def test_the_command_line_takes_its_day_from_the_environment(tmp_path):
    db = tmp_path / "d.db"
    env = {"INHARMONY_CLOCK": "2031-06-15T12:00", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", "from inharmony_desktop.core import clock; print(clock.today())"],
        capture_output=True, text=True, env=env, cwd=Path(__file__).parents[2], timeout=60)
    assert result.stdout.strip() == "2031-06-15", result.stderr
    assert not db.exists()
