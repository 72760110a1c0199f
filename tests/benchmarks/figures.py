"""What one benchmark figure is, how it is timed, and how the table is printed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    """One measured figure beside its baseline, measured in the same run on the same data.

    `limit` is the target: an absolute upper bound in `unit`, or with
    `relative` a bound on value / baseline. `None` means no target (reported only).
    `ratio_limit`: a bound on value / baseline as well, beside an absolute `limit`.
    """

    name: str
    value: float | None
    baseline: float | None
    limit: float | None = None
    unit: str = "ms"
    relative: bool = False
    note: str = ""
    ratio_limit: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def target(self) -> str:
        if self.limit is None:
            return "—"
        if self.relative:
            return f"≤ {self.limit:g}× baseline"
        if self.ratio_limit is not None:
            return f"< {self.limit:g} {self.unit}, ≤ {self.ratio_limit:g}×"
        return f"< {self.limit:g} {self.unit}"

    @property
    def passed(self) -> bool | None:
        if self.limit is None or self.value is None:
            return None
        ratio = self.ratio
        if self.relative:
            return None if ratio is None else ratio <= self.limit
        if self.ratio_limit is not None and (ratio is None or ratio > self.ratio_limit):
            return False
        return self.value < self.limit


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """The median wall time of `action` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "ms" and value >= 10_000:
        return f"{value / 1000:.1f} s"
    return f"{value:,.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def table(figures: list[Figure]) -> str:
    """A plain-text table: figure, value, baseline, ratio, target, pass/fail."""
    head = ("figure", "value", "baseline", "ratio", "target", "result")
    rows = [head]
    for f in figures:
        ratio = f.ratio
        verdict = {True: "pass", False: "FAIL", None: "—"}[f.passed]
        rows.append((f.name, _number(f.value, f.unit), _number(f.baseline, f.unit),
                     "n/a" if ratio is None else f"{ratio:.2f}", f.target, verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for number, row in enumerate(rows):
        cells = [cell.ljust(w) if i in (0, 4, 5) else cell.rjust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        lines.append(" | ".join(cells))
        if number == 0:
            lines.append("-+-".join("-" * w for w in widths))
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))
