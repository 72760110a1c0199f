"""Exports damaged in every way hypothesis finds: each is refused whole or read whole, never
with a traceback, never with part of it written."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import PluxeeReading, Prestation
from inharmony_desktop.core.services import pluxee_readings as readings
from tests.core import pluxee_world as pw

CHARACTERS = list("0123456789;,\"'\r\n\t E+-./:éë€\x00ABEZabz")


@pytest.fixture
def base(db, tmp_path):
    """A world and the bytes of its export: matches, a difference, rows Pluxee alone has."""
    world = pw.build()
    day = pw.DAY
    ids = [pw.prestation(world.jan, world.maria, day, status="registered"),
           pw.prestation(world.els, world.sofie, day + dt.timedelta(days=1), status="confirmed"),
           pw.prestation(world.piet, world.maria, day + dt.timedelta(days=2), status="paid"),
           pw.prestation(world.jan, world.sofie, day + dt.timedelta(days=3))]
    rows = [pw.row(ids[0], Status="Bevestigd"), pw.row(ids[1], Hours="2"),
            pw.row(ids[2], Status="Ingegeven"),
            pw.free_row("W1", pw.PIET, "VOS Maria", pw.MARIA_INSZ, day=day + dt.timedelta(days=4)),
            pw.free_row("W2", "999900001111", "LAMBRECHTS Sofie")]
    path = pw.write(tmp_path / "export.csv", rows)
    return path.read_bytes()


def state():
    return ([tuple(p.values()) for p in Prestation.select().order_by(Prestation.id).dicts()],
            PluxeeReading.select().count())


def without_versions(rows):
    skip = {"version", "pluxee_version"}
    names = [f for f in Prestation._meta.fields if f not in skip]
    positions = [i for i, name in enumerate(Prestation._meta.fields) if name not in skip]
    return [(names, tuple(row[i] for i in positions)) for row in rows[0]], rows[1]


def mutate(data: bytes, draw) -> bytes:
    kind = draw(st.sampled_from(["delete", "insert", "cell", "truncate", "swap", "double",
                                 "delimiter", "encoding"]))
    if kind == "delete" and data:
        start = draw(st.integers(0, len(data) - 1))
        return data[:start] + data[start + draw(st.integers(1, 40)):]
    if kind == "insert":
        at = draw(st.integers(0, len(data)))
        text = draw(st.text(st.sampled_from(CHARACTERS), min_size=1, max_size=8))
        return data[:at] + text.encode("utf-8") + data[at:]
    lines = data.split(b"\r\n")
    if kind == "cell" and len(lines) > 1:
        index = draw(st.integers(0, len(lines) - 1))
        cells = lines[index].split(b";")
        column = draw(st.integers(0, len(cells) - 1))
        cells[column] = draw(st.text(st.sampled_from(CHARACTERS), max_size=14)).encode("utf-8")
        lines[index] = b";".join(cells)
        return b"\r\n".join(lines)
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if kind in ("swap", "double") and len(lines) > 2:
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        if kind == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(j, lines[i])
        return b"\r\n".join(lines)
    if kind == "delimiter":
        return data.replace(b";", draw(st.sampled_from([b",", b"\t", b"|"])))
    if kind == "encoding":
        text = data.decode("utf-8", errors="replace")
        return text.encode(draw(st.sampled_from(["cp1252", "utf-16", "latin-1", "utf-8-sig"])),
                           errors="replace")
    return data


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_export_is_refused_whole_or_read_whole(base, tmp_path, data):
    content = base
    for _ in range(data.draw(st.integers(1, 3))):
        content = mutate(content, data.draw)
    path = tmp_path / "damaged.csv"
    path.write_bytes(content)
    before = state()
    try:
        export = readings.read_export(path)
        plan, result = readings.reconcile(export, create_missing=True)
    except KnownError as exc:
        event(f"geweigerd: {type(exc).__name__}")
        assert state() == before  # refused: nothing written, not even a reading
        return
    event("gelezen")
    # Read whole: every row of the file ended in exactly one category.
    assert sorted(i.row.line for i in plan.items if i.row) == sorted(r.line for r in export.rows)
    assert PluxeeReading.select().count() == before[1] + 1
    readings.undo_reading(result.reading_id)
    assert without_versions(state()) == without_versions(before)
